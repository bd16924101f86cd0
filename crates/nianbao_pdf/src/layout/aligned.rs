//! Tables drawn without ruling, read cell for cell from the alignment of their text.
//!
//! A run of lines that hold values (numbers set apart from the text before them) is a
//! table when its columns are evident: three rows or more of values, a row of many values
//! (表四's fifteen), two rows whose values line up, or values under the header words right
//! above them (表二's one- and two-row blocks; header words a browser sets closer than a
//! piece gap are cut where a value column starts). The value columns are where the values
//! of all rows overlap; a number written close behind its label (`行政规范性文件0`) is a
//! value only where it lines up with such a column or a header word. Text left of the
//! values is labels; text between the rows that reaches into the values ends the table.
//!
//! Rows come from the values: the k-th value of every column is in the k-th row, so a value
//! a cell sets a line higher or lower than its neighbours (LibreOffice's 总计 column) stays
//! in its row. A label wrapped over several lines is one label. Where every row has label
//! text beside its values, labels are set from the top of their cells and a line between
//! two rows goes on the label above; where some row's values stand alone, labels are
//! centred (as browsers set them) and a line between two rows goes with the row that has a
//! line as far on its other side. A label in a column left of other labels that does not
//! start as a new label does (`予公开` under `（三）不`) continues the one above it: a label
//! of a cell merged over rows. Two labels set closer than a piece gap are parted where the
//! second starts numbered (`三、本年度（一）予以公开`).
//!
//! What this cannot tell is left unread, never guessed: a run whose columns hold different
//! numbers of values (blank cells), a number right above or below the run that may be half
//! of a wrapped one, and a line that could belong to either of two rows give no table or
//! no label.

use super::join::push_line;
use super::label::{is_number, starts_numbered};
use super::lines::{by, Line, Piece};
use super::part::{Part, PartCell};

/// Left edges, centres or right edges this close (points) line up.
const ALIGN: f32 = 1.5;

/// Rows of values that show a table's columns by themselves.
const EVIDENT_ROWS: usize = 3;

/// Values on one row that make a table by themselves.
const MANY_VALUES: usize = 4;

/// Lines without values between two rows of values (a label wrapped over up to four lines
/// each side of its values).
const MAX_BETWEEN: usize = 4;

/// Lines in one run at most: a page holds no table of more rows, and a crafted page of
/// lines that each end a run costs no more than this per line.
const MAX_RUN: usize = 200;

/// Lines further apart than this many font sizes are not in one table.
const MAX_LEADING: f32 = 1.5;

/// Lines closer than this many font sizes may be the lines of one cell (a number wrapped in
/// a narrow cell; LibreOffice sets rows further apart, their cells' padding between them).
const WRAP_LEADING: f32 = 0.5;

/// A gap this much wider (points) than the usual one between the glyphs of a header piece
/// may part two words (a browser sets two cells' text 1.5 points apart; the glyphs of one
/// word touch, and justified prose spreads its gaps evenly).
const WORD_GAP: f32 = 1.0;

/// A mirrored line is this share of the font size from where the mirror puts it.
const MIRROR: f32 = 0.35;

/// One piece of text in a run, with the box of its line.
#[derive(Debug, Clone)]
struct Token {
    text: String,
    x0: f32,
    x1: f32,
    y0: f32,
    y1: f32,
    size: f32,
    line: usize,
    kind: Kind,
    /// Left edges of its glyphs after the first and the gaps before them (header words only).
    starts: Vec<(f32, f32)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// A piece that is a number.
    Value,
    /// A number written close behind text: a value only if it lines up.
    Tail,
    Text,
}

impl Token {
    fn y_mid(&self) -> f32 {
        (self.y0 + self.y1) / 2.0
    }

    fn overlaps(&self, x0: f32, x1: f32) -> bool {
        self.x0 < x1 && x0 < self.x1
    }
}

/// Whether two spans line up at the left, the centre or the right.
fn lined_up(a: (f32, f32), b: (f32, f32)) -> bool {
    (a.0 - b.0).abs() <= ALIGN
        || ((a.0 + a.1) - (b.0 + b.1)).abs() <= 2.0 * ALIGN
        || (a.1 - b.1).abs() <= ALIGN
}

