//! The suspect cell: when a table's broken sums have exactly one explanation — one cell that,
//! changed to one value, makes every failing identity of the table hold and breaks none —
//! the arithmetic findings it explains name it, with the value found and the value the
//! sums ask for. With two explanations or none, nothing is named: the tool never guesses.
//!
//! Input: the standard tables and one table's identities. Output: [`Suspect`] or nothing.

use nianbao_document::{CellRef, Location, TableId};
use nianbao_tables::{
    appeal_identities, request_identities, CellState, Identity, StandardTables, MAX_COUNT,
};
use serde::{Deserialize, Serialize};

/// The one cell whose change would make every sum of its table hold.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Suspect {
    /// The cell.
    pub cell: CellRef,
    /// Its value as counted (a blank or placeholder counts as 0).
    pub found: i64,
    /// The value every identity of the table asks for.
    pub expected: i64,
    /// Its text as written (empty for a blank cell).
    pub raw: String,
}

/// What one cell adds to a sum.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Addend {
    /// A count, or 0 for a blank or placeholder (`blank`), at `location`.
    Value { value: i64, blank: bool, location: Location },
    /// The row is not in the document: it counts as 0 (T011 says it is missing).
    Absent,
    /// Text, a fraction, a count beyond reason or a row whose cells could not be placed:
    /// a sum over it says nothing.
    Unknown,
}

/// The addend of one cell.
pub(crate) fn addend(tables: &StandardTables, at: &CellRef) -> Addend {
    let Some(row) = tables.get(at.table).and_then(|t| t.row(&at.row)) else {
        return Addend::Absent;
    };
    if row.unresolved {
        return Addend::Unknown;
    }
    let Some(cell) = row.cell(&at.column) else { return Addend::Absent };
    match cell.addend() {
        Some(value) => Addend::Value {
            value,
            blank: matches!(cell.state, CellState::Blank | CellState::Placeholder),
            location: cell.location,
        },
        None => Addend::Unknown,
    }
}

/// One identity evaluated: left minus right, or `None` when a cell cannot take part.
fn imbalance(tables: &StandardTables, identity: &Identity) -> Option<i128> {
    let side = |cells: &[CellRef]| -> Option<i128> {
        cells.iter().try_fold(0_i128, |sum, at| match addend(tables, at) {
            Addend::Value { value, .. } => Some(sum + i128::from(value)),
            Addend::Absent => Some(sum),
            Addend::Unknown => None,
        })
    };
    Some(side(&identity.left)? - side(&identity.right)?)
}

/// How often `cell` stands on the left of `identity` less how often on the right: what a
/// change of the cell by 1 changes the identity's imbalance by.
fn weight(identity: &Identity, cell: &CellRef) -> i128 {
    let count = |cells: &[CellRef]| cells.iter().filter(|c| *c == cell).count();
    i128::try_from(count(&identity.left)).unwrap_or(0)
        - i128::try_from(count(&identity.right)).unwrap_or(0)
}

/// The suspect of `table` (表三 or 表四), if exactly one cell explains its broken sums.
pub(crate) fn of_table(tables: &StandardTables, table: TableId) -> Option<Suspect> {
    let identities = match table {
        TableId::Requests => request_identities(tables.requests.as_ref()?),
        TableId::Appeals => {
            tables.appeals.as_ref()?;
            appeal_identities()
        }
        TableId::Proactive => return None,
    };
    let evaluated: Vec<(&Identity, Option<i128>)> =
        identities.iter().map(|i| (i, imbalance(tables, i))).collect();
    // Every failing identity must hold the suspect: the first one's cells are the candidates.
    let (first, _) = evaluated.iter().find(|(_, off)| off.is_some_and(|o| o != 0))?;
    let mut candidates: Vec<&CellRef> = first.left.iter().chain(&first.right).collect();
    candidates.sort();
    candidates.dedup();
    let mut found = candidates.into_iter().filter_map(|cell| explains(tables, &evaluated, cell));
    let suspect = found.next()?;
    found.next().is_none().then_some(suspect)
}

/// The change of `cell` that makes every identity hold, if there is one.
fn explains(
    tables: &StandardTables,
    evaluated: &[(&Identity, Option<i128>)],
    cell: &CellRef,
) -> Option<Suspect> {
    let Addend::Value { value, .. } = addend(tables, cell) else { return None };
    let mut delta: Option<i128> = None;
    for (identity, off) in evaluated {
        let w = weight(identity, cell);
        match (off, w) {
            // Identities without the cell must already hold.
            (Some(0), 0) => {}
            (Some(_), 0) | (None, _) => return None,
            (Some(off), w) => {
                // off + w·δ = 0 for one whole δ shared by every identity (a holding one
                // asks for δ = 0, which explains nothing).
                if off % w != 0 {
                    return None;
                }
                let needed = -off / w;
                if *delta.get_or_insert(needed) != needed {
                    return None;
                }
            }
        }
    }
    let expected = i128::from(value) + delta.filter(|&d| d != 0)?;
    let expected = i64::try_from(expected).ok().filter(|e| (0..=MAX_COUNT).contains(e))?;
    let raw = tables.cell(cell).map(|c| c.raw.clone()).unwrap_or_default();
    Some(Suspect { cell: cell.clone(), found: value, expected, raw })
}
