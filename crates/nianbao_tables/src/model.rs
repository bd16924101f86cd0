//! The standard tables by canonical key: what extraction produces and the rules read.

use nianbao_document::{CellRef, Location, TableId};

use crate::value::CellValue;

/// 表二, 表三 and 表四 as far as the document holds them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StandardTables {
    /// 表二 `proactive`; rows are `item1.regulations` etc.
    pub proactive: Option<TableValues>,
    /// 表三 `requests`.
    pub requests: Option<TableValues>,
    /// 表四 `appeals`; rows are the groups `review`, `litigation_direct`, …
    pub appeals: Option<TableValues>,
}

/// One standard table: its rows in template order, and what the reading met on the way —
/// facts for the rules to judge (rows missing or extra, labels worded differently, a garbled
/// header, rows whose values did not fill the columns).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TableValues {
    /// Rows found, in template order.
    pub rows: Vec<RowValues>,
    /// Template rows the document lacks.
    pub missing_rows: Vec<MissingRow>,
    /// Rows the template does not have.
    pub extra_rows: Vec<ExtraRow>,
    /// Rows matched to the template although their label is worded differently.
    pub label_variants: Vec<LabelVariant>,
    /// A header that holds numbers instead of the template's words.
    pub garbled_header: Option<GarbledHeader>,
    /// Rows whose values did not fill the columns one to one.
    pub lossy_rows: Vec<LossyReading>,
    /// Rows whose numbers ran together in the source (a crawler's copy), and how they split.
    pub glued_rows: Vec<GluedReading>,
    /// Rows of numbers whose label was cut away or cut into pieces (machine-extracted text),
    /// and the template row the table's order and sums gave them.
    pub separated_rows: Vec<SeparatedRow>,
}

/// A template row the document lacks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MissingRow {
    /// The template's label.
    pub label: String,
    /// The cells the row would hold.
    pub cells: Vec<CellRef>,
}

/// A row the template does not have (其他主动公开文件), kept with what it holds so the page
/// can draw it where the report has it, marked as not in the template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExtraRow {
    /// The label as written.
    pub label: String,
    /// Where the label is.
    pub location: Location,
    /// The value cells as written, in order (not checked: no column is known for them).
    pub values: Vec<String>,
    /// The key of the template row the report has just before it, if any.
    pub after: Option<String>,
}

/// A row label worded differently from the template, matched by likeness.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LabelVariant {
    /// As written.
    pub found: String,
    /// As in the template.
    pub expected: String,
    /// Where the label is.
    pub location: Location,
    /// The row's cells.
    pub cells: Vec<CellRef>,
}

/// A header row that holds numbers (a copy gone wrong).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GarbledHeader {
    /// The header cells as written, joined by ` | `.
    pub found: String,
    /// The template's header, joined the same way.
    pub expected: String,
    /// The first number in the header.
    pub location: Location,
}

/// A row whose values did not fill its columns one to one (blank cells dropped in a copy).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LossyReading {
    /// The label of the row.
    pub label: String,
    /// Where the row is.
    pub location: Location,
    /// The values as written, in order.
    pub values: Vec<String>,
    /// How many columns the template has.
    pub columns: usize,
    /// When placed: the cells filled (in value order) then the rest; otherwise every cell.
    pub cells: Vec<CellRef>,
    /// Whether the table's arithmetic placed the values uniquely.
    pub placed: bool,
    /// Consistent placements found (0, 1, or more; capped).
    pub placements: usize,
}

/// A row whose numbers ran together (`713000074`) and what the table's arithmetic made of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GluedReading {
    /// The label of the row.
    pub label: String,
    /// Where the row is.
    pub location: Location,
    /// The runs of digits as written, in order.
    pub written: Vec<String>,
    /// The row's cells, in column order.
    pub cells: Vec<CellRef>,
    /// When exactly one split keeps every identity: each cell's text (`""` for blank).
    pub split: Option<Vec<String>>,
    /// Otherwise, the cells the possible splits disagree on (every cell when none holds).
    pub undecided: Vec<CellRef>,
    /// Splits consistent with the table (0, 1, several; capped at 64).
    pub readings: usize,
    /// Up to two of them, each cell's text, for the message.
    pub examples: Vec<Vec<String>>,
    /// The splits were too many to try them all.
    pub exhausted: bool,
}

/// A row of numbers whose label a PDF-to-Markdown or OCR tool cut away or cut into pieces
/// (`形，不计其他情形）` with the rest of the label a line above), and what the template's
/// row order and the table's sums made of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeparatedRow {
    /// The pieces of label beside the numbers, joined as written (`""` when none).
    pub found: String,
    /// Where the row is (its label piece, else its first number).
    pub location: Location,
    /// The numbers as written, in order.
    pub values: Vec<String>,
    /// The template row's label when exactly one row fits; `None` when unresolved.
    pub placed: Option<String>,
    /// When placed, the row's cells; otherwise the cells of every row it could be.
    pub cells: Vec<CellRef>,
    /// The template rows it could be (labels), when unresolved; empty when placed.
    pub candidates: Vec<String>,
}

/// One row of a standard table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowValues {
    /// Canonical row key.
    pub key: std::borrow::Cow<'static, str>,
    /// The label as written (empty for 表四's groups).
    pub label: String,
    /// Where the label is.
    pub location: Location,
    /// Cells by canonical column key, in template order. Empty when `unresolved`.
    pub cells: Vec<(&'static str, CellValue)>,
    /// The row holds fewer values than columns and they could not be placed (T024).
    pub unresolved: bool,
}

impl TableValues {
    /// A row by key.
    #[must_use]
    pub fn row(&self, key: &str) -> Option<&RowValues> {
        self.rows.iter().find(|r| r.key == key)
    }

    /// A cell by row and column key.
    #[must_use]
    pub fn cell(&self, row: &str, column: &str) -> Option<&CellValue> {
        self.row(row).and_then(|r| r.cell(column))
    }
}

impl RowValues {
    /// A cell by column key.
    #[must_use]
    pub fn cell(&self, column: &str) -> Option<&CellValue> {
        self.cells.iter().find(|(key, _)| *key == column).map(|(_, cell)| cell)
    }
}

impl StandardTables {
    /// A table by id.
    #[must_use]
    pub fn get(&self, table: TableId) -> Option<&TableValues> {
        match table {
            TableId::Proactive => self.proactive.as_ref(),
            TableId::Requests => self.requests.as_ref(),
            TableId::Appeals => self.appeals.as_ref(),
        }
    }

    /// A cell by reference.
    #[must_use]
    pub fn cell(&self, at: &CellRef) -> Option<&CellValue> {
        self.get(at.table).and_then(|t| t.cell(&at.row, &at.column))
    }
}