fn tokens(index: usize, line: &Line) -> Vec<Token> {
    let at = |text: &str, x0: f32, x1: f32, kind: Kind| Token {
        text: text.to_owned(),
        x0,
        x1,
        y0: line.y0,
        y1: line.y1,
        size: line.size,
        line: index,
        kind,
        starts: Vec::new(),
    };
    let mut out = Vec::new();
    for Piece { text, x0, x1, tail, starts } in &line.pieces {
        if is_number(text) {
            out.push(at(text, *x0, *x1, Kind::Value));
            continue;
        }
        let split = tail.and_then(|(cut, tail_x0)| {
            let (head, value) = (text.get(..cut)?.trim_end(), text.get(cut..)?.trim());
            (!head.is_empty() && is_number(value) && tail_x0 > *x0)
                .then_some((head, value, tail_x0))
        });
        match split {
            Some((head, value, tail_x0)) => {
                out.push(at(head, *x0, tail_x0, Kind::Text));
                out.push(at(value, tail_x0, *x1, Kind::Tail));
            }
            None => out.push(Token { starts: starts.clone(), ..at(text, *x0, *x1, Kind::Text) }),
        }
    }
    out
}

/// Whether a line may hold a row's values: a value and something else beside it.
fn holds_values(tokens: &[Token]) -> bool {
    tokens.len() >= 2 && tokens.iter().any(|t| t.kind != Kind::Text)
}

/// Splits a page's running lines into the tables found by alignment and the lines left,
/// in reading order.
pub(crate) fn split(page: u32, lines: Vec<Line>) -> (Vec<Part>, Vec<Line>) {
    let toks: Vec<Vec<Token>> = lines.iter().enumerate().map(|(i, l)| tokens(i, l)).collect();
    let valued: Vec<bool> = toks.iter().map(|t| holds_values(t)).collect();
    let near = |a: usize, b: usize| match (lines.get(a), lines.get(b)) {
        (Some(upper), Some(lower)) => {
            lower.y0 - upper.y1 < MAX_LEADING * upper.size.max(lower.size)
        }
        _ => false,
    };
    let mut parts = Vec::new();
    // For each line: taken into a table, or given back (possibly less its header fragments).
    let mut taken = vec![false; lines.len()];
    let mut extra: Vec<(usize, Line)> = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if !valued.get(i).copied().unwrap_or(false) {
            i += 1;
            continue;
        }
        // The run: valued lines, with at most MAX_BETWEEN others between two of them.
        let mut end = i;
        let mut j = i + 1;
        while j < lines.len() && near(j - 1, j) && j - end <= MAX_BETWEEN + 1 && j - i < MAX_RUN {
            if valued.get(j).copied().unwrap_or(false) {
                end = j;
            }
            j += 1;
        }
        let header = i.checked_sub(1).filter(|&h| near(h, i)).and_then(|h| toks.get(h));
        match run(page, &toks, i, end, header) {
            Found::Table(part, fragments, last) => {
                for index in i..=last {
                    if let Some(t) = taken.get_mut(index) {
                        *t = true;
                    }
                }
                extra.extend(fragments);
                parts.push(part);
                i = last + 1;
            }
            Found::Before(stop) if stop > i => {
                // Text reaches into the value columns at `stop`: the run ends before it.
                match run(page, &toks, i, stop.saturating_sub(1), header) {
                    Found::Table(part, fragments, last) => {
                        for index in i..=last {
                            if let Some(t) = taken.get_mut(index) {
                                *t = true;
                            }
                        }
                        extra.extend(fragments);
                        parts.push(part);
                        i = last + 1;
                    }
                    _ => i = stop,
                }
            }
            _ => i = end + 1,
        }
    }
    let mut left: Vec<(usize, Line)> = lines
        .into_iter()
        .enumerate()
        .filter(|(n, _)| !taken.get(*n).copied().unwrap_or(false))
        .collect();
    left.extend(extra);
    left.sort_by_key(|(n, _)| *n);
    (parts, left.into_iter().map(|(_, line)| line).collect())
}

/// Whether a column's values in a two-row table line up with each other.
fn two_rows_line_up(by_column: &[Vec<&Token>], col: usize) -> bool {
    match by_column.get(col).map(Vec::as_slice) {
        Some([a, b]) => lined_up((a.x0, a.x1), (b.x0, b.x1)),
        _ => false,
    }
}

