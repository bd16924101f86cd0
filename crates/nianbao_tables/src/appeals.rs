//! 表四 政府信息公开行政复议、行政诉讼情况: one data row of 15 numbers under a three-row
//! header. The data are the values after the last header text; numbers inside the header
//! mean the header itself is garbled (T014) — they are never read as data.

use nianbao_document::{CellRef, Location, TableId};

use crate::cells;
use crate::glued;
use crate::identity;
use crate::lossy;
use crate::model::{GarbledHeader, RowValues, TableValues};
use crate::placement::{self, Placement};
use crate::rows::{self, Settled};
use crate::stream::Item;
use crate::template::{Column, APPEAL_COLUMNS, APPEAL_GROUPS};
use crate::value::CellValue;

const TABLE: TableId = TableId::Appeals;

/// Reads 表四 from its cells.
pub(crate) fn extract(cells: &[&Item<'_>]) -> Option<TableValues> {
    let last_header = cells.iter().rposition(|i| !rows::is_value(i));
    let (header, data) = match last_header {
        Some(at) => (cells.get(..=at).unwrap_or(&[]), cells.get(at + 1..).unwrap_or(&[])),
        None => (&[][..], cells),
    };
    let garbled: Vec<&&Item<'_>> =
        header.iter().filter(|i| rows::is_value(i) && !i.text.trim().is_empty()).collect();
    // A garbled header with nothing after it (a glued copy keeps no blank cells) is still
    // the table, its data row blank.
    let glued_blank = garbled.iter().any(|i| i.glued);
    if data.is_empty() && !glued_blank {
        return None;
    }
    let mut garbled_header = None;
    let mut lossy_rows = Vec::new();
    if let Some(first) = garbled.first() {
        let found = header.iter().map(|i| i.text).collect::<Vec<_>>().join(" | ");
        let expected = APPEAL_COLUMNS.iter().map(|c| c.label).collect::<Vec<_>>().join(" | ");
        garbled_header = Some(GarbledHeader { found, expected, location: first.location });
    }
    let slots: Vec<CellRef> = APPEAL_GROUPS
        .iter()
        .flat_map(|(group, _)| {
            APPEAL_COLUMNS.iter().map(move |c| CellRef::new(TABLE, *group, c.key))
        })
        .collect();
    let columns: Vec<Column> =
        APPEAL_GROUPS.iter().flat_map(|_| APPEAL_COLUMNS.iter().copied()).collect();
    let at = data.first().map_or(Location::default(), |i| i.location);
    let label = "表四数据行";
    let mut glued_rows = Vec::new();
    let cells = match rows::settle(data, slots.len()) {
        Settled::Lossy(values) if glued::is_glued(&values) => {
            let pending = glued::Pending {
                label: label.to_owned(),
                location: at,
                slots: slots.clone(),
                columns: columns.clone(),
                values,
            };
            glued::resolve_one(pending, &identity::appeals()).and_then(|(cells, reading)| {
                glued_rows.push(reading);
                cells
            })
        }
        Settled::Exact(values) => Some(cells::exact(&columns, &values, at)),
        Settled::TooMany(values) => {
            lossy_rows.push(lossy::reading(
                false,
                label,
                &values,
                slots.len(),
                0,
                at,
                slots.clone(),
            ));
            None
        }
        Settled::Lossy(values) => {
            let searched = vec![cells::lossy_row(slots.clone(), &values, &columns)];
            let placement = placement::place(&Default::default(), &searched, &identity::appeals());
            match placement.into_iter().next() {
                Some(Placement::Unique(positions)) => {
                    let cells = lossy::placed_first(&slots, &positions);
                    lossy_rows.push(lossy::reading(
                        true,
                        label,
                        &values,
                        slots.len(),
                        1,
                        at,
                        cells,
                    ));
                    Some(cells::placed(&columns, &values, &positions, at))
                }
                other => {
                    let placements = match other {
                        Some(Placement::Unresolved { placements }) => placements,
                        _ => 0,
                    };
                    lossy_rows.push(lossy::reading(
                        false,
                        label,
                        &values,
                        slots.len(),
                        placements,
                        at,
                        slots.clone(),
                    ));
                    None
                }
            }
        }
    };
    Some(TableValues {
        rows: group_rows(cells, at),
        garbled_header,
        lossy_rows,
        glued_rows,
        ..TableValues::default()
    })
}

/// Splits the 15 cells into the three groups.
fn group_rows(cells: Option<Vec<(&'static str, CellValue)>>, at: Location) -> Vec<RowValues> {
    let width = APPEAL_COLUMNS.len();
    APPEAL_GROUPS
        .iter()
        .enumerate()
        .map(|(g, (key, label))| RowValues {
            key: (*key).into(),
            label: (*label).to_owned(),
            location: at,
            cells: cells
                .as_ref()
                .map_or_else(Vec::new, |c| c.iter().skip(g * width).take(width).cloned().collect()),
            unresolved: cells.is_none(),
        })
        .collect()
}
