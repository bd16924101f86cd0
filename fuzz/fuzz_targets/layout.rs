//! The PDF layout (pages of glyphs and rulings → paragraphs and tables) on pages built from
//! the fuzz bytes, skipping the parser: ruled grids on a lattice with lines dropped
//! (merged cells), moved a little (double borders, snapping) or cut off at the page edge,
//! tables running over several pages, glyphs of template words and numbers placed in and
//! around the cells, drawn twice (fake bold), stacked or in vertical writing, and odd
//! values (NaN, huge, negative sizes). The document goes through the rest of the pipeline
//! as a PDF's would; the pipeline invariants hold, and the document's tables are well
//! formed (spans at least 1, cells in reading order, pages among those given).
#![no_main]

use std::time::Instant;

use libfuzzer_sys::fuzz_target;
use nianbao_document::{Block, Format};
use nianbao_fuzz::{invariants, words, Result, Unstructured};
use nianbao_pdf::page::{Glyph, Page, Ruling};
use nianbao_report::{check_document, Extracted, Lang};

/// A coordinate: mostly on a 6-point lattice with a small jitter, sometimes anything.
fn at(u: &mut Unstructured<'_>, max: u16) -> Result<f32> {
    Ok(match u.int_in_range(0u8..=15)? {
        0 => *u.choose(&[f32::NAN, f32::INFINITY, -1.0e30, 1.0e30, -5.0, 0.0])?,
        _ => f32::from(u.int_in_range(0..=max / 6)?) * 6.0 + f32::from(u.int_in_range(0u8..=4)?) * 0.25,
    })
}

fn page(u: &mut Unstructured<'_>, number: u32) -> Result<Page> {
    let (width, height) = (595.0_f32, 842.0_f32);
    let mut rulings = Vec::new();
    for _ in 0..u.int_in_range(0u8..=3)? {
        // A grid of lines, some pieces dropped or moved.
        let xs: Vec<f32> = (0..u.int_in_range(2u8..=9)?).map(|_| at(u, 650)).collect::<Result<_>>()?;
        let ys: Vec<f32> = (0..u.int_in_range(2u8..=12)?).map(|_| at(u, 860)).collect::<Result<_>>()?;
        let (left, right) = (xs.iter().copied().fold(f32::MAX, f32::min), xs.iter().copied().fold(f32::MIN, f32::max));
        for &y in &ys {
            if !words::one_in(u, 6)? {
                rulings.push(Ruling { horizontal: true, at: y, from: left, to: right.min(width) });
            }
        }
        for &x in &xs {
            for pair in ys.windows(2) {
                if let [a, b] = pair {
                    if !words::one_in(u, 5)? {
                        let shift = if words::one_in(u, 6)? { 1.5 } else { 0.0 };
                        rulings.push(Ruling { horizontal: false, at: x + shift, from: a.min(*b), to: a.max(*b) });
                    }
                }
            }
        }
    }
    for _ in 0..words::repeat(u)? {
        if words::one_in(u, 3)? {
            rulings.push(Ruling { horizontal: u.arbitrary()?, at: at(u, 860)?, from: at(u, 650)?, to: at(u, 860)? });
        }
    }
    let mut glyphs = Vec::new();
    for _ in 0..u.int_in_range(0u8..=40)? {
        let text = match u.int_in_range(0u8..=3)? {
            0 => words::number(u)?,
            1 => words::raw(u, 4)?,
            _ => words::word(u)?.to_owned(),
        };
        let (x, y) = (at(u, 620)?, at(u, 860)?);
        let size = *u.choose(&[10.0_f32, 10.5, 12.0, 16.0, 22.0, 0.0, -3.0])?;
        let vertical = words::one_in(u, 8)?;
        let stacked = words::one_in(u, 8)?;
        for (n, c) in text.chars().enumerate() {
            let step = f32::from(u16::try_from(n).unwrap_or(u16::MAX)) * size.abs().max(1.0);
            let (gx, gy) = if vertical || stacked { (x, y + step) } else { (x + step, y) };
            let glyph = Glyph {
                text: c.to_string(),
                undecoded: words::one_in(u, 50)?,
                x0: gx,
                y0: gy,
                x1: gx + size,
                y1: gy + size,
                size,
                vertical,
            };
            if words::one_in(u, 10)? {
                glyphs.push(Glyph { x0: gx + 0.3, x1: gx + size + 0.3, ..glyph.clone() });
            }
            glyphs.push(glyph);
        }
    }
    let images = u.int_in_range(0u32..=1)?;
    Ok(Page { number, width, height, glyphs, rulings, images })
}

fuzz_target!(|data: &[u8]| {
    let mut u = Unstructured::new(data);
    let pages: Vec<Page> = match (1..=u.int_in_range(1u32..=4).unwrap_or(1)).map(|n| page(&mut u, n)).collect() {
        Ok(pages) => pages,
        Err(_) => return,
    };
    let start = Instant::now();
    let Ok(document) = nianbao_pdf::lay_out(&pages) else { return };
    assert!(start.elapsed() < invariants::budget(data.len()), "layout too slow");
    let count = u32::try_from(pages.len()).unwrap_or(u32::MAX);
    for block in &document.blocks {
        match block {
            Block::Paragraph(p) => assert!(p.location.page.is_some_and(|n| (1..=count).contains(&n))),
            Block::Table(t) => {
                assert!(t.cells.windows(2).all(|w| (w[0].row, w[0].col) < (w[1].row, w[1].col)));
                for cell in &t.cells {
                    assert!(cell.row_span >= 1 && cell.col_span >= 1);
                    assert!(cell.location.page.is_some_and(|n| (1..=count).contains(&n)));
                }
            }
        }
    }
    let extracted = Extracted { format: Format::Pdf, document, problems: Vec::new() };
    let report = check_document(&extracted, data.len(), "fuzz.pdf", Lang::Zh);
    assert!(serde_json::to_string(&report).is_ok());
});
