//! A table as found on one page ([`Part`]), before the parts of a table split over pages
//! are joined; and how a ruled grid and the glyphs inside it make one.

use super::grid::Grid;
use super::join::push_line;
use super::lines::{self, by};
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
    /// Cut off by the page's right edge (its right edge is where its text ends).
    pub(crate) cut_off: bool,
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
/// text (a label wrapped inside a cell is one label). A cell whose glyphs stand in columns
/// (text direction top to bottom, drawn glyph by glyph rather than in a vertical font) is
/// read as vertical writing.
pub(crate) fn cell_text(marks: &[Mark<'_>]) -> String {
    let vertical: Vec<Mark<'_>>;
    let marks = if !marks.iter().all(|m| m.vertical) && stacked(marks) {
        vertical = marks.iter().map(|m| Mark { vertical: true, ..*m }).collect();
        &vertical
    } else {
        marks
    };
    let mut text = String::new();
    for line in lines::of(marks) {
        push_line(&mut text, &line.text());
    }
    text
}

/// Whether glyphs stand in columns: they touch the one below them more often than the one
/// beside them, and not from farther off. A label wrapped two or three characters to a line
/// in a narrow cell is a grid too, touching below more often than beside, but its characters
/// sit closer side by side (their advances) than line to line (the leading); vertical
/// writing is the other way round.
fn stacked(marks: &[Mark<'_>]) -> bool {
    let touching = |key: fn(&Mark<'_>) -> (f32, f32), gap: fn(&Mark<'_>, &Mark<'_>) -> f32| {
        let mut sorted: Vec<&Mark<'_>> = marks.iter().collect();
        sorted.sort_by(|a, b| by(key(a).0.round(), key(b).0.round()).then(by(key(a).1, key(b).1)));
        let gaps: Vec<f32> = sorted
            .windows(2)
            .filter_map(|pair| match pair {
                [a, b] => {
                    let apart = gap(a, b);
                    ((key(a).0 - key(b).0).abs() < 1.0 && (0.0..0.3 * a.scale()).contains(&apart))
                        .then_some(apart)
                }
                _ => None,
            })
            .collect();
        let count = gaps.len();
        (count, gaps.iter().sum::<f32>() / count.max(1) as f32)
    };
    let (below, below_gap) = touching(|m| (m.x0, m.y0), |a, b| b.y0 - a.y1);
    let (beside, beside_gap) = touching(|m| (m.y0, m.x0), |a, b| b.x0 - a.x1);
    below >= 2 && below > beside && (beside == 0 || below_gap <= beside_gap)
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
        cut_off: grid.cut_off,
        top: grid.ys.first().copied().unwrap_or(0.0),
        bottom: grid.ys.last().copied().unwrap_or(0.0),
    }
}
