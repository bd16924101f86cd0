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

/// One standard table: its rows in template order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TableValues {
    /// Rows found, in template order.
    pub rows: Vec<RowValues>,
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
