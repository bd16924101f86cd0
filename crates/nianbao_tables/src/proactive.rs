//! 表二 主动公开政府信息情况: blocks 第二十条第（一）（五）（六）（八）（九）项.
//!
//! 表二 has no arithmetic of its own, so a lossy row here cannot be placed (T024), and a
//! glued row splits only when its digits allow a single reading.

use std::sync::OnceLock;

use nianbao_document::TableId;

use crate::cells;
use crate::glued;
use crate::lossy;
use crate::model::{LabelVariant, MissingRow, RowValues, TableValues};
use crate::rows::{self, extra_row, Matcher, Settled};
use crate::stream::Item;
use crate::template::{Block, Edition, Row, HEADER_WORDS};

const TABLE: TableId = TableId::Proactive;

/// Words of the header rows of both editions (a header is never a row): 信息内容, every
/// column label, and the short forms reports print (本年收费金额 without its unit note).
fn headers() -> Vec<&'static str> {
    let labels = [Edition::E2019, Edition::E2021]
        .into_iter()
        .flat_map(|e| e.proactive())
        .flat_map(|b| b.columns.iter().map(|c| c.label));
    [HEADER_WORDS.info, "本年收费金额", "单位"].into_iter().chain(labels).collect()
}

/// The label matcher of an edition, built once.
fn matcher(edition: Edition, layout: &[(&Block, &Row)]) -> &'static Matcher {
    static E2019: OnceLock<Matcher> = OnceLock::new();
    static E2021: OnceLock<Matcher> = OnceLock::new();
    let slot = if edition == Edition::E2021 { &E2021 } else { &E2019 };
    slot.get_or_init(|| {
        let labels: Vec<&'static [&'static str]> = layout.iter().map(|(_, r)| r.labels).collect();
        Matcher::new(&labels, &[], &headers(), &["第二十条"])
    })
}

/// Reads 表二 from its cells.
pub(crate) fn extract(cells: &[&Item<'_>], edition: Edition) -> Option<TableValues> {
    let layout: Vec<(&Block, &Row)> =
        edition.proactive().iter().flat_map(|b| b.rows.iter().map(move |r| (b, r))).collect();
    let matcher = matcher(edition, &layout);
    let width =
        |row: Option<usize>| row.and_then(|r| layout.get(r)).map_or(1, |(b, _)| b.columns.len());
    let raw = rows::rejoin(rows::collect(cells, matcher, &width, &|_| None, layout.len()));
    if !raw.iter().any(|r| r.row.is_some()) {
        return None;
    }
    let mut table = TableValues::default();
    for (i, (block, spec)) in layout.iter().enumerate() {
        let key = format!("{}.{}", block.key, spec.key);
        let Some(raw_row) = raw.iter().find(|r| r.row == Some(i)) else {
            table.missing_rows.push(MissingRow {
                label: spec.labels.first().copied().unwrap_or_default().to_owned(),
                cells: cells::row_refs(TABLE, key.clone(), block.columns),
            });
            continue;
        };
        if let Some(expected) = raw_row.variant_of {
            table.label_variants.push(LabelVariant {
                found: raw_row.label.text.to_owned(),
                expected: expected.to_owned(),
                location: raw_row.label.location,
                cells: cells::row_refs(TABLE, key.clone(), block.columns),
            });
        }
        let mut row = RowValues {
            key: key.clone().into(),
            label: raw_row.label.text.to_owned(),
            location: raw_row.label.location,
            cells: Vec::new(),
            unresolved: false,
        };
        match rows::settle(&raw_row.values, block.columns.len()) {
            Settled::Exact(values) => {
                row.cells = cells::exact(block.columns, &values, row.location)
            }
            Settled::Lossy(values) if glued::is_glued(&values) => {
                // 表二 has no arithmetic: a run splits only when its digits allow one way.
                let pending = glued::Pending {
                    label: row.label.clone(),
                    location: row.location,
                    slots: cells::row_refs(TABLE, key.clone(), block.columns),
                    columns: block.columns.to_vec(),
                    values,
                };
                if let Some((cells, reading)) = glued::resolve_one(pending, &[]) {
                    match cells {
                        Some(cells) => row.cells = cells,
                        None => row.unresolved = true,
                    }
                    table.glued_rows.push(reading);
                }
            }
            Settled::Lossy(values) | Settled::TooMany(values) => {
                row.unresolved = true;
                let all = cells::row_refs(TABLE, key.clone(), block.columns);
                table.lossy_rows.push(lossy::reading(
                    false,
                    &row.label,
                    &values,
                    block.columns.len(),
                    0,
                    row.location,
                    all,
                ));
            }
        }
        table.rows.push(row);
    }
    let mut after = None;
    for raw_row in &raw {
        let Some(i) = raw_row.row else {
            table.extra_rows.push(extra_row(raw_row, after.clone()));
            continue;
        };
        after = layout.get(i).map(|(block, spec)| format!("{}.{}", block.key, spec.key));
    }
    Some(table)
}
