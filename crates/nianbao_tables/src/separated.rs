//! Separated labels (machine-extracted text): PDF-to-Markdown and OCR tools cut a merged
//! label cell away from its numbers. A label comes out in pieces (`（三）不` on one row,
//! `予公开` on the next; `（二）部分公开（区分处理的，只计这一情` as a paragraph above
//! `形，不计其他情形）`), and a row of numbers may have no label at all.
//!
//! A piece of label with no numbers is a piece, never a row. A row of numbers whose only
//! texts are pieces of template labels (or none) is placed in the template row that the
//! table's order leaves for it: between the rows found before and after it, among the rows
//! no label claimed, whose label holds every piece. It is placed only when exactly one
//! placement fits the order and the table's sums; otherwise it is left unresolved and said
//! so. Nothing is guessed.

use nianbao_document::Location;

use crate::normalize::key;
use crate::rows::{self, RawRow, Settled};
use crate::stream::Item;

/// Shortest piece of label (characters of its key) taken as a piece of a template label:
/// a single character is in too many labels to say anything.
const MIN_PIECE_CHARS: usize = 2;
/// Paragraphs just above a row joined to its label piece, at most.
const MAX_PARAGRAPHS: usize = 2;
/// Placements of one stretch of rows counted at most: beyond this they are "many".
pub(crate) const MAX_PLACEMENTS: usize = 64;

/// The labels of a table's template rows and groups, as matching keys.
pub(crate) struct Labels {
    /// Per template row, the keys of its labels; empty for a row never placed by order.
    rows: Vec<Vec<String>>,
    /// Keys of the group labels (`（三）不予公开`).
    groups: Vec<String>,
}

impl Labels {
    /// `rows`: each template row's labels (an empty slice for a row never placed by order).
    pub(crate) fn new(rows: &[&[&str]], groups: &[&str]) -> Self {
        Self {
            rows: rows.iter().map(|labels| labels.iter().map(|l| key(l)).collect()).collect(),
            groups: groups.iter().map(|g| key(g)).collect(),
        }
    }

    /// Whether `piece` (a key) is part of some row or group label.
    fn is_piece(&self, piece: &str) -> bool {
        piece.chars().count() >= MIN_PIECE_CHARS
            && self.rows.iter().flatten().chain(&self.groups).any(|l| l.contains(piece))
    }

    /// The template rows whose label holds every piece (keys).
    fn holding(&self, pieces: &[String]) -> Vec<usize> {
        self.rows
            .iter()
            .enumerate()
            .filter(|(_, labels)| labels.iter().any(|l| pieces.iter().all(|p| l.contains(p))))
            .map(|(i, _)| i)
            .collect()
    }
}

/// A row of numbers waiting for its template row.
#[derive(Debug, Clone)]
pub(crate) struct Pending<'i, 'a> {
    /// The pieces of label beside it, joined as written (`""` when none).
    pub found: String,
    /// Its label piece, else its first number.
    pub location: Location,
    /// One value per column.
    pub values: Vec<Option<&'i Item<'a>>>,
    /// The template rows whose label holds every piece (every row when it has none).
    candidates: Vec<usize>,
    /// The template rows found just before and just after it.
    before: Option<usize>,
    after: Option<usize>,
}

