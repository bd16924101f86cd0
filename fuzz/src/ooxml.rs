//! Word and Excel packages: a real zip with `[Content_Types].xml`, the relationships, and
//! the parts the readers open, written from a [`Doc`]; plus generators of the parts the
//! fuzz bytes shape (numbering, styles, shared strings, merges, far cell references).

use std::io::{Cursor, Write};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

use crate::document::{Block, Doc, Paragraph};
use crate::grid::{span, Grid, Merge, Slot};
use crate::words::{self, escape};
use crate::{Result, Unstructured};

const W_NS: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const S_NS: &str = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R_NS: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_RELS_NS: &str = "http://schemas.openxmlformats.org/package/2006/relationships";
const XML_DECL: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

/// The parts of a Word package besides document.xml, and fuzzed markup to put in it.
#[derive(Debug, Clone, Default)]
pub struct DocxParts {
    /// word/numbering.xml.
    pub numbering: Option<String>,
    /// word/styles.xml.
    pub styles: Option<String>,
    /// Markup inserted at the start of the body.
    pub body_prefix: String,
}

/// The parts of an Excel package besides the sheet, and fuzzed additions to the sheet.
#[derive(Debug, Clone, Default)]
pub struct XlsxParts {
    /// Shared strings placed before the document's own (cells may refer to them).
    pub shared: Vec<String>,
    /// Markup appended to `<sheetData>` (extra rows).
    pub rows: String,
    /// Ranges added to `<mergeCells>`.
    pub merges: Vec<String>,
    /// xl/styles.xml.
    pub styles: Option<String>,
    /// Text cells written inline (`t="inlineStr"`) rather than as shared strings.
    pub inline: bool,
}

/// A zip package and the size of its parts unpacked (what the reader has to read).
#[derive(Debug, Clone)]
pub struct Package {
    /// The zip file.
    pub bytes: Vec<u8>,
    /// The parts' total size.
    pub unpacked: usize,
}

/// Zips the parts; `deflate` compresses them, else they are stored.
#[must_use]
pub fn package(parts: &[(&str, &[u8])], deflate: bool) -> Package {
    let method = if deflate { CompressionMethod::Deflated } else { CompressionMethod::Stored };
    let options = SimpleFileOptions::default().compression_method(method).large_file(false);
    let mut writer = ZipWriter::new(Cursor::new(Vec::new()));
    for (name, data) in parts {
        // Writing to memory fails only on a part over 4 GB, which no target builds.
        writer.start_file(*name, options).expect("zip entry");
        writer.write_all(data).expect("zip data");
    }
    let bytes = writer.finish().expect("zip directory").into_inner();
    Package { bytes, unpacked: parts.iter().map(|(_, data)| data.len()).sum() }
}

fn content_types(overrides: &[(&str, &str)]) -> String {
    let mut out = format!(
        "{XML_DECL}<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
         <Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
         <Default Extension=\"xml\" ContentType=\"application/xml\"/>"
    );
    for (part, kind) in overrides {
        out.push_str(&format!(
            "<Override PartName=\"/{part}\" ContentType=\"application/vnd.openxmlformats-officedocument.{kind}+xml\"/>"
        ));
    }
    out.push_str("</Types>");
    out
}

fn relationships(targets: &[(&str, &str)]) -> String {
    let mut out = format!("{XML_DECL}<Relationships xmlns=\"{PKG_RELS_NS}\">");
    for (n, (kind, target)) in targets.iter().enumerate() {
        out.push_str(&format!(
            "<Relationship Id=\"rId{}\" Type=\"{R_NS}/{kind}\" Target=\"{target}\"/>",
            n + 1
        ));
    }
    out.push_str("</Relationships>");
    out
}

