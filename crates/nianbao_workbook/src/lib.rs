//! # nianbao_workbook — sheets → an Excel workbook or CSV
//!
//! Input: a [`Workbook`], sheets of a header row and rows of text or whole numbers. Output:
//! the bytes of an `.xlsx` file ([`Workbook::to_xlsx`]) that Excel, WPS and LibreOffice open —
//! shared strings, a bold frozen header row, columns as wide as their text (a Chinese
//! character counts double) — or one sheet as CSV with a BOM, so Excel and WPS read it as
//! UTF-8 ([`Sheet::to_csv`]).
//!
//! Written here rather than with rust_xlsxwriter, which costs about 237 KiB gzipped in the
//! page (../shared/STACK.md); even the zip crate's writer with deflate cost 115 KiB, so the
//! zip is our own and stores its parts (`zip.rs`). Pure: no files, no clock (the entries
//! carry a fixed date), the same bytes for the same sheets.
#![warn(clippy::disallowed_methods)]

mod csv;
mod xlsx;
mod zip;

/// One cell's content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    /// Nothing.
    Empty,
    /// Text, written as a shared string.
    Text(String),
    /// A whole number, written as a number.
    Int(i64),
}

impl From<&str> for Value {
    fn from(text: &str) -> Self {
        Self::Text(text.to_owned())
    }
}

impl From<String> for Value {
    fn from(text: String) -> Self {
        Self::Text(text)
    }
}

impl From<i64> for Value {
    fn from(n: i64) -> Self {
        Self::Int(n)
    }
}

impl From<usize> for Value {
    fn from(n: usize) -> Self {
        i64::try_from(n).map_or_else(|_| Self::Text(n.to_string()), Self::Int)
    }
}

impl<T: Into<Value>> From<Option<T>> for Value {
    fn from(value: Option<T>) -> Self {
        value.map_or(Self::Empty, Into::into)
    }
}

/// One sheet: a header row and the rows under it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Sheet {
    /// The tab's name (at most 31 characters, none of `[]:*?/\`).
    pub name: String,
    /// The header row, frozen in the workbook.
    pub header: Vec<String>,
    /// The rows, each as long as the header or shorter.
    pub rows: Vec<Vec<Value>>,
}

/// Sheets in tab order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Workbook {
    /// The sheets.
    pub sheets: Vec<Sheet>,
}

/// Why a workbook could not be written (only its size can stop it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WriteError(pub String);

impl std::fmt::Display for WriteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "无法生成 Excel 工作簿 / cannot write the workbook: {}", self.0)
    }
}

impl std::error::Error for WriteError {}

/// How wide a text shows in a spreadsheet column: a CJK or full-width character takes two
/// places, anything else one.
#[must_use]
pub fn display_width(text: &str) -> usize {
    text.chars().map(|c| if is_wide(c) { 2 } else { 1 }).sum()
}

fn is_wide(c: char) -> bool {
    matches!(c,
        '\u{1100}'..='\u{115F}'
        | '\u{2E80}'..='\u{A4CF}'
        | '\u{AC00}'..='\u{D7A3}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{FE30}'..='\u{FE4F}'
        | '\u{FF00}'..='\u{FF60}'
        | '\u{FFE0}'..='\u{FFE6}'
        | '\u{20000}'..='\u{3FFFD}')
}