/// Takes the pieces of label and the rows waiting for a template row out of `raw`. A row
/// of numbers with no label that cannot wait (its numbers do not fill the columns) goes
/// back to the row before it, as it was read before this stage existed.
pub(crate) fn split_off<'i, 'a>(
    raw: Vec<RawRow<'i, 'a>>,
    context: &[&'i Item<'a>],
    labels: &Labels,
    width: usize,
) -> (Vec<RawRow<'i, 'a>>, Vec<Pending<'i, 'a>>) {
    let mut kept: Vec<RawRow<'i, 'a>> = Vec::new();
    // Pending rows with the number of rows kept before them (to find the row after).
    let mut pending: Vec<(usize, Pending<'i, 'a>)> = Vec::new();
    let mut previous_kept = false;
    for row in raw {
        if row.row.is_some() {
            kept.push(row);
            previous_kept = true;
            continue;
        }
        let texts_end =
            row.values.iter().position(|v| rows::is_value(v)).unwrap_or(row.values.len());
        let (texts, numbers) = row.values.split_at(texts_end);
        let mut pieces: Vec<&Item<'a>> = texts.to_vec();
        if !row.unlabeled {
            pieces.insert(0, row.label);
        }
        let all_pieces = pieces.iter().all(|p| labels.is_piece(&key(p.text)));
        let no_numbers = numbers.iter().all(|v| rows::is_blank(v));
        if !row.unlabeled && no_numbers && all_pieces {
            // A piece of a label cut away from it (`予公开`): not a row.
            previous_kept = false;
            continue;
        }
        let waiting = all_pieces && numbers.iter().all(|v| rows::is_value(v));
        let values = match rows::settle(numbers, width) {
            Settled::Exact(values) if waiting && !no_numbers => Some(values),
            _ => None,
        };
        let Some(values) = values else {
            match kept.last_mut() {
                Some(last) if row.unlabeled && previous_kept => last.values.extend(row.values),
                _ => {
                    kept.push(row);
                    previous_kept = true;
                }
            }
            continue;
        };
        let first = pieces.first().copied().unwrap_or(row.label);
        let (found, keys, above) = with_paragraphs(first, &pieces, context, labels);
        let candidates = labels.holding(&keys);
        if candidates.is_empty() {
            kept.push(row);
            previous_kept = true;
            continue;
        }
        let before = kept.iter().rev().find_map(|r| r.row);
        let location = above.unwrap_or(first.location);
        pending.push((
            kept.len(),
            Pending { found, location, values, candidates, before, after: None },
        ));
        previous_kept = false;
    }
    let pending = pending
        .into_iter()
        .map(|(at, mut p)| {
            p.after = kept.get(at..).and_then(|rest| rest.iter().find_map(|r| r.row));
            p
        })
        .collect();
    (kept, pending)
}

