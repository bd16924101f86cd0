//! Rows from a stream of cells: a row label, then its values, until the next label.
//!
//! Labels are matched after normalisation; a label that differs slightly (a typo, a dropped
//! character) still matches by its wording and its place in the table (T013). Values are
//! placed by count: trailing and leading blank padding beyond the column count is dropped;
//! a row with fewer values than columns is lossy and left to [`crate::placement`].

use crate::model::ExtraRow;
use crate::normalize::{similarity, without_notes};
use crate::stream::Item;
use crate::value::CellState;

/// How alike (0–100) a label must be to a template label to match it by wording alone.
const MATCH_SIMILARITY: u32 = 75;
/// A lower bar for the row the table order says comes next.
const MATCH_SIMILARITY_IN_PLACE: u32 = 60;

/// The labels of one table.
pub(crate) struct Matcher {
    /// (row index, label key) for every label and alias.
    rows: Vec<(usize, String, &'static str)>,
    /// Keys of group labels (`（三）不予公开`).
    groups: Vec<String>,
    /// Keys of header texts (`信息内容`, `自然人`, captions).
    headers: Vec<String>,
    /// Words that make any text a header (`第二十条`, `勾稽关系`).
    header_words: &'static [&'static str],
}

/// What a text cell is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Label {
    /// A template row; with the official wording when matched by likeness (T013).
    Row(usize, Option<&'static str>),
    /// A group label, by index into the groups given.
    Group(usize),
    /// A header or caption.
    Header,
    /// Anything else.
    Other,
}

impl Matcher {
    /// `rows`: each row's labels (official first); `groups` and `headers` as written.
    pub(crate) fn new(
        rows: &[&'static [&'static str]],
        groups: &[&str],
        headers: &[&str],
        header_words: &'static [&'static str],
    ) -> Self {
        let label_key = |text: &str| without_notes(&crate::normalize::key(text));
        Self {
            rows: rows
                .iter()
                .enumerate()
                .flat_map(|(i, labels)| labels.iter().map(move |l| (i, label_key(l), *l)))
                .collect(),
            groups: groups.iter().map(|g| label_key(g)).collect(),
            headers: headers.iter().map(|h| label_key(h)).collect(),
            header_words,
        }
    }

    /// Classifies a text cell. `next` is the row the table order expects; `taken` marks
    /// rows already found.
    pub(crate) fn classify(&self, key: &str, next: usize, taken: &[bool]) -> Label {
        let key = without_notes(key);
        if key.is_empty() {
            return Label::Other;
        }
        if let Some(&(row, _, _)) = self.rows.iter().find(|(_, k, _)| *k == key) {
            return Label::Row(row, None);
        }
        if let Some(group) = self.groups.iter().position(|g| *g == key) {
            return Label::Group(group);
        }
        let header_word = self.header_words.iter().any(|w| key.contains(w));
        if header_word
            || self
                .headers
                .iter()
                .any(|h| *h == key || (key.chars().count() >= 3 && h.starts_with(&key)))
        {
            return Label::Header;
        }
        let free = |row: usize| !taken.get(row).copied().unwrap_or(false);
        let best = self
            .rows
            .iter()
            .filter(|(row, _, _)| free(*row))
            .map(|&(row, ref label, official)| (similarity(&key, label), row, official))
            .max_by_key(|&(score, row, _)| (score, row == next));
        match best {
            Some((score, row, official))
                if score >= MATCH_SIMILARITY
                    || (row == next && score >= MATCH_SIMILARITY_IN_PLACE) =>
            {
                Label::Row(row, Some(official))
            }
            _ => Label::Other,
        }
    }
}

/// A row as found: its label cell and the cells after it.
#[derive(Debug, Clone)]
pub(crate) struct RawRow<'i, 'a> {
    /// The template row, or `None` for a row the template lacks (T012).
    pub row: Option<usize>,
    /// The label cell.
    pub label: &'i Item<'a>,
    /// The official wording when the label only looked alike (T013).
    pub variant_of: Option<&'static str>,
    /// The value cells, in order.
    pub values: Vec<&'i Item<'a>>,
    /// A row of numbers with no label beside it (`label` is its first number): a full row
    /// followed by numbers on a new line of text, as machine-extracted text leaves rows
    /// whose label was printed apart ([`crate::separated`]).
    pub unlabeled: bool,
}

/// A row the template lacks, with its values as written (trailing blanks dropped: they are
/// the padding of a row wider than its values); `after` is the key of the template row the
/// report has just before it.
pub(crate) fn extra_row(row: &RawRow<'_, '_>, after: Option<String>) -> ExtraRow {
    let mut values: Vec<String> = row.values.iter().map(|v| v.text.trim().to_owned()).collect();
    while values.last().is_some_and(String::is_empty) {
        values.pop();
    }
    ExtraRow { label: row.label.text.to_owned(), location: row.label.location, values, after }
}

/// Whether a cell holds a value (a number, a blank or a placeholder) rather than a label.
pub(crate) fn is_value(item: &Item<'_>) -> bool {
    if item.glued && crate::segmentation::is_run(item.text) {
        return true;
    }
    // Labels start with a Han character or a bracket; only those need the full parse.
    let starts_like_text = item.text.trim_start().chars().next().is_some_and(|c| {
        c >= '\u{3400}' && !matches!(c, '无' | '空' | '不' | '\u{FF01}'..='\u{FF5E}')
    });
    !starts_like_text && crate::value::state_of(item.text) != CellState::Invalid
}

