//! R-rules: the 勾稽关系 the printed forms state.

pub(crate) mod r201_published_exceeds_total;
pub(crate) mod r301_requests_balance;
pub(crate) mod r302_requests_row_total;
pub(crate) mod r303_requests_outcome_total;
pub(crate) mod r401_appeals_group_total;

use nianbao_document::{CellRef, Location, TableId};
use nianbao_tables::{identities_of_kind, IdentityKind, StandardTables};

use crate::finding::{Draft, Facts};
use crate::rule::Found;
use crate::suspect::{self, Addend};
use crate::words::sum;
use crate::Context;

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
/// names it (and points at it first).
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
}

/// `total = Σ parts`: the left side is the single total cell.
pub(super) fn sum_facts(total: Side, parts: Side, blanks_as_zero: bool) -> Facts {
    let total = total.values.first().copied().unwrap_or_default();
    Facts::Sum { parts: parts.values, total, blanks_as_zero }
}
