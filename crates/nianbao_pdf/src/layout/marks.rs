//! The glyphs of a page as the layout uses them: blank and undecoded glyphs dropped,
//! unusable boxes dropped, and text drawn twice at nearly the same place (fake bold, a
//! shadow) kept once.

use std::collections::HashMap;

use crate::page::Glyph;

/// Two copies of the same text whose boxes are this close (points, both axes) are one
/// glyph drawn twice. WPS and Word offset fake bold by a fraction of a point; two equal
/// characters side by side are at least a character width (≥ 4 pt) apart.
const SAME_PLACE: f32 = 1.2;

/// One visible glyph.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Mark<'p> {
    pub(crate) text: &'p str,
    pub(crate) x0: f32,
    pub(crate) y0: f32,
    pub(crate) x1: f32,
    pub(crate) y1: f32,
    pub(crate) size: f32,
    pub(crate) vertical: bool,
}

impl Mark<'_> {
    pub(crate) fn x_mid(&self) -> f32 {
        (self.x0 + self.x1) / 2.0
    }

    pub(crate) fn y_mid(&self) -> f32 {
        (self.y0 + self.y1) / 2.0
    }

    /// The glyph's size, or its box height when the size is unknown.
    pub(crate) fn scale(&self) -> f32 {
        if self.size > 0.0 {
            self.size
        } else {
            (self.y1 - self.y0).max(1.0)
        }
    }
}

/// The glyphs worth laying out, in drawing order.
pub(crate) fn of(glyphs: &[Glyph]) -> Vec<Mark<'_>> {
    // Kept glyphs by text and coarse place: each glyph looks only at its neighbouring
    // buckets, so finding copies stays linear however many glyphs share a text.
    let mut kept: HashMap<(&str, i64, i64), Vec<usize>> = HashMap::new();
    let mut marks: Vec<Mark<'_>> = Vec::with_capacity(glyphs.len());
    for glyph in glyphs {
        let text = glyph.text.as_str();
        let finite =
            [glyph.x0, glyph.y0, glyph.x1, glyph.y1, glyph.size].iter().all(|v| v.is_finite());
        if glyph.undecoded || text.trim().is_empty() || !finite {
            continue;
        }
        let mark = Mark {
            text,
            x0: glyph.x0.min(glyph.x1),
            y0: glyph.y0.min(glyph.y1),
            x1: glyph.x0.max(glyph.x1),
            y1: glyph.y0.max(glyph.y1),
            size: glyph.size.abs(),
            vertical: glyph.vertical,
        };
        let (bx, by) = (bucket(mark.x0), bucket(mark.y0));
        let around = |b: i64| b.saturating_sub(1)..=b.saturating_add(1);
        let copy = around(bx).any(|x| {
            around(by).any(|y| {
                kept.get(&(text, x, y)).is_some_and(|indices| {
                    indices
                        .iter()
                        .filter_map(|&i| marks.get(i))
                        .any(|other| same_place(other, &mark))
                })
            })
        });
        if !copy {
            kept.entry((text, bx, by)).or_default().push(marks.len());
            marks.push(mark);
        }
    }
    marks
}

fn bucket(at: f32) -> i64 {
    // `as` saturates for floats out of range; coordinates were checked finite.
    #[allow(clippy::cast_possible_truncation)]
    let bucket = (at / SAME_PLACE).floor() as i64;
    bucket
}

fn same_place(a: &Mark<'_>, b: &Mark<'_>) -> bool {
    (a.x0 - b.x0).abs() < SAME_PLACE && (a.y0 - b.y0).abs() < SAME_PLACE
}

#[cfg(test)]
mod tests {
    use crate::page::Glyph;

    fn glyph(text: &str, x0: f32, y0: f32) -> Glyph {
        Glyph {
            text: text.into(),
            x0,
            y0,
            x1: x0 + 10.0,
            y1: y0 + 10.0,
            size: 10.0,
            ..Glyph::default()
        }
    }

    #[test]
    fn fake_bold_counts_once_and_neighbours_stay() {
        let glyphs = vec![
            glyph("总", 100.0, 50.0),
            glyph("总", 100.3, 50.2), // the same glyph drawn again, shifted
            glyph("计", 110.0, 50.0),
            glyph("计", 110.4, 50.0),
            glyph("0", 200.0, 50.0),
            glyph("0", 205.0, 50.0), // "00": a real second zero
            glyph(" ", 210.0, 50.0),
            Glyph { undecoded: true, ..glyph("", 220.0, 50.0) },
            glyph("x", f32::NAN, 50.0),
            glyph("y", 1.0e30, -1.0e30), // saturating buckets
            glyph("y", 1.0e30, -1.0e30),
        ];
        let texts: Vec<(&str, f32)> = super::of(&glyphs).iter().map(|m| (m.text, m.x0)).collect();
        assert_eq!(
            texts,
            vec![("总", 100.0), ("计", 110.0), ("0", 200.0), ("0", 205.0), ("y", 1.0e30)]
        );
    }
}