/// A Word package holding the report.
#[must_use]
pub fn docx(doc: &Doc, parts: &DocxParts, deflate: bool) -> Package {
    let mut body = parts.body_prefix.clone();
    for block in &doc.blocks {
        match block {
            Block::Paragraph(p) => write_paragraph(p, &mut body),
            Block::Table(grid) => write_word_table(grid, &mut body),
            Block::Raw(raw) => body.push_str(raw),
        }
    }
    let document = format!(
        "{XML_DECL}<w:document xmlns:w=\"{W_NS}\" xmlns:r=\"{R_NS}\"><w:body>{body}<w:sectPr/></w:body></w:document>"
    );
    let mut overrides = vec![("word/document.xml", "wordprocessingml.document.main")];
    let mut targets = Vec::new();
    let mut files: Vec<(&str, &[u8])> = Vec::new();
    if let Some(numbering) = &parts.numbering {
        overrides.push(("word/numbering.xml", "wordprocessingml.numbering"));
        targets.push(("numbering", "numbering.xml"));
        files.push(("word/numbering.xml", numbering.as_bytes()));
    }
    if let Some(styles) = &parts.styles {
        overrides.push(("word/styles.xml", "wordprocessingml.styles"));
        targets.push(("styles", "styles.xml"));
        files.push(("word/styles.xml", styles.as_bytes()));
    }
    let types = content_types(&overrides);
    let root = relationships(&[("officeDocument", "word/document.xml")]);
    let document_rels = relationships(&targets);
    let mut all: Vec<(&str, &[u8])> = vec![
        ("[Content_Types].xml", types.as_bytes()),
        ("_rels/.rels", root.as_bytes()),
        ("word/document.xml", document.as_bytes()),
        ("word/_rels/document.xml.rels", document_rels.as_bytes()),
    ];
    all.extend(files);
    package(&all, deflate)
}

fn write_runs(text: &str, out: &mut String) {
    out.push_str("<w:r>");
    for (n, line) in text.split('\n').enumerate() {
        if n > 0 {
            out.push_str("<w:br/>");
        }
        for (m, piece) in line.split('\t').enumerate() {
            if m > 0 {
                out.push_str("<w:tab/>");
            }
            if !piece.is_empty() {
                out.push_str("<w:t xml:space=\"preserve\">");
                out.push_str(&escape(piece));
                out.push_str("</w:t>");
            }
        }
    }
    out.push_str("</w:r>");
}

fn write_paragraph(p: &Paragraph, out: &mut String) {
    out.push_str("<w:p>");
    if p.style.is_some() || p.numbering.is_some() {
        out.push_str("<w:pPr>");
        if let Some(style) = &p.style {
            out.push_str(&format!("<w:pStyle w:val=\"{}\"/>", escape(style)));
        }
        if let Some((num, level)) = &p.numbering {
            out.push_str(&format!(
                "<w:numPr><w:ilvl w:val=\"{}\"/><w:numId w:val=\"{}\"/></w:numPr>",
                escape(level),
                escape(num)
            ));
        }
        out.push_str("</w:pPr>");
    }
    write_runs(&p.text, out);
    out.push_str("</w:p>");
}

