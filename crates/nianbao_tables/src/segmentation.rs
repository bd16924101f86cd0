//! Rows whose digits ran together. A crawler's copy of a page removes every cell boundary,
//! so a row of 表三 arrives as `一、本年新收政府信息公开申请数量713000074`: 71, 3, 0, 0, 0,
//! 0, 74. Input: each such row's cells and the runs of digits written after its label;
//! output: for each row, its one reading, or the cells its readings disagree on.
//!
//! A reading cuts the runs into numbers — no leading zeros except `0` itself, at most
//! [`MAX_COUNT`], a sign only at the start of 本年增/减, a decimal point only in an amount —
//! and puts them in the row's cells in order; a cell that gets no number is blank, because
//! the copy drops blank cells as well as boundaries. The placement of lossy rows is the
//! special case where the cuts are given. Each row's readings are listed right to left, so
//! a row's total (its last cell) is chosen before its addends and every partial sum prunes;
//! then [`crate::search`] keeps the choices of one reading per row under which every
//! identity of the table holds. Exactly one → that reading (its cells marked inferred);
//! several or none → the row is left unresolved, never guessed. Every listing is bounded
//! ([`MAX_NODES`] a row, [`MAX_TABLE_NODES`] a table), so a hostile table of long runs costs
//! a bounded number of steps.

use std::collections::{BTreeMap, BTreeSet};

use nianbao_document::{CellRef, Location};

use crate::identity::Identity;
use crate::search::{self, Options, MAX_SOLUTIONS};
use crate::value::{ColumnKind, MAX_COUNT};

/// A row to split: its cells with what they hold, and the runs written after its label.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct GluedRow {
    /// The row's cells, in column order.
    pub slots: Vec<CellRef>,
    /// What each cell holds.
    pub kinds: Vec<ColumnKind>,
    /// The runs as written, in order (a run never spans two cells' worth of boundary the
    /// source kept, so numbers never cross from one run to the next).
    pub runs: Vec<String>,
}

/// What was decided for one row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Split {
    /// Exactly one reading keeps every identity: each cell's text (`""` for blank).
    Unique(Vec<String>),
    /// None or several.
    Undecided {
        /// The slots (indices into the row's cells) the readings disagree on: all of them
        /// when there is no reading, or when the listing stopped at its bound.
        undecided: Vec<usize>,
        /// Consistent readings found (0, several; capped at [`MAX_SOLUTIONS`]).
        readings: usize,
        /// Up to two of them, each cell's text.
        examples: Vec<Vec<String>>,
        /// The listing stopped at its bound before every reading was tried.
        exhausted: bool,
    },
}

/// Steps (a cell given a candidate) one row's listing may take.
pub(crate) const MAX_NODES: usize = 100_000;
/// Steps the listings of one table's rows may take together.
pub(crate) const MAX_TABLE_NODES: usize = 250_000;
/// Readings one row may have; a row with more is left unresolved without the joint search.
const MAX_READINGS: usize = 4_096;
/// The longest text one cell can hold: ten digits of a count, or an amount with its decimals
/// and unit.
const MAX_CELL_CHARS: usize = 16;

/// Whether a glued cell's text is a run to split: digits, with the signs, points and unit
/// an amount or a change may carry (`9116.36`, `88-720`, `51751292.6元`).
pub(crate) fn is_run(text: &str) -> bool {
    let body = strip_unit(text);
    body.bytes().any(|b| b.is_ascii_digit())
        && body.bytes().all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'-' | b'+'))
}

fn strip_unit(text: &str) -> &str {
    ["万元", "亿元", "元"].iter().find_map(|u| text.strip_suffix(u)).unwrap_or(text)
}

