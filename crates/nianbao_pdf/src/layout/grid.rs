//! Tables drawn with ruling: the lines that touch each other make one table; every
//! horizontal line is a row edge and every vertical one a column edge across the whole
//! table; a slot joins its neighbour where no line separates them, and each group of joined
//! slots is one cell, its extent the row and column spans (merged cells).

use std::collections::BTreeMap;

use nianbao_document::{Excess, FormatProblem};

use super::limits::TABLE_SLOTS;
use super::lines::by;
use super::rulings::{Rule, Rules, SNAP};

/// A horizontal and a vertical line this close (points) touch: borders drawn as separate
/// pieces stop short of each other by their width.
const TOUCH: f32 = 3.0;

/// Row and column edges closer than this (points) are one edge: nothing is written in a
/// 5-point row, and a browser's table draws each cell's own border, its neighbour's 2 to
/// 4 points away (cell spacing).
const MIN_GAP: f32 = 5.0;

/// One cell of a ruled table, in grid slots.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Slot {
    pub(crate) row: u32,
    pub(crate) col: u32,
    pub(crate) row_span: u32,
    pub(crate) col_span: u32,
}

/// A ruled table: its column and row edges and its cells in reading order.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Grid {
    pub(crate) xs: Vec<f32>,
    pub(crate) ys: Vec<f32>,
    pub(crate) cells: Vec<Slot>,
    /// Cut off by the page's right edge: the last edge is where its text ends, not a line.
    pub(crate) cut_off: bool,
    /// For each slot (row by row), the index in `cells` of the cell covering it.
    owner: Vec<usize>,
}

impl Grid {
    /// Whether a point lies inside the table.
    pub(crate) fn contains(&self, x: f32, y: f32) -> bool {
        let inside = |edges: &[f32], v: f32| {
            edges.first().is_some_and(|&lo| lo <= v) && edges.last().is_some_and(|&hi| v <= hi)
        };
        inside(&self.xs, x) && inside(&self.ys, y)
    }

    /// The index in `cells` of the cell holding a point inside the table.
    pub(crate) fn cell_at(&self, x: f32, y: f32) -> Option<usize> {
        let col = self.xs.partition_point(|&e| e <= x).checked_sub(1)?;
        let row = self.ys.partition_point(|&e| e <= y).checked_sub(1)?;
        let cols = self.xs.len().saturating_sub(1);
        if col >= cols {
            return None;
        }
        self.owner.get(row.checked_mul(cols)?.checked_add(col)?).copied()
    }

    /// Left, top, right and bottom edges of a cell.
    pub(crate) fn bounds(&self, slot: &Slot) -> [f32; 4] {
        let edge = |edges: &[f32], i: u32| edges.get(i as usize).copied().unwrap_or(0.0);
        [
            edge(&self.xs, slot.col),
            edge(&self.ys, slot.row),
            edge(&self.xs, slot.col + slot.col_span),
            edge(&self.ys, slot.row + slot.row_span),
        ]
    }
}

/// Where the page ends on the right, and the glyphs beyond it (centre x, centre y, right
/// edge): Word lays a table out wider than the page when its columns do not fit, and the
/// PDF cuts its lines off at the page edge while its last column's text is still there.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Edge<'g> {
    pub(crate) right: f32,
    pub(crate) beyond: &'g [(f32, f32, f32)],
}

/// The ruled tables of a page (at least two cells each), top to bottom.
pub(crate) fn of(rules: &Rules, page: Edge<'_>) -> Result<Vec<Grid>, FormatProblem> {
    let h = &rules.horizontal;
    let v = &rules.vertical;
    let mut sets = Sets::new(h.len() + v.len());
    for (i, across) in h.iter().enumerate() {
        for (j, down) in v.iter().enumerate() {
            if across.covers(down.at, TOUCH) && down.covers(across.at, TOUCH) {
                sets.join(i, h.len() + j);
            }
        }
    }
    // The lines of each group, by the group's root (its first line).
    let mut groups: BTreeMap<usize, (Vec<Rule>, Vec<Rule>)> = BTreeMap::new();
    for (i, rule) in h.iter().enumerate() {
        groups.entry(sets.find(i)).or_default().0.push(*rule);
    }
    for (j, rule) in v.iter().enumerate() {
        groups.entry(sets.find(h.len() + j)).or_default().1.push(*rule);
    }
    let mut grids = Vec::new();
    for (across, down) in groups.values() {
        if let Some(grid) = build(across, down, page)? {
            grids.push(grid);
        }
    }
    grids.sort_by(|a, b| {
        by(a.ys.first().copied().unwrap_or(0.0), b.ys.first().copied().unwrap_or(0.0))
    });
    Ok(grids)
}

