//! A table as the formats spell it: rows of cells with column and row spans, Word's
//! `w:gridBefore` and `w:vMerge`, header cells; mutations driven by the fuzz bytes; the
//! slot layout Word and Excel need (covered slots are explicit there, implicit in HTML);
//! and the text, Markdown and HTML writers.

use crate::words::{self, escape};
use crate::{Result, Unstructured};

/// Word's vertical merge mark on a cell, when a mutation sets one directly.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Merge {
    /// `<w:vMerge w:val="restart"/>`.
    Restart,
    /// `<w:vMerge/>`.
    Continue,
}

/// One cell. Spans are kept as written (`""` when absent) so that hostile values reach the
/// readers; [`span`] reads them for the layout.
#[derive(Debug, Clone, Default)]
pub struct Cell {
    /// The cell's text; `\n` is a line break inside it.
    pub text: String,
    /// `colspan` / `w:gridSpan`.
    pub col_span: String,
    /// `rowspan` (Word: a vertical merge over that many rows).
    pub row_span: String,
    /// A header cell (`<th>`).
    pub header: bool,
    /// A vertical merge mark set directly, overriding what `row_span` implies in Word.
    pub merge: Option<Merge>,
}

impl Cell {
    /// A cell with text and spans.
    #[must_use]
    pub fn new(text: impl Into<String>, col_span: usize, row_span: usize) -> Self {
        let written = |n: usize| if n > 1 { n.to_string() } else { String::new() };
        Self {
            text: text.into(),
            col_span: written(col_span),
            row_span: written(row_span),
            ..Self::default()
        }
    }
}

/// One row.
#[derive(Debug, Clone, Default)]
pub struct Row {
    /// Its cells in order.
    pub cells: Vec<Cell>,
    /// Word's `w:gridBefore` (`""` when absent).
    pub grid_before: String,
}

/// A table.
#[derive(Debug, Clone, Default)]
pub struct Grid {
    /// Its rows in order.
    pub rows: Vec<Row>,
}

/// Where a layout slot's content comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slot {
    /// The cell at this index of the row, placed at `col`.
    Own { col: usize, index: usize },
    /// A slot covered by a row span from above, `width` columns wide, at `col`.
    Covered { col: usize, width: usize },
}

/// The widest span the layout honours (the written value still reaches the reader).
const MAX_LAYOUT_SPAN: usize = 64;

/// The widest table the layout builds.
const MAX_LAYOUT_COLUMNS: usize = 512;

/// Span values that are odd, large, or not numbers at all.
const ODD_SPANS: &[&str] = &[
    "0",
    "1",
    "2",
    "3",
    "7",
    "256",
    "257",
    "1000",
    "65536",
    "4294967295",
    "4294967296",
    "-1",
    "2x",
    " 3 ",
    "1e3",
    "",
];

/// A span as the layout reads it: a number from 1 to 64, else 1.
#[must_use]
pub fn span(written: &str) -> usize {
    written.trim().parse::<usize>().map_or(1, |n| n.clamp(1, MAX_LAYOUT_SPAN))
}

/// How a table is written as text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextStyle {
    /// As copied from a portal page: a `|` line opens each row, one `text |` line per cell.
    Portal,
    /// One row per line: `| a | b |`.
    Lines,
    /// As copied from Word: cells separated by tabs, no pipes.
    Tabs,
    /// A Markdown pipe table with its `|---|` line.
    Markdown,
}

impl TextStyle {
    /// One of the four, from the fuzz bytes.
    pub fn pick(u: &mut Unstructured<'_>) -> Result<Self> {
        u.choose(&[Self::Portal, Self::Lines, Self::Tabs, Self::Markdown]).copied()
    }
}

impl Grid {
    /// A grid from rows of `(text, col_span, row_span)`.
    #[must_use]
    pub fn from_rows(rows: Vec<Vec<(String, usize, usize)>>) -> Self {
        let rows = rows
            .into_iter()
            .map(|cells| Row {
                cells: cells.into_iter().map(|(t, c, r)| Cell::new(t, c, r)).collect(),
                grid_before: String::new(),
            })
            .collect();
        Self { rows }
    }

    /// Changes the grid as the fuzz bytes say: rows dropped, repeated or added; cells
    /// rewritten, added, given odd spans or merge marks. Most rows and cells stay as built,
    /// so that the template around the changes is still recognised.
    pub fn mutate(&mut self, u: &mut Unstructured<'_>) -> Result<()> {
        let mut rows = Vec::with_capacity(self.rows.len());
        for mut row in std::mem::take(&mut self.rows) {
            match u.int_in_range(0u8..=63)? {
                59 => continue,
                60 => {
                    let times = words::repeat(u)?;
                    for _ in 1..times {
                        rows.push(row.clone());
                    }
                }
                61 => row.grid_before = u.choose(ODD_SPANS)?.to_string(),
                62 => {
                    let mut extra = Row::default();
                    for _ in 0..u.int_in_range(0..=12)? {
                        extra.cells.push(Cell::new(words::cell(u)?, 1, 1));
                    }
                    rows.push(extra);
                }
                63 => {
                    let times = words::repeat(u)?;
                    row.cells.extend(std::iter::repeat_n(Cell::default(), times));
                }
                _ => {}
            }
            for cell in &mut row.cells {
                match u.int_in_range(0u8..=63)? {
                    56 => cell.text = words::text(u, 6)?,
                    57 => cell.text = words::cell(u)?,
                    58 => cell.col_span = u.choose(ODD_SPANS)?.to_string(),
                    59 => cell.row_span = u.choose(ODD_SPANS)?.to_string(),
                    60 => cell.merge = Some(Merge::Restart),
                    61 => cell.merge = Some(Merge::Continue),
                    62 => cell.header = !cell.header,
                    63 => cell.text = String::new(),
                    _ => {}
                }
            }
            if words::one_in(u, 16)? {
                let at = u.int_in_range(0..=row.cells.len())?;
                row.cells.insert(at, Cell::new(words::text(u, 4)?, 1, 1));
            }
            rows.push(row);
        }
        self.rows = rows;
        Ok(())
    }

