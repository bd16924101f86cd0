//! Rows of a glued table (a crawler's copy: [`nianbao_document::Table::glued`]) whose
//! values did not fill the columns: their runs of digits are split by
//! [`crate::segmentation`], and the outcome becomes cells (marked inferred) or an
//! unresolved row, with a [`GluedReading`] for the rules either way. The text between the
//! runs is cut at the template's words first ([`pieces`]), since labels run together too.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use nianbao_document::{CellRef, Location};

use crate::identity::Identity;
use crate::model::GluedReading;
use crate::normalize::key;
use crate::segmentation::{self, GluedRow, Split};
use crate::stream::Item;
use crate::template::{
    Column, Edition, APPEAL_COLUMNS, APPEAL_GROUPS, HEADER_WORDS, REQUEST_COLUMNS, REQUEST_GROUPS,
    SINGLE_OTHER_ROW,
};
use crate::value::{CellState, CellValue};

/// A row waiting to be split.
pub(crate) struct Pending<'i, 'a> {
    /// The label as written.
    pub label: String,
    /// Where the label is.
    pub location: Location,
    /// The row's cells and their columns, in order.
    pub slots: Vec<CellRef>,
    /// The template's columns for those cells.
    pub columns: Vec<Column>,
    /// The runs written after the label.
    pub values: Vec<&'i Item<'a>>,
}

/// A row's cells by column key, as a table row holds them.
type RowCells = Vec<(&'static str, CellValue)>;

/// Whether a row's values came from a glued table.
pub(crate) fn is_glued(values: &[&Item<'_>]) -> bool {
    values.iter().any(|i| i.glued)
}

/// Splits the rows: for each, its cells when split uniquely, and its reading.
pub(crate) fn resolve(
    fixed: &BTreeMap<CellRef, Option<i64>>,
    rows: &[Pending<'_, '_>],
    identities: &[Identity],
) -> Vec<(Option<RowCells>, GluedReading)> {
    let glued: Vec<GluedRow> = rows
        .iter()
        .map(|row| GluedRow {
            slots: row.slots.clone(),
            kinds: row.columns.iter().map(|c| c.kind).collect(),
            runs: row.values.iter().map(|i| i.text.trim().to_owned()).collect(),
        })
        .collect();
    let splits = segmentation::split(fixed, &glued, identities);
    rows.iter()
        .zip(splits)
        .map(|(row, split)| {
            let mut reading = GluedReading {
                label: row.label.clone(),
                location: row.location,
                written: row.values.iter().map(|i| i.text.trim().to_owned()).collect(),
                cells: row.slots.clone(),
                split: None,
                undecided: Vec::new(),
                readings: 0,
                examples: Vec::new(),
                exhausted: false,
            };
            match split {
                Split::Unique(texts) => {
                    let cells = cells(row, &texts);
                    reading.split = Some(texts);
                    reading.readings = 1;
                    (Some(cells), reading)
                }
                Split::Undecided { undecided, readings, examples, exhausted } => {
                    reading.undecided =
                        undecided.iter().filter_map(|&s| row.slots.get(s).cloned()).collect();
                    reading.readings = readings;
                    reading.examples = examples;
                    reading.exhausted = exhausted;
                    (None, reading)
                }
            }
        })
        .collect()
}

/// Splits one row on its own (表二, whose rows share no arithmetic; 表四's single data row).
pub(crate) fn resolve_one(
    row: Pending<'_, '_>,
    identities: &[Identity],
) -> Option<(Option<RowCells>, GluedReading)> {
    resolve(&BTreeMap::new(), &[row], identities).into_iter().next()
}

/// The cells of a split row: each piece read as its column expects and marked inferred,
/// located at its own characters in the run; a cell without a piece is blank.
fn cells(row: &Pending<'_, '_>, texts: &[String]) -> RowCells {
    // Pieces are read from the runs in order: (run, characters of it already read).
    let mut at = (0_usize, 0_u32);
    row.columns
        .iter()
        .zip(texts)
        .map(|(column, text)| {
            if text.is_empty() {
                return (column.key, CellValue::missing(column.kind, row.location));
            }
            let run = row.values.get(at.0);
            let mut location = run.map_or(row.location, |i| i.location);
            location.column = location.column.map(|c| c.saturating_add(at.1));
            at.1 = at.1.saturating_add(u32::try_from(text.chars().count()).unwrap_or(u32::MAX));
            if run.is_some_and(|i| {
                usize::try_from(at.1).is_ok_and(|n| n >= i.text.trim().chars().count())
            }) {
                at = (at.0 + 1, 0);
            }
            let mut cell = CellValue::parse(text, column.kind, location);
            if cell.state == CellState::Number {
                cell.state = CellState::Inferred;
            }
            (column.key, cell)
        })
        .collect()
}

/// The words a glued table's text is cut at, by their first character: every label,
/// caption and header of both editions' 表二, 表三 and 表四, as matching keys, longest first.
fn vocabulary() -> &'static BTreeMap<char, Vec<Vec<char>>> {
    static WORDS: OnceLock<BTreeMap<char, Vec<Vec<char>>>> = OnceLock::new();
    WORDS.get_or_init(|| {
        let editions = [Edition::E2019, Edition::E2021];
        let blocks = editions.iter().flat_map(|e| e.proactive());
        let proactive = blocks.flat_map(|b| {
            let labels = b.rows.iter().flat_map(|r| r.labels.iter().copied());
            std::iter::once(b.caption).chain(b.columns.iter().map(|c| c.label)).chain(labels)
        });
        let request_rows = editions
            .iter()
            .flat_map(|e| e.request_rows())
            .chain([&SINGLE_OTHER_ROW])
            .flat_map(|r| r.labels.iter().copied());
        let h = HEADER_WORDS;
        let headers = [h.info, h.applicant, h.legal, h.balance_note, h.outcomes, h.review];
        let words = proactive
            .chain(request_rows)
            .chain(REQUEST_GROUPS.iter().copied())
            .chain(REQUEST_COLUMNS.iter().map(|c| c.label))
            .chain(APPEAL_GROUPS.iter().map(|(_, label)| *label))
            .chain(APPEAL_COLUMNS.iter().map(|c| c.label))
            .chain(headers)
            .chain([h.litigation, "本年收费金额", "单位：万元", "合计"]);
        let mut by_first: BTreeMap<char, Vec<Vec<char>>> = BTreeMap::new();
        for word in words {
            let chars: Vec<char> = key(word).chars().collect();
            if let Some(&first) = chars.first() {
                by_first.entry(first).or_default().push(chars);
            }
        }
        for list in by_first.values_mut() {
            list.sort_by_key(|w| std::cmp::Reverse(w.len()));
            list.dedup();
        }
        by_first
    })
}

/// The end of a pinyin gloss opening at byte `at` (`(kāi)`): a bracketed run of one to
/// eight Latin letters.
fn gloss_at(text: &str, at: usize) -> Option<usize> {
    let rest = text.get(at..)?;
    let mut chars = rest.char_indices();
    if !matches!(chars.next()?.1, '(' | '（') {
        return None;
    }
    for (offset, c) in chars.take(9) {
        match c {
            ')' | '）' if offset > 1 => return Some(at + offset + c.len_utf8()),
            c if c.is_alphabetic()
                && !c.is_ascii_uppercase()
                && (c.is_ascii() || c < '\u{300}') => {}
            _ => return None,
        }
    }
    None
}

/// The longest word of the vocabulary starting at character `i`.
fn word_at<'w>(
    keyed: &[(usize, usize, char)],
    i: usize,
    words: &'w BTreeMap<char, Vec<Vec<char>>>,
) -> Option<&'w Vec<char>> {
    let first = keyed.get(i)?.2;
    words.get(&first)?.iter().find(|w| {
        keyed.get(i..i + w.len()).is_some_and(|s| s.iter().map(|k| k.2).eq(w.iter().copied()))
    })
}

