//! One table across pages: a table that ends a page and one that starts the next page are
//! one table when their columns line up. A header row the next page repeats is dropped. A
//! cell cut by the page break is one cell: a merged cell whose second half is empty or
//! holds the rest of its label, and a row that breaks across pages (Word and LibreOffice
//! let rows break), whose second half holds the ends of its labels and no numbers.

use super::join::push_line;
use super::label::{is_number, starts_numbered};
use super::lines::by;
use super::paragraphs::Prose;
use super::part::{Part, PartCell};

/// Column edges this close (points) are the same edge on two pages.
const ALIGNED: f32 = 4.0;

/// What a page shows, in reading order.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Block {
    Prose(u32, Prose),
    Table(Part),
}

/// A paragraph, or a table with the parts of all its pages.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Joined {
    Prose { page: u32, text: String },
    Table(Table),
}

/// A cell of a joined table.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Cell {
    pub(crate) cell: PartCell,
    pub(crate) page: u32,
}

/// A table whose parts are joined: rows counted over all parts, column edges the union of
/// the parts' edges.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Table {
    pub(crate) cells: Vec<Cell>,
    pub(crate) rows: u32,
    pub(crate) xs: Vec<f32>,
    pub(crate) ruled: bool,
    /// The last part's page and its edges, to tell whether the next page continues it.
    last: Part,
}

/// Joins each page's blocks (pages in order) into one sequence.
pub(crate) fn join(pages: Vec<Vec<Block>>) -> Vec<Joined> {
    let mut out: Vec<Joined> = Vec::new();
    // Whether the last thing out ended its page as a table (nothing after it on the page).
    let mut table_ends_page = false;
    for blocks in pages {
        let count = blocks.len();
        for (n, block) in blocks.into_iter().enumerate() {
            match block {
                Block::Prose(page, prose) => out.push(Joined::Prose { page, text: prose.text }),
                Block::Table(part) => {
                    let continued = n == 0 && table_ends_page;
                    match out.last_mut() {
                        Some(Joined::Table(table)) if continued && lines_up(&table.last, &part) => {
                            table.append(part);
                        }
                        _ => out.push(Joined::Table(Table::new(part))),
                    }
                }
            }
            table_ends_page = n + 1 == count && matches!(out.last(), Some(Joined::Table(_)));
        }
        if count == 0 {
            table_ends_page = false;
        }
    }
    out
}

/// Whether the next page's part continues a table: same outer edges, and every column edge
/// of one is an edge of the other (the part with fewer columns merges some). The right edge
/// of a table cut off by the page edge is where each page's text ends, so it is left out.
fn lines_up(last: &Part, next: &Part) -> bool {
    let cut = last.cut_off || next.cut_off;
    let inner = |part: &Part| {
        let keep = if cut { part.xs.len().saturating_sub(1) } else { part.xs.len() };
        part.xs.iter().copied().take(keep).collect::<Vec<f32>>()
    };
    let (a, b) = (inner(last), inner(next));
    let near = |edges: &[f32], x: f32| edges.iter().any(|e| (e - x).abs() <= ALIGNED);
    let within = |a: &[f32], b: &[f32]| a.iter().all(|&x| near(b, x));
    next.page == last.page.saturating_add(1)
        && (last.left() - next.left()).abs() <= ALIGNED
        && (cut || (last.right() - next.right()).abs() <= ALIGNED)
        && (within(&a, &b) || within(&b, &a))
}

/// The texts of one row of a part, in reading order.
fn leading_rows(cells: &[PartCell], row: u32) -> Vec<&str> {
    cells.iter().filter(|c| c.row == row).map(|c| c.text.as_str()).collect()
}

impl Table {
    fn new(part: Part) -> Self {
        let cells =
            part.cells.iter().map(|cell| Cell { cell: cell.clone(), page: part.page }).collect();
        Self { cells, rows: part.rows, xs: part.xs.clone(), ruled: part.ruled, last: part }
    }

