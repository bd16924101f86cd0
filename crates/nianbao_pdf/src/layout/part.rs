//! A table as found on one page ([`Part`]), before the parts of a table split over pages
//! are joined; and how a ruled grid and the glyphs inside it make one.

use super::grid::Grid;
use super::join::push_line;
use super::lines;
use super::marks::Mark;

/// One cell of a table part: its text, its rows in the part, and its left and right edges
/// (columns are numbered only once the parts of a table are joined).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct PartCell {
    pub(crate) text: String,
    pub(crate) row: u32,
    pub(crate) row_span: u32,
    pub(crate) x0: f32,
    pub(crate) x1: f32,
}

/// The piece of a table one page shows.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Part {
    /// 1-based page.
    pub(crate) page: u32,
    /// Column edges, left to right.
    pub(crate) xs: Vec<f32>,
    /// Rows in this part.
    pub(crate) rows: u32,
    /// Cells in reading order.
    pub(crate) cells: Vec<PartCell>,
    /// Cells come from ruling (else from the alignment of text).
    pub(crate) ruled: bool,
    /// Top and bottom edges.
    pub(crate) top: f32,
    pub(crate) bottom: f32,
}

impl Part {
    pub(crate) fn left(&self) -> f32 {
        self.xs.first().copied().unwrap_or(0.0)
    }

    pub(crate) fn right(&self) -> f32 {
        self.xs.last().copied().unwrap_or(0.0)
    }
}

/// The text of one cell from the glyphs inside it: its lines top to bottom, joined as one
/// text (a label wrapped inside a cell is one label).
pub(crate) fn cell_text(marks: &[Mark<'_>]) -> String {
    let mut text = String::new();
    for line in lines::of(marks) {
        push_line(&mut text, &line.text());
    }
    text
}

/// A ruled grid filled with the glyphs that fell into each of its cells.
pub(crate) fn ruled(page: u32, grid: &Grid, inside: &[Vec<Mark<'_>>]) -> Part {
    let cells = grid
        .cells
        .iter()
        .enumerate()
        .map(|(n, slot)| {
            let [x0, _, x1, _] = grid.bounds(slot);
            let text = inside.get(n).map(|marks| cell_text(marks)).unwrap_or_default();
            PartCell { text, row: slot.row, row_span: slot.row_span, x0, x1 }
        })
        .collect();
    let rows = u32::try_from(grid.ys.len().saturating_sub(1)).unwrap_or(u32::MAX);
    Part {
        page,
        xs: grid.xs.clone(),
        rows,
        cells,
        ruled: true,
        top: grid.ys.first().copied().unwrap_or(0.0),
        bottom: grid.ys.last().copied().unwrap_or(0.0),
    }
}
