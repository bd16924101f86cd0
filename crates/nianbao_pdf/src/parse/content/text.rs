//! Showing text: each code of a string becomes a [`Glyph`] whose box is the glyph's advance
//! by the em box (from [`DESCENT`] to [`ASCENT`] of the font size) through the text
//! rendering matrix; the text matrix then moves by the advance (horizontal or vertical).

use crate::page::Glyph;
use crate::parse::font::Code;
use crate::parse::matrix::Matrix;

use super::state::State;
use super::unify;

/// The em box's top and bottom as fractions of the font size (the ideographic em box of
/// CJK fonts; Latin ascenders and descenders fall within it closely enough).
const ASCENT: f32 = 0.88;
const DESCENT: f32 = -0.12;

/// The text matrices of a `BT … ET` block.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct TextMatrices {
    pub(crate) text: Matrix,
    pub(crate) line: Matrix,
}

impl TextMatrices {
    /// `Td`: a new line offset from the start of the current one.
    pub(crate) fn next_line(&mut self, x: f32, y: f32) {
        self.line = Matrix::translate(x, y).then(self.line);
        self.text = self.line;
    }

    /// A `TJ` adjustment in thousandths of an em (positive moves back, or down when vertical).
    pub(crate) fn adjust(&mut self, state: &State, amount: f32, vertical: bool) {
        let shift = -amount / 1000.0 * state.size;
        self.text = if vertical {
            Matrix::translate(0.0, shift)
        } else {
            Matrix::translate(shift * state.horizontal_scale, 0.0)
        }
        .then(self.text);
    }

    /// One code drawn: its glyph, then the advance.
    pub(crate) fn show(&mut self, state: &State, code: &Code, vertical: bool) -> Glyph {
        let size = state.size;
        let spacing = state.char_spacing + if code.is_space { state.word_spacing } else { 0.0 };
        let width = code.width / 1000.0;
        let (x0, x1, y0, y1, scale) = if vertical {
            let (vx, vy) = (code.origin.0 / 1000.0, code.origin.1 / 1000.0);
            (-vx, width - vx, DESCENT - vy, ASCENT - vy, 1.0)
        } else {
            (0.0, width, DESCENT, ASCENT, state.horizontal_scale)
        };
        let render =
            Matrix([size * scale, 0.0, 0.0, size, 0.0, state.rise]).then(self.text).then(state.ctm);
        let corners = [
            render.apply(x0, y0),
            render.apply(x1, y0),
            render.apply(x0, y1),
            render.apply(x1, y1),
        ];
        let glyph = Glyph {
            text: code.text.as_deref().map(unify::unified).unwrap_or_default(),
            undecoded: code.text.is_none(),
            x0: corners.iter().map(|c| c.0).fold(f32::INFINITY, f32::min),
            y0: corners.iter().map(|c| c.1).fold(f32::INFINITY, f32::min),
            x1: corners.iter().map(|c| c.0).fold(f32::NEG_INFINITY, f32::max),
            y1: corners.iter().map(|c| c.1).fold(f32::NEG_INFINITY, f32::max),
            size: (size * self.text.then(state.ctm).vertical_scale()).abs(),
            vertical,
        };
        self.text = if vertical {
            Matrix::translate(0.0, code.advance_y / 1000.0 * size + spacing)
        } else {
            Matrix::translate((width * size + spacing) * state.horizontal_scale, 0.0)
        }
        .then(self.text);
        glyph
    }
}
