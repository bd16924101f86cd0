//! Bounds on what one PDF may make the layout do: every step below is at most quadratic in
//! what one page holds, so the counts that reach it are capped first.
//!
//! A 200-page report draws a few hundred thousand glyphs and a few thousand ruling pieces;
//! the limits are far above that and far below what costs seconds.

use nianbao_document::{Excess, FormatProblem};

use crate::page::Page;

/// Glyphs in the whole document.
pub(crate) const GLYPHS: usize = 2_000_000;

/// Ruling pieces on one page (the grid is found by comparing horizontal with vertical ones).
pub(crate) const RULINGS_PER_PAGE: usize = 4_000;

/// Grid slots in one table (rows × columns before merges): a report table has a few
/// hundred.
pub(crate) const TABLE_SLOTS: usize = 100_000;

/// Table cells in the whole document.
pub(crate) const CELLS: usize = 250_000;

/// Bytes of glyph text in the whole document (a crafted font may map one glyph to a long
/// string).
pub(crate) const TEXT_BYTES: usize = 64 * 1024 * 1024;

/// Refuses pages that hold more than any report draws.
pub(crate) fn check(pages: &[Page]) -> Result<(), FormatProblem> {
    let too_much = |excess| Err(FormatProblem::TooMuch { excess });
    let mut glyphs = 0_usize;
    let mut text = 0_usize;
    for page in pages {
        if page.rulings.len() > RULINGS_PER_PAGE {
            return too_much(Excess::Rulings);
        }
        glyphs = glyphs.saturating_add(page.glyphs.len());
        if glyphs > GLYPHS {
            return too_much(Excess::Glyphs);
        }
        text = page.glyphs.iter().fold(text, |sum, glyph| sum.saturating_add(glyph.text.len()));
        if text > TEXT_BYTES {
            return too_much(Excess::Text);
        }
    }
    Ok(())
}