/// The pieces' text and keys, with the paragraphs just above the first piece joined in
/// front when the joined text is still part of a label (`（二）部分公开（区分处理的，只计
/// 这一情` above `形，不计其他情形）`), and where the first paragraph joined starts.
fn with_paragraphs(
    first: &Item<'_>,
    pieces: &[&Item<'_>],
    context: &[&Item<'_>],
    labels: &Labels,
) -> (String, Vec<String>, Option<Location>) {
    let texts: Vec<&str> = pieces.iter().map(|p| p.text.trim()).collect();
    let plain = (texts.concat(), texts.iter().map(|t| key(t)).collect::<Vec<_>>(), None);
    let Some(at) = context.iter().position(|c| std::ptr::eq(*c, first)) else { return plain };
    let above: Vec<&Item<'_>> = context
        .get(..at)
        .unwrap_or(&[])
        .iter()
        .rev()
        .take_while(|c| !c.cell)
        .take(MAX_PARAGRAPHS)
        .copied()
        .collect();
    // Longest join first: the paragraph next to the piece, then the one above it.
    for n in (1..=above.len()).rev() {
        let mut joined: Vec<&str> = above.iter().take(n).rev().map(|c| c.text.trim()).collect();
        let Some(head) = texts.first() else { break };
        joined.push(head);
        let joined = joined.concat();
        let mut keys = vec![key(&joined)];
        keys.extend(texts.iter().skip(1).map(|t| key(t)));
        if keys.first().is_some_and(|k| labels.is_piece(k)) && !labels.holding(&keys).is_empty() {
            let rest: String = texts.iter().skip(1).copied().collect();
            let start = above.get(n - 1).map(|c| c.location);
            return (format!("{joined}{rest}"), keys, start);
        }
    }
    plain
}

/// Whether a placement of some pending rows, as (pending index, template row), keeps the
/// table's sums.
pub(crate) type Fits<'f> = dyn FnMut(&[(usize, usize)]) -> bool + 'f;

/// What the order and the sums made of one pending row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Outcome {
    /// Exactly one placement fits: this template row.
    Placed(usize),
    /// None or several fit: the template rows it could be, and how many placements fit.
    Unresolved { rows: Vec<usize>, placements: usize },
}

/// Places the pending rows. `taken` marks template rows found by their labels; `rank`
/// orders template rows as the table prints them; `fits` says whether a placement of some
/// pending rows (pending index, template row) keeps the table's sums.
pub(crate) fn place(
    pending: &[Pending<'_, '_>],
    taken: &[bool],
    rank: &dyn Fn(usize) -> usize,
    fits: &mut Fits<'_>,
) -> Vec<Outcome> {
    let mut out: Vec<Outcome> =
        vec![Outcome::Unresolved { rows: Vec::new(), placements: 0 }; pending.len()];
    let mut start = 0;
    while start < pending.len() {
        // A stretch: the pending rows between the same two rows found by label.
        let bounds = pending.get(start).map(|p| (p.before, p.after));
        let end = (start..pending.len())
            .find(|&i| pending.get(i).map(|p| (p.before, p.after)) != bounds)
            .unwrap_or(pending.len());
        let stretch: Vec<usize> = (start..end).collect();
        let allowed: Vec<Vec<usize>> = stretch
            .iter()
            .map(|&i| pending.get(i).map_or_else(Vec::new, |p| allowed_rows(p, taken, rank)))
            .collect();
        let mut all = Vec::new();
        assignments(&allowed, rank, &mut Vec::new(), &mut all);
        let with = |a: &Vec<usize>| -> Vec<(usize, usize)> {
            stretch.iter().copied().zip(a.iter().copied()).collect()
        };
        let keeping: Vec<&Vec<usize>> = all.iter().filter(|a| fits(&with(a))).collect();
        // The sums decide when they tell placements apart; when every placement breaks them
        // alike (a real error in the report), the order alone decides, and the arithmetic
        // rules report the error on the cells read.
        let chosen = match (keeping.as_slice(), all.as_slice()) {
            ([one], _) => Some((*one).clone()),
            ([], [one]) => Some(one.clone()),
            _ => None,
        };
        for (k, &i) in stretch.iter().enumerate() {
            let outcome = match &chosen {
                Some(rows) => rows.get(k).map(|&r| Outcome::Placed(r)),
                None => None,
            };
            let outcome = outcome.unwrap_or_else(|| Outcome::Unresolved {
                rows: allowed.get(k).cloned().unwrap_or_default(),
                placements: if keeping.is_empty() { all.len() } else { keeping.len() },
            });
            if let Some(slot) = out.get_mut(i) {
                *slot = outcome;
            }
        }
        start = end;
    }
    out
}

/// The template rows a pending row may take: unclaimed, its label holding every piece,
/// and between the rows found before and after it.
fn allowed_rows(p: &Pending<'_, '_>, taken: &[bool], rank: &dyn Fn(usize) -> usize) -> Vec<usize> {
    let low = p.before.map(rank);
    let high = p.after.map(rank);
    let mut rows: Vec<usize> = p
        .candidates
        .iter()
        .copied()
        .filter(|&r| !taken.get(r).copied().unwrap_or(true))
        .filter(|&r| low.is_none_or(|l| rank(r) > l) && high.is_none_or(|h| rank(r) < h))
        .collect();
    rows.sort_by_key(|&r| rank(r));
    rows
}

/// Every way to give each row of a stretch one of its allowed rows, in the table's order
/// (strictly increasing rank), up to [`MAX_PLACEMENTS`] + 1.
fn assignments(
    allowed: &[Vec<usize>],
    rank: &dyn Fn(usize) -> usize,
    chosen: &mut Vec<usize>,
    out: &mut Vec<Vec<usize>>,
) {
    if out.len() > MAX_PLACEMENTS {
        return;
    }
    let Some((first, rest)) = allowed.split_first() else {
        out.push(chosen.clone());
        return;
    };
    let floor = chosen.last().map(|&r| rank(r));
    for &row in first {
        if floor.is_some_and(|f| rank(row) <= f) {
            continue;
        }
        chosen.push(row);
        assignments(rest, rank, chosen, out);
        chosen.pop();
    }
}