    /// Adds the next page's part below.
    fn append(&mut self, mut part: Part) {
        // A header the new page repeats: leading rows whose texts equal the first part's.
        let mut repeated = 0;
        while repeated < part.rows {
            let theirs = leading_rows(&part.cells, repeated);
            let ours: Vec<&str> = self
                .cells
                .iter()
                .filter(|c| c.cell.row == repeated)
                .map(|c| c.cell.text.as_str())
                .collect();
            if theirs.is_empty() || theirs != ours || theirs.iter().all(|t| t.is_empty()) {
                break;
            }
            repeated += 1;
        }
        part.cells.retain(|c| c.row >= repeated);
        let first: Vec<PartCell> =
            part.cells.iter().filter(|c| c.row == repeated).cloned().collect();
        let row_breaks = self.row_breaks(&first);
        let offset = self.rows;
        for mut cell in part.cells.drain(..) {
            cell.row = (cell.row - repeated).saturating_add(offset);
            if cell.row == offset && self.carry(&cell, row_breaks) {
                continue;
            }
            self.cells.push(Cell { cell, page: part.page });
        }
        self.rows = offset.saturating_add(part.rows - repeated);
        let cut = self.last.cut_off || part.cut_off;
        if cut {
            // The text's end on each page is no column edge: the table ends at the widest.
            let right =
                self.xs.pop().into_iter().chain(part.xs.last().copied()).fold(f32::MIN, f32::max);
            self.xs.extend(part.xs.iter().copied().take(part.xs.len().saturating_sub(1)));
            self.xs.push(right);
        } else {
            self.xs.extend(part.xs.iter().copied());
        }
        self.xs.sort_by(|a, b| by(*a, *b));
        self.xs.dedup_by(|b, a| (*b - *a).abs() <= ALIGNED);
        self.ruled &= part.ruled;
        self.last = part;
    }

    /// The cell above the page break in the same columns as `below`, if it reaches the break.
    fn above(&mut self, below: &PartCell) -> Option<&mut PartCell> {
        let rows = self.rows;
        self.cells.iter_mut().map(|c| &mut c.cell).find(|c| {
            c.row.saturating_add(c.row_span) == rows
                && (c.x0 - below.x0).abs() <= ALIGNED
                && (c.x1 - below.x1).abs() <= ALIGNED
        })
    }

    /// Whether the next page's first row is the rest of the row the page broke: every cell
    /// has one above it, no cell is a number or starts a numbered label, some hold text, and
    /// some are empty under text (the ends of wrapped labels, the numbers all above).
    fn row_breaks(&mut self, first: &[PartCell]) -> bool {
        let mut texts = false;
        let mut empty_under_text = false;
        for below in first {
            let Some(above) = self.above(below) else { return false };
            if is_number(&below.text) || starts_numbered(&below.text) {
                return false;
            }
            texts |= !below.text.is_empty();
            empty_under_text |= below.text.is_empty() && !above.text.is_empty();
        }
        texts && empty_under_text
    }

    /// Makes `below`, a cell of the next page's first row, part of the cell above it when
    /// the page cut one cell in two: the whole row broke (`row_breaks`), or one of the two
    /// spans rows (a merged cell) and `below` is empty or the rest of a label. A blank or
    /// numbered cell under a one-row cell stays a cell of its own.
    fn carry(&mut self, below: &PartCell, row_breaks: bool) -> bool {
        let Some(above) = self.above(below) else { return false };
        let merged = above.row_span > 1 || below.row_span > 1;
        let rest_of_label =
            !above.text.is_empty() && !is_number(&below.text) && !starts_numbered(&below.text);
        if !(row_breaks || (merged && (below.text.is_empty() || rest_of_label))) {
            return false;
        }
        push_line(&mut above.text, &below.text);
        above.row_span = above.row_span.saturating_add(below.row_span);
        true
    }
}
