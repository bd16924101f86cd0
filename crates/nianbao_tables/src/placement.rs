//! Lossy rows (SPEC §4): text copied from a page drops blank cells, so a row may hold fewer
//! numbers than columns (`（一）予以公开 | 199 | 371 | 16 | 5 | 591`). The numbers keep
//! their order; the question is which columns they sit in. Every placement that keeps all
//! of the table's identities true is searched; a row is placed only when every consistent
//! solution places it the same way. Nothing is guessed silently.

use std::collections::BTreeMap;

use nianbao_document::CellRef;

use crate::identity::Identity;

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

/// Stop after this many complete solutions: "several" is all that matters then.
const MAX_SOLUTIONS: usize = 64;
/// Bound on search nodes, so a pathological table costs milliseconds, not minutes.
const MAX_NODES: usize = 200_000;
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
    let mut search = Search::new(fixed, rows, identities);
    let order = search.order();
    let mut chosen = vec![usize::MAX; rows.len()];
    let mut nodes = 0;
    let mut solutions = Vec::new();
    let complete = search.descend(&order, 0, &mut chosen, &mut nodes, &mut solutions);
    (0..rows.len())
        .map(|r| {
            let picks: Vec<usize> =
                solutions.iter().filter_map(|s: &Vec<usize>| s.get(r).copied()).collect();
            let first = picks.first().copied();
            match first {
                Some(pick) if complete && picks.iter().all(|&p| p == pick) => search
                    .candidates
                    .get(r)
                    .and_then(|c| c.get(pick))
                    .map_or(Placement::Unresolved { placements: 0 }, |p| {
                        Placement::Unique(p.clone())
                    }),
                _ => {
                    let mut distinct = picks.clone();
                    distinct.sort_unstable();
                    distinct.dedup();
                    Placement::Unresolved {
                        placements: if complete { distinct.len() } else { MAX_SOLUTIONS },
                    }
                }
            }
        })
        .collect()
}

/// A cell's value in the search: undecided, text, or a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Known {
    Undecided,
    Text,
    Value(i64),
}

struct Search<'a> {
    rows: &'a [LossyRow],
    /// Identities as cell indices.
    identities: Vec<(Vec<usize>, Vec<usize>)>,
    /// Current value of each cell.
    cells: Vec<Known>,
    /// For each lossy row, its slots as cell indices.
    slots: Vec<Vec<usize>>,
    /// For each lossy row, the identities touching it.
    touching: Vec<Vec<usize>>,
    /// For each lossy row, the candidate placements still possible.
    candidates: Vec<Vec<Vec<usize>>>,
    /// All values are non-negative, so partial sums may prune.
    monotone: bool,
}

impl<'a> Search<'a> {
    fn new(
        fixed: &BTreeMap<CellRef, Option<i64>>,
        rows: &'a [LossyRow],
        identities: &[Identity],
    ) -> Self {
        // Lossy slots come first in `cells`; every other cell an identity names follows.
        let mut lossy: BTreeMap<&CellRef, usize> = BTreeMap::new();
        let mut cells = Vec::new();
        let mut slots = Vec::new();
        for row in rows {
            let ids: Vec<usize> = row
                .slots
                .iter()
                .map(|slot| {
                    *lossy.entry(slot).or_insert_with(|| {
                        cells.push(Known::Undecided);
                        cells.len() - 1
                    })
                })
                .collect();
            slots.push(ids);
        }
        let side = |refs: &[CellRef], cells: &mut Vec<Known>| -> Vec<usize> {
            refs.iter()
                .map(|cell| {
                    lossy.get(cell).copied().unwrap_or_else(|| {
                        cells.push(match fixed.get(cell) {
                            Some(Some(v)) => Known::Value(*v),
                            Some(None) => Known::Text,
                            None => Known::Value(0),
                        });
                        cells.len() - 1
                    })
                })
                .collect()
        };
        let identities: Vec<(Vec<usize>, Vec<usize>)> = identities
            .iter()
            .map(|i| (side(&i.left, &mut cells), side(&i.right, &mut cells)))
            .collect();
        let touching = slots
            .iter()
            .map(|ids| {
                identities
                    .iter()
                    .enumerate()
                    .filter(|(_, (l, r))| l.iter().chain(r).any(|c| ids.contains(c)))
                    .map(|(n, _)| n)
                    .collect()
            })
            .collect();
        let monotone = cells.iter().all(|k| !matches!(k, Known::Value(v) if *v < 0))
            && rows.iter().flat_map(|r| &r.values).all(|v| v.is_none_or(|v| v >= 0));
        let candidates = rows.iter().map(|r| combinations(r.slots.len(), r.values.len())).collect();
        let mut search = Self { rows, identities, cells, slots, touching, candidates, monotone };
        search.prefilter();
        search
    }