fn write_word_table(grid: &Grid, out: &mut String) {
    let layout = grid.layout();
    let columns = layout
        .iter()
        .flatten()
        .map(|slot| match *slot {
            Slot::Own { col, .. } => col + 1,
            Slot::Covered { col, width } => col + width,
        })
        .max()
        .unwrap_or(1);
    out.push_str("<w:tbl><w:tblPr/><w:tblGrid>");
    out.push_str(&"<w:gridCol w:w=\"1000\"/>".repeat(columns));
    out.push_str("</w:tblGrid>");
    for (row, slots) in grid.rows.iter().zip(&layout) {
        out.push_str("<w:tr>");
        if !row.grid_before.is_empty() {
            out.push_str(&format!(
                "<w:trPr><w:gridBefore w:val=\"{}\"/></w:trPr>",
                escape(&row.grid_before)
            ));
        }
        for slot in slots {
            match *slot {
                Slot::Own { index, .. } => {
                    let Some(cell) = row.cells.get(index) else { continue };
                    out.push_str("<w:tc><w:tcPr>");
                    if !cell.col_span.is_empty() {
                        out.push_str(&format!(
                            "<w:gridSpan w:val=\"{}\"/>",
                            escape(&cell.col_span)
                        ));
                    }
                    let merge = cell.merge.or((span(&cell.row_span) > 1).then_some(Merge::Restart));
                    match merge {
                        Some(Merge::Restart) => out.push_str("<w:vMerge w:val=\"restart\"/>"),
                        Some(Merge::Continue) => out.push_str("<w:vMerge/>"),
                        None => {}
                    }
                    out.push_str("</w:tcPr><w:p>");
                    write_runs(&cell.text, out);
                    out.push_str("</w:p></w:tc>");
                }
                Slot::Covered { width, .. } => {
                    out.push_str("<w:tc><w:tcPr>");
                    if width > 1 {
                        out.push_str(&format!("<w:gridSpan w:val=\"{width}\"/>"));
                    }
                    out.push_str("<w:vMerge/></w:tcPr><w:p/></w:tc>");
                }
            }
        }
        out.push_str("</w:tr>");
    }
    out.push_str("</w:tbl>");
}

/// Number formats of list levels, the ones the reader renders and others.
const NUMBER_FORMATS: &[&str] = &[
    "decimal",
    "chineseCounting",
    "chineseCountingThousand",
    "chineseLegalSimplified",
    "taiwaneseCounting",
    "ideographDigital",
    "decimalFullWidth",
    "decimalEnclosedCircle",
    "decimalEnclosedCircleChinese",
    "upperLetter",
    "lowerLetter",
    "upperRoman",
    "bullet",
    "none",
    "",
];

/// Start values and level numbers at the edges of the integer types.
const COUNTERS: &[&str] = &[
    "0",
    "1",
    "2",
    "8",
    "9",
    "10",
    "99",
    "100",
    "999",
    "-1",
    "2147483647",
    "4294967295",
    "4294967296",
    "18446744073709551615",
    "x",
];

/// Level texts: the template's patterns and ones that refer to absent levels.
const LEVEL_TEXTS: &[&str] = &["%1、", "（%2）", "%1.%2", "%3)", "%1%1%1%1", "%9", "%0", "%", ""];

fn counter(u: &mut Unstructured<'_>) -> Result<String> {
    Ok(if words::one_in(u, 8)? { words::raw(u, 6)? } else { u.choose(COUNTERS)?.to_string() })
}

/// word/numbering.xml from the fuzz bytes; returns it and the numIds it defines.
pub fn numbering(u: &mut Unstructured<'_>) -> Result<(String, Vec<String>)> {
    let mut out = format!("{XML_DECL}<w:numbering xmlns:w=\"{W_NS}\">");
    let mut ids = Vec::new();
    let abstracts = u.int_in_range(1u8..=3)?;
    for a in 0..abstracts {
        out.push_str(&format!("<w:abstractNum w:abstractNumId=\"{a}\">"));
        for level in 0..u.int_in_range(1u8..=9)? {
            let ilvl = if words::one_in(u, 10)? { counter(u)? } else { level.to_string() };
            let text = match u.int_in_range(0u8..=3)? {
                0 | 1 => u.choose(LEVEL_TEXTS)?.to_string(),
                2 => words::text(u, 4)?,
                _ => format!("%{}{}", level + 1, words::text(u, 2)?).repeat(words::repeat(u)?),
            };
            out.push_str(&format!(
                "<w:lvl w:ilvl=\"{}\"><w:start w:val=\"{}\"/><w:numFmt w:val=\"{}\"/><w:lvlText w:val=\"{}\"/></w:lvl>",
                escape(&ilvl),
                escape(&if words::one_in(u, 3)? { counter(u)? } else { "1".to_owned() }),
                u.choose(NUMBER_FORMATS)?,
                escape(&text),
            ));
        }
        out.push_str("</w:abstractNum>");
    }
    for n in 0..u.int_in_range(1u8..=4)? {
        let id = if words::one_in(u, 8)? { counter(u)? } else { (n + 1).to_string() };
        let target = u.int_in_range(0..=abstracts)?;
        out.push_str(&format!(
            "<w:num w:numId=\"{}\"><w:abstractNumId w:val=\"{target}\"/></w:num>",
            escape(&id)
        ));
        ids.push(id);
    }
    out.push_str("</w:numbering>");
    Ok((out, ids))
}

