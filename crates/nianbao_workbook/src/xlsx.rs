//! The workbook as SpreadsheetML parts in a zip: content types, relationships, the workbook,
//! one style sheet (normal and bold), shared strings and one part per sheet. Every string
//! goes through the shared-string table, the form Excel itself writes and every reader
//! (Excel, WPS, LibreOffice, openpyxl) takes.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use crate::{display_width, Sheet, Value, Workbook, WriteError};

/// Columns never get narrower or wider than this (in characters of the default font).
const WIDTH_MIN: usize = 6;
const WIDTH_MAX: usize = 80;

/// The shared-string table: each distinct text once, in first-use order.
#[derive(Default)]
struct Strings {
    index: BTreeMap<String, usize>,
    list: Vec<String>,
    uses: usize,
}

impl Strings {
    fn id(&mut self, text: &str) -> usize {
        self.uses += 1;
        if let Some(&id) = self.index.get(text) {
            return id;
        }
        let id = self.list.len();
        self.index.insert(text.to_owned(), id);
        self.list.push(text.to_owned());
        id
    }
}

impl Workbook {
    /// The `.xlsx` bytes.
    ///
    /// # Errors
    /// When a part or the whole file passes the 4 GB a zip without extensions can hold.
    pub fn to_xlsx(&self) -> Result<Vec<u8>, WriteError> {
        let mut strings = Strings::default();
        let sheets: Vec<String> = self.sheets.iter().map(|s| sheet_xml(s, &mut strings)).collect();
        let mut parts: Vec<(String, String)> = vec![
            ("[Content_Types].xml".to_owned(), content_types(self.sheets.len())),
            ("_rels/.rels".to_owned(), ROOT_RELS.to_owned()),
            ("xl/workbook.xml".to_owned(), workbook_xml(self)),
            ("xl/_rels/workbook.xml.rels".to_owned(), workbook_rels(self.sheets.len())),
            ("xl/styles.xml".to_owned(), STYLES.to_owned()),
            ("xl/sharedStrings.xml".to_owned(), shared_strings(&strings)),
        ];
        for (n, xml) in sheets.into_iter().enumerate() {
            parts.push((format!("xl/worksheets/sheet{}.xml", n + 1), xml));
        }
        let parts: Vec<(String, Vec<u8>)> =
            parts.into_iter().map(|(name, xml)| (name, xml.into_bytes())).collect();
        crate::zip::stored(&parts)
    }
}

const XML_HEAD: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
const MAIN_NS: &str = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_RELS_NS: &str = "http://schemas.openxmlformats.org/package/2006/relationships";

const ROOT_RELS: &str = concat!(
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n",
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">",
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>",
    "</Relationships>"
);

/// Style 0 is the default font; style 1 is bold, for header rows.
const STYLES: &str = concat!(
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n",
    "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">",
    "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"等线\"/><family val=\"2\"/><charset val=\"134\"/></font>",
    "<font><b/><sz val=\"11\"/><name val=\"等线\"/><family val=\"2\"/><charset val=\"134\"/></font></fonts>",
    "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>",
    "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>",
    "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>",
    "<cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>",
    "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/></cellXfs>",
    "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>",
    "</styleSheet>"
);

