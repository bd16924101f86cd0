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
/// Steps of the search for placements of one stretch: a hostile table of many unlabeled
/// rows must not make it exponential. Past it the stretch is left unresolved.
const MAX_STEPS: usize = 100_000;

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

    /// Whether `text` is one row's whole label, as written or without its notes.
    fn is_label(&self, text: &str) -> bool {
        let k = key(text);
        self.rows.iter().flatten().filter(|l| **l == k).count() == 1
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
    // The last template row found, and where the search of `context` resumes: rows come in
    // the order of the context, so both only move forward (a hostile table of a hundred
    // thousand rows costs one pass, not its square).
    let mut last_found = None;
    let mut cursor = 0;
    for row in raw {
        if row.row.is_some() {
            last_found = row.row;
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
        let first = pieces.first().copied().unwrap_or(row.label);
        // A table has as many rows as its template: more rows of numbers waiting than that
        // is not a table whose labels were cut away, and must not cost a finding each.
        let room = pending.len() < labels.rows.len();
        let placeable = values.filter(|_| room).and_then(|values| {
            let last = if row.unlabeled { row.values.last().copied() } else { None };
            let (found, keys, above) =
                with_paragraphs(first, &pieces, last, context, &mut cursor, labels);
            let candidates = labels.holding(&keys);
            (!candidates.is_empty()).then(|| {
                let location = above.unwrap_or(first.location);
                Pending { found, location, values, candidates, before: last_found, after: None }
            })
        });
        match (placeable, kept.last_mut()) {
            (Some(p), _) => {
                pending.push((kept.len(), p));
                previous_kept = false;
            }
            (None, Some(last)) if row.unlabeled && previous_kept => last.values.extend(row.values),
            (None, _) => {
                kept.push(row);
                previous_kept = true;
            }
        }
    }
    // The template row found after each pending row, from a pass backwards.
    let mut next_found = vec![None; kept.len() + 1];
    for (i, row) in kept.iter().enumerate().rev() {
        let after = next_found.get(i + 1).copied().flatten();
        if let Some(slot) = next_found.get_mut(i) {
            *slot = row.row.or(after);
        }
    }
    let pending = pending
        .into_iter()
        .map(|(at, mut p)| {
            p.after = next_found.get(at).copied().flatten();
            p
        })
        .collect();
    (kept, pending)
}

/// The pieces' text and keys, with the paragraphs just above the first piece joined in
/// front when the joined text is still part of a label (`（二）部分公开（区分处理的，只计
/// 这一情` above `形，不计其他情形）`; a row of numbers alone under its label printed as a
/// paragraph), and where the first paragraph joined starts. A row of numbers with nothing
/// above takes the paragraphs just below it when they are one row's whole label and no
/// other row of numbers follows them (which they could as well be the label of).
fn with_paragraphs(
    first: &Item<'_>,
    pieces: &[&Item<'_>],
    last: Option<&Item<'_>>,
    context: &[&Item<'_>],
    cursor: &mut usize,
    labels: &Labels,
) -> (String, Vec<String>, Option<Location>) {
    let texts: Vec<&str> = pieces.iter().map(|p| p.text.trim()).collect();
    let plain = (texts.concat(), texts.iter().map(|t| key(t)).collect::<Vec<_>>(), None);
    let found =
        context.get(*cursor..).and_then(|rest| rest.iter().position(|c| std::ptr::eq(*c, first)));
    let Some(at) = found.map(|offset| *cursor + offset) else { return plain };
    *cursor = at;
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
        joined.extend(texts.first());
        let joined = joined.concat();
        let mut keys = vec![key(&joined)];
        keys.extend(texts.iter().skip(1).map(|t| key(t)));
        if keys.first().is_some_and(|k| labels.is_piece(k)) && !labels.holding(&keys).is_empty() {
            let rest: String = texts.iter().skip(1).copied().collect();
            let start = above.get(n - 1).map(|c| c.location);
            return (format!("{joined}{rest}"), keys, start);
        }
    }
    if !texts.is_empty() {
        return plain;
    }
    below(last, context, at, labels).unwrap_or(plain)
}

/// The whole label printed in the paragraphs just below a row of numbers (its last cell
/// `last`, searched from `from`), when no row of numbers follows them.
fn below(
    last: Option<&Item<'_>>,
    context: &[&Item<'_>],
    from: usize,
    labels: &Labels,
) -> Option<(String, Vec<String>, Option<Location>)> {
    let rest = context.get(from..)?;
    let end = rest.iter().position(|c| last.is_some_and(|l| std::ptr::eq(*c, l)))?;
    let after = rest.get(end + 1..)?;
    let paragraphs = after.iter().take_while(|c| !c.cell).count();
    if paragraphs == 0 || paragraphs > MAX_PARAGRAPHS {
        return None;
    }
    let next_is_number = after.get(paragraphs).is_some_and(|c| rows::is_value(c));
    if next_is_number {
        return None;
    }
    let joined: String = after.iter().take(paragraphs).map(|c| c.text.trim()).collect();
    let keys = vec![key(&joined)];
    labels.is_label(&joined).then_some((joined, keys, None))
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
        let mut steps = MAX_STEPS;
        assignments(&allowed, rank, &mut Vec::new(), &mut all, &mut steps);
        if steps == 0 {
            // Too many to search: as undecided as too many found.
            all.truncate(0);
            all.extend(std::iter::repeat_n(Vec::new(), MAX_PLACEMENTS + 1));
        }
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
/// (strictly increasing rank), up to [`MAX_PLACEMENTS`] + 1, within `steps`.
fn assignments(
    allowed: &[Vec<usize>],
    rank: &dyn Fn(usize) -> usize,
    chosen: &mut Vec<usize>,
    out: &mut Vec<Vec<usize>>,
    steps: &mut usize,
) {
    if out.len() > MAX_PLACEMENTS || *steps == 0 {
        return;
    }
    *steps -= 1;
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
        assignments(rest, rank, chosen, out, steps);
        chosen.pop();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A pending row between template rows `before` and `after` that may be any of `candidates`.
    fn pending(
        candidates: &[usize],
        before: Option<usize>,
        after: Option<usize>,
    ) -> Pending<'static, 'static> {
        Pending {
            found: String::new(),
            location: Location::default(),
            values: Vec::new(),
            candidates: candidates.to_vec(),
            before,
            after,
        }
    }

    fn taken(rows: usize, found: &[usize]) -> Vec<bool> {
        (0..rows).map(|r| found.contains(&r)).collect()
    }

    const EVERY_ROW: [usize; 6] = [0, 1, 2, 3, 4, 5];

    #[test]
    fn one_free_row_between_the_rows_found_places_it() {
        let rows = [pending(&EVERY_ROW, Some(1), Some(3))];
        let out = place(&rows, &taken(6, &[0, 1, 3, 4, 5]), &|r| r, &mut |_| true);
        assert_eq!(out, [Outcome::Placed(2)]);
    }

    #[test]
    fn two_free_rows_for_one_row_of_numbers_leave_it_unresolved() {
        let rows = [pending(&EVERY_ROW, Some(1), Some(4))];
        let out = place(&rows, &taken(6, &[0, 1, 4, 5]), &|r| r, &mut |_| true);
        assert_eq!(out, [Outcome::Unresolved { rows: vec![2, 3], placements: 2 }]);
    }

    #[test]
    fn the_sums_decide_when_they_tell_placements_apart() {
        let rows = [pending(&EVERY_ROW, Some(1), Some(4))];
        let out = place(&rows, &taken(6, &[0, 1, 4, 5]), &|r| r, &mut |combo| combo == [(0, 3)]);
        assert_eq!(out, [Outcome::Placed(3)]);
    }

    #[test]
    fn the_order_and_the_pieces_place_a_stretch_of_rows() {
        // The first row has no label, the second a piece only row 3's label holds.
        let rows = [pending(&EVERY_ROW, Some(1), None), pending(&[3], Some(1), None)];
        let out = place(&rows, &taken(6, &[0, 1, 4, 5]), &|r| r, &mut |_| true);
        assert_eq!(out, [Outcome::Placed(2), Outcome::Placed(3)]);
    }

    #[test]
    fn more_rows_of_numbers_than_free_rows_place_none() {
        let rows = [pending(&EVERY_ROW, Some(1), Some(3)), pending(&EVERY_ROW, Some(1), Some(3))];
        let out = place(&rows, &taken(6, &[0, 1, 3, 4, 5]), &|r| r, &mut |_| true);
        assert_eq!(out, vec![Outcome::Unresolved { rows: vec![2], placements: 0 }; 2]);
    }

    #[test]
    fn many_rows_of_numbers_without_labels_cost_a_bounded_search() {
        // One more row of numbers than rows: no placement, and 2^25 partial ones to try.
        let every: Vec<usize> = (0..25).collect();
        let rows: Vec<Pending<'_, '_>> = (0..26).map(|_| pending(&every, None, None)).collect();
        let out = place(&rows, &taken(25, &[]), &|r| r, &mut |_| true);
        assert!(out.iter().all(|o| matches!(o, Outcome::Unresolved { .. })));
    }

    fn item(text: &str, cell: bool) -> Item<'_> {
        Item { text, key: key(text), location: Location::default(), cell, glued: false }
    }

    #[test]
    fn a_whole_label_printed_below_a_row_of_numbers_is_its_label() {
        let labels = Labels::new(&[&["（一）予以公开"], &["（二）部分公开"]], &[]);
        let number = item("2", true);
        let label = item("（二）部分公开", false);
        let next_label = item("1.属于国家秘密", true);
        let next_number = item("4", true);
        let found = below(Some(&number), &[&number, &label, &next_label], 0, &labels);
        assert_eq!(found.map(|f| f.0), Some("（二）部分公开".to_owned()));
        // Numbers follow the paragraph: it may be their label as well, so it is no one's.
        assert_eq!(below(Some(&number), &[&number, &label, &next_number], 0, &labels), None);
        // A piece is not enough below: only a whole label.
        let piece = item("（二）部分", false);
        assert_eq!(below(Some(&number), &[&number, &piece, &next_label], 0, &labels), None);
    }

    #[test]
    fn paragraphs_above_join_the_piece_beside_the_numbers() {
        let labels = Labels::new(&[&["（一）予以公开"], &["（二）部分公开（区分处理的）"]], &[]);
        let head = item("（二）部分公开（区分", false);
        let piece = item("处理的）", true);
        let number = item("2", true);
        let context = [&head, &piece, &number];
        let (found, keys, _) = with_paragraphs(&piece, &[&piece], None, &context, &mut 0, &labels);
        assert_eq!(found, "（二）部分公开（区分处理的）");
        assert_eq!(labels.holding(&keys), [1]);
        // A row of numbers alone under its label printed as a paragraph.
        let whole = item("（二）部分公开（区分处理的）", false);
        let context = [&whole, &number];
        let (found, keys, _) = with_paragraphs(&number, &[], None, &context, &mut 0, &labels);
        assert_eq!(
            (found.as_str(), labels.holding(&keys)),
            ("（二）部分公开（区分处理的）", vec![1])
        );
        // Prose above is no label: the row waits with no piece, any row may take it.
        let prose = item("本年度办理结果如下", false);
        let context = [&prose, &number];
        let (found, keys, _) = with_paragraphs(&number, &[], None, &context, &mut 0, &labels);
        assert_eq!((found.as_str(), labels.holding(&keys)), ("", vec![0, 1]));
    }

    #[test]
    fn pieces_are_parts_of_row_or_group_labels() {
        let labels = Labels::new(&[&["4.保护第三方合法权益"], &[]], &["（三）不予公开"]);
        for piece in ["（三）不", "予公开", "第三方合法"] {
            assert!(labels.is_piece(&key(piece)), "{piece}");
        }
        for other in ["其他主动公开文件", "不", "（三）不予公开等"] {
            assert!(!labels.is_piece(&key(other)), "{other}");
        }
        assert_eq!(labels.holding(&[key("第三方")]), [0]);
    }
}