/// Splits the rows given the fixed cells (`None` = takes no part) and the identities.
pub(crate) fn split(
    fixed: &BTreeMap<CellRef, Option<i64>>,
    rows: &[GluedRow],
    identities: &[Identity],
) -> Vec<Split> {
    let mut spent = 0;
    let listed: Vec<Listing> = rows
        .iter()
        .map(|r| {
            let listing = list(r, fixed, identities, MAX_NODES.min(MAX_TABLE_NODES - spent));
            spent = (spent + listing.nodes).min(MAX_TABLE_NODES);
            listing
        })
        .collect();
    // Rows with no reading or too many take no part in the joint search: their cells are
    // unknown, as an unreadable cell's are.
    let mut fixed = fixed.clone();
    let mut searched = Vec::new();
    let mut options = Vec::new();
    for (index, (row, listing)) in rows.iter().zip(&listed).enumerate() {
        if listing.exhausted || listing.readings.is_empty() {
            for slot in &row.slots {
                fixed.insert(slot.clone(), None);
            }
        } else {
            searched.push(index);
            options.push(Options {
                slots: row.slots.clone(),
                options: listing.readings.iter().map(|r| r.values.clone()).collect(),
            });
        }
    }
    let outcome = search::search(&fixed, &options, identities);
    let mut out: Vec<Split> = listed
        .iter()
        .zip(rows)
        .map(|(listing, row)| Split::Undecided {
            undecided: (0..row.slots.len()).collect(),
            readings: if listing.exhausted { MAX_SOLUTIONS } else { 0 },
            examples: Vec::new(),
            exhausted: listing.exhausted,
        })
        .collect();
    for (at, &index) in searched.iter().enumerate() {
        let (Some(listing), Some(slot)) = (listed.get(index), out.get_mut(index)) else {
            continue;
        };
        let texts = |pick: usize| listing.readings.get(pick).map(|r| r.texts.clone());
        if let Some(one) = outcome.unique(at).and_then(texts) {
            *slot = Split::Unique(one);
            continue;
        }
        let picks = outcome.picks.get(at).cloned().unwrap_or_default();
        let mut readings: Vec<Vec<String>> = picks.iter().filter_map(|&p| texts(p)).collect();
        // The readings that fill the most cells first: they are what a person would try.
        readings.sort_by_key(|r| r.iter().filter(|t| t.is_empty()).count());
        let width = listing.readings.first().map_or(0, |r| r.texts.len());
        let undecided = (0..width)
            .filter(|&s| {
                readings.is_empty()
                    || !outcome.complete
                    || readings.iter().any(|r| r.get(s) != readings.first().and_then(|f| f.get(s)))
            })
            .collect();
        *slot = Split::Undecided {
            undecided,
            readings: if outcome.complete { readings.len() } else { MAX_SOLUTIONS },
            examples: readings.into_iter().take(2).collect(),
            exhausted: false,
        };
    }
    out
}

/// One way to read a row: each cell's text and its worth in sums.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Reading {
    texts: Vec<String>,
    values: Vec<Option<i64>>,
}

/// A row's readings that keep its own identities, or `exhausted` when there were too many
/// to list.
struct Listing {
    readings: Vec<Reading>,
    exhausted: bool,
    /// Steps taken (a cell given a candidate), at most the budget + 1.
    nodes: usize,
}

/// An identity as the listing of one row sees it: each side's cells as slots of the row
/// or fixed values.
struct Local {
    left: Vec<Term>,
    right: Vec<Term>,
}

#[derive(Clone, Copy)]
enum Term {
    Slot(usize),
    Fixed(i64),
}

/// The identities that only name this row's cells and fixed numbers: the ones a row can
/// be held to on its own.
fn locals(
    row: &GluedRow,
    fixed: &BTreeMap<CellRef, Option<i64>>,
    identities: &[Identity],
) -> Vec<Local> {
    let term = |cell: &CellRef| match row.slots.iter().position(|s| s == cell) {
        Some(slot) => Some(Term::Slot(slot)),
        None => match fixed.get(cell) {
            Some(Some(v)) => Some(Term::Fixed(*v)),
            Some(None) => None,
            None => Some(Term::Fixed(0)),
        },
    };
    identities
        .iter()
        .filter(|i| i.left.iter().chain(&i.right).any(|c| row.slots.contains(c)))
        .filter_map(|i| {
            let left: Option<Vec<Term>> = i.left.iter().map(term).collect();
            let right: Option<Vec<Term>> = i.right.iter().map(term).collect();
            Some(Local { left: left?, right: right? })
        })
        .collect()
}

