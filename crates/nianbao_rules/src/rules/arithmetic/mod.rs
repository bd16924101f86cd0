//! R-rules: the 勾稽关系 the printed forms state.

pub(crate) mod r201_published_exceeds_total;
pub(crate) mod r301_requests_balance;
pub(crate) mod r302_requests_row_total;
pub(crate) mod r303_requests_outcome_total;
pub(crate) mod r401_appeals_group_total;

use nianbao_document::{CellRef, Location, TableId};
use nianbao_tables::{identities_of_kind, IdentityKind, StandardTables};

use crate::blank_lines::{self, BlankLine};
use crate::finding::{Draft, Facts, Finding};
use crate::names::Names;
use crate::rule::{Found, Words};
use crate::suspect::{self, Addend};
use crate::words::sum;
use crate::{Context, Lang};

/// One side of an identity, evaluated: blank and placeholder cells count as 0 (and the
/// message says so); a row the document lacks counts as 0 (T011 reports it).
pub(super) struct Side {
    /// The addends, in the order of the identity's cells.
    pub values: Vec<i64>,
    /// Whether a blank or placeholder was counted as 0.
    pub blanks: bool,
    /// The first cell's place.
    pub location: Option<Location>,
}

/// The addends of `cells`, or `None` when one cannot take part: text, a fraction or a row
/// that could not be read would turn one reading problem into many arithmetic errors.
fn evaluate(tables: &StandardTables, cells: &[CellRef]) -> Option<Side> {
    let mut side = Side { values: Vec::new(), blanks: false, location: None };
    for at in cells {
        match suspect::addend(tables, at) {
            Addend::Absent => side.values.push(0),
            Addend::Value { value, blank, location } => {
                side.values.push(value);
                side.blanks |= blank;
                side.location = side.location.or(Some(location));
            }
            Addend::Unknown => return None,
        }
    }
    Some(side)
}

/// One finding per identity of `kind` that does not hold; `facts` turns the two sides into
/// the finding's facts. When one cell explains every broken sum of the table, the finding
/// names it (and points at it first). Sums that fail on a row or column left blank as a
/// whole make one finding for that line.
pub(super) fn check(
    cx: &Context<'_>,
    found: &mut Found<'_>,
    kind: IdentityKind,
    facts: fn(Side, Side, bool) -> Facts,
) {
    let tables = cx.tables();
    let table = match kind {
        IdentityKind::AppealsGroupTotal => TableId::Appeals,
        _ => TableId::Requests,
    };
    let lines: Vec<BlankLine> =
        blank_lines::of(tables).into_iter().filter(|l| l.breaks_sums).collect();
    // Per blank line: how many sums fail on it, and the values they ask of its cells.
    let mut on_lines: Vec<(&BlankLine, usize, Vec<LineValue>)> =
        lines.iter().map(|l| (l, 0, Vec::new())).collect();
    let mut suspect = None;
    for identity in identities_of_kind(tables, kind) {
        let (Some(left), Some(right)) =
            (evaluate(tables, &identity.left), evaluate(tables, &identity.right))
        else {
            continue;
        };
        if sum(&left.values) == sum(&right.values) {
            continue;
        }
        if let Some((line, failing, values)) =
            on_lines.iter_mut().find(|(l, _, _)| l.touches(&identity))
        {
            *failing += 1;
            values.extend(line_value(tables, &identity, line));
            continue;
        }
        let location = left.location.or(right.location).unwrap_or_default();
        let blanks = left.blanks || right.blanks;
        let cells = identity.left.iter().chain(&identity.right).cloned().collect();
        let draft = Draft::new(location, facts(left, right, blanks)).cells(cells);
        let suspect = suspect.get_or_insert_with(|| suspect::of_table(tables, table));
        found.add(match suspect {
            Some(suspect) => draft.suspect(suspect.clone(), tables),
            None => draft,
        });
    }
    for (line, failing, expected) in on_lines {
        if failing > 0 {
            let facts = Facts::BlankLine { column: line.column, failing, expected };
            found.add(Draft::new(line.location, facts).cells(line.cells.clone()));
        }
    }
}

/// A cell of a blank line and the value a failing sum asks of it.
type LineValue = (CellRef, i64);

/// The value a failing sum asks of the one cell it has on a blank line (counted as 0 now).
fn line_value(
    tables: &StandardTables,
    identity: &nianbao_tables::Identity,
    line: &BlankLine,
) -> Option<LineValue> {
    let mut on_line = identity.left.iter().chain(&identity.right).filter(|c| line.holds(c));
    let cell = on_line.next()?;
    if on_line.any(|c| c != cell) {
        return None;
    }
    let weight = suspect::weight(identity, cell);
    let off = suspect::imbalance(tables, identity)?;
    let value = i64::try_from(-off / weight).ok().filter(|&v| v >= 0 && off % weight == 0)?;
    Some((cell.clone(), value))
}

/// The words of a blank line's finding: `表三「总计」列整列空白，11 处行合计因此不符`, and
/// the values the sums ask for as the evidence. `sums` names what fails (`行合计`).
pub(super) fn blank_line_words(
    finding: &Finding,
    names: &Names,
    lang: Lang,
    sums: (&str, &str),
) -> Words {
    let Facts::BlankLine { column, failing, expected } = &finding.facts else {
        return Words::default();
    };
    let table = crate::names::table(finding.table(), lang);
    let first = finding.cells.first();
    let n = finding.cells.len();
    let message = match (lang, column) {
        (Lang::Zh, true) => format!(
            "{table}「{}」列整列空白（{n} 格），{failing} 处{}因此不符",
            names.column_in(first, lang),
            sums.0
        ),
        (Lang::Zh, false) => format!(
            "{table}「{}」行整行空白（{n} 格），{failing} 处{}因此不符",
            names.row_in(first, lang),
            sums.0
        ),
        (Lang::En, true) => format!(
            "{table}: the column “{}” is blank ({n} cells), so {} do not add up",
            names.column_in(first, lang),
            crate::words::counted(*failing, sums.1)
        ),
        (Lang::En, false) => format!(
            "{table}: the row “{}” is blank ({n} cells), so {} do not add up",
            names.row_in(first, lang),
            crate::words::counted(*failing, sums.1)
        ),
    };
    if expected.is_empty() {
        return Words::message(message);
    }
    // Each cell by what tells it apart on its line: the row on a column, the column on a row.
    let values: Vec<String> = expected
        .iter()
        .map(|(cell, value)| {
            let name = if *column {
                names.row_in(Some(cell), lang)
            } else {
                names.column_in(Some(cell), lang)
            };
            format!("{name} {value}")
        })
        .collect();
    let evidence = crate::words::list(&values, lang);
    Words::with(
        message,
        lang.pick(
            format!("按其他数字应填：{evidence}"),
            format!("the other numbers ask for: {evidence}"),
        ),
    )
}

/// `total = Σ parts`: the left side is the single total cell.
pub(super) fn sum_facts(total: Side, parts: Side, blanks_as_zero: bool) -> Facts {
    let total = total.values.first().copied().unwrap_or_default();
    Facts::Sum { parts: parts.values, total, blanks_as_zero }
}
