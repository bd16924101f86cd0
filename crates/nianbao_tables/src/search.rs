//! The search shared by rows that lost their blank cells ([`crate::placement`]) and rows
//! whose digits ran together ([`crate::segmentation`]): each such row offers options — one
//! value for each of its cells — and the search finds every choice of one option per row
//! that keeps the table's identities true. Bounded in nodes and in solutions, so a
//! pathological table costs milliseconds, not minutes.

use std::collections::BTreeMap;

use nianbao_document::CellRef;

use crate::identity::Identity;

/// One row's cells and the ways it may be read: each option gives every cell a value
/// (`None` for text or an amount, which takes no part in sums; a blank is `Some(0)`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Options {
    /// The row's cells, in column order.
    pub slots: Vec<CellRef>,
    /// The readings to choose from, each one value per slot.
    pub options: Vec<Vec<Option<i64>>>,
}

/// What the search saw: for each row, the options that took part in some solution.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Outcome {
    /// Per row, the indices of the options used by the solutions found (sorted, distinct).
    pub picks: Vec<Vec<usize>>,
    /// False when a bound cut the search short: `picks` are then only some of them.
    pub complete: bool,
}

impl Outcome {
    /// The row's one consistent option, when the search saw everything and found exactly one.
    pub(crate) fn unique(&self, row: usize) -> Option<usize> {
        match self.picks.get(row).map(Vec::as_slice) {
            Some(&[only]) if self.complete => Some(only),
            _ => None,
        }
    }
}

/// Stop after this many complete solutions: "several" is all that matters then.
pub(crate) const MAX_SOLUTIONS: usize = 64;
/// Bound on search nodes.
const MAX_NODES: usize = 200_000;

/// Searches the rows' options given the fixed cells (`None` = text, takes no part; cells
/// absent from `fixed` and from every row count as 0).
pub(crate) fn search(
    fixed: &BTreeMap<CellRef, Option<i64>>,
    rows: &[Options],
    identities: &[Identity],
) -> Outcome {
    let mut search = Search::new(fixed, rows, identities);
    let order = search.order();
    let mut chosen = vec![usize::MAX; rows.len()];
    let mut nodes = 0;
    let mut solutions = Vec::new();
    let complete = search.descend(&order, 0, &mut chosen, &mut nodes, &mut solutions);
    let picks = (0..rows.len())
        .map(|r| {
            let mut picks: Vec<usize> =
                solutions.iter().filter_map(|s: &Vec<usize>| s.get(r).copied()).collect();
            picks.sort_unstable();
            picks.dedup();
            // Back from the prefiltered list to the caller's option indices.
            picks
                .iter()
                .filter_map(|&p| search.kept.get(r).and_then(|k| k.get(p)).copied())
                .collect()
        })
        .collect();
    Outcome { picks, complete }
}

/// A cell's value in the search: undecided, text, or a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Known {
    Undecided,
    Text,
    Value(i64),
}

struct Search<'a> {
    rows: &'a [Options],
    /// Identities as cell indices.
    identities: Vec<(Vec<usize>, Vec<usize>)>,
    /// Current value of each cell.
    cells: Vec<Known>,
    /// For each row, its slots as cell indices.
    slots: Vec<Vec<usize>>,
    /// For each row, the identities touching it.
    touching: Vec<Vec<usize>>,
    /// For each row, the indices of its options that hold on their own.
    kept: Vec<Vec<usize>>,
    /// All values are non-negative, so partial sums may prune.
    monotone: bool,
}

impl<'a> Search<'a> {
    fn new(
        fixed: &BTreeMap<CellRef, Option<i64>>,
        rows: &'a [Options],
        identities: &[Identity],
    ) -> Self {
        // The rows' slots come first in `cells`; every other cell an identity names follows.
        let mut open: BTreeMap<&CellRef, usize> = BTreeMap::new();
        let mut cells = Vec::new();
        let mut slots = Vec::new();
        for row in rows {
            let ids: Vec<usize> = row
                .slots
                .iter()
                .map(|slot| {
                    *open.entry(slot).or_insert_with(|| {
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
                    open.get(cell).copied().unwrap_or_else(|| {
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
            && rows.iter().flat_map(|r| &r.options).flatten().all(|v| v.is_none_or(|v| v >= 0));
        let kept = rows.iter().map(|r| (0..r.options.len()).collect()).collect();
        let mut search = Self { rows, identities, cells, slots, touching, kept, monotone };
        search.prefilter();
        search
    }

    /// Drops options that break an identity on their own (a row's own total).
    fn prefilter(&mut self) {
        for r in 0..self.rows.len() {
            let all = self.kept.get(r).cloned().unwrap_or_default();
            let kept: Vec<usize> = all
                .into_iter()
                .filter(|&o| {
                    self.assign(r, Some(o));
                    let ok = self.consistent(r);
                    self.assign(r, None);
                    ok
                })
                .collect();
            if let Some(slot) = self.kept.get_mut(r) {
                *slot = kept;
            }
        }
    }

    /// Rows with the fewest options first: they decide the most.
    fn order(&self) -> Vec<usize> {
        let mut order: Vec<usize> = (0..self.rows.len()).collect();
        order.sort_by_key(|&r| self.kept.get(r).map_or(0, Vec::len));
        order
    }

    /// Depth-first search; returns false when a bound cut it short. `chosen` holds, per
    /// row, the position in `kept` of the option chosen.
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
        let count = self.kept.get(r).map_or(0, Vec::len);
        for n in 0..count {
            *nodes += 1;
            if *nodes > MAX_NODES {
                return false;
            }
            let option = self.kept.get(r).and_then(|k| k.get(n)).copied();
            self.assign(r, option);
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

    /// Writes an option into the row's cells (`None` clears them).
    fn assign(&mut self, r: usize, option: Option<usize>) {
        let (Some(ids), Some(row)) = (self.slots.get(r), self.rows.get(r)) else { return };
        let values = option.and_then(|o| row.options.get(o));
        for (slot, &id) in ids.iter().enumerate() {
            let value = match values {
                None => Known::Undecided,
                Some(values) => {
                    values.get(slot).copied().flatten().map_or(Known::Text, Known::Value)
                }
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
