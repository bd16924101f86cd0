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
        // The cells that reach the break, found once: the next page's first row looks only
        // at these.
        let rows = self.rows;
        let bottom: Vec<usize> = (0..self.cells.len())
            .filter(|&i| {
                self.cells
                    .get(i)
                    .is_some_and(|c| c.cell.row.saturating_add(c.cell.row_span) == rows)
            })
            .collect();
        let row_breaks = self.row_breaks(&first, &bottom);
        let offset = self.rows;
        for mut cell in part.cells.drain(..) {
            cell.row = (cell.row - repeated).saturating_add(offset);
            if cell.row == offset && self.carry(&cell, &bottom, row_breaks) {
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

    /// The cell above the page break (among `bottom`) in the same columns as `below`.
    fn above(&mut self, bottom: &[usize], below: &PartCell) -> Option<&mut PartCell> {
        let index = bottom.iter().copied().find(|&i| {
            self.cells.get(i).is_some_and(|c| {
                (c.cell.x0 - below.x0).abs() <= ALIGNED && (c.cell.x1 - below.x1).abs() <= ALIGNED
            })
        })?;
        self.cells.get_mut(index).map(|c| &mut c.cell)
    }

    /// Whether the next page's first row is the rest of the row the page broke: every cell
    /// has one above it, no cell is a number or starts a numbered label, some hold text, and
    /// some are empty under text (the ends of wrapped labels, the numbers all above).
    fn row_breaks(&mut self, first: &[PartCell], bottom: &[usize]) -> bool {
        let mut texts = false;
        let mut empty_under_text = false;
        for below in first {
            let Some(above) = self.above(bottom, below) else { return false };
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
    fn carry(&mut self, below: &PartCell, bottom: &[usize], row_breaks: bool) -> bool {
        let Some(above) = self.above(bottom, below) else { return false };
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

#[cfg(test)]
mod tests {
    use super::{join, Block, Joined};
    use crate::layout::part::{Part, PartCell};

    /// A part of `rows` on `page` with columns at `xs`; cells (row, row span, first column,
    /// last column, text).
    fn part(page: u32, xs: &[f32], rows: u32, cells: &[(u32, u32, usize, usize, &str)]) -> Part {
        let edge = |i: usize| xs.get(i).copied().unwrap_or(0.0);
        Part {
            page,
            xs: xs.to_vec(),
            rows,
            cells: cells
                .iter()
                .map(|&(row, row_span, from, to, text)| PartCell {
                    text: text.into(),
                    row,
                    row_span,
                    x0: edge(from),
                    x1: edge(to + 1),
                })
                .collect(),
            ruled: true,
            cut_off: false,
            top: 50.0,
            bottom: 800.0,
        }
    }

    /// Each joined table's cells as (row, row span, text).
    fn tables(joined: &[Joined]) -> Vec<Vec<(u32, u32, String)>> {
        joined
            .iter()
            .filter_map(|j| match j {
                Joined::Table(t) => Some(
                    t.cells
                        .iter()
                        .map(|c| (c.cell.row, c.cell.row_span, c.cell.text.clone()))
                        .collect(),
                ),
                Joined::Prose { .. } => None,
            })
            .collect()
    }

    const XS: &[f32] = &[50.0, 150.0, 200.0];

    /// Expected cells as (row, row span, text).
    fn want(cells: &[(u32, u32, &str)]) -> Vec<(u32, u32, String)> {
        cells.iter().map(|&(r, s, t)| (r, s, t.to_owned())).collect()
    }

    #[test]
    fn a_repeated_header_is_dropped() {
        let first = part(
            1,
            XS,
            2,
            &[
                (0, 1, 0, 0, "信息内容"),
                (0, 1, 1, 1, "数量"),
                (1, 1, 0, 0, "规章"),
                (1, 1, 1, 1, "1"),
            ],
        );
        let next = part(
            2,
            XS,
            2,
            &[
                (0, 1, 0, 0, "信息内容"),
                (0, 1, 1, 1, "数量"),
                (1, 1, 0, 0, "行政许可"),
                (1, 1, 1, 1, "2"),
            ],
        );
        let joined = join(vec![vec![Block::Table(first)], vec![Block::Table(next)]]);
        let rows = want(&[
            (0, 1, "信息内容"),
            (0, 1, "数量"),
            (1, 1, "规章"),
            (1, 1, "1"),
            (2, 1, "行政许可"),
            (2, 1, "2"),
        ]);
        assert_eq!(tables(&joined), vec![rows]);
    }

    #[test]
    fn cells_cut_by_the_page_are_one_cell_and_blank_cells_stay() {
        // A merged label over the break; a row broken across the pages (the rest of its
        // label, no numbers); then a new row whose first value is blank.
        let xs = &[50.0, 150.0, 200.0, 250.0];
        let first = part(
            3,
            xs,
            2,
            &[
                (0, 2, 0, 0, "三、本年度"),
                (0, 1, 1, 1, "（一）予以公开"),
                (0, 1, 2, 2, "5"),
                (1, 1, 1, 1, "4.保护第三"),
                (1, 1, 2, 2, "0"),
            ],
        );
        let broken_row = part(
            4,
            xs,
            1,
            &[(0, 1, 0, 0, "办理结果"), (0, 1, 1, 1, "方合法权益"), (0, 1, 2, 2, "")],
        );
        let joined = join(vec![vec![Block::Table(first)], vec![Block::Table(broken_row)]]);
        let label = "4.保护第三方合法权益";
        assert_eq!(
            tables(&joined),
            vec![want(&[
                (0, 3, "三、本年度办理结果"),
                (0, 1, "（一）予以公开"),
                (0, 1, "5"),
                (1, 2, label),
                (1, 2, "0")
            ])]
        );
        // A one-row blank cell under a number: a cell of its own.
        let blank = part(4, XS, 1, &[(0, 1, 0, 0, ""), (0, 1, 1, 1, "7")]);
        let single = part(3, XS, 1, &[(0, 1, 0, 0, "9"), (0, 1, 1, 1, "8")]);
        let joined = join(vec![vec![Block::Table(single)], vec![Block::Table(blank)]]);
        assert_eq!(
            tables(&joined),
            vec![want(&[(0, 1, "9"), (0, 1, "8"), (1, 1, ""), (1, 1, "7")])]
        );
    }

    #[test]
    fn tables_stay_apart_when_columns_differ_or_text_comes_between() {
        let first = part(1, XS, 1, &[(0, 1, 0, 0, "a"), (0, 1, 1, 1, "1")]);
        let narrow = part(2, &[50.0, 120.0, 200.0], 1, &[(0, 1, 0, 0, "b"), (0, 1, 1, 1, "2")]);
        let joined = join(vec![vec![Block::Table(first.clone())], vec![Block::Table(narrow)]]);
        assert_eq!(tables(&joined).len(), 2);
        let same = part(2, XS, 1, &[(0, 1, 0, 0, "b"), (0, 1, 1, 1, "2")]);
        let prose = crate::layout::paragraphs::Prose {
            text: "五、存在的主要问题".into(),
            top: 40.0,
        };
        let joined =
            join(vec![vec![Block::Table(first)], vec![Block::Prose(2, prose), Block::Table(same)]]);
        assert_eq!(tables(&joined).len(), 2);
    }
}
