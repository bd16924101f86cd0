//! The graphics state that `q`/`Q` save and restore, with the text state inside it.

use std::rc::Rc;

use crate::parse::font::Font;
use crate::parse::matrix::Matrix;

/// What `q` saves.
#[derive(Debug, Clone)]
pub(crate) struct State {
    /// User space to the shown page (the CTM followed by the page's own matrix).
    pub(crate) ctm: Matrix,
    pub(crate) font: Option<Rc<Font>>,
    pub(crate) size: f32,
    pub(crate) char_spacing: f32,
    pub(crate) word_spacing: f32,
    /// `Tz` over 100.
    pub(crate) horizontal_scale: f32,
    pub(crate) leading: f32,
    pub(crate) rise: f32,
    /// Strokes and fills in white draw no visible line.
    pub(crate) stroke_white: bool,
    pub(crate) fill_white: bool,
}

impl State {
    pub(crate) fn new(ctm: Matrix) -> Self {
        State {
            ctm,
            font: None,
            size: 0.0,
            char_spacing: 0.0,
            word_spacing: 0.0,
            horizontal_scale: 1.0,
            leading: 0.0,
            rise: 0.0,
            stroke_white: false,
            fill_white: false,
        }
    }
}

/// Whether colour operands are white (gray 1, RGB 1 1 1, CMYK 0 0 0 0).
pub(crate) fn is_white(values: &[f32]) -> bool {
    match values {
        [g] => *g >= 0.999,
        [r, g, b] => [r, g, b].iter().all(|v| **v >= 0.999),
        [c, m, y, k] => [c, m, y, k].iter().all(|v| **v <= 0.001),
        _ => false,
    }
}
