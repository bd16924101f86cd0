//! Where a finding is, said the way a person finds it with the document open: the line and
//! column of a text, the table, row and cell of a web page or Word file (cells counted as
//! they are seen), the sheet and cell address of a workbook, the page of a PDF and the
//! table by the name printed above it (表三), since a PDF is read page by page.

use nianbao_document::{Format, Location, TableId};

use crate::Lang;

/// `第 129 行第 1 列`, `第 2 个表格第 10 行第 3 格`, `第 1 个工作表 B12 单元格`,
/// `第 3 页 表三 第 10 行第 3 格`; empty when the location says nothing. `table` is the
/// standard table the finding is about, if any.
#[must_use]
pub(crate) fn describe(
    at: &Location,
    table: Option<TableId>,
    format: Format,
    lang: Lang,
) -> String {
    if format == Format::Pdf {
        return on_page(at, table, lang);
    }
    let page = at.page.map(|p| lang.pick(format!("第 {p} 页"), format!("page {p}")));
    // Text is found by line; a page, a document or a workbook by what it shows (a saved
    // page's line numbers count markup nobody sees).
    let by_line = || {
        at.line.map(|line| {
            let column = at.column.unwrap_or(1);
            lang.pick(
                format!("第 {line} 行第 {column} 列"),
                format!("line {line}, column {column}"),
            )
        })
    };
    let by_table = || {
        at.table.map(|table| {
            let (t, r, c) = (table + 1, at.row.unwrap_or(0), at.cell.unwrap_or(0));
            if format == Format::Xlsx {
                let address = format!("{}{}", column_letters(c), r + 1);
                lang.pick(
                    format!("第 {t} 个工作表 {address} 单元格"),
                    format!("sheet {t}, cell {address}"),
                )
            } else {
                let (r, c) = (r + 1, c + 1);
                lang.pick(
                    format!("第 {t} 个表格第 {r} 行第 {c} 格"),
                    format!("table {t}, row {r}, cell {c}"),
                )
            }
        })
    };
    let by_paragraph = || {
        at.paragraph.map(|p| {
            let p = p + 1;
            lang.pick(format!("第 {p} 段"), format!("paragraph {p}"))
        })
    };
    let within = if format == Format::Txt {
        by_line().or_else(by_table).or_else(by_paragraph)
    } else {
        by_table().or_else(by_paragraph).or_else(by_line)
    };
    match (page, within) {
        (Some(page), Some(within)) => {
            lang.pick(format!("{page}{within}"), format!("{page}, {within}"))
        }
        (page, within) => page.or(within).unwrap_or_default(),
    }
}

/// A place in a PDF: the page, then the table by its name and the cell by its row (counted
/// over the whole table, as the table's own rows run on from page to page) and place in the
/// row. A paragraph is found by its page: counting paragraphs over pages helps nobody.
fn on_page(at: &Location, table: Option<TableId>, lang: Lang) -> String {
    let mut parts: Vec<String> = Vec::new();
    if let Some(p) = at.page {
        parts.push(lang.pick(format!("第 {p} 页"), format!("page {p}")));
    }
    if let Some(index) = at.table {
        parts.push(match table {
            Some(id) => {
                lang.pick(short_name(id).to_owned(), format!("table {}", short_name_en(id)))
            }
            None => lang.pick(format!("第 {} 个表格", index + 1), format!("table {}", index + 1)),
        });
        let (r, c) = (at.row.unwrap_or(0) + 1, at.cell.unwrap_or(0) + 1);
        parts.push(lang.pick(format!("第 {r} 行第 {c} 格"), format!("row {r}, cell {c}")));
    }
    parts.join(lang.pick(" ", ", "))
}

/// 表二, 表三, 表四: what the template prints above each table.
fn short_name(id: TableId) -> &'static str {
    match id {
        TableId::Proactive => "表二",
        TableId::Requests => "表三",
        TableId::Appeals => "表四",
    }
}

fn short_name_en(id: TableId) -> &'static str {
    match id {
        TableId::Proactive => "2",
        TableId::Requests => "3",
        TableId::Appeals => "4",
    }
}

/// Excel's column letters for a 0-based column: 0 → A, 27 → AB.
fn column_letters(column: u32) -> String {
    let mut letters = Vec::new();
    let mut n = u64::from(column) + 1;
    while n > 0 {
        let rest = (n - 1) % 26;
        letters.push(char::from(b'A' + u8::try_from(rest).unwrap_or(0)));
        n = (n - 1) / 26;
    }
    letters.iter().rev().collect()
}

#[cfg(test)]
mod tests {
    use nianbao_document::{Format, Location, TableId};

    use super::{column_letters, describe};
    use crate::Lang;

    #[test]
    fn places_as_people_say_them() {
        assert_eq!(
            describe(&Location::text(129, 1), None, Format::Txt, Lang::Zh),
            "第 129 行第 1 列"
        );
        assert_eq!(
            describe(&Location::grid(1, 9, 2), None, Format::Html, Lang::Zh),
            "第 2 个表格第 10 行第 3 格"
        );
        assert_eq!(
            describe(&Location::grid(0, 11, 1), None, Format::Xlsx, Lang::Zh),
            "第 1 个工作表 B12 单元格"
        );
        assert_eq!(
            describe(&Location::grid(0, 11, 1), None, Format::Xlsx, Lang::En),
            "sheet 1, cell B12"
        );
        assert_eq!(describe(&Location::default(), None, Format::Docx, Lang::Zh), "");
        // A saved page's line and column count markup: its table and cell are what people see.
        let cell = Location { line: Some(1), column: Some(1973), ..Location::grid(0, 3, 0) };
        assert_eq!(describe(&cell, None, Format::Html, Lang::Zh), "第 1 个表格第 4 行第 1 格");
        let paragraph = Location {
            line: Some(1),
            column: Some(1694),
            paragraph: Some(16),
            ..Location::default()
        };
        assert_eq!(describe(&paragraph, None, Format::Html, Lang::En), "paragraph 17");
        assert_eq!(
            (column_letters(0), column_letters(25), column_letters(27)),
            ("A".into(), "Z".into(), "AB".into())
        );
    }

    #[test]
    fn pdf_places_name_the_page_and_the_table() {
        let cell = Location { page: Some(3), ..Location::grid(1, 9, 2) };
        let requests = Some(TableId::Requests);
        assert_eq!(
            describe(&cell, requests, Format::Pdf, Lang::Zh),
            "第 3 页 表三 第 10 行第 3 格"
        );
        assert_eq!(
            describe(&cell, requests, Format::Pdf, Lang::En),
            "page 3, table 3, row 10, cell 3"
        );
        assert_eq!(
            describe(&cell, None, Format::Pdf, Lang::Zh),
            "第 3 页 第 2 个表格 第 10 行第 3 格"
        );
        let paragraph = Location { page: Some(1), paragraph: Some(4), ..Location::default() };
        assert_eq!(describe(&paragraph, None, Format::Pdf, Lang::Zh), "第 1 页");
        assert_eq!(describe(&Location::default(), None, Format::Pdf, Lang::Zh), "");
    }
}
