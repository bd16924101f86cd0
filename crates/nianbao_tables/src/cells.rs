//! Turning value cells into [`CellValue`]s.
use std::borrow::Cow;

use nianbao_document::{CellRef, Location, TableId};

use crate::placement::LossyRow;
use crate::stream::Item;
use crate::template::Column;
use crate::value::{CellState, CellValue};

/// Cells of a row whose values fill its columns exactly.
pub(crate) fn exact(
    columns: &[Column],
    values: &[Option<&Item<'_>>],
    label_at: Location,
) -> Vec<(&'static str, CellValue)> {
    columns
        .iter()
        .zip(values)
        .map(|(column, value)| {
            let cell = match value {
                Some(item) => CellValue::parse(item.text, column.kind, item.location),
                None => CellValue::missing(column.kind, label_at),
            };
            (column.key, cell)
        })
        .collect()
}

/// The lossy-row description the placement search needs.
pub(crate) fn lossy_row(slots: Vec<CellRef>, values: &[&Item<'_>], columns: &[Column]) -> LossyRow {
    let kind = columns.first().map_or(crate::value::ColumnKind::Count, |c| c.kind);
    let values =
        values.iter().map(|i| CellValue::parse(i.text, kind, i.location).addend()).collect();
    LossyRow { slots, values }
}

/// Cells of a lossy row once placed: value `i` in slot `positions[i]`, the rest blank.
pub(crate) fn placed(
    columns: &[Column],
    values: &[&Item<'_>],
    positions: &[usize],
    label_at: Location,
) -> Vec<(&'static str, CellValue)> {
    columns
        .iter()
        .enumerate()
        .map(|(slot, column)| {
            let written = positions.iter().position(|&p| p == slot).and_then(|v| values.get(v));
            let cell = match written {
                Some(item) => {
                    let mut cell = CellValue::parse(item.text, column.kind, item.location);
                    if cell.state == CellState::Number {
                        cell.state = CellState::Inferred;
                    }
                    cell
                }
                None => CellValue::missing(column.kind, label_at),
            };
            (column.key, cell)
        })
        .collect()
}

/// Every cell of a row, for findings that name the whole row.
pub(crate) fn row_refs(
    table: TableId,
    row: impl Into<Cow<'static, str>>,
    columns: &[Column],
) -> Vec<CellRef> {
    let row = row.into();
    columns.iter().map(|c| CellRef::new(table, row.clone(), c.key)).collect()
}