/// Lists a row's readings, right to left.
fn list(
    row: &GluedRow,
    fixed: &BTreeMap<CellRef, Option<i64>>,
    identities: &[Identity],
    budget: usize,
) -> Listing {
    let signed = row.kinds.iter().any(|k| matches!(k, ColumnKind::Change));
    let locals = locals(row, fixed, identities);
    // A cut between slots that no identity of the row spans: whether the slots before it
    // can be filled does not depend on how the slots after it were.
    let boundaries = (0..=row.slots.len())
        .map(|cut| {
            locals.iter().all(|l| {
                let mut sides = l.left.iter().chain(&l.right).filter_map(|t| match t {
                    Term::Slot(s) => Some(*s < cut),
                    Term::Fixed(_) => None,
                });
                let first = sides.next();
                sides.all(|side| Some(side) == first)
            })
        })
        .collect();
    let mut lister = Lister {
        row,
        locals,
        boundaries,
        dead: BTreeSet::new(),
        monotone: !signed,
        pieces: vec![None; row.slots.len()],
        digit_runs: row.runs.iter().map(|r| is_run(r)).collect(),
        values: vec![None; row.slots.len()],
        decided: vec![false; row.slots.len()],
        nodes: 0,
        budget,
        readings: Vec::new(),
        exhausted: false,
    };
    // Cells without a number would not fit; more runs than cells neither.
    let chars: usize = row.runs.iter().map(|r| r.chars().count()).sum();
    if row.runs.len() <= row.slots.len() && chars <= MAX_CELL_CHARS * row.slots.len() {
        let last = row.runs.len();
        let end = row.runs.last().map_or(0, String::len);
        lister.descend(row.slots.len(), last, end);
    }
    Listing { readings: lister.readings, exhausted: lister.exhausted, nodes: lister.nodes }
}

struct Lister<'r> {
    row: &'r GluedRow,
    locals: Vec<Local>,
    /// Per run, whether it is digits to cut (else it is one cell, whole).
    digit_runs: Vec<bool>,
    /// Per slot, the piece it holds: (run, start, end) in bytes; `None` when blank.
    pieces: Vec<Option<(usize, usize, usize)>>,
    /// Per cut (slots before it), whether it is a boundary no identity spans.
    boundaries: Vec<bool>,
    /// States (slots left, runs left, end) at a boundary from which no reading completes.
    dead: BTreeSet<(usize, usize, usize)>,
    monotone: bool,
    values: Vec<Option<i64>>,
    decided: Vec<bool>,
    nodes: usize,
    /// Steps this listing may take.
    budget: usize,
    readings: Vec<Reading>,
    exhausted: bool,
}