/// Edges from lines' positions, near ones taken as one.
fn edges(rules: &[Rule]) -> Vec<f32> {
    let mut ats: Vec<f32> = rules.iter().map(|r| r.at).collect();
    ats.sort_by(|a, b| by(*a, *b));
    let mut edges: Vec<f32> = Vec::new();
    for at in ats {
        if edges.last().is_none_or(|&last| at - last >= MIN_GAP) {
            edges.push(at);
        }
    }
    edges
}

/// The lines on each edge (each line on the edge nearest it).
fn on_edges(rules: &[Rule], edges: &[f32]) -> Vec<Vec<Rule>> {
    let mut on: Vec<Vec<Rule>> = vec![Vec::new(); edges.len()];
    for rule in rules {
        let after = edges.partition_point(|&e| e < rule.at);
        let nearest = [after.checked_sub(1), Some(after)]
            .into_iter()
            .flatten()
            .filter_map(|i| Some((i, (edges.get(i)? - rule.at).abs())))
            .min_by(|a, b| by(a.1, b.1));
        if let Some((i, distance)) = nearest {
            if distance <= MIN_GAP + SNAP {
                on.get_mut(i).into_iter().for_each(|list| list.push(*rule));
            }
        }
    }
    on
}

/// Whether some line on an edge covers the point `along`.
fn separated(on_edge: Option<&Vec<Rule>>, along: f32) -> bool {
    on_edge.is_some_and(|rules| rules.iter().any(|r| r.covers(along, 1.0)))
}

fn build(across: &[Rule], down: &[Rule], page: Edge<'_>) -> Result<Option<Grid>, FormatProblem> {
    let (mut xs, ys) = (edges(down), edges(across));
    // A table cut off by the page edge: its rows reach the edge; the text of the column cut
    // off lies beyond it, and its rows are told apart on the part inside the page.
    let cut = page.right - 2.0;
    let runs_off = page.right > 0.0 && across.iter().any(|r| r.to >= cut);
    let inside = |y: f32| ys.first().is_some_and(|&t| t <= y) && ys.last().is_some_and(|&b| y <= b);
    let far = page
        .beyond
        .iter()
        .filter(|(x, y, _)| inside(*y) && xs.last().is_some_and(|&last| *x > last))
        .map(|(_, _, x1)| x1 + 1.0)
        .fold(f32::NEG_INFINITY, f32::max);
    let cut_off = runs_off && far.is_finite();
    if cut_off {
        match xs.last_mut() {
            Some(last) if *last >= cut => *last = far,
            _ => xs.push(far),
        }
    }
    let visible = |x: f32| if runs_off { x.min(cut) } else { x };
    let (cols, rows) = (xs.len().saturating_sub(1), ys.len().saturating_sub(1));
    if cols == 0 || rows == 0 || cols * rows < 2 {
        return Ok(None);
    }
    if rows.saturating_mul(cols) > TABLE_SLOTS {
        return Err(FormatProblem::TooMuch { excess: Excess::TableCells });
    }
    let mid = |edges: &[f32], i: usize| {
        (edges.get(i).copied().unwrap_or(0.0) + edges.get(i + 1).copied().unwrap_or(0.0)) / 2.0
    };
    let (down_at, across_at) = (on_edges(down, &xs), on_edges(across, &ys));
    let mut slots = Sets::new(rows * cols);
    for r in 0..rows {
        for c in 0..cols {
            let here = r * cols + c;
            if c + 1 < cols && !separated(down_at.get(c + 1), mid(&ys, r)) {
                slots.join(here, here + 1);
            }
            if r + 1 < rows && !separated(across_at.get(r + 1), visible(mid(&xs, c))) {
                slots.join(here, here + cols);
            }
        }
    }
    // Each group's extent, by its root, in reading order of its first slot.
    let mut extent: Vec<Option<[usize; 4]>> = vec![None; rows * cols];
    for slot in 0..rows * cols {
        let (r, c) = (slot / cols, slot % cols);
        let root = slots.find(slot);
        if let Some(e) = extent.get_mut(root) {
            *e = Some(match *e {
                None => [r, c, r, c],
                Some([r0, c0, r1, c1]) => [r0.min(r), c0.min(c), r1.max(r), c1.max(c)],
            });
        }
    }
    let mut cells: Vec<Slot> = extent
        .into_iter()
        .flatten()
        .filter_map(|[r0, c0, r1, c1]| {
            Some(Slot {
                row: u32::try_from(r0).ok()?,
                col: u32::try_from(c0).ok()?,
                row_span: u32::try_from(r1 - r0 + 1).ok()?,
                col_span: u32::try_from(c1 - c0 + 1).ok()?,
            })
        })
        .collect();
    cells.sort_by_key(|c| (c.row, c.col));
    if cells.len() < 2 {
        return Ok(None);
    }
    let mut owner = vec![0; rows * cols];
    // A group that is not a rectangle covers its bounding box, which may overlap others'
    // (crafted lines can make combs): the bookkeeping is bounded all the same.
    let mut covered = 0_usize;
    for (n, cell) in cells.iter().enumerate() {
        covered = covered.saturating_add(cell.row_span as usize * cell.col_span as usize);
        if covered > 4 * rows * cols {
            return Err(FormatProblem::TooMuch { excess: Excess::Spans });
        }
        for r in cell.row..cell.row + cell.row_span {
            for c in cell.col..cell.col + cell.col_span {
                if let Some(o) = owner.get_mut(r as usize * cols + c as usize) {
                    *o = n;
                }
            }
        }
    }
    Ok(Some(Grid { xs, ys, cells, cut_off, owner }))
}