/// The index of the bracket closing a note that opens at `at` (within 120 characters,
/// not nested), when the bracket does not open a word of the vocabulary.
fn note_after(
    keyed: &[(usize, usize, char)],
    at: usize,
    words: &BTreeMap<char, Vec<Vec<char>>>,
) -> Option<usize> {
    if keyed.get(at).map(|k| k.2) != Some('(') {
        return None;
    }
    if word_at(keyed, at, words).is_some() {
        return None;
    }
    keyed.iter().enumerate().skip(at + 1).take(120).find_map(|(n, k)| match k.2 {
        ')' => Some(Some(n)),
        '(' => Some(None),
        _ => None,
    })?
}

/// A glued table's run of text cut at the template's words (`第二十条第（一）项信息内容…规章`
/// → `第二十条第（一）项`, `信息内容`, …, `规章`): byte ranges of the pieces, in order,
/// covering every character but white space. Text between words stays one piece.
pub(crate) fn pieces(text: &str) -> Vec<(usize, usize)> {
    // Each character's matching key, with where it starts and ends; a pinyin gloss a
    // converter site put after a character (`公開(kāi)`) is part of that character.
    let mut keyed: Vec<(usize, usize, char)> = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        let gloss = gloss_at(text, at).filter(|_| keyed.last().is_some_and(|k| k.1 == at));
        if let (Some(end), Some(last)) = (gloss, keyed.last_mut()) {
            last.1 = end;
            while chars.peek().is_some_and(|&(next, _)| next < end) {
                chars.next();
            }
            continue;
        }
        if let Some(first) = key(c.encode_utf8(&mut [0; 4])).chars().next() {
            keyed.push((at, at + c.len_utf8(), first));
        }
    }
    let words = vocabulary();
    let mut out: Vec<(usize, usize)> = Vec::new();
    let mut loose: Option<(usize, usize)> = None;
    let mut i = 0;
    while let Some(&(at, end, _)) = keyed.get(i) {
        let matched = word_at(&keyed, i, words).filter(|w| {
            // A word of two characters (其他, 总计, 单位) is one only where another word or
            // the end follows: `其他主动公开文件` is a row of its own, not 其他 + the rest.
            let next = i + w.len();
            w.len() > 2 || next >= keyed.len() || word_at(&keyed, next, words).is_some()
        });
        match matched {
            Some(word) => {
                out.extend(loose.take());
                let mut next = i + word.len();
                let mut last = keyed.get(next - 1).map_or(end, |k| k.1);
                // A bracketed note after a word is the word's (`上一年项目数量(指2019年事项数)`),
                // unless the bracket opens a word of its own (`（七）总计`).
                if let Some(close) = note_after(&keyed, next, words) {
                    last = keyed.get(close).map_or(last, |k| k.1);
                    next = close + 1;
                }
                out.push((at, last));
                i = next;
            }
            None => {
                loose = Some(loose.map_or((at, end), |(s, _)| (s, end)));
                i += 1;
            }
        }
    }
    out.extend(loose);
    out
}