/// The header's words, a piece cut where one of its glyphs starts in line with a column of
/// values after a gap wider than the piece's usual one (header words of a browser's table
/// set closer than a piece gap).
fn header_words(header: Option<&Vec<Token>>, cols: &[(f32, f32)]) -> Vec<(f32, f32)> {
    let mut words = Vec::new();
    for token in header.into_iter().flatten() {
        let mut from = token.x0;
        let mut gaps: Vec<f32> = token.starts.iter().map(|s| s.1).collect();
        gaps.sort_by(|a, b| by(*a, *b));
        let usual = gaps.get(gaps.len() / 2).copied().unwrap_or(0.0);
        for &(start, gap) in &token.starts {
            let apart = gap >= usual + WORD_GAP;
            if apart && start > from + ALIGN && cols.iter().any(|c| (c.0 - start).abs() <= ALIGN) {
                words.push((from, start));
                from = start;
            }
        }
        words.push((from, token.x1));
    }
    words
}

/// Whether the header words right above a table show its value columns: a label word
/// stands left of the values, nothing crosses from there into the values (a line of prose
/// does), as many words as columns stand right of it, and each column lines up with its
/// word or lies between the words either side of it (a value set at the left of its cell
/// under a centred header word, as LibreOffice sets them).
fn under_header(header: &[(f32, f32)], cols: &[(f32, f32)], label_edge: f32) -> bool {
    let labelled = header.iter().any(|s| s.1 <= label_edge + ALIGN);
    let crossing = header.iter().any(|s| s.0 < label_edge - ALIGN && s.1 > label_edge + ALIGN);
    let words: Vec<(f32, f32)> =
        header.iter().copied().filter(|s| s.1 > label_edge + ALIGN).collect();
    labelled
        && !crossing
        && words.len() == cols.len()
        && cols.iter().zip(&words).enumerate().all(|(i, (&c, &word))| {
            let before = i.checked_sub(1).and_then(|p| words.get(p)).map_or(label_edge, |w| w.1);
            let after = words.get(i + 1).map_or(f32::INFINITY, |w| w.0);
            lined_up(word, c) || (before <= c.0 && c.1 <= after)
        })
}

/// A label cell of a row: its text, left and right edges, and the rows it spans.
#[derive(Debug, Clone)]
struct Label {
    text: String,
    x0: f32,
    x1: f32,
    span: u32,
}

/// Whether two spans overlap by more than half the narrower: text of one column of labels
/// (a label of the next column may start a little left of where this one ends).
fn same_column(a: (f32, f32), b: (f32, f32)) -> bool {
    let overlap = a.1.min(b.1) - a.0.max(b.0);
    overlap > 0.5 * (a.1 - a.0).min(b.1 - b.0)
}

/// Joins the pieces of a label that spans rows (a merged cell, `（三）不` / `予公开`): a label
/// with another label right of it in its row, that does not start as a new label does
/// (`（四）`, `5.`), continues the nearest label above it in its column, when that one too
/// stood left of another label.
fn merge_groups(rows: &mut [Vec<Label>]) {
    for k in 1..rows.len() {
        let count = rows.get(k).map_or(0, Vec::len);
        for index in (0..count.saturating_sub(1)).rev() {
            let Some(piece) = rows.get(k).and_then(|r| r.get(index)).cloned() else { continue };
            if starts_numbered(&piece.text) {
                continue;
            }
            let mut target = None;
            for up in (0..k).rev() {
                let Some(row) = rows.get(up) else { break };
                let column =
                    row.iter().position(|l| same_column((l.x0, l.x1), (piece.x0, piece.x1)));
                if let Some(at) = column {
                    if at + 1 < row.len() {
                        target = Some((up, at));
                    }
                    break;
                }
            }
            let Some((up, at)) = target else { continue };
            let span = u32::try_from(k - up + 1).unwrap_or(u32::MAX);
            if let Some(above) = rows.get_mut(up).and_then(|r| r.get_mut(at)) {
                push_line(&mut above.text, &piece.text);
                (above.x0, above.x1) = (above.x0.min(piece.x0), above.x1.max(piece.x1));
                above.span = span;
            }
            if let Some(row) = rows.get_mut(k) {
                row.remove(index);
            }
        }
    }
}