pub(crate) fn is_blank(item: &Item<'_>) -> bool {
    item.text.chars().all(|c| c.is_whitespace() || c == '\u{3000}' || c == '\u{a0}')
}

/// Walks the cells and groups them into rows. `width(row)` is the template row's column
/// count; `row_for_group(group)` turns a group label followed by values into a row (the
/// single （六）其他处理 row of a 2021 report that kept the 2019 layout).
pub(crate) fn collect<'i, 'a>(
    cells: &[&'i Item<'a>],
    matcher: &Matcher,
    width: &dyn Fn(Option<usize>) -> usize,
    row_for_group: &dyn Fn(usize) -> Option<usize>,
    rows_total: usize,
) -> Vec<RawRow<'i, 'a>> {
    let mut rows: Vec<RawRow<'i, 'a>> = Vec::new();
    let mut current: Option<RawRow<'i, 'a>> = None;
    let mut taken = vec![false; rows_total];
    let mut next = 0;
    for (at, &item) in cells.iter().enumerate() {
        if is_value(item) {
            let starts_row = current.as_ref().is_some_and(|r| {
                r.values.len() >= width(r.row) && !is_blank(item) && on_new_line(r, item)
            });
            if starts_row {
                rows.extend(current.take());
                current = Some(RawRow {
                    row: None,
                    label: item,
                    variant_of: None,
                    values: vec![item],
                    unlabeled: true,
                });
            } else if let Some(row) = &mut current {
                row.values.push(item);
            }
            continue;
        }
        let mut label = matcher.classify(&item.key, next, &taken);
        if let Label::Group(group) = label {
            let values_follow = cells.get(at + 1).is_some_and(|i| is_value(i) && !is_blank(i));
            if let (true, Some(row)) = (values_follow, row_for_group(group)) {
                label = Label::Row(row, None);
            }
        }
        match label {
            Label::Row(row, variant_of) if !taken.get(row).copied().unwrap_or(true) => {
                rows.extend(current.take());
                if let Some(t) = taken.get_mut(row) {
                    *t = true;
                }
                next = row + 1;
                current = Some(RawRow {
                    row: Some(row),
                    label: item,
                    variant_of,
                    values: Vec::new(),
                    unlabeled: false,
                });
            }
            Label::Group(_) | Label::Header => rows.extend(current.take()),
            _ => {
                let open = current.as_ref().is_some_and(|r| r.values.len() < width(r.row));
                let above_first_row = rows.is_empty() && current.is_none();
                match &mut current {
                    // In a glued table a row's values are runs of digits: text ends the row.
                    Some(row) if open && !item.glued => row.values.push(item),
                    _ if above_first_row => {} // text above the first row: header
                    _ => {
                        rows.extend(current.take());
                        current = Some(RawRow {
                            row: None,
                            label: item,
                            variant_of: None,
                            values: Vec::new(),
                            unlabeled: false,
                        });
                    }
                }
            }
        }
    }
    rows.extend(current);
    rows
}

/// Puts the numbers of unlabeled rows back on the row before them, for a table that does
/// not place rows by order (表二 has no sums to confirm a placement).
pub(crate) fn rejoin<'i, 'a>(raw: Vec<RawRow<'i, 'a>>) -> Vec<RawRow<'i, 'a>> {
    let mut out: Vec<RawRow<'i, 'a>> = Vec::with_capacity(raw.len());
    for row in raw {
        match out.last_mut() {
            Some(last) if row.unlabeled => last.values.extend(row.values),
            _ => out.push(row),
        }
    }
    out
}

/// Whether `item` sits on a later line of text than the row's last cell: only text formats
/// have lines, and only there does a line break mean a new row of the source.
fn on_new_line(row: &RawRow<'_, '_>, item: &Item<'_>) -> bool {
    let last = row.values.last().map_or(row.label, |v| *v);
    !item.glued && matches!((last.location.line, item.location.line), (Some(a), Some(b)) if b > a)
}

/// A row's values against its column count.
#[derive(Debug, Clone)]
pub(crate) enum Settled<'i, 'a> {
    /// One cell per column (`None`: the source has no cell there; read as blank).
    Exact(Vec<Option<&'i Item<'a>>>),
    /// Fewer values than columns: the non-blank values, in order.
    Lossy(Vec<&'i Item<'a>>),
    /// More values than columns.
    TooMany(Vec<&'i Item<'a>>),
}

/// Drops span padding and decides whether the values fill the columns.
pub(crate) fn settle<'i, 'a>(values: &[&'i Item<'a>], columns: usize) -> Settled<'i, 'a> {
    // Padding is trimmed by moving the ends of a slice, never by shifting a vector: a row
    // of a hundred thousand blanks costs a hundred thousand steps, not their square.
    let mut values = values;
    while values.len() > columns && values.last().is_some_and(|i| is_blank(i)) {
        values = values.split_last().map_or(values, |(_, rest)| rest);
    }
    while values.len() > columns && values.first().is_some_and(|i| is_blank(i)) {
        values = values.split_first().map_or(values, |(_, rest)| rest);
    }
    let values: Vec<&'i Item<'a>> = values.to_vec();
    if values.len() == columns {
        return Settled::Exact(values.into_iter().map(Some).collect());
    }
    if values.len() > columns {
        return Settled::TooMany(values);
    }
    let written: Vec<&'i Item<'a>> = values.into_iter().filter(|i| !is_blank(i)).collect();
    if written.is_empty() {
        Settled::Exact(vec![None; columns])
    } else {
        Settled::Lossy(written)
    }
}