impl Lister<'_> {
    /// Fills slots `..slots` from the text still unread: runs `..run`, the last of them
    /// read up to byte `end`.
    fn descend(&mut self, slots: usize, run: usize, end: usize) {
        if self.exhausted {
            return;
        }
        let (run, end) = self.settle(run, end);
        let boundary = self.boundaries.get(slots).copied().unwrap_or(false);
        if boundary && self.dead.contains(&(slots, run, end)) {
            return;
        }
        let before = self.readings.len();
        self.fill(slots, run, end);
        if boundary && !self.exhausted && self.readings.len() == before {
            self.dead.insert((slots, run, end));
        }
    }

    /// [`Self::descend`] without the memory of dead states.
    fn fill(&mut self, slots: usize, run: usize, end: usize) {
        let Some(slot) = slots.checked_sub(1) else {
            if run == 0 {
                let texts = self.pieces.iter().map(|p| self.text_of(*p).to_owned()).collect();
                self.readings.push(Reading { texts, values: self.values.clone() });
                if self.readings.len() > MAX_READINGS {
                    self.exhausted = true;
                }
            }
            return;
        };
        if run > slots {
            return; // every run still unread needs a cell of its own
        }
        let kind = self.row.kinds.get(slot).copied().unwrap_or(ColumnKind::Count);
        // The slot left blank.
        self.try_slot(slot, None, Some(0), run, end);
        let Some(index) = run.checked_sub(1) else { return };
        let Some(unread) = self.row.runs.get(index).and_then(|t| t.get(..end)) else { return };
        if !self.digit_runs.get(index).copied().unwrap_or(false) {
            // A run with no digit (`/`, `无`) is one cell, whole.
            let value = crate::value::CellValue::parse(unread, kind, Location::default()).addend();
            self.try_slot(slot, Some((index, 0, end)), value, run, 0);
            return;
        }
        let starts = unread.char_indices().rev().map(|(i, _)| i).take(MAX_CELL_CHARS);
        for start in starts {
            let Some(piece) = unread.get(start..) else { continue };
            if let Some(value) = number(piece, kind) {
                self.try_slot(slot, Some((index, start, end)), value, run, start);
            }
            if self.exhausted {
                return;
            }
        }
    }

    /// The text of a piece (`""` for blank).
    fn text_of(&self, piece: Option<(usize, usize, usize)>) -> &str {
        piece
            .and_then(|(run, start, end)| self.row.runs.get(run).and_then(|t| t.get(start..end)))
            .unwrap_or("")
    }

    /// Moves past runs read to their start.
    fn settle(&self, mut run: usize, mut end: usize) -> (usize, usize) {
        while run > 0 && end == 0 {
            run -= 1;
            end = run.checked_sub(1).and_then(|r| self.row.runs.get(r)).map_or(0, String::len);
        }
        (run, end)
    }

    fn try_slot(
        &mut self,
        slot: usize,
        piece: Option<(usize, usize, usize)>,
        value: Option<i64>,
        run: usize,
        end: usize,
    ) {
        if self.exhausted {
            return;
        }
        self.nodes += 1;
        if self.nodes > self.budget {
            self.exhausted = true;
            return;
        }
        if let (Some(t), Some(v), Some(d)) =
            (self.pieces.get_mut(slot), self.values.get_mut(slot), self.decided.get_mut(slot))
        {
            *t = piece;
            *v = value;
            *d = true;
        }
        if self.holds() {
            self.descend(slot, run, end);
        }
        if let Some(d) = self.decided.get_mut(slot) {
            *d = false;
        }
    }

    /// Whether the row's own identities can still hold with the slots decided so far.
    fn holds(&self) -> bool {
        self.locals.iter().all(|local| {
            let side = |terms: &[Term]| {
                let mut sum = 0_i64;
                let mut done = true;
                for term in terms {
                    match *term {
                        Term::Fixed(v) => sum = sum.saturating_add(v),
                        Term::Slot(s) if self.decided.get(s) == Some(&true) => {
                            match self.values.get(s).copied().flatten() {
                                Some(v) => sum = sum.saturating_add(v),
                                None => return None,
                            }
                        }
                        Term::Slot(_) => done = false,
                    }
                }
                Some((sum, done))
            };
            let (Some((l, l_done)), Some((r, r_done))) = (side(&local.left), side(&local.right))
            else {
                return true;
            };
            match (l_done, r_done) {
                (true, true) => l == r,
                (true, false) => !self.monotone || r <= l,
                (false, true) => !self.monotone || l <= r,
                (false, false) => true,
            }
        })
    }
}

