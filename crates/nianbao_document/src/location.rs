use serde::{Deserialize, Serialize};

/// Where a piece of the report came from, counted the way a person sees the source, so
/// the page can point at it and a reader can find it by eye.
///
/// - Text: `line`/`column`, 1-based, the column in characters.
/// - HTML: `table`/`row`/`cell` for a table cell (see each field) and no `line`: a line of
///   the page's source points into markup nobody reads; `paragraph` (with the source
///   `line`/`column` where it starts) for running text.
/// - Word: `table`/`row`/`cell` as Word shows the table, plus `paragraph` (the paragraph
///   the table follows, for reading order); `paragraph` alone for running text.
/// - Excel: `table` is the sheet, `row`/`cell` the sheet's row and column.
///
/// The cell's own text, as the person reads it, travels with it in the document model.
/// Unknown parts are absent from the JSON.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(default)]
pub struct Location {
    /// 1-based line in the decoded text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<u32>,
    /// 1-based column (characters) in that line.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<u32>,
    /// 1-based page of a paged source.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
    /// 0-based paragraph index; for a table cell of a Word file, the paragraph the table
    /// follows (so locations sort in reading order).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub paragraph: Option<u32>,
    /// 0-based table index. HTML and Word: the data table's place among the document's
    /// tables, in reading order (page-layout tables that only hold other tables are not
    /// counted: a person does not see them as tables). Excel: the sheet's place in the
    /// workbook, hidden sheets included.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub table: Option<u32>,
    /// 0-based row. HTML: the `<tr>` the cell starts in, counted within its table. Word:
    /// the `w:tr` the cell starts in (a vertically merged cell: its first row). Excel: the
    /// sheet row as Excel numbers it, minus one (row 11 is Excel's row 12).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub row: Option<u32>,
    /// 0-based cell within that row. HTML: which `<td>`/`<th>` of its `<tr>` (a cell
    /// spanning columns counts once; slots taken by a rowspan from above are not counted).
    /// Word: which `w:tc` of its `w:tr` (a `w:gridSpan` cell counts once). Excel: the
    /// column as Excel letters it, from 0 (1 is column B, so row 11, cell 1 is B12).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cell: Option<u32>,
}

impl Location {
    /// A position in decoded text.
    #[must_use]
    pub fn text(line: u32, column: u32) -> Self {
        Self { line: Some(line), column: Some(column), ..Self::default() }
    }

    /// A cell of a table in a structured document.
    #[must_use]
    pub fn grid(table: u32, row: u32, cell: u32) -> Self {
        Self { table: Some(table), row: Some(row), cell: Some(cell), ..Self::default() }
    }
}
