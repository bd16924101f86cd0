//! Glyphs into lines of text: horizontal glyphs by their common height, read left to right;
//! glyphs drawn in vertical writing mode by their common column, read top to bottom.
//!
//! A line is cut into pieces where the gap between glyphs is far wider than any word space:
//! columns of a table drawn without ruling show up as pieces that line up from line to line.

use std::cmp::Ordering;

use super::join;
use super::marks::Mark;

/// A gap wider than this many font sizes inside a line separates two pieces (justified
/// Chinese text stretches its gaps to a fraction of a character, never to two).
const PIECE_GAP: f32 = 1.8;

/// Glyphs whose middles are within this share of the font size of a line's first glyph's
/// are on that line (lines are at least a font size apart; baselines of mixed fonts differ
/// by a fraction of it).
const LINE_BAND: f32 = 0.4;

/// Neighbours on one line whose middles differ by more than this share of the font size
/// are two pieces: text of two cells set at different heights, side by side (a label
/// centred in a merged cell beside its neighbour's).
const BASELINE_SHIFT: f32 = 0.25;

/// Next to a number the gap that separates pieces is narrower: numbers hold no spaces, and
/// the columns of a table set without ruling may be closer than two characters (text runs
/// up to a number with at most a space).
const NUMBER_GAP: f32 = 0.8;

fn piece_gap(before: &str, after: &str) -> f32 {
    let digit = |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit());
    if digit(before.chars().next_back()) || digit(after.chars().next()) {
        NUMBER_GAP
    } else {
        PIECE_GAP
    }
}

/// One stretch of a line without a wide gap.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Piece {
    pub(crate) text: String,
    pub(crate) x0: f32,
    pub(crate) x1: f32,
    /// Where a number that ends the piece after other text starts (its byte offset and
    /// left edge): a label and the value beside it in a table drawn without ruling may sit
    /// closer than a piece gap (`行政规范性文件0`); whether they are two cells is decided by
    /// the alignment of the value with the table's columns ([`super::columns`]).
    pub(crate) tail: Option<(usize, f32)>,
    /// The left edge of each glyph after the first and the gap before it: header words set
    /// closer than a piece gap (`上一年项目数量本年增/减`) are told apart where a column of
    /// values starts after a gap.
    pub(crate) starts: Vec<(f32, f32)>,
}

fn is_digits(text: &str) -> bool {
    !text.is_empty() && text.chars().all(|c| c.is_ascii_digit() || c == '.')
}

/// One line of text and its box.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Line {
    /// Its pieces, left to right (one piece for vertical text).
    pub(crate) pieces: Vec<Piece>,
    pub(crate) x0: f32,
    pub(crate) y0: f32,
    pub(crate) x1: f32,
    pub(crate) y1: f32,
    /// The largest font size on the line.
    pub(crate) size: f32,
}

impl Line {
    /// The line's text: its pieces with a space between them.
    pub(crate) fn text(&self) -> String {
        let mut text = String::new();
        for piece in &self.pieces {
            if !text.is_empty() {
                text.push(' ');
            }
            text.push_str(&piece.text);
        }
        text
    }
}

/// Orders floats that were checked finite.
pub(crate) fn by(a: f32, b: f32) -> Ordering {
    a.total_cmp(&b)
}