/// word/styles.xml with paragraph styles that number, some of them many times over;
/// returns it and the style ids.
pub fn styles(u: &mut Unstructured<'_>, num_ids: &[String]) -> Result<(String, Vec<String>)> {
    let mut out = format!("{XML_DECL}<w:styles xmlns:w=\"{W_NS}\">");
    let mut ids = Vec::new();
    let count = words::repeat(u)?;
    let padding = if words::one_in(u, 4)? {
        "<w:rPr><w:sz w:val=\"21\"/></w:rPr>".repeat(words::repeat(u)?)
    } else {
        String::new()
    };
    for s in 0..count {
        let id = format!("S{s}");
        let num = if num_ids.is_empty() { "1".to_owned() } else { u.choose(num_ids)?.clone() };
        out.push_str(&format!(
            "<w:style w:type=\"paragraph\" w:styleId=\"{id}\"><w:name w:val=\"样式{s}\"/><w:pPr><w:numPr><w:ilvl w:val=\"{}\"/><w:numId w:val=\"{}\"/></w:numPr></w:pPr>{padding}</w:style>",
            u.int_in_range(0u8..=9)?,
            escape(&num)
        ));
        ids.push(id);
    }
    out.push_str("</w:styles>");
    Ok((out, ids))
}

/// An Excel package holding the report on one sheet: a paragraph is a row of one cell, a
/// table its rows; spans become merged ranges.
#[must_use]
pub fn xlsx(doc: &Doc, parts: &XlsxParts, deflate: bool) -> Package {
    let mut sheet = Sheet {
        shared: parts.shared.clone(),
        inline: parts.inline,
        styled: parts.styles.is_some(),
        ..Sheet::default()
    };
    for block in &doc.blocks {
        match block {
            Block::Paragraph(p) => {
                sheet.row += 1;
                sheet.data.push_str(&format!("<row r=\"{}\">", sheet.row));
                sheet.cell(0, &p.text);
                sheet.data.push_str("</row>");
            }
            Block::Table(grid) => sheet.table(grid),
            Block::Raw(raw) => sheet.data.push_str(raw),
        }
    }
    sheet.data.push_str(&parts.rows);
    sheet.merges.extend(parts.merges.iter().map(|m| escape(m)));
    let mut xml = format!("{XML_DECL}<worksheet xmlns=\"{S_NS}\" xmlns:r=\"{R_NS}\"><sheetData>");
    xml.push_str(&sheet.data);
    xml.push_str("</sheetData>");
    if !sheet.merges.is_empty() {
        xml.push_str(&format!("<mergeCells count=\"{}\">", sheet.merges.len()));
        for range in &sheet.merges {
            xml.push_str(&format!("<mergeCell ref=\"{range}\"/>"));
        }
        xml.push_str("</mergeCells>");
    }
    xml.push_str("</worksheet>");
    let mut shared = format!(
        "{XML_DECL}<sst xmlns=\"{S_NS}\" count=\"{0}\" uniqueCount=\"{0}\">",
        sheet.shared.len()
    );
    for text in &sheet.shared {
        shared.push_str(&format!("<si><t xml:space=\"preserve\">{}</t></si>", escape(text)));
    }
    shared.push_str("</sst>");
    let workbook = format!(
        "{XML_DECL}<workbook xmlns=\"{S_NS}\" xmlns:r=\"{R_NS}\"><sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"
    );
    let mut overrides = vec![
        ("xl/workbook.xml", "spreadsheetml.sheet.main"),
        ("xl/worksheets/sheet1.xml", "spreadsheetml.worksheet"),
        ("xl/sharedStrings.xml", "spreadsheetml.sharedStrings"),
    ];
    let mut targets =
        vec![("worksheet", "worksheets/sheet1.xml"), ("sharedStrings", "sharedStrings.xml")];
    if parts.styles.is_some() {
        overrides.push(("xl/styles.xml", "spreadsheetml.styles"));
        targets.push(("styles", "styles.xml"));
    }
    let types = content_types(&overrides);
    let root = relationships(&[("officeDocument", "xl/workbook.xml")]);
    let workbook_rels = relationships(&targets);
    let mut all: Vec<(&str, &[u8])> = vec![
        ("[Content_Types].xml", types.as_bytes()),
        ("_rels/.rels", root.as_bytes()),
        ("xl/workbook.xml", workbook.as_bytes()),
        ("xl/_rels/workbook.xml.rels", workbook_rels.as_bytes()),
        ("xl/worksheets/sheet1.xml", xml.as_bytes()),
        ("xl/sharedStrings.xml", shared.as_bytes()),
    ];
    if let Some(styles) = &parts.styles {
        all.push(("xl/styles.xml", styles.as_bytes()));
    }
    package(&all, deflate)
}

