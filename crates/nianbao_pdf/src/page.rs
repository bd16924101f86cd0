//! What `parse` hands to `layout`: one page of positioned glyphs and ruling lines.
//!
//! Coordinates are PDF points in the page as it is shown: origin at the top left of the
//! crop box, x to the right, y downwards, after the CTM, the text matrix and the page's
//! `/Rotate` are applied.

use nianbao_document::FormatProblem;

/// One page.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Page {
    /// 1-based page number, as a person counts the pages.
    pub number: u32,
    /// Width of the shown page.
    pub width: f32,
    /// Height of the shown page.
    pub height: f32,
    /// Every glyph drawn, in drawing order (text drawn twice for fake bold appears twice).
    pub glyphs: Vec<Glyph>,
    /// Horizontal and vertical strokes and thin filled rectangles (table borders).
    pub rulings: Vec<Ruling>,
    /// How many images the page draws (a page of images and no glyphs is a scan).
    pub images: u32,
}

/// One glyph with its box.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Glyph {
    /// Its Unicode text (usually one character; a ligature may give several); empty when it
    /// could not be decoded (then `undecoded` is set).
    pub text: String,
    /// The font gave no way to know the character (no ToUnicode, no known encoding).
    pub undecoded: bool,
    /// Left edge.
    pub x0: f32,
    /// Top edge.
    pub y0: f32,
    /// Right edge.
    pub x1: f32,
    /// Bottom edge.
    pub y1: f32,
    /// Effective font size (font size times the text and graphics scaling).
    pub size: f32,
    /// Drawn in vertical writing mode (Identity-V and other -V encodings).
    pub vertical: bool,
}

/// An axis-aligned line segment: a stroked path piece, a rectangle's edge, or a thin
/// filled rectangle reduced to its middle line.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Ruling {
    /// Horizontal (y constant) or vertical (x constant).
    pub horizontal: bool,
    /// The constant coordinate (y for horizontal, x for vertical).
    pub at: f32,
    /// Start along the line (smaller x or y).
    pub from: f32,
    /// End along the line (larger x or y).
    pub to: f32,
}

/// A parsed PDF: its pages and what could not be read.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Parsed {
    /// The pages in order.
    pub pages: Vec<Page>,
    /// Problems that did not stop reading (undecodable glyphs, a damaged page).
    pub problems: Vec<FormatProblem>,
}
