//! One table across pages: a table that ends a page and one that starts the next page are
//! one table when their columns line up. A header row the next page repeats is dropped, and
//! a merged cell that runs over the page break (its second half left empty) is one cell.

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
/// of one is an edge of the other (the part with fewer columns merges some).
fn lines_up(last: &Part, next: &Part) -> bool {
    let near = |edges: &[f32], x: f32| edges.iter().any(|e| (e - x).abs() <= ALIGNED);
    let within = |a: &[f32], b: &[f32]| a.iter().all(|&x| near(b, x));
    next.page == last.page.saturating_add(1)
        && (last.left() - next.left()).abs() <= ALIGNED
        && (last.right() - next.right()).abs() <= ALIGNED
        && (within(&next.xs, &last.xs) || within(&last.xs, &next.xs))
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
        let offset = self.rows;
        for mut cell in part.cells.drain(..) {
            cell.row = (cell.row - repeated).saturating_add(offset);
            if cell.row == offset && cell.text.is_empty() && self.continue_cell(&cell) {
                continue;
            }
            self.cells.push(Cell { cell, page: part.page });
        }
        self.rows = offset.saturating_add(part.rows - repeated);
        self.xs.extend(part.xs.iter().copied());
        self.xs.sort_by(|a, b| by(*a, *b));
        self.xs.dedup_by(|b, a| (*b - *a).abs() <= ALIGNED);
        self.ruled &= part.ruled;
        self.last = part;
    }

    /// Extends the cell above the page break over `empty` when `empty` is the second half
    /// of a merged cell: same columns, the one above reaches the break, and one of them
    /// spans rows (a blank data cell spans one row on both sides and stays a cell).
    fn continue_cell(&mut self, empty: &PartCell) -> bool {
        let rows = self.rows;
        let above = self.cells.iter_mut().find(|c| {
            c.cell.row + c.cell.row_span == rows
                && (c.cell.x0 - empty.x0).abs() <= ALIGNED
                && (c.cell.x1 - empty.x1).abs() <= ALIGNED
        });
        match above {
            Some(above) if above.cell.row_span > 1 || empty.row_span > 1 => {
                above.cell.row_span = above.cell.row_span.saturating_add(empty.row_span);
                true
            }
            _ => false,
        }
    }
}