    /// Drops candidates that break an identity on their own (a row's own total).
    fn prefilter(&mut self) {
        for r in 0..self.rows.len() {
            let all = self.candidates.get(r).cloned().unwrap_or_default();
            let kept = all.into_iter().filter(|c| {
                self.assign(r, Some(c));
                let ok = self.consistent(r);
                self.assign(r, None);
                ok
            });
            let kept: Vec<Vec<usize>> = kept.collect();
            if let Some(slot) = self.candidates.get_mut(r) {
                *slot = kept;
            }
        }
    }

    /// Rows with the fewest candidates first: they decide the most.
    fn order(&self) -> Vec<usize> {
        let mut order: Vec<usize> = (0..self.rows.len()).collect();
        order.sort_by_key(|&r| self.candidates.get(r).map_or(0, Vec::len));
        order
    }

    /// Depth-first search; returns false when a bound cut it short.
    fn descend(
        &mut self,
        order: &[usize],
        depth: usize,
        chosen: &mut Vec<usize>,
        nodes: &mut usize,
        solutions: &mut Vec<Vec<usize>>,
    ) -> bool {
        let Some(&r) = order.get(depth) else {
            solutions.push(chosen.clone());
            return solutions.len() < MAX_SOLUTIONS;
        };
        let count = self.candidates.get(r).map_or(0, Vec::len);
        for n in 0..count {
            *nodes += 1;
            if *nodes > MAX_NODES {
                return false;
            }
            let candidate = self.candidates.get(r).and_then(|c| c.get(n)).cloned();
            self.assign(r, candidate.as_ref());
            if self.consistent(r) {
                if let Some(slot) = chosen.get_mut(r) {
                    *slot = n;
                }
                if !self.descend(order, depth + 1, chosen, nodes, solutions) {
                    self.assign(r, None);
                    return false;
                }
            }
            self.assign(r, None);
        }
        true
    }

    /// Writes a candidate into the row's cells (`None` clears them).
    fn assign(&mut self, r: usize, positions: Option<&Vec<usize>>) {
        let (Some(ids), Some(row)) = (self.slots.get(r), self.rows.get(r)) else { return };
        for (slot, &id) in ids.iter().enumerate() {
            let value = match positions {
                None => Known::Undecided,
                Some(p) => match p.iter().position(|&s| s == slot) {
                    Some(v) => {
                        row.values.get(v).copied().flatten().map_or(Known::Text, Known::Value)
                    }
                    None => Known::Value(0),
                },
            };
            if let Some(cell) = self.cells.get_mut(id) {
                *cell = value;
            }
        }
    }

    /// Whether the identities touching row `r` can still hold.
    fn consistent(&self, r: usize) -> bool {
        self.touching.get(r).is_none_or(|ids| {
            ids.iter().all(|&i| self.identities.get(i).is_none_or(|(l, rt)| self.holds(l, rt)))
        })
    }

    fn holds(&self, left: &[usize], right: &[usize]) -> bool {
        let side = |ids: &[usize]| {
            let mut sum = 0_i64;
            let mut decided = true;
            for id in ids {
                match self.cells.get(*id).copied().unwrap_or(Known::Value(0)) {
                    Known::Text => return None,
                    Known::Undecided => decided = false,
                    Known::Value(v) => sum = sum.saturating_add(v),
                }
            }
            Some((sum, decided))
        };
        let (Some((l, l_done)), Some((r, r_done))) = (side(left), side(right)) else { return true };
        match (l_done, r_done) {
            (true, true) => l == r,
            (true, false) => !self.monotone || r <= l,
            (false, true) => !self.monotone || l <= r,
            (false, false) => true,
        }
    }
}

/// How many ways `k` values fit into `n` slots in order (n choose k), capped at the solutions cap.
fn count_combinations(n: usize, k: usize) -> usize {
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