/// A piece of a run read as one cell of `kind`: `Some(worth)` when it is a number the cell
/// may hold (`Some(None)` for an amount, which takes no part in sums), `None` when not.
fn number(piece: &str, kind: ColumnKind) -> Option<Option<i64>> {
    let count = |digits: &str| -> Option<i64> {
        let leading_zero = digits.len() > 1 && digits.starts_with('0');
        if digits.is_empty() || leading_zero || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        digits.parse::<i64>().ok().filter(|v| *v <= MAX_COUNT)
    };
    match kind {
        ColumnKind::Count => count(piece).map(Some),
        ColumnKind::Change => {
            let (sign, digits) = match piece.strip_prefix('-') {
                Some(rest) => (-1, rest),
                None => (1, piece.strip_prefix('+').unwrap_or(piece)),
            };
            let value = count(digits)?;
            (sign > 0 || value > 0).then_some(Some(sign * value))
        }
        ColumnKind::Amount(_) => {
            let body = strip_unit(piece);
            let (whole, fraction) = body.split_once('.').unwrap_or((body, ""));
            let fraction_ok = fraction.bytes().all(|b| b.is_ascii_digit())
                && (fraction.is_empty() != body.contains('.'));
            // A unit belongs to the end of the run: only the piece ending there carries it.
            (count(whole).is_some() && fraction_ok).then_some(None)
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use nianbao_document::{CellRef, TableId};

    use super::{number, split, GluedRow, Split};
    use crate::identity::{Identity, IdentityKind};
    use crate::value::ColumnKind;

    fn row(runs: &[&str], columns: &[&'static str], kind: ColumnKind) -> GluedRow {
        GluedRow {
            slots: columns.iter().map(|c| CellRef::new(TableId::Requests, "a", *c)).collect(),
            kinds: vec![kind; columns.len()],
            runs: runs.iter().map(|r| (*r).to_owned()).collect(),
        }
    }

    fn total_of(columns: &[&'static str]) -> Identity {
        let (total, parts) = columns.split_last().unwrap_or((&"total", &[]));
        Identity {
            kind: IdentityKind::RequestsRowTotal,
            left: vec![CellRef::new(TableId::Requests, "a", *total)],
            right: parts.iter().map(|c| CellRef::new(TableId::Requests, "a", *c)).collect(),
        }
    }

    const SEVEN: [&str; 7] = ["n", "c", "r", "s", "l", "o", "total"];

    #[test]
    fn a_row_total_splits_a_run_of_seven_cells() {
        let rows = [row(&["713000074"], &SEVEN, ColumnKind::Count)];
        let split = split(&BTreeMap::new(), &rows, &[total_of(&SEVEN)]);
        let cells: Vec<String> =
            ["71", "3", "0", "0", "0", "0", "74"].iter().map(|s| (*s).to_owned()).collect();
        assert_eq!(split, vec![Split::Unique(cells)]);
    }

    #[test]
    fn without_identities_a_run_stays_undecided_and_says_which_cells() {
        let rows = [row(&["77132470"], &["a", "b", "c"], ColumnKind::Count)];
        let split: Vec<Split> = split(&BTreeMap::new(), &rows, &[]);
        let [Split::Undecided { undecided, readings, examples, exhausted }] = split.as_slice()
        else {
            panic!("decided: {split:?}")
        };
        assert_eq!(undecided, &[0, 1, 2]);
        assert!(*readings > 2 && !exhausted);
        assert_eq!(examples.len(), 2);
        // 77/132/470 and 77/13/2470 are both among what the digits allow.
        let all = super::list(&rows[0], &BTreeMap::new(), &[], super::MAX_NODES).readings;
        let texts: Vec<Vec<&str>> =
            all.iter().map(|r| r.texts.iter().map(String::as_str).collect()).collect();
        assert!(texts.contains(&vec!["77", "132", "470"]));
        assert!(texts.contains(&vec!["77", "13", "2470"]));
    }

    #[test]
    fn numbers_follow_the_column_kind() {
        assert_eq!(number("074", ColumnKind::Count), None);
        assert_eq!(number("0", ColumnKind::Count), Some(Some(0)));
        assert_eq!(number("-720", ColumnKind::Change), Some(Some(-720)));
        assert_eq!(number("-0", ColumnKind::Change), None);
        assert_eq!(number("88-7", ColumnKind::Change), None);
        assert_eq!(number("9116.36", ColumnKind::Amount(None)), Some(None));
        assert_eq!(number("9116.", ColumnKind::Amount(None)), None);
        assert_eq!(number("1751292.6元", ColumnKind::Amount(None)), Some(None));
        assert_eq!(number("1751292.6", ColumnKind::Count), None);
        assert_eq!(number("10000000000", ColumnKind::Count), None);
    }

    #[test]
    fn a_signed_change_is_cut_before_its_sign() {
        let rows = [row(&["88-720"], &["last", "change", "decisions"], ColumnKind::Change)];
        let all = super::list(&rows[0], &BTreeMap::new(), &[], super::MAX_NODES).readings;
        let texts: Vec<Vec<&str>> =
            all.iter().map(|r| r.texts.iter().map(String::as_str).collect()).collect();
        assert!(texts.contains(&vec!["88", "-7", "20"]));
        assert!(texts.contains(&vec!["88", "-72", "0"]));
        assert!(texts.iter().all(|t| !t.iter().any(|p| p.contains('-') && !p.starts_with('-'))));
    }

    #[test]
    fn a_hostile_run_costs_a_bounded_listing() {
        // Runs of every length up to what seven cells can hold, of digits that make the
        // most splits (no zeros), with and without a row total: the listing stops at its
        // bound and says so, or finishes; it never takes more steps than the bound.
        let mut rng = 0x9E37_79B9_7F4A_7C15_u64;
        for length in [1, 7, 12, 19, 26, 33, 47, 63, 70] {
            let digits: String = (0..length)
                .map(|_| {
                    rng ^= rng << 13;
                    rng ^= rng >> 7;
                    rng ^= rng << 17;
                    char::from(b'1' + u8::try_from(rng % 9).unwrap_or(0))
                })
                .collect();
            for identities in [vec![], vec![total_of(&SEVEN)]] {
                let rows = [row(&[&digits], &SEVEN, ColumnKind::Count)];
                let listing =
                    super::list(&rows[0], &BTreeMap::new(), &identities, super::MAX_NODES);
                assert!(listing.nodes <= super::MAX_NODES + 1, "{length}: {}", listing.nodes);
                assert!(listing.readings.len() <= super::MAX_READINGS + 1);
            }
        }
        let long = "1".repeat(50);
        let listing = super::list(
            &row(&[&long], &SEVEN, ColumnKind::Count),
            &BTreeMap::new(),
            &[],
            super::MAX_NODES,
        );
        assert!(listing.exhausted, "fifty ones split seven ways are too many to list");
        // Longer than seven cells can hold: no reading, found without a search.
        let rows = [row(&["1".repeat(1000).as_str()], &SEVEN, ColumnKind::Count)];
        let listing =
            super::list(&rows[0], &BTreeMap::new(), &[total_of(&SEVEN)], super::MAX_NODES);
        assert!(listing.readings.is_empty() && !listing.exhausted && listing.nodes == 0);
    }

    #[test]
    fn groups_of_a_row_are_listed_apart_so_zeros_cost_little() {
        // 表四 of seed 004 with its cell boundaries gone: 2 1 0 0 3, then ten zeros.
        let slots: Vec<CellRef> = crate::template::APPEAL_GROUPS
            .iter()
            .flat_map(|(g, _)| {
                crate::template::APPEAL_COLUMNS
                    .iter()
                    .map(move |c| CellRef::new(TableId::Appeals, *g, c.key))
            })
            .collect();
        let row = GluedRow {
            kinds: vec![ColumnKind::Count; 15],
            slots,
            runs: vec!["210030000000000".to_owned()],
        };
        let listing =
            super::list(&row, &BTreeMap::new(), &crate::identity::appeals(), super::MAX_NODES);
        assert!(!listing.exhausted);
        let texts: Vec<Vec<&str>> =
            listing.readings.iter().map(|r| r.texts.iter().map(String::as_str).collect()).collect();
        let mut expected = vec!["2", "1", "0", "0", "3"];
        expected.extend(["0"; 10]);
        assert_eq!(texts, vec![expected]);
    }
}
