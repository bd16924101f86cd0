use serde::{Deserialize, Serialize};

/// Where a piece of the report came from, so the page can point at it.
///
/// Text sources fill `line`/`column` (1-based, in characters); HTML and Word fill
/// `table`/`row`/`cell` (0-based indices into the document's tables) or `paragraph`.
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
    /// 0-based table index in the document.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub table: Option<u32>,
    /// 0-based grid row inside that table.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub row: Option<u32>,
    /// 0-based grid column inside that row.
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
