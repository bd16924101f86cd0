//! The joined blocks into the shared document model: paragraphs located by page and
//! paragraph, cells by page, table, grid row and place in the row (as the HTML reader
//! counts them: a cell spanning columns counts once, slots under a span from above do not).

use nianbao_document::{Block, Cell, Document, Excess, FormatProblem, Location, Paragraph, Table};

use super::join::push_line;
use super::limits::CELLS;
use super::lines::by;
use super::stitch::{self, Joined};

/// Builds the document.
pub(crate) fn document(joined: Vec<Joined>) -> Result<Document, FormatProblem> {
    let mut blocks = Vec::with_capacity(joined.len());
    let (mut paragraphs, mut tables, mut cells) = (0_u32, 0_u32, 0_usize);
    for item in joined {
        match item {
            Joined::Prose { page, text } => {
                let location = Location {
                    page: Some(page),
                    paragraph: Some(paragraphs),
                    ..Location::default()
                };
                paragraphs = paragraphs.saturating_add(1);
                blocks.push(Block::Paragraph(Paragraph { text, location }));
            }
            Joined::Table(table) => {
                cells = cells.saturating_add(table.cells.len());
                if cells > CELLS {
                    return Err(FormatProblem::TooMuch { excess: Excess::Cells });
                }
                blocks.push(Block::Table(grid(table, tables)));
                tables = tables.saturating_add(1);
            }
        }
    }
    Ok(Document { blocks })
}

/// The index of the column edge nearest `x`.
fn edge(xs: &[f32], x: f32) -> u32 {
    let nearest = xs
        .iter()
        .enumerate()
        .min_by(|a, b| by((a.1 - x).abs(), (b.1 - x).abs()))
        .map_or(0, |(i, _)| i);
    u32::try_from(nearest).unwrap_or(u32::MAX)
}

fn grid(table: stitch::Table, index: u32) -> Table {
    let xs = &table.xs;
    let mut cells: Vec<Cell> = table
        .cells
        .into_iter()
        .map(|c| {
            let (col, end) = (edge(xs, c.cell.x0), edge(xs, c.cell.x1));
            Cell {
                text: c.cell.text,
                row: c.cell.row,
                col,
                row_span: c.cell.row_span.max(1),
                col_span: end.saturating_sub(col).max(1),
                location: Location { page: Some(c.page), ..Location::grid(index, c.cell.row, 0) },
            }
        })
        .collect();
    cells.sort_by_key(|c| (c.row, c.col));
    // Crafted lines can make two cells start in one slot (groups that are no rectangles,
    // edges closer than a column): they are one cell, so each slot starts at most one.
    let mut unique: Vec<Cell> = Vec::with_capacity(cells.len());
    for cell in cells {
        match unique.last_mut() {
            Some(last) if (last.row, last.col) == (cell.row, cell.col) => {
                push_line(&mut last.text, &cell.text);
                last.row_span = last.row_span.max(cell.row_span);
                last.col_span = last.col_span.max(cell.col_span);
            }
            _ => unique.push(cell),
        }
    }
    let mut cells = unique;
    let mut previous_row = None;
    let mut in_row = 0_u32;
    for cell in &mut cells {
        if previous_row != Some(cell.row) {
            (previous_row, in_row) = (Some(cell.row), 0);
        }
        cell.location.cell = Some(in_row);
        in_row = in_row.saturating_add(1);
    }
    Table { cells, positions_exact: table.ruled, glued: false }
}
