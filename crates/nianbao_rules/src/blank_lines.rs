//! Rows and columns left blank as a whole: one problem each, not one per cell or per sum.
//! A report that left its 总计 column blank has one thing to fix; saying it as eleven row-sum
//! errors and twenty-five blank cells buries it.
//!
//! Input: the standard tables. Output: the [`BlankLine`]s of 表三 and 表四 (rows and
//! columns whose cells are all blank or placeholders) and of 表二 (rows), each with whether
//! a sum of its table fails on it. A table left blank entirely is T025's, not a line.

use nianbao_document::{CellRef, Location, TableId};
use nianbao_tables::{
    appeal_identities, request_identities, CellState, Identity, StandardTables, TableValues,
};

use crate::suspect::imbalance;

/// A row or a column of one table whose cells are all blank or placeholders.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct BlankLine {
    /// A column (else a row).
    pub column: bool,
    /// Its cells, in table order.
    pub cells: Vec<CellRef>,
    /// Where its first cell is.
    pub location: Location,
    /// The state all its cells share, when they share one.
    pub state: Option<CellState>,
    /// Whether a sum of the table fails on one of its cells.
    pub breaks_sums: bool,
}

impl BlankLine {
    /// Whether `cell` lies on this line.
    pub(crate) fn holds(&self, cell: &CellRef) -> bool {
        self.cells.contains(cell)
    }

    /// Whether `identity` involves a cell of this line.
    pub(crate) fn touches(&self, identity: &Identity) -> bool {
        identity.left.iter().chain(&identity.right).any(|c| self.holds(c))
    }
}

/// The blank lines of the tables, columns first, in table order.
pub(crate) fn of(tables: &StandardTables) -> Vec<BlankLine> {
    let mut lines = Vec::new();
    for id in [TableId::Proactive, TableId::Requests, TableId::Appeals] {
        let Some(table) = tables.get(id) else { continue };
        if wholly_blank(table) {
            continue;
        }
        let identities = match id {
            TableId::Requests => request_identities(table),
            TableId::Appeals => appeal_identities(),
            TableId::Proactive => Vec::new(),
        };
        let failing: Vec<&Identity> =
            identities.iter().filter(|i| imbalance(tables, i).is_some_and(|o| o != 0)).collect();
        let mut found = Vec::new();
        // A column is known blank only when every row was read: an unread row may hold its
        // numbers.
        if id != TableId::Proactive && !table.rows.iter().any(|r| r.unresolved) {
            found.extend(columns(id, table).into_iter().filter_map(|c| line(table, true, c)));
        }
        found.extend(table.rows.iter().filter_map(|row| {
            let cells = row.cells.iter().map(|(c, _)| CellRef::new(id, row.key.clone(), *c));
            line(table, false, cells.collect())
        }));
        for mut line in found {
            line.breaks_sums = failing.iter().any(|i| line.touches(i));
            lines.push(line);
        }
    }
    lines
}

/// Every number cell blank or a placeholder: T025's case. A row left unread (T024, T027)
/// holds numbers, so its table is not blank.
pub(crate) fn wholly_blank(table: &TableValues) -> bool {
    if table.rows.iter().any(|r| r.unresolved) {
        return false;
    }
    let mut cells = table.rows.iter().flat_map(|r| &r.cells).peekable();
    cells.peek().is_some() && cells.all(|(_, c)| is_blank(c.state))
}

fn is_blank(state: CellState) -> bool {
    matches!(state, CellState::Blank | CellState::Placeholder)
}

/// The cells of each column of 表三 or 表四, over the rows the table has.
fn columns(id: TableId, table: &TableValues) -> Vec<Vec<CellRef>> {
    let keys: &[nianbao_tables::Column] = match id {
        TableId::Appeals => nianbao_tables::APPEAL_COLUMNS,
        _ => nianbao_tables::REQUEST_COLUMNS,
    };
    keys.iter()
        .map(|column| {
            table
                .rows
                .iter()
                .filter(|r| r.cell(column.key).is_some())
                .map(|r| CellRef::new(id, r.key.clone(), column.key))
                .collect()
        })
        .collect()
}

/// The line of `cells` when there are two or more and all are blank or placeholders.
fn line(table: &TableValues, column: bool, cells: Vec<CellRef>) -> Option<BlankLine> {
    if cells.len() < 2 {
        return None;
    }
    let values: Vec<_> = cells.iter().filter_map(|c| table.cell(&c.row, &c.column)).collect();
    if values.len() != cells.len() || !values.iter().all(|v| is_blank(v.state)) {
        return None;
    }
    let first = values.first()?;
    let state = values.iter().all(|v| v.state == first.state).then_some(first.state);
    Some(BlankLine { column, location: first.location, state, cells, breaks_sums: false })
}
