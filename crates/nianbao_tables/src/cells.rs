//! Turning value cells into [`CellValue`]s, and the per-row cell findings (T020–T022).
use std::borrow::Cow;

use nianbao_document::{CellRef, Code, Detail, Finding, Location, TableId};

use crate::model::RowValues;
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

/// T020 (blank), T021 (placeholder) and T022 (not a number) for one row.
pub(crate) fn findings(table: TableId, row: &RowValues) -> Vec<Finding> {
    let mut findings = Vec::new();
    for (code, state) in [(Code::T020, CellState::Blank), (Code::T021, CellState::Placeholder)] {
        let hits: Vec<&(&str, CellValue)> =
            row.cells.iter().filter(|(_, c)| c.state == state).collect();
        if let Some((_, first)) = hits.first() {
            let cells = hits
                .iter()
                .map(|(column, _)| CellRef::new(table, row.key.clone(), *column))
                .collect();
            let raw = hits.iter().map(|(_, c)| c.raw.clone()).collect();
            findings
                .push(Finding::new(code, first.location, Detail::Cells { raw }).with_cells(cells));
        }
    }
    for (column, cell) in row.cells.iter().filter(|(_, c)| c.state == CellState::Invalid) {
        findings.push(
            Finding::new(Code::T022, cell.location, Detail::Cells { raw: vec![cell.raw.clone()] })
                .with_cells(vec![CellRef::new(table, row.key.clone(), *column)]),
        );
    }
    findings
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