/// A label that holds the start of the next column's label (`三、本年度（一）予以公开`, the
/// two set closer than a piece gap) as two labels, each with its share of the width.
fn split_numbered(token: &Token) -> Vec<Token> {
    let chars: Vec<(usize, char)> = token.text.char_indices().collect();
    let total = chars.len().max(1);
    let width = token.x1 - token.x0;
    let cut = chars.iter().enumerate().skip(1).find(|(_, (at, _))| {
        token.text.get(*at..).is_some_and(starts_numbered)
            && !token
                .text
                .get(..*at)
                .is_some_and(|head| head.ends_with(|c: char| c.is_ascii_digit()))
    });
    let Some((n, &(at, _))) = cut else { return vec![token.clone()] };
    let (Some(head), Some(rest)) = (token.text.get(..at), token.text.get(at..)) else {
        return vec![token.clone()];
    };
    #[expect(clippy::cast_precision_loss, reason = "a count of characters in a line")]
    let x = token.x0 + width * n as f32 / total as f32;
    let mut left = token.clone();
    (left.text, left.x1) = (head.to_owned(), x);
    let mut right = token.clone();
    (right.text, right.x0) = (rest.to_owned(), x);
    let mut out = vec![left];
    out.extend(split_numbered(&right));
    out
}

enum Found {
    /// A table, the header fragments its value lines carried, and its last line.
    Table(Part, Vec<(usize, Line)>, usize),
    /// Text between the rows reaches into the value columns at this line.
    Before(usize),
    None,
}

/// Value columns: spans where the values overlap, left to right.
fn columns(values: &[&Token]) -> Vec<(f32, f32)> {
    let mut spans: Vec<(f32, f32)> = values.iter().map(|t| (t.x0, t.x1)).collect();
    spans.sort_by(|a, b| by(a.0, b.0));
    let mut out: Vec<(f32, f32)> = Vec::new();
    for (x0, x1) in spans {
        match out.last_mut() {
            Some(column) if x0 < column.1 => column.1 = column.1.max(x1),
            _ => out.push((x0, x1)),
        }
    }
    out
}

