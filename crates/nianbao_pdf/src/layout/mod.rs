//! Pages of glyphs and rulings into paragraphs and tables ([`nianbao_document::Document`]).
//!
//! Per page: the glyphs worth reading ([`marks`]), the ruling merged into lines
//! ([`rulings`]) and the tables they draw ([`grid`]); the glyphs inside a table are its
//! cells' text ([`part`]), the others make lines ([`lines`]) and paragraphs
//! ([`paragraphs`]), less page numbers and running headers ([`furniture`]); tables drawn
//! without ruling are read from the alignment of their values and labels ([`aligned`]),
//! other rows of numbers aligned in columns are tables too ([`columns`]). Then tables
//! split over pages are joined ([`stitch`]) and everything is located ([`assemble`]).

mod aligned;
mod assemble;
mod columns;
mod furniture;
mod grid;
mod join;
mod label;
mod limits;
mod lines;
mod marks;
mod paragraphs;
mod part;
mod rulings;
mod stitch;

use std::collections::BTreeSet;

use nianbao_document::{Document, FormatProblem};

use self::lines::{by, Line};
use self::marks::Mark;
use self::part::Part;
use self::stitch::Block;
use crate::page::Page;

/// Lays out the pages as a document in reading order.
pub(crate) fn document(pages: &[Page]) -> Result<Document, FormatProblem> {
    if pages.is_empty() {
        return Err(FormatProblem::Empty);
    }
    limits::check(pages)?;
    if pages.iter().all(|page| page.glyphs.is_empty()) {
        let scanned = pages.iter().any(|page| page.images > 0);
        return Err(if scanned { FormatProblem::Scanned } else { FormatProblem::Empty });
    }
    let sorted = pages.iter().map(sort).collect::<Result<Vec<_>, _>>()?;
    let margins = sorted.iter().flat_map(|sheet| {
        let height = sheet.height;
        sheet
            .lines
            .iter()
            .filter(move |l| furniture::in_margin(l, height))
            .map(|l| (sheet.number, l))
    });
    let repeated = furniture::repeated(margins);
    let blocks = sorted.into_iter().map(|sheet| blocks(sheet, &repeated)).collect();
    assemble::document(stitch::join(blocks))
}

/// One page's glyphs sorted into tables and running lines.
struct Sorted {
    number: u32,
    height: f32,
    parts: Vec<Part>,
    lines: Vec<Line>,
}

fn sort(page: &Page) -> Result<Sorted, FormatProblem> {
    let marks = marks::of(&page.glyphs);
    // Glyphs near or past the right edge, for tables cut off there.
    let beyond: Vec<(f32, f32, f32)> = marks
        .iter()
        .filter(|m| m.x1 > page.width - 8.0)
        .map(|m| (m.x_mid(), m.y_mid(), m.x1))
        .collect();
    let edge = grid::Edge { right: page.width, beyond: &beyond };
    let grids = grid::of(&rulings::merge(&page.rulings), edge)?;
    let mut inside: Vec<Vec<Vec<Mark<'_>>>> =
        grids.iter().map(|g| vec![Vec::new(); g.cells.len()]).collect();
    let mut free = Vec::new();
    for mark in marks {
        let (x, y) = (mark.x_mid(), mark.y_mid());
        let holder = grids.iter().enumerate().find(|(_, g)| g.contains(x, y));
        let cell = holder.and_then(|(n, g)| {
            let c = g.cell_at(x, y)?;
            inside.get_mut(n)?.get_mut(c)
        });
        match cell {
            Some(cell) => cell.push(mark),
            None => free.push(mark),
        }
    }
    let parts = grids
        .iter()
        .zip(&inside)
        .map(|(grid, cells)| part::ruled(page.number, grid, cells))
        .collect();
    Ok(Sorted { number: page.number, height: page.height, parts, lines: lines::of(&free) })
}

/// A page's paragraphs and tables in reading order, less its furniture.
fn blocks(sheet: Sorted, repeated: &BTreeSet<String>) -> Vec<Block> {
    let running: Vec<Line> = sheet
        .lines
        .into_iter()
        .filter(|line| !furniture::is_furniture(line, sheet.height, repeated))
        .collect();
    let (mut aligned, running) = aligned::split(sheet.number, running);
    let (columned, running) = columns::split(sheet.number, running);
    aligned.extend(columned);
    let mut placed: Vec<(f32, Block)> = paragraphs::of(&running)
        .into_iter()
        .map(|prose| (prose.top, Block::Prose(sheet.number, prose)))
        .collect();
    placed
        .extend(sheet.parts.into_iter().chain(aligned).map(|part| (part.top, Block::Table(part))));
    placed.sort_by(|a, b| by(a.0, b.0));
    placed.into_iter().map(|(_, block)| block).collect()
}

#[cfg(test)]
mod tests {
    use nianbao_document::{Excess, FormatProblem};

    use super::limits::RULINGS_PER_PAGE;
    use crate::page::{Glyph, Page, Ruling};

    #[test]
    fn scans_empty_files_and_crafted_pages_are_refused() {
        let scan = Page { number: 1, width: 595.0, height: 842.0, images: 1, ..Page::default() };
        assert_eq!(super::document(&[scan.clone(), scan]), Err(FormatProblem::Scanned));
        assert_eq!(super::document(&[Page::default()]), Err(FormatProblem::Empty));
        assert_eq!(super::document(&[]), Err(FormatProblem::Empty));
        let line = Ruling { horizontal: true, at: 1.0, from: 0.0, to: 10.0 };
        let lined = Page { rulings: vec![line; RULINGS_PER_PAGE + 1], ..Page::default() };
        assert_eq!(
            super::document(&[lined]),
            Err(FormatProblem::TooMuch { excess: Excess::Rulings })
        );
        let long = Glyph { text: "字".repeat(1 << 20), ..Glyph::default() };
        let page = Page { glyphs: vec![long; 70], ..Page::default() };
        assert_eq!(super::document(&[page]), Err(FormatProblem::TooMuch { excess: Excess::Text }));
    }
}