/// Disjoint sets with path halving (union–find).
struct Sets(Vec<usize>);

impl Sets {
    fn new(n: usize) -> Self {
        Self((0..n).collect())
    }

    fn find(&mut self, mut i: usize) -> usize {
        while let Some(&parent) = self.0.get(i) {
            if parent == i {
                break;
            }
            let grand = self.0.get(parent).copied().unwrap_or(parent);
            if let Some(p) = self.0.get_mut(i) {
                *p = grand;
            }
            i = parent;
        }
        i
    }

    fn join(&mut self, a: usize, b: usize) {
        let (a, b) = (self.find(a), self.find(b));
        // The smaller index is the root, so a group's root is its first member.
        let (root, child) = if a < b { (a, b) } else { (b, a) };
        if let Some(p) = self.0.get_mut(child) {
            *p = root;
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::Slot;
    use crate::layout::rulings;
    use crate::page::Ruling;

    /// The rulings of a table whose rows are `ys` apart and columns `xs`, every cell closed
    /// except where `open` says (row, col) is joined to its right neighbour.
    pub(crate) fn ruled(xs: &[f32], ys: &[f32], open_right: &[(usize, usize)]) -> Vec<Ruling> {
        let (left, right) = (xs.first().copied().unwrap_or(0.0), xs.last().copied().unwrap_or(0.0));
        let mut out: Vec<Ruling> =
            ys.iter().map(|&at| Ruling { horizontal: true, at, from: left, to: right }).collect();
        for (c, &x) in xs.iter().enumerate() {
            for (r, pair) in ys.windows(2).enumerate() {
                let inner = c > 0 && c + 1 < xs.len();
                if inner && open_right.contains(&(r, c - 1)) {
                    continue;
                }
                if let [top, bottom] = pair {
                    out.push(Ruling { horizontal: false, at: x, from: *top, to: *bottom });
                }
            }
        }
        out
    }

    #[test]
    fn merged_cells_become_spans() {
        // Row 0: one cell over both columns; row 1: two cells; a vertical line missing in
        // row 0 only. Then a second, separate table below.
        let mut pieces = ruled(&[50.0, 150.0, 250.0], &[100.0, 120.0, 140.0], &[(0, 0)]);
        pieces.extend(ruled(&[50.0, 100.0], &[300.0, 320.0, 340.0], &[]));
        let page = super::Edge { right: 595.0, beyond: &[] };
        let grids = super::of(&rulings::merge(&pieces), page).unwrap_or_default();
        let cells: Vec<Vec<(u32, u32, u32, u32)>> = grids
            .iter()
            .map(|g| g.cells.iter().map(|c| (c.row, c.col, c.row_span, c.col_span)).collect())
            .collect();
        assert_eq!(
            cells,
            vec![vec![(0, 0, 1, 2), (1, 0, 1, 1), (1, 1, 1, 1)], vec![(0, 0, 1, 1), (1, 0, 1, 1)]]
        );
        let first = grids.first();
        assert_eq!(first.and_then(|g| g.cell_at(200.0, 130.0)), Some(2));
        assert_eq!(first.and_then(|g| g.cell_at(200.0, 110.0)), Some(0));
        assert_eq!(
            first.map(|g| g.bounds(&Slot { row: 1, col: 1, row_span: 1, col_span: 1 })),
            Some([150.0, 120.0, 250.0, 140.0])
        );
    }
}