    /// The slots of each row, covered ones included, as Word and Excel lay them out.
    #[must_use]
    pub fn layout(&self) -> Vec<Vec<Slot>> {
        let mut cover = Cover::default();
        let mut out = Vec::with_capacity(self.rows.len());
        for row in &self.rows {
            cover.start_row();
            let mut slots = Vec::new();
            let mut col = span(&row.grid_before).saturating_sub(1);
            for (index, cell) in row.cells.iter().enumerate() {
                cover.skip(&mut col, &mut slots);
                if col >= MAX_LAYOUT_COLUMNS {
                    break;
                }
                let width = span(&cell.col_span);
                slots.push(Slot::Own { col, index });
                col = cover.place(col, width, span(&cell.row_span));
            }
            while col < cover.columns.len() {
                cover.skip(&mut col, &mut slots);
                col += 1;
            }
            cover.end_row();
            out.push(slots);
        }
        out
    }

    /// Writes the grid as text in one of the styles.
    pub fn write_text(&self, style: TextStyle, out: &mut String) {
        let flat = |text: &str| text.replace('\n', " ");
        for (r, row) in self.rows.iter().enumerate() {
            match style {
                TextStyle::Portal => {
                    out.push_str("|\n");
                    for cell in &row.cells {
                        out.push_str(&flat(&cell.text));
                        out.push_str(" |");
                        out.push_str(&"|".repeat(span(&cell.col_span) - 1));
                        out.push('\n');
                    }
                }
                TextStyle::Lines | TextStyle::Markdown => {
                    out.push('|');
                    let mut columns = 0;
                    for cell in &row.cells {
                        out.push(' ');
                        out.push_str(&flat(&cell.text));
                        out.push_str(" |");
                        let extra = span(&cell.col_span) - 1;
                        let filler = if style == TextStyle::Markdown { "  |" } else { "|" };
                        out.push_str(&filler.repeat(extra));
                        columns += 1 + extra;
                    }
                    out.push('\n');
                    if style == TextStyle::Markdown && r == 0 {
                        out.push('|');
                        out.push_str(&"---|".repeat(columns.max(1)));
                        out.push('\n');
                    }
                }
                TextStyle::Tabs => {
                    let cells: Vec<String> = row.cells.iter().map(|c| flat(&c.text)).collect();
                    out.push_str(&cells.join("\t"));
                    out.push('\n');
                }
            }
        }
    }

    /// Writes the grid as an HTML table; `sloppy` leaves out the end tags, as old portal
    /// pages do.
    pub fn write_html(&self, sloppy: bool, out: &mut String) {
        out.push_str("<table border=\"1\">\n");
        for row in &self.rows {
            out.push_str("<tr>");
            for cell in &row.cells {
                let tag = if cell.header { "th" } else { "td" };
                out.push('<');
                out.push_str(tag);
                if !cell.col_span.is_empty() {
                    out.push_str(&format!(" colspan=\"{}\"", escape(&cell.col_span)));
                }
                if !cell.row_span.is_empty() {
                    out.push_str(&format!(" rowspan=\"{}\"", escape(&cell.row_span)));
                }
                out.push('>');
                out.push_str(&escape(&cell.text).replace('\n', "<br>"));
                if !sloppy {
                    out.push_str(&format!("</{tag}>"));
                }
            }
            out.push_str(if sloppy { "\n" } else { "</tr>\n" });
        }
        out.push_str("</table>\n");
    }
}

/// Per column: the rows still covered by a span from above, and the covering cell's first
/// column and width; which columns are covered in the row being laid out, and which a cell
/// of this row has claimed.
#[derive(Default)]
struct Cover {
    columns: Vec<(usize, usize, usize)>,
    covered_now: Vec<bool>,
    set_now: Vec<bool>,
}

impl Cover {
    fn start_row(&mut self) {
        self.covered_now = self.columns.iter().map(|&(left, _, _)| left > 0).collect();
        self.set_now = vec![false; self.columns.len()];
    }

    /// Moves `col` past the slots covered from above, recording each covering cell once.
    fn skip(&self, col: &mut usize, slots: &mut Vec<Slot>) {
        while self.covered_now.get(*col) == Some(&true) && self.set_now.get(*col) != Some(&true) {
            if let Some(&(_, first, width)) = self.columns.get(*col) {
                if first == *col {
                    slots.push(Slot::Covered { col: *col, width });
                }
            }
            *col += 1;
        }
    }

    /// Places a cell at `col`; returns the column after it.
    fn place(&mut self, col: usize, width: usize, height: usize) -> usize {
        let end = (col + width).min(MAX_LAYOUT_COLUMNS);
        if self.columns.len() < end {
            self.columns.resize(end, (0, 0, 0));
            self.set_now.resize(end, false);
        }
        for c in col..end {
            if let (Some(slot), Some(set)) = (self.columns.get_mut(c), self.set_now.get_mut(c)) {
                *slot = (height - 1, col, width);
                *set = true;
            }
        }
        end
    }

    fn end_row(&mut self) {
        for (c, slot) in self.columns.iter_mut().enumerate() {
            if self.covered_now.get(c) == Some(&true) && self.set_now.get(c) != Some(&true) {
                slot.0 -= 1;
            }
        }
    }
}
