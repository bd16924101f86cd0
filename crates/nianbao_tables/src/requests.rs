//! 表三 收到和处理政府信息公开申请情况: 23 or 25 rows × 7 columns.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

use nianbao_document::{CellRef, TableId};

use crate::cells;
use crate::glued;
use crate::identity;
use crate::lossy;
use crate::model::{LabelVariant, MissingRow, RowValues, SeparatedRow, TableValues};
use crate::placement::{self, Placement};
use crate::rows::{self, extra_row, Matcher, RawRow, Settled};
use crate::separated;
use crate::stream::Item;
use crate::template::{
    Edition, Row, HEADER_WORDS, REQUEST_COLUMNS, REQUEST_GROUPS, SINGLE_OTHER_ROW,
};
use crate::value::CellState;

/// Words of the header rows (a header is never a row): the column labels, the applicant
/// headings, and 合计, which some reports print for 总计.
fn headers() -> Vec<&'static str> {
    let columns = REQUEST_COLUMNS.iter().map(|c| c.label);
    [HEADER_WORDS.applicant, HEADER_WORDS.legal, "合计"].into_iter().chain(columns).collect()
}

const TABLE: TableId = TableId::Requests;

/// Reads 表三 from its cells; `context` is everything in its region, paragraphs too.
pub(crate) fn extract(
    cells: &[&Item<'_>],
    context: &[&Item<'_>],
    edition: Edition,
) -> Option<TableValues> {
    let mut template: Vec<Row> = edition.request_rows().to_vec();
    let single_other = (edition == Edition::E2021).then(|| {
        template.push(SINGLE_OTHER_ROW);
        template.len() - 1
    });
    let matcher = matcher(edition, &template, single_other);
    let other_group = REQUEST_GROUPS.len() - 1;
    let other_row = single_other.or_else(|| template.iter().position(|r| r.key == "other"));
    let raw = rows::collect(
        cells,
        matcher,
        &|_| REQUEST_COLUMNS.len(),
        &|group| if group == other_group { other_row } else { None },
        template.len(),
    );
    let labels: Vec<&[&str]> = template
        .iter()
        .enumerate()
        .map(|(i, r)| if Some(i) == single_other { &[][..] } else { r.labels })
        .collect();
    let labels = separated::Labels::new(&labels, REQUEST_GROUPS);
    let (raw, waiting) = separated::split_off(raw, context, &labels, REQUEST_COLUMNS.len());
    if !raw.iter().any(|r| r.row.is_some()) {
        return None;
    }
    let mut table = TableValues::default();
    // The single （六） row sorts where the （六） rows would be.
    let rank = |i: usize| {
        if Some(i) == single_other {
            edition.request_rows().iter().position(|r| r.key.starts_with("other")).unwrap_or(i)
        } else {
            i
        }
    };
    let mut known: Vec<(usize, &RawRow<'_, '_>)> =
        raw.iter().filter_map(|r| r.row.map(|i| (i, r))).collect();
    known.sort_by_key(|&(i, _)| rank(i));

    let mut pending = Vec::new();
    let mut glued_pending = Vec::new();
    for (i, raw_row) in known {
        let Some(spec) = template.get(i) else { continue };
        let mut row = RowValues {
            key: spec.key.into(),
            label: raw_row.label.text.to_owned(),
            location: raw_row.label.location,
            cells: Vec::new(),
            unresolved: false,
        };
        let all = cells::row_refs(TABLE, spec.key, REQUEST_COLUMNS);
        match rows::settle(&raw_row.values, REQUEST_COLUMNS.len()) {
            Settled::Exact(values) => {
                row.cells = cells::exact(REQUEST_COLUMNS, &values, row.location)
            }
            Settled::Lossy(values) if glued::is_glued(&values) => {
                row.unresolved = true;
                glued_pending.push((table.rows.len(), values));
            }
            Settled::Lossy(values) => {
                row.unresolved = true;
                pending.push((table.rows.len(), values));
            }
            Settled::TooMany(values) => {
                row.unresolved = true;
                table.lossy_rows.push(lossy::reading(
                    false,
                    &row.label,
                    &values,
                    REQUEST_COLUMNS.len(),
                    0,
                    row.location,
                    all,
                ));
            }
        }
        table.rows.push(row);
    }
    let mut taken = vec![false; template.len()];
    for i in raw.iter().filter_map(|r| r.row) {
        if let Some(t) = taken.get_mut(i) {
            *t = true;
        }
    }
    let placed = separate(&mut table, &waiting, &template, &taken, &rank);
    read_labels(&mut table, &raw, &template, single_other, &placed);
    place(&mut table, &pending);
    split(&mut table, glued_pending);
    let order = |key: &str| template.iter().position(|r| r.key == key).map_or(usize::MAX, rank);
    table.rows.sort_by_key(|r| order(&r.key));
    Some(table)
}

/// Places the rows of numbers whose label was cut away (`waiting`) by the template's row
/// order and the table's sums; returns the template rows placed or left unread for them.
fn separate(
    table: &mut TableValues,
    waiting: &[separated::Pending<'_, '_>],
    template: &[Row],
    taken: &[bool],
    rank: &dyn Fn(usize) -> usize,
) -> Vec<usize> {
    if waiting.is_empty() {
        return Vec::new();
    }
    let row_of = |p: &separated::Pending<'_, '_>, i: usize| -> Option<RowValues> {
        let spec = template.get(i)?;
        let mut cells = cells::exact(REQUEST_COLUMNS, &p.values, p.location);
        for (_, cell) in &mut cells {
            if cell.state == CellState::Number {
                cell.state = CellState::Inferred;
            }
        }
        Some(RowValues {
            key: spec.key.into(),
            label: spec.labels.first().copied().unwrap_or_default().to_owned(),
            location: p.location,
            cells,
            unresolved: false,
        })
    };
    let known: &TableValues = table;
    let mut fits = |combo: &[(usize, usize)]| {
        let mut tentative = known.clone();
        let mut touched = BTreeSet::new();
        for row in combo.iter().filter_map(|&(p, i)| waiting.get(p).and_then(|w| row_of(w, i))) {
            touched.extend(cells::row_refs(TABLE, row.key.clone(), REQUEST_COLUMNS));
            tentative.rows.push(row);
        }
        let fixed = lossy::fixed_cells(TABLE, &tentative, REQUEST_COLUMNS);
        identity::requests(&tentative)
            .iter()
            .filter(|id| id.left.iter().chain(&id.right).any(|c| touched.contains(c)))
            .all(|id| holds(id, &fixed))
    };
    let outcomes = separated::place(waiting, taken, rank, &mut fits);
    let label = |i: usize| {
        template.get(i).and_then(|r| r.labels.first()).copied().unwrap_or_default().to_owned()
    };
    let refs = |i: usize| {
        template.get(i).map_or_else(Vec::new, |r| cells::row_refs(TABLE, r.key, REQUEST_COLUMNS))
    };
    let mut placed = Vec::new();
    let mut readings = Vec::new();
    for (p, outcome) in waiting.iter().zip(outcomes) {
        let values = p.values.iter().map(|v| v.map_or("", |i| i.text.trim()).to_owned()).collect();
        let mut reading = SeparatedRow {
            found: p.found.clone(),
            location: p.location,
            values,
            placed: None,
            cells: Vec::new(),
            candidates: Vec::new(),
        };
        match outcome {
            separated::Outcome::Placed(i) => {
                if let Some(row) = row_of(p, i) {
                    table.rows.push(row);
                    placed.push(i);
                    reading.placed = Some(label(i));
                    reading.cells = refs(i);
                }
            }
            separated::Outcome::Unresolved { rows, .. } => {
                reading.candidates = rows.iter().map(|&i| label(i)).collect();
                reading.cells = rows.iter().flat_map(|&i| refs(i)).collect();
                // Each row it could be holds numbers nobody can read: unread, not missing,
                // so no sum through them is judged (as for a row that lost cells, T024).
                for &i in &rows {
                    let Some(spec) = template.get(i) else { continue };
                    if placed.contains(&i) {
                        continue;
                    }
                    placed.push(i);
                    table.rows.push(RowValues {
                        key: spec.key.into(),
                        label: label(i),
                        location: p.location,
                        cells: Vec::new(),
                        unresolved: true,
                    });
                }
            }
        }
        readings.push(reading);
    }
    table.separated_rows = readings;
    placed
}

/// Whether an identity holds, or cannot be told (a cell unknown).
fn holds(identity: &identity::Identity, fixed: &BTreeMap<CellRef, Option<i64>>) -> bool {
    let sum = |cells: &[CellRef]| -> Option<i64> {
        cells.iter().try_fold(0_i64, |acc, c| acc.checked_add(fixed.get(c).copied().flatten()?))
    };
    match (sum(&identity.left), sum(&identity.right)) {
        (Some(left), Some(right)) => left == right,
        _ => true,
    }
}

/// Splits the rows whose digits ran together (`glued`: table row index and its runs).
fn split(table: &mut TableValues, glued: Vec<(usize, Vec<&Item<'_>>)>) {
    if glued.is_empty() {
        return;
    }
    let identities = identity::requests(table);
    let fixed = lossy::fixed_cells(TABLE, table, REQUEST_COLUMNS);
    let (indices, rows): (Vec<usize>, Vec<glued::Pending<'_, '_>>) = glued
        .into_iter()
        .filter_map(|(index, values)| {
            let row = table.rows.get(index)?;
            Some((
                index,
                glued::Pending {
                    label: row.label.clone(),
                    location: row.location,
                    slots: cells::row_refs(TABLE, row.key.clone(), REQUEST_COLUMNS),
                    columns: REQUEST_COLUMNS.to_vec(),
                    values,
                },
            ))
        })
        .unzip();
    for (index, (cells, reading)) in
        indices.into_iter().zip(glued::resolve(&fixed, &rows, &identities))
    {
        if let (Some(row), Some(cells)) = (table.rows.get_mut(index), cells) {
            row.cells = cells;
            row.unresolved = false;
        }
        table.glued_rows.push(reading);
    }
}

/// The label matcher of an edition, built once.
fn matcher(edition: Edition, template: &[Row], single_other: Option<usize>) -> &'static Matcher {
    static E2019: OnceLock<Matcher> = OnceLock::new();
    static E2021: OnceLock<Matcher> = OnceLock::new();
    let slot = if edition == Edition::E2021 { &E2021 } else { &E2019 };
    slot.get_or_init(|| {
        // The single （六） row is found through its group label, never by matching.
        let labels: Vec<&'static [&'static str]> = template
            .iter()
            .enumerate()
            .map(|(i, r)| if Some(i) == single_other { &[][..] } else { r.labels })
            .collect();
        Matcher::new(&labels, REQUEST_GROUPS, &headers(), &["勾稽关系"])
    })
}

/// Places the lossy rows (`pending`: table row index and its written values).
fn place(table: &mut TableValues, pending: &[(usize, Vec<&Item<'_>>)]) {
    if pending.is_empty() {
        return;
    }
    let identities = identity::requests(table);
    let fixed = lossy::fixed_cells(TABLE, table, REQUEST_COLUMNS);
    let slots = |index: usize, table: &TableValues| {
        table
            .rows
            .get(index)
            .map_or_else(Vec::new, |r| cells::row_refs(TABLE, r.key.clone(), REQUEST_COLUMNS))
    };
    let searched: Vec<_> = pending
        .iter()
        .map(|(index, values)| cells::lossy_row(slots(*index, table), values, REQUEST_COLUMNS))
        .collect();
    let placements = placement::place(&fixed, &searched, &identities);
    let mut readings = Vec::new();
    for ((index, values), placement) in pending.iter().zip(placements) {
        let all: Vec<CellRef> = slots(*index, table);
        let Some(row) = table.rows.get_mut(*index) else { continue };
        let columns = REQUEST_COLUMNS.len();
        match placement {
            Placement::Unique(positions) => {
                row.cells = cells::placed(REQUEST_COLUMNS, values, &positions, row.location);
                row.unresolved = false;
                let cells = lossy::placed_first(&all, &positions);
                readings.push(lossy::reading(
                    true,
                    &row.label,
                    values,
                    columns,
                    1,
                    row.location,
                    cells,
                ));
            }
            Placement::Unresolved { placements } => {
                readings.push(lossy::reading(
                    false,
                    &row.label,
                    values,
                    columns,
                    placements,
                    row.location,
                    all,
                ));
            }
        }
    }
    table.lossy_rows.extend(readings);
}

/// Template rows absent, rows the template lacks, and labels worded differently.
fn read_labels(
    table: &mut TableValues,
    raw: &[RawRow<'_, '_>],
    template: &[Row],
    single_other: Option<usize>,
    placed: &[usize],
) {
    for (i, spec) in template.iter().enumerate() {
        if Some(i) == single_other || placed.contains(&i) || raw.iter().any(|r| r.row == Some(i)) {
            continue;
        }
        table.missing_rows.push(MissingRow {
            label: spec.labels.first().copied().unwrap_or_default().to_owned(),
            cells: cells::row_refs(TABLE, spec.key, REQUEST_COLUMNS),
        });
    }
    let mut after = None;
    for row in raw {
        if let Some(i) = row.row {
            after = template.get(i).map(|s| s.key.to_owned());
        }
        match (row.row, row.variant_of) {
            (None, _) => table.extra_rows.push(extra_row(row, after.clone())),
            (Some(i), Some(expected)) => table.label_variants.push(LabelVariant {
                found: row.label.text.to_owned(),
                expected: expected.to_owned(),
                location: row.label.location,
                cells: template
                    .get(i)
                    .map_or_else(Vec::new, |s| cells::row_refs(TABLE, s.key, REQUEST_COLUMNS)),
            }),
            (Some(_), None) => {}
        }
    }
}
