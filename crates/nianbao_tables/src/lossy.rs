//! Shared steps for tables whose rows may be lossy: the fixed cells the search sees, and
//! what was read of each lossy row.

use std::collections::BTreeMap;

use nianbao_document::{CellRef, Location, TableId};

use crate::model::{LossyReading, TableValues};
use crate::stream::Item;

/// The cells the placement search treats as known: every resolved cell's addend, and
/// `None` (takes no part) for rows that could not be read at all.
pub(crate) fn fixed_cells(
    table_id: TableId,
    table: &TableValues,
    columns: &[crate::template::Column],
) -> BTreeMap<CellRef, Option<i64>> {
    let mut fixed = BTreeMap::new();
    for row in &table.rows {
        if row.unresolved {
            for column in columns {
                fixed.insert(CellRef::new(table_id, row.key.clone(), column.key), None);
            }
        } else {
            for (column, cell) in &row.cells {
                fixed.insert(CellRef::new(table_id, row.key.clone(), *column), cell.addend());
            }
        }
    }
    fixed
}

/// What was read of a lossy row: placed uniquely when `placements == 1` and `placed`.
pub(crate) fn reading(
    placed: bool,
    label: &str,
    values: &[&Item<'_>],
    columns: usize,
    placements: usize,
    location: Location,
    cells: Vec<CellRef>,
) -> LossyReading {
    LossyReading {
        label: label.to_owned(),
        location,
        values: values.iter().map(|i| i.text.to_owned()).collect(),
        columns,
        cells,
        placed,
        placements,
    }
}

/// The cells a placement filled first, then the rest of the row.
pub(crate) fn placed_first(all: &[CellRef], positions: &[usize]) -> Vec<CellRef> {
    let mut cells: Vec<CellRef> = positions.iter().filter_map(|&p| all.get(p).cloned()).collect();
    cells.extend(
        all.iter().enumerate().filter(|(i, _)| !positions.contains(i)).map(|(_, c)| c.clone()),
    );
    cells
}