/// The lines of some glyphs, top to bottom (then left to right); columns of vertical
/// glyphs right to left.
pub(crate) fn of(marks: &[Mark<'_>]) -> Vec<Line> {
    let (mut upright, mut vertical): (Vec<&Mark<'_>>, Vec<&Mark<'_>>) =
        marks.iter().partition(|m| !m.vertical);
    upright.sort_by(|a, b| by(a.y_mid(), b.y_mid()).then(by(a.x0, b.x0)));
    vertical.sort_by(|a, b| by(a.x_mid(), b.x_mid()).then(by(a.y0, b.y0)));
    let mut lines = Vec::new();
    let mut row: Vec<&Mark<'_>> = Vec::new();
    // A line is the glyphs whose middles lie near its first glyph's: a band as tall as the
    // glyph boxes would reach into the next line of a table set solid (boxes include the
    // font's ascent and descent, taller than the line pitch).
    let (mut middle, mut scale) = (0.0_f32, 0.0_f32);
    for mark in upright {
        let y = mark.y_mid();
        if !row.is_empty() && (y - middle).abs() > LINE_BAND * scale.max(mark.scale()) {
            lines.push(horizontal(&mut row));
        }
        if row.is_empty() {
            (middle, scale) = (y, mark.scale());
        }
        row.push(mark);
    }
    if !row.is_empty() {
        lines.push(horizontal(&mut row));
    }
    lines.sort_by(|a, b| by(a.y0, b.y0).then(by(a.x0, b.x0)));
    // Vertical writing reads its columns right to left; they go in as one block where the
    // block starts.
    let mut columns = Vec::new();
    let mut column: Vec<&Mark<'_>> = Vec::new();
    for mark in vertical {
        let joins = column.last().is_some_and(|last| {
            (last.x_mid() - mark.x_mid()).abs() < 0.5 * mark.scale()
                && mark.y0 - last.y1 < mark.scale()
        });
        if !joins && !column.is_empty() {
            columns.push(upright_column(&column));
            column.clear();
        }
        column.push(mark);
    }
    if !column.is_empty() {
        columns.push(upright_column(&column));
    }
    columns.reverse();
    let top = columns.iter().map(|c| c.y0).fold(f32::INFINITY, f32::min);
    let at = lines.partition_point(|line| line.y0 < top);
    lines.splice(at..at, columns);
    lines
}

/// A line from the glyphs of one height, emptying `row`.
fn horizontal(row: &mut Vec<&Mark<'_>>) -> Line {
    row.sort_by(|a, b| by(a.x0, b.x0));
    let mut pieces: Vec<Piece> = Vec::new();
    let mut previous: Option<&Mark<'_>> = None;
    for mark in row.iter().copied() {
        let gap = previous.map_or(0.0, |p| mark.x0 - p.x1);
        match (previous, pieces.last_mut()) {
            (Some(before), Some(piece))
                if gap <= piece_gap(before.text, mark.text) * mark.scale().max(before.scale())
                    && (mark.y_mid() - before.y_mid()).abs()
                        <= BASELINE_SHIFT * mark.scale().max(before.scale()) =>
            {
                if join::spaced(before.text, mark.text, gap, mark.scale()) {
                    piece.text.push(' ');
                }
                let starts_number = is_digits(mark.text)
                    && !before
                        .text
                        .chars()
                        .next_back()
                        .is_some_and(|c| c.is_ascii_digit() || c == '.')
                    && !before.text.ends_with(char::is_whitespace);
                if starts_number {
                    piece.tail = Some((piece.text.len(), mark.x0));
                } else if !is_digits(mark.text) {
                    piece.tail = None;
                }
                piece.text.push_str(mark.text);
                piece.x1 = piece.x1.max(mark.x1);
                piece.starts.push((mark.x0, gap));
            }
            _ => pieces.push(Piece {
                text: mark.text.to_owned(),
                x0: mark.x0,
                x1: mark.x1,
                tail: None,
                starts: Vec::new(),
            }),
        }
        previous = Some(mark);
    }
    let line = bounds(row, pieces);
    row.clear();
    line
}

/// A line read top to bottom from one column of vertical glyphs.
fn upright_column(column: &[&Mark<'_>]) -> Line {
    let text: String = column.iter().map(|m| m.text).collect();
    let x0 = column.iter().map(|m| m.x0).fold(f32::INFINITY, f32::min);
    let x1 = column.iter().map(|m| m.x1).fold(f32::NEG_INFINITY, f32::max);
    bounds(column, vec![Piece { text, x0, x1, tail: None, starts: Vec::new() }])
}

fn bounds(marks: &[&Mark<'_>], pieces: Vec<Piece>) -> Line {
    let mut line = Line {
        pieces,
        x0: f32::INFINITY,
        y0: f32::INFINITY,
        x1: f32::NEG_INFINITY,
        y1: f32::NEG_INFINITY,
        size: 0.0,
    };
    for m in marks {
        line.x0 = line.x0.min(m.x0);
        line.y0 = line.y0.min(m.y0);
        line.x1 = line.x1.max(m.x1);
        line.y1 = line.y1.max(m.y1);
        line.size = line.size.max(m.scale());
    }
    line
}

#[cfg(test)]
pub(crate) mod tests {
    use super::super::marks::Mark;

    /// A glyph of size 10 at (x, y), `width` wide.
    pub(crate) fn mark(text: &str, x: f32, y: f32, width: f32) -> Mark<'_> {
        Mark { text, x0: x, y0: y, x1: x + width, y1: y + 10.0, size: 10.0, vertical: false }
    }

    /// Glyphs for each character of `text` set from x, `width` apart.
    pub(crate) fn word(text: &str, x: f32, y: f32, width: f32) -> Vec<Mark<'_>> {
        text.char_indices()
            .zip(0_u16..)
            .filter_map(|((i, c), n)| {
                let s = text.get(i..i + c.len_utf8())?;
                Some(mark(s, x + f32::from(n) * width, y, width))
            })
            .collect()
    }

    #[test]
    fn lines_pieces_and_vertical_text() {
        let mut marks = word("一、本年新收", 80.0, 500.0, 10.0);
        marks.extend(word("95", 390.0, 501.0, 5.0));
        marks.extend(word("0", 420.0, 500.5, 5.0));
        marks.extend(word("Total", 80.0, 530.0, 5.0));
        marks.extend(word("95", 108.0, 530.0, 5.0)); // 3 pt after "Total": a space
        for (n, c) in ["办", "理"].into_iter().enumerate() {
            let y = 560.0 + 10.0 * f32::from(u8::try_from(n).unwrap_or(0));
            marks.push(super::super::marks::Mark { vertical: true, ..mark(c, 85.0, y, 10.0) });
        }
        let lines = super::of(&marks);
        let texts: Vec<Vec<&str>> =
            lines.iter().map(|l| l.pieces.iter().map(|p| p.text.as_str()).collect()).collect();
        assert_eq!(texts, vec![vec!["一、本年新收", "95", "0"], vec!["Total 95"], vec!["办理"]]);
        assert_eq!(lines.first().map(super::Line::text), Some("一、本年新收 95 0".into()));
    }
}