/// A sheet being written.
#[derive(Default)]
struct Sheet {
    data: String,
    merges: Vec<String>,
    shared: Vec<String>,
    inline: bool,
    /// Numbers get the second cell format (`s="1"`).
    styled: bool,
    /// The last row written (1-based).
    row: usize,
}

impl Sheet {
    fn cell(&mut self, col: usize, text: &str) {
        let reference = cell_ref(self.row, col);
        if looks_numeric(text) {
            let style = if self.styled { " s=\"1\"" } else { "" };
            self.data.push_str(&format!(
                "<c r=\"{reference}\"{style}><v>{}</v></c>",
                escape(text.trim())
            ));
        } else if text.is_empty() {
            self.data.push_str(&format!("<c r=\"{reference}\"/>"));
        } else if self.inline {
            self.data.push_str(&format!(
                "<c r=\"{reference}\" t=\"inlineStr\"><is><t>{}</t></is></c>",
                escape(text)
            ));
        } else {
            self.shared.push(text.to_owned());
            let index = self.shared.len() - 1;
            self.data.push_str(&format!("<c r=\"{reference}\" t=\"s\"><v>{index}</v></c>"));
        }
    }

    fn table(&mut self, grid: &Grid) {
        let first = self.row + 1;
        for (r, (row, slots)) in grid.rows.iter().zip(grid.layout()).enumerate() {
            self.row = first + r;
            self.data.push_str(&format!("<row r=\"{}\">", self.row));
            for slot in slots {
                let Slot::Own { col, index } = slot else { continue };
                let Some(cell) = row.cells.get(index) else { continue };
                self.cell(col, &cell.text);
                let (width, height) = (span(&cell.col_span), span(&cell.row_span));
                if width > 1 || height > 1 {
                    let from = cell_ref(self.row, col);
                    let to = cell_ref(self.row + height - 1, col + width - 1);
                    self.merges.push(format!("{from}:{to}"));
                }
            }
            self.data.push_str("</row>");
        }
    }
}

/// Whether Excel would store the text as a number.
fn looks_numeric(text: &str) -> bool {
    let t = text.trim();
    !t.is_empty()
        && t.chars().any(|c| c.is_ascii_digit())
        && t.chars().all(|c| c.is_ascii_digit() || matches!(c, '-' | '+' | '.' | 'E' | 'e'))
}