#[expect(clippy::too_many_lines, reason = "one pass over a run, step by step")]
fn run(
    page: u32,
    toks: &[Vec<Token>],
    first: usize,
    last: usize,
    header: Option<&Vec<Token>>,
) -> Found {
    let mut last = last;
    // The last line of the run must hold values.
    while last > first && !toks.get(last).is_some_and(|t| holds_values(t)) {
        last -= 1;
    }
    let lines = toks.get(first..=last).unwrap_or_default();
    let header_spans: Vec<(f32, f32)> =
        header.map(|h| h.iter().map(|t| (t.x0, t.x1)).collect()).unwrap_or_default();
    let pure: Vec<&Token> = lines.iter().flatten().filter(|t| t.kind == Kind::Value).collect();
    let base = columns(&pure);
    // A tail is a value where it lines up with a column of values or a header word.
    let mut all: Vec<Token> = Vec::new();
    for line in lines {
        let mut line_tokens: Vec<Token> = Vec::new();
        for token in line {
            let mut token = token.clone();
            if token.kind == Kind::Tail {
                let fits = base.iter().any(|&(x0, x1)| token.overlaps(x0, x1))
                    || header_spans.iter().any(|&s| lined_up(s, (token.x0, token.x1)));
                if fits {
                    token.kind = Kind::Value;
                } else if let Some(head) = line_tokens.last_mut() {
                    head.text.push_str(&token.text);
                    head.x1 = token.x1;
                    continue;
                } else {
                    token.kind = Kind::Text;
                }
            }
            line_tokens.push(token);
        }
        all.extend(line_tokens);
    }
    let cols = columns(&all.iter().filter(|t| t.kind == Kind::Value).collect::<Vec<_>>());
    let Some(&(label_edge, _)) = cols.first() else { return Found::None };
    // Lines right after the last row that go on its labels are part of it: a label centred
    // on the last row's values, wrapped as far below them as above (rows set as close as the
    // lines of a label leave nothing else to tell a wrapped label from the next row by).
    let in_labels = |t: &Token| t.kind == Kind::Text && t.x1 <= label_edge + ALIGN;
    let labels_of = |n: usize| -> Vec<&Token> {
        toks.get(n).into_iter().flatten().filter(|t| in_labels(t)).collect()
    };
    let middle = |n: usize| {
        let line = toks.get(n).map_or(&[][..], Vec::as_slice);
        let top = line.iter().map(|t| t.y0).fold(f32::INFINITY, f32::min);
        let bottom = line.iter().map(|t| t.y1).fold(f32::NEG_INFINITY, f32::max);
        (top + bottom) / 2.0
    };
    let mut end = last;
    for n in last + 1..=last + MAX_BETWEEN {
        let Some(line) = toks.get(n) else { break };
        let Some(mirror) = (2 * last).checked_sub(n).filter(|&m| m >= first && m < last) else {
            break;
        };
        let size = line.first().map_or(0.0, |t| t.size);
        let above = labels_of(mirror);
        let continues = !line.is_empty()
            && !holds_values(line)
            && !toks.get(mirror).is_some_and(|t| holds_values(t))
            && ((middle(n) - middle(last)) - (middle(last) - middle(mirror))).abs()
                <= MIRROR * size
            && line.iter().all(|t| in_labels(t) && above.iter().any(|a| t.overlaps(a.x0, a.x1)));
        if !continues {
            break;
        }
        all.extend(line.iter().cloned());
        end = n;
    }
    // Text between the rows that reaches into the value columns is no label: a header or
    // prose, which ends the table.
    for token in all.iter().filter(|t| t.kind == Kind::Text) {
        let valued_line = toks.get(token.line).is_some_and(|t| holds_values(t));
        if !valued_line && token.x1 > label_edge + ALIGN {
            return Found::Before(token.line);
        }
    }
    let values: Vec<&Token> = all.iter().filter(|t| t.kind == Kind::Value).collect();
    // A number right above or below the run, as close as the lines of one cell, in one of
    // its columns may be the other half of a number wrapped in a narrow cell (`240` over
    // `1`): which half goes with which cannot be told, so the run is left unread.
    let wrapped = |n: Option<usize>, reference: usize| {
        let (Some(line), Some(other)) = (n.and_then(|n| toks.get(n)), toks.get(reference)) else {
            return false;
        };
        let top = |l: &[Token]| l.iter().map(|t| t.y0).fold(f32::INFINITY, f32::min);
        let bottom = |l: &[Token]| l.iter().map(|t| t.y1).fold(f32::NEG_INFINITY, f32::max);
        let size = line.iter().chain(other).map(|t| t.size).fold(0.0, f32::max);
        let gap = (top(line) - bottom(other)).max(top(other) - bottom(line));
        gap < WRAP_LEADING * size
            && line
                .iter()
                .any(|t| t.kind != Kind::Text && cols.iter().any(|&(x0, x1)| t.overlaps(x0, x1)))
    };
    if wrapped(first.checked_sub(1), first) || wrapped(Some(end + 1), end) {
        return Found::None;
    }
    // Each column's values, top to bottom; the k-th of each is in row k.
    let mut by_column: Vec<Vec<&Token>> = vec![Vec::new(); cols.len()];
    for value in &values {
        let col = cols.partition_point(|c| c.1 <= value.x0);
        if let Some(list) = by_column.get_mut(col) {
            list.push(value);
        }
    }
    for list in &mut by_column {
        list.sort_by(|a, b| by(a.y_mid(), b.y_mid()));
        // Two values of one line in one column: the columns are not evident.
        if list.windows(2).any(|pair| matches!(pair, [a, b] if a.line == b.line)) {
            return Found::None;
        }
    }
    let rows = by_column.first().map_or(0, Vec::len);
    if rows == 0 || by_column.iter().any(|list| list.len() != rows) {
        return Found::None;
    }
    let bands: Vec<(f32, f32, f32)> = (0..rows)
        .map(|k| {
            let row = by_column.iter().filter_map(|list| list.get(k));
            let (mut y0, mut y1, mut size) = (f32::INFINITY, f32::NEG_INFINITY, 0.0_f32);
            for t in row {
                (y0, y1, size) = (y0.min(t.y0), y1.max(t.y1), size.max(t.size));
            }
            (y0, y1, size)
        })
        .collect();
    if bands.windows(2).any(|pair| matches!(pair, [a, b] if (a.0 + a.1) / 2.0 >= b.0)) {
        return Found::None;
    }
    let evident = rows >= EVIDENT_ROWS
        || cols.len() >= MANY_VALUES
        || (rows == 2 && (0..cols.len()).all(|c| two_rows_line_up(&by_column, c)))
        || under_header(&header_words(header, &cols), &cols, label_edge);
    if !evident {
        return Found::None;
    }
    // Labels: text left of the values; text right of that on a value line is a header
    // fragment set on the same line, given back as a line of its own.
    let mut fragments: Vec<(usize, Line)> = Vec::new();
    let mut labels: Vec<Token> = Vec::new();
    for token in all.iter().filter(|t| t.kind == Kind::Text) {
        if token.x1 <= label_edge + ALIGN {
            labels.extend(split_numbered(token));
        } else {
            let piece = Piece {
                text: token.text.clone(),
                x0: token.x0,
                x1: token.x1,
                tail: None,
                starts: Vec::new(),
            };
            match fragments.last_mut() {
                Some((line, l)) if *line == token.line => {
                    l.pieces.push(piece);
                    l.x1 = token.x1;
                }
                _ => fragments.push((
                    token.line,
                    Line {
                        pieces: vec![piece],
                        x0: token.x0,
                        y0: token.y0,
                        x1: token.x1,
                        y1: token.y1,
                        size: token.size,
                    },
                )),
            }
        }
    }
    let centre = |k: usize| bands.get(k).map_or(0.0, |b| (b.0 + b.1) / 2.0);
    let inside = |y: f32| bands.iter().position(|b| b.0 <= y && y <= b.1);
    let mirrored = |token: &Token, k: usize| {
        let target = 2.0 * centre(k) - token.y_mid();
        labels.iter().any(|other| {
            other.line != token.line
                && inside(other.y_mid()).is_none()
                && other.overlaps(token.x0, token.x1)
                && (other.y_mid() - target).abs() <= MIRROR * token.size
        })
    };
    // Labels set from the top of their cells have text on every row's values; a row whose
    // values stand alone while its label is above and below them is centred.
    let centred =
        bands.iter().any(|b| !labels.iter().any(|t| b.0 <= t.y_mid() && t.y_mid() <= b.1));
    let mut owned: Vec<Vec<&Token>> = vec![Vec::new(); rows];
    let labels: Vec<&Token> = labels.iter().collect();
    let mut unsure = vec![false; rows];
    for token in &labels {
        let y = token.y_mid();
        let row = match inside(y) {
            Some(k) => Some(k),
            None => {
                let below = bands.partition_point(|b| b.1 < y);
                match below.checked_sub(1) {
                    None => None,
                    Some(above) if below >= rows || !centred => Some(above),
                    Some(above) => match (mirrored(token, above), mirrored(token, below)) {
                        // Centred on both rows: the row it sits clearly nearer to.
                        (true, true) => {
                            let gap = |k: usize| {
                                bands.get(k).map_or(f32::INFINITY, |b| {
                                    (b.0 - token.y1).max(token.y0 - b.1).max(0.0)
                                })
                            };
                            let (up, down) = (gap(above), gap(below));
                            if up < down / 2.0 {
                                Some(above)
                            } else if down < up / 2.0 {
                                Some(below)
                            } else {
                                for k in [above, below] {
                                    if let Some(u) = unsure.get_mut(k) {
                                        *u = true;
                                    }
                                }
                                None
                            }
                        }
                        (false, true) => Some(below),
                        _ => Some(above),
                    },
                }
            }
        };
        if let Some(list) = row.and_then(|k| owned.get_mut(k)) {
            list.push(token);
        }
    }
    // Each row's labels: those that overlap across are one label wrapped over lines.
    let mut label_cells: Vec<Vec<Label>> = Vec::with_capacity(rows);
    for (k, list) in owned.iter_mut().enumerate() {
        let mut groups: Vec<Label> = Vec::new();
        if !unsure.get(k).copied().unwrap_or(true) {
            list.sort_by(|a, b| by(a.y_mid(), b.y_mid()).then(by(a.x0, b.x0)));
            for token in list.iter() {
                match groups.iter_mut().find(|g| same_column((g.x0, g.x1), (token.x0, token.x1))) {
                    Some(group) => {
                        push_line(&mut group.text, &token.text);
                        (group.x0, group.x1) = (group.x0.min(token.x0), group.x1.max(token.x1));
                    }
                    None => groups.push(Label {
                        text: token.text.clone(),
                        x0: token.x0,
                        x1: token.x1,
                        span: 1,
                    }),
                }
            }
            groups.sort_by(|a, b| by(a.x0, b.x0));
        }
        label_cells.push(groups);
    }
    merge_groups(&mut label_cells);
    let mut cells = Vec::new();
    for (k, groups) in label_cells.into_iter().enumerate() {
        let row = u32::try_from(k).unwrap_or(u32::MAX);
        for Label { text, x0, x1, span } in groups {
            cells.push(PartCell { text, row, row_span: span, x0, x1 });
        }
        for (col, list) in by_column.iter().enumerate() {
            let (x0, x1) = cols.get(col).copied().unwrap_or_default();
            let text = list.get(k).map(|t| t.text.clone()).unwrap_or_default();
            cells.push(PartCell { text, row, row_span: 1, x0, x1 });
        }
    }
    let mut xs: Vec<f32> = cells.iter().flat_map(|c| [c.x0, c.x1]).collect();
    xs.sort_by(|a, b| by(*a, *b));
    xs.dedup_by(|b, a| (*b - *a).abs() <= 0.5);
    let top = lines.iter().flatten().map(|t| t.y0).fold(f32::INFINITY, f32::min);
    let bottom = lines.iter().flatten().map(|t| t.y1).fold(f32::NEG_INFINITY, f32::max);
    let part = Part {
        page,
        xs,
        rows: u32::try_from(rows).unwrap_or(u32::MAX),
        cells,
        ruled: false,
        cut_off: false,
        top,
        bottom,
    };
    Found::Table(part, fragments, end)
}

