//! Lossy rows (SPEC §4): text copied from a page drops blank cells, so a row may hold fewer
//! numbers than columns (`（一）予以公开 | 199 | 371 | 16 | 5 | 591`). The numbers keep
//! their order; the question is which columns they sit in. Every placement that keeps all
//! of the table's identities true is searched ([`crate::search`]); a row is placed only when
//! every consistent solution places it the same way. Nothing is guessed silently.

use std::collections::BTreeMap;

use nianbao_document::CellRef;

use crate::identity::Identity;
use crate::search::{self, Options, MAX_SOLUTIONS};

/// A row that holds fewer values than it has slots.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct LossyRow {
    /// The row's cells, in column order.
    pub slots: Vec<CellRef>,
    /// The values it holds, in order: a count, or `None` for text that takes no part in sums.
    pub values: Vec<Option<i64>>,
}

/// What the search decided for one lossy row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Placement {
    /// Exactly one consistent placement: value `i` goes to slot `positions[i]`.
    Unique(Vec<usize>),
    /// None, or several (`placements` is how many were seen, capped).
    Unresolved { placements: usize },
}

/// Rows with more candidate placements than this are left unresolved without searching.
const MAX_CANDIDATES: usize = 10_000;

/// Places the lossy rows given the fixed cells (`None` = text, takes no part; cells absent
/// from `fixed` and from every lossy row count as 0).
pub(crate) fn place(
    fixed: &BTreeMap<CellRef, Option<i64>>,
    rows: &[LossyRow],
    identities: &[Identity],
) -> Vec<Placement> {
    // A row whose written values are all 0 puts the same numbers in every place it could
    // take: its placement cannot be told, and it changes no sum. Settle those first, so a
    // table of one-zero rows (seed 003) costs no search.
    let zero_only = |r: &LossyRow| r.values.iter().all(|v| *v == Some(0));
    if rows.iter().any(zero_only) {
        let mut fixed = fixed.clone();
        for slot in rows.iter().filter(|r| zero_only(r)).flat_map(|r| &r.slots) {
            fixed.insert(slot.clone(), Some(0));
        }
        let (rest, others): (Vec<usize>, Vec<LossyRow>) = rows
            .iter()
            .enumerate()
            .filter(|(_, r)| !zero_only(r))
            .map(|(i, r)| (i, r.clone()))
            .unzip();
        let mut out: Vec<Placement> = rows
            .iter()
            .map(|r| Placement::Unresolved {
                placements: count_combinations(r.slots.len(), r.values.len()),
            })
            .collect();
        if !others.is_empty() {
            for (i, placement) in rest.into_iter().zip(place(&fixed, &others, identities)) {
                if let Some(slot) = out.get_mut(i) {
                    *slot = placement;
                }
            }
        }
        return out;
    }
    let candidates: Vec<Vec<Vec<usize>>> =
        rows.iter().map(|r| combinations(r.slots.len(), r.values.len())).collect();
    let options: Vec<Options> = rows
        .iter()
        .zip(&candidates)
        .map(|(row, positions)| Options {
            slots: row.slots.clone(),
            options: positions.iter().map(|p| spread(row, p)).collect(),
        })
        .collect();
    let outcome = search::search(fixed, &options, identities);
    (0..rows.len())
        .map(|r| match outcome.unique(r) {
            Some(pick) => candidates
                .get(r)
                .and_then(|c| c.get(pick))
                .map_or(Placement::Unresolved { placements: 0 }, |p| Placement::Unique(p.clone())),
            None => Placement::Unresolved {
                placements: if outcome.complete {
                    outcome.picks.get(r).map_or(0, Vec::len)
                } else {
                    MAX_SOLUTIONS
                },
            },
        })
        .collect()
}

/// The row's cells when value `i` sits in slot `positions[i]`: the other cells are blank (0).
fn spread(row: &LossyRow, positions: &[usize]) -> Vec<Option<i64>> {
    (0..row.slots.len())
        .map(|slot| match positions.iter().position(|&s| s == slot) {
            Some(v) => row.values.get(v).copied().flatten(),
            None => Some(0),
        })
        .collect()
}

/// How many ways `k` values fit into `n` slots in order (n choose k), capped at the solutions cap.
pub(crate) fn count_combinations(n: usize, k: usize) -> usize {
    if k > n {
        return 0;
    }
    let mut count = 1_usize;
    for i in 0..k.min(n - k) {
        count = count.saturating_mul(n - i) / (i + 1);
    }
    count.min(MAX_SOLUTIONS)
}

/// All ways to put `k` values, in order, into `n` slots (as slot indices), or none when
/// there are too many to search.
fn combinations(n: usize, k: usize) -> Vec<Vec<usize>> {
    let mut out = Vec::new();
    if k > n {
        return out;
    }
    let mut current: Vec<usize> = (0..k).collect();
    loop {
        out.push(current.clone());
        if out.len() > MAX_CANDIDATES {
            return Vec::new();
        }
        // Advance the rightmost index that can move.
        let Some(i) = (0..k).rev().find(|&i| current.get(i).is_some_and(|&c| c < n - k + i)) else {
            return out;
        };
        if let Some(c) = current.get_mut(i) {
            *c += 1;
        }
        for j in i + 1..k {
            let previous = current.get(j - 1).copied().unwrap_or(0);
            if let Some(c) = current.get_mut(j) {
                *c = previous + 1;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{combinations, place, LossyRow, Placement};
    use crate::identity::{Identity, IdentityKind};
    use nianbao_document::{CellRef, TableId};
    use std::collections::BTreeMap;

    fn cell(row: &'static str, column: &'static str) -> CellRef {
        CellRef::new(TableId::Requests, row, column)
    }

    #[test]
    fn combinations_keep_order() {
        assert_eq!(combinations(3, 2), vec![vec![0, 1], vec![0, 2], vec![1, 2]]);
        assert_eq!(combinations(7, 5).len(), 21);
        assert_eq!(combinations(2, 3), Vec::<Vec<usize>>::new());
    }

    #[test]
    fn a_row_total_and_a_column_total_pin_the_values_down() {
        // Row "a" = [x, y, total]; holds [2, 2]; column "x" must equal 2 by a column identity.
        let slots = vec![cell("a", "x"), cell("a", "y"), cell("a", "total")];
        let identities = vec![
            Identity {
                kind: IdentityKind::RequestsRowTotal,
                left: vec![cell("a", "total")],
                right: vec![cell("a", "x"), cell("a", "y")],
            },
            Identity {
                kind: IdentityKind::RequestsOutcomeTotal,
                left: vec![cell("sum", "x")],
                right: vec![cell("a", "x")],
            },
        ];
        let mut fixed = BTreeMap::new();
        fixed.insert(cell("sum", "x"), Some(2));
        let rows = vec![LossyRow { slots: slots.clone(), values: vec![Some(2), Some(2)] }];
        assert_eq!(place(&fixed, &rows, &identities), vec![Placement::Unique(vec![0, 2])]);
        fixed.insert(cell("sum", "x"), Some(0));
        assert_eq!(place(&fixed, &rows, &identities), vec![Placement::Unique(vec![1, 2])]);
        fixed.insert(cell("sum", "x"), Some(7));
        assert_eq!(
            place(&fixed, &rows, &identities),
            vec![Placement::Unresolved { placements: 0 }]
        );
        let zeros = vec![LossyRow { slots, values: vec![Some(0)] }];
        fixed.insert(cell("sum", "x"), Some(0));
        assert!(matches!(
            place(&fixed, &zeros, &identities)[0],
            Placement::Unresolved { placements: 3 }
        ));
    }
}