/// `A1`-style reference of a 1-based row and 0-based column.
#[must_use]
pub fn cell_ref(row: usize, col: usize) -> String {
    let mut letters = Vec::new();
    let mut n = col + 1;
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.push(char::from(b'A' + u8::try_from(rem).unwrap_or(0)));
        n = (n - 1) / 26;
    }
    letters.iter().rev().collect::<String>() + &row.to_string()
}

/// References at and beyond the sheet's edges.
const FAR_REFS: &[&str] = &[
    "A1",
    "XFD1",
    "A1048576",
    "XFD1048576",
    "XFE1",
    "A1048577",
    "ZZZZZ1",
    "A0",
    "A4294967296",
    "1A",
    "",
];

/// A cell reference: near the table, at a sheet edge, or raw bytes.
pub fn reference(u: &mut Unstructured<'_>) -> Result<String> {
    Ok(match u.int_in_range(0u8..=3)? {
        0 | 1 => cell_ref(u.int_in_range(1..=60)?, u.int_in_range(0..=20)?),
        2 => u.choose(FAR_REFS)?.to_string(),
        _ => words::raw(u, 8)?,
    })
}

/// Fuzzed additions to an Excel sheet: long shared strings referred to by many cells,
/// cells at far references with odd types and values, many merged ranges, number formats.
pub fn xlsx_parts(u: &mut Unstructured<'_>) -> Result<XlsxParts> {
    let mut parts = XlsxParts { inline: u.arbitrary()?, ..XlsxParts::default() };
    for _ in 0..u.int_in_range(0u8..=3)? {
        parts.shared.push(words::text(u, 6)?);
    }
    let mut row = 100usize;
    for _ in 0..u.int_in_range(0u8..=3)? {
        let times = words::repeat(u)?;
        let kind = u.choose(&["s", "n", "str", "inlineStr", "b", "e", "x", ""])?;
        let value = match u.int_in_range(0u8..=2)? {
            0 => u.int_in_range(0u32..=4)?.to_string(),
            1 => words::number(u)?,
            _ => words::text(u, 3)?,
        };
        let reference = reference(u)?;
        let per_row = u.int_in_range(1usize..=64)?;
        let far = words::one_in(u, 4)?;
        for n in 0..times {
            if n % per_row == 0 {
                if n > 0 {
                    parts.rows.push_str("</row>");
                }
                row += 1;
                parts.rows.push_str(&format!("<row r=\"{row}\">"));
            }
            let r = if far { reference.clone() } else { cell_ref(row, n % per_row) };
            parts.rows.push_str(&format!(
                "<c r=\"{}\" t=\"{kind}\"><v>{}</v><is><t>{}</t></is></c>",
                escape(&r),
                escape(&value),
                escape(&value)
            ));
        }
        if times > 0 {
            parts.rows.push_str("</row>");
        }
    }
    for _ in 0..u.int_in_range(0u8..=2)? {
        let (from, to) = (reference(u)?, reference(u)?);
        parts.merges.extend(std::iter::repeat_n(format!("{from}:{to}"), words::repeat(u)?));
    }
    if u.arbitrary()? {
        let code = if u.arbitrary()? {
            u.choose(&[
                "0.00",
                "#,##0.00",
                "0.0%",
                "0.00E+00",
                "General",
                "@",
                "0.000000000000000000000",
            ])?
            .to_string()
        } else {
            words::raw(u, 16)?
        };
        parts.styles = Some(format!(
            "{XML_DECL}<styleSheet xmlns=\"{S_NS}\"><numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"{}\"/></numFmts><cellXfs count=\"3\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/><xf numFmtId=\"{}\"/></cellXfs></styleSheet>",
            escape(&code),
            u.choose(&["2", "4", "10", "40", "39", "164", "-1", "99999999999"])?
        ));
    }
    Ok(parts)
}