#[cfg(test)]
mod tests {
    use crate::layout::lines;
    use crate::layout::lines::tests::word;
    use crate::layout::marks::Mark;

    /// A table's cells as (row, row span, text).
    type Cells = Vec<(u32, u32, String)>;

    /// Each table's cells, and the texts of the lines left.
    fn read(marks: &[Mark<'_>]) -> (Vec<Cells>, Vec<String>) {
        let (parts, left) = super::split(1, lines::of(marks));
        let tables = parts
            .iter()
            .map(|p| p.cells.iter().map(|c| (c.row, c.row_span, c.text.clone())).collect())
            .collect();
        (tables, left.iter().map(lines::Line::text).collect())
    }

    fn cells(list: &[(u32, u32, &str)]) -> Cells {
        list.iter().map(|&(r, s, t)| (r, s, t.to_owned())).collect()
    }

    #[test]
    fn two_rows_under_a_header_and_a_value_set_close_behind_its_label() {
        let mut marks = word("信息内容", 50.0, 100.0, 10.0);
        marks.extend(word("数量", 200.0, 100.0, 10.0));
        marks.extend(word("规章", 50.0, 115.0, 10.0));
        marks.extend(word("7", 200.0, 115.0, 5.0));
        // Ends at 198: its value 2 points on is closer than a piece gap.
        marks.extend(word("行政规范性文件", 128.0, 130.0, 10.0));
        marks.extend(word("3", 200.0, 130.0, 5.0));
        let (tables, left) = read(&marks);
        assert_eq!(
            tables,
            vec![cells(&[(0, 1, "规章"), (0, 1, "7"), (1, 1, "行政规范性文件"), (1, 1, "3")])]
        );
        assert_eq!(left, vec!["信息内容 数量".to_owned()]);
    }

    #[test]
    fn header_words_set_close_are_cut_where_the_values_start() {
        // 表二's 2019 block as a browser prints it: one row, two columns, the header words
        // 1.5 points apart (one piece); each value starts where its word does.
        let mut marks = word("信息内容", 34.0, 100.0, 12.0);
        marks.extend(word("上一年项目数量", 156.0, 100.0, 12.0));
        marks.extend(word("本年增减", 241.5, 100.0, 12.0));
        marks.extend(word("行政事业性收费", 34.0, 115.0, 12.0));
        marks.extend(word("3", 156.0, 115.0, 6.0));
        marks.extend(word("0", 241.5, 115.0, 6.0));
        let (tables, _) = read(&marks);
        assert_eq!(tables, vec![cells(&[(0, 1, "行政事业性收费"), (0, 1, "3"), (0, 1, "0")])]);
        // The same row under a header that does not break where its second value starts.
        let mut marks = word("信息内容", 34.0, 100.0, 12.0);
        marks.extend(word("上一年项目数量本年增减", 156.0, 100.0, 12.0));
        marks.extend(word("行政事业性收费", 34.0, 115.0, 12.0));
        marks.extend(word("3", 156.0, 115.0, 6.0));
        marks.extend(word("0", 241.5, 115.0, 6.0));
        let (tables, _) = read(&marks);
        assert_eq!(tables, Vec::<Cells>::new());
    }

    #[test]
    fn a_crafted_page_of_alternating_rows_and_headers_stays_quick() {
        let mut marks = Vec::new();
        for n in 0..2000_u16 {
            let y = 20.0 + 12.0 * f32::from(n);
            if n % 2 == 0 {
                marks.extend(word("甲", 50.0, y, 10.0));
                marks.extend(word("1", 200.0, y, 5.0));
            } else {
                marks.extend(word("乙", 195.0, y, 10.0));
            }
        }
        let (tables, left) = read(&marks);
        assert_eq!((tables.len(), left.len()), (0, 2000));
    }

    #[test]
    fn a_label_centred_on_its_values_is_one_label() {
        let mut marks = Vec::new();
        for (y, label) in [(200.0, "一、甲"), (248.0, "三、戊")] {
            marks.extend(word(label, 50.0, y, 10.0));
            marks.extend(word("1", 200.0, y, 5.0));
            marks.extend(word("2", 230.0, y, 5.0));
        }
        marks.extend(word("（二）部分公开乙", 50.0, 212.0, 10.0));
        marks.extend(word("5", 200.0, 224.0, 5.0));
        marks.extend(word("6", 230.0, 224.0, 5.0));
        marks.extend(word("丙丁", 50.0, 236.0, 10.0));
        let (tables, left) = read(&marks);
        assert_eq!(
            tables,
            vec![cells(&[
                (0, 1, "一、甲"),
                (0, 1, "1"),
                (0, 1, "2"),
                (1, 1, "（二）部分公开乙丙丁"),
                (1, 1, "5"),
                (1, 1, "6"),
                (2, 1, "三、戊"),
                (2, 1, "1"),
                (2, 1, "2"),
            ])]
        );
        assert!(left.is_empty());
    }

    #[test]
    fn labels_set_from_the_top_and_a_merged_label_beside_them() {
        // 表三 as LibreOffice sets it: a group label (`（三）不` / `予公开`) beside the
        // item labels, an item label wrapped below its values.
        let mut marks = Vec::new();
        marks.extend(word("（三）不", 50.0, 300.0, 10.0));
        marks.extend(word("1.属于国家秘密", 100.0, 300.0, 10.0));
        marks.extend(word("予公开", 50.0, 317.0, 10.0));
        marks.extend(word("2.其他法律行政", 100.0, 317.0, 10.0));
        marks.extend(word("法规禁止公开", 100.0, 328.0, 10.0));
        marks.extend(word("3.危及稳定", 100.0, 345.0, 10.0));
        for y in [300.0, 317.0, 345.0] {
            marks.extend(word("0", 300.0, y, 5.0));
            marks.extend(word("4", 330.0, y, 5.0));
        }
        let (tables, _) = read(&marks);
        assert_eq!(
            tables,
            vec![cells(&[
                (0, 2, "（三）不予公开"),
                (0, 1, "1.属于国家秘密"),
                (0, 1, "0"),
                (0, 1, "4"),
                (1, 1, "2.其他法律行政法规禁止公开"),
                (1, 1, "0"),
                (1, 1, "4"),
                (2, 1, "3.危及稳定"),
                (2, 1, "0"),
                (2, 1, "4"),
            ])]
        );
    }

    #[test]
    fn a_line_that_could_go_with_either_row_is_left_unread() {
        // Centred labels: the middle line mirrors a line about the row above and one about
        // the row below, as far from both; the rows it could belong to get no label, and
        // the lines that go with those rows are not given to another.
        let mut marks = Vec::new();
        for y in [100.0, 124.0, 148.0, 172.0] {
            marks.extend(word("1", 200.0, y, 5.0));
            marks.extend(word("2", 230.0, y, 5.0));
        }
        for y in [112.0, 136.0, 160.0] {
            marks.extend(word("某某", 50.0, y, 10.0));
        }
        let (tables, _) = read(&marks);
        let labels: Vec<(u32, u32, String)> =
            tables.iter().flatten().filter(|c| c.2 != "1" && c.2 != "2").cloned().collect();
        assert_eq!(labels, Vec::new());
        assert_eq!(tables.iter().flatten().count(), 8);
    }

    #[test]
    fn prose_and_wrapped_numbers_make_no_table() {
        // A justified line of prose ends where the number of the next line does.
        let mut marks = word("区人民政府办公室联系地址淮安市洪泽区大", 50.0, 100.0, 10.5);
        marks.extend(word("洪泽湖大道", 50.0, 115.0, 10.0));
        marks.extend(word("90", 239.5, 115.0, 5.0));
        // Four-digit numbers wrapped in narrow cells: `240` over `1`, `241` over `3`.
        marks.extend(word("240", 50.0, 300.0, 5.0));
        marks.extend(word("241", 110.0, 300.0, 5.0));
        for (n, value) in ["1", "0", "0", "3", "0"].into_iter().enumerate() {
            let x = 50.0 + 30.0 * f32::from(u8::try_from(n).unwrap_or(0));
            marks.extend(word(value, x, 311.0, 5.0));
        }
        let (tables, left) = read(&marks);
        assert_eq!(tables, Vec::<Cells>::new());
        assert_eq!(left.len(), 4);
    }
}