fn content_types(sheets: usize) -> String {
    let mut out = format!(
        "{XML_HEAD}<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
         <Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
         <Default Extension=\"xml\" ContentType=\"application/xml\"/>\
         <Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>\
         <Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>\
         <Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
    );
    for n in 1..=sheets {
        let _ = write!(
            out,
            "<Override PartName=\"/xl/worksheets/sheet{n}.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        );
    }
    out.push_str("</Types>");
    out
}

fn workbook_xml(book: &Workbook) -> String {
    let mut out = format!("{XML_HEAD}<workbook xmlns=\"{MAIN_NS}\" xmlns:r=\"{REL_NS}\"><sheets>");
    for (n, sheet) in book.sheets.iter().enumerate() {
        let id = n + 1;
        let _ = write!(
            out,
            "<sheet name=\"{}\" sheetId=\"{id}\" r:id=\"rId{id}\"/>",
            escape(&sheet_name(&sheet.name))
        );
    }
    out.push_str("</sheets></workbook>");
    out
}

fn workbook_rels(sheets: usize) -> String {
    let mut out = format!("{XML_HEAD}<Relationships xmlns=\"{PACKAGE_RELS_NS}\">");
    for n in 1..=sheets {
        let _ = write!(
            out,
            "<Relationship Id=\"rId{n}\" Type=\"{REL_NS}/worksheet\" Target=\"worksheets/sheet{n}.xml\"/>"
        );
    }
    let styles = sheets + 1;
    let strings = sheets + 2;
    let _ = write!(
        out,
        "<Relationship Id=\"rId{styles}\" Type=\"{REL_NS}/styles\" Target=\"styles.xml\"/>\
         <Relationship Id=\"rId{strings}\" Type=\"{REL_NS}/sharedStrings\" Target=\"sharedStrings.xml\"/>\
         </Relationships>"
    );
    out
}

fn shared_strings(strings: &Strings) -> String {
    let mut out = format!(
        "{XML_HEAD}<sst xmlns=\"{MAIN_NS}\" count=\"{}\" uniqueCount=\"{}\">",
        strings.uses,
        strings.list.len()
    );
    for text in &strings.list {
        let _ = write!(out, "<si><t xml:space=\"preserve\">{}</t></si>", escape(text));
    }
    out.push_str("</sst>");
    out
}

fn sheet_xml(sheet: &Sheet, strings: &mut Strings) -> String {
    let columns = sheet.rows.iter().map(Vec::len).chain([sheet.header.len()]).max().unwrap_or(0);
    let mut widths = vec![0_usize; columns];
    let mut measure = |at: usize, text: &str| {
        if let Some(w) = widths.get_mut(at) {
            *w = (*w).max(display_width(text));
        }
    };
    for (at, h) in sheet.header.iter().enumerate() {
        measure(at, h);
    }
    for row in &sheet.rows {
        for (at, value) in row.iter().enumerate() {
            match value {
                Value::Text(text) => measure(at, text),
                Value::Int(n) => measure(at, &n.to_string()),
                Value::Empty => {}
            }
        }
    }
    let mut out = format!(
        "{XML_HEAD}<worksheet xmlns=\"{MAIN_NS}\" xmlns:r=\"{REL_NS}\">\
         <sheetViews><sheetView workbookViewId=\"0\">\
         <pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>\
         <selection pane=\"bottomLeft\"/></sheetView></sheetViews>\
         <sheetFormatPr defaultRowHeight=\"15\"/>"
    );
    if !widths.is_empty() {
        out.push_str("<cols>");
        for (at, width) in widths.iter().enumerate() {
            let n = at + 1;
            let width = (width + 2).clamp(WIDTH_MIN, WIDTH_MAX);
            let _ =
                write!(out, "<col min=\"{n}\" max=\"{n}\" width=\"{width}\" customWidth=\"1\"/>");
        }
        out.push_str("</cols>");
    }
    out.push_str("<sheetData>");
    out.push_str("<row r=\"1\">");
    for (at, h) in sheet.header.iter().enumerate() {
        let _ = write!(
            out,
            "<c r=\"{}1\" s=\"1\" t=\"s\"><v>{}</v></c>",
            column_name(at),
            strings.id(h)
        );
    }
    out.push_str("</row>");
    for (r, row) in sheet.rows.iter().enumerate() {
        let line = r + 2;
        let _ = write!(out, "<row r=\"{line}\">");
        for (at, value) in row.iter().enumerate() {
            let cell = format!("{}{line}", column_name(at));
            match value {
                Value::Empty => {}
                Value::Text(text) => {
                    let _ = write!(out, "<c r=\"{cell}\" t=\"s\"><v>{}</v></c>", strings.id(text));
                }
                Value::Int(n) => {
                    let _ = write!(out, "<c r=\"{cell}\"><v>{n}</v></c>");
                }
            }
        }
        out.push_str("</row>");
    }
    out.push_str("</sheetData></worksheet>");
    out
}

/// `A`, `B`, … `Z`, `AA`, … for a 0-based column.
fn column_name(at: usize) -> String {
    let mut n = at + 1;
    let mut name = Vec::new();
    while n > 0 {
        let rest = (n - 1) % 26;
        name.push(char::from(b'A' + u8::try_from(rest).unwrap_or(0)));
        n = (n - 1) / 26;
    }
    name.iter().rev().collect()
}

/// A tab name Excel accepts: no `[]:*?/\`, at most 31 characters, not empty.
fn sheet_name(name: &str) -> String {
    let clean: String = name
        .chars()
        .filter(|c| !matches!(c, '[' | ']' | ':' | '*' | '?' | '/' | '\\'))
        .take(31)
        .collect();
    if clean.is_empty() {
        "Sheet".to_owned()
    } else {
        clean
    }
}

/// Text as XML character data: markup escaped, and the control characters XML 1.0 cannot
/// hold at all dropped (a report's text may carry them; Excel refuses the file otherwise).
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if c < ' ' || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{column_name, escape};

    #[test]
    fn column_names_run_past_z() {
        let names: Vec<String> = [0, 25, 26, 27, 701, 702].into_iter().map(column_name).collect();
        assert_eq!(names, ["A", "Z", "AA", "AB", "ZZ", "AAA"]);
    }

    #[test]
    fn markup_and_control_characters() {
        assert_eq!(escape("a<b>&\"c\"\u{1}\u{b}\td"), "a&lt;b&gt;&amp;&quot;c&quot;\td");
    }
}
