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
use crate::rows::{self, extra_row, Label, Matcher, Settled};
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

/// Reads 表二 from its cells; `context` is the region's paragraphs and cells in order, with
/// the paragraphs above it (lines `行政许可 0` are read as rows).
pub(crate) fn extract<'i, 'a>(
    cells: &[&'i Item<'a>],
    context: &[&'i Item<'a>],
    edition: Edition,
) -> Option<TableValues> {
    let layout: Vec<(&Block, &Row)> =
        edition.proactive().iter().flat_map(|b| b.rows.iter().map(move |r| (b, r))).collect();
    let matcher = matcher(edition, &layout);
    let width =
        |row: Option<usize>| row.and_then(|r| layout.get(r)).map_or(1, |(b, _)| b.columns.len());
    let loose: Vec<(usize, [Item<'a>; 2])> = context
        .iter()
        .enumerate()
        .filter(|(_, i)| !i.cell)
        .filter_map(|(at, p)| Some((at, one_number_row(p, matcher, &width)?)))
        .collect();
    let cells = with_loose(cells, context, &loose);
    let cells = &cells;
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
                // No sums to decide: every order-keeping placement is as good as another
                // (too many numbers have none).
                let columns = block.columns.len();
                let ways = if values.len() > columns {
                    0
                } else {
                    crate::placement::count_combinations(columns, values.len())
                };
                row.unresolved = true;
                let all = cells::row_refs(TABLE, key.clone(), block.columns);
                table.lossy_rows.push(lossy::reading(
                    false,
                    &row.label,
                    &values,
                    columns,
                    ways,
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

/// A line that is a one-column row of 表二 written out of its table, `行政许可 0`: a label
/// the template has word for word, white space, one number. Its label and its number, as
/// cells located where they are written.
fn one_number_row<'a>(
    line: &Item<'a>,
    matcher: &Matcher,
    width: &dyn Fn(Option<usize>) -> usize,
) -> Option<[Item<'a>; 2]> {
    let text = line.text.trim_end();
    let (label, number) = text.rsplit_once(|c: char| c.is_whitespace())?;
    let label = label.trim();
    let starts_with_digit = number.chars().next().is_some_and(|c| c.is_ascii_digit());
    if !starts_with_digit || crate::value::state_of(number) == crate::value::CellState::Invalid {
        return None;
    }
    let key = crate::normalize::key(label);
    let row = match matcher.classify(&key, usize::MAX, &[]) {
        Label::Row(row, None) => row,
        _ => return None,
    };
    if width(Some(row)) != 1 {
        return None;
    }
    let mut at = line.location;
    let before = text.len().saturating_sub(number.len());
    let shift = text.get(..before).map_or(0, |head| head.chars().count());
    at.column = at.column.map(|c| c.saturating_add(u32::try_from(shift).unwrap_or(u32::MAX)));
    let cell = |text: &'a str, location| Item {
        text,
        key: crate::normalize::key(text),
        location,
        cell: true,
        glued: false,
    };
    Some([cell(label, line.location), cell(number, at)])
}

/// The cells with the loose rows' cells put where their lines are (`context` holds every
/// cell in `cells`, in the same order, and the lines).
fn with_loose<'i, 'a, 'l>(
    cells: &[&'i Item<'a>],
    context: &[&'i Item<'a>],
    loose: &'l [(usize, [Item<'a>; 2])],
) -> Vec<&'l Item<'a>>
where
    'i: 'l,
{
    if loose.is_empty() {
        return cells.to_vec();
    }
    let mut out = Vec::with_capacity(cells.len() + 2 * loose.len());
    let mut next_cell = cells.iter().peekable();
    let mut next_loose = loose.iter().peekable();
    for (at, item) in context.iter().enumerate() {
        if let Some((_, pair)) = next_loose.next_if(|(l, _)| *l == at) {
            out.extend(pair.iter());
        } else if let Some(cell) = next_cell.next_if(|c| std::ptr::eq(**c, *item)) {
            out.push(*cell);
        }
    }
    out
}
