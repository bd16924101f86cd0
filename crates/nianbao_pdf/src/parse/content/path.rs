//! Paths into rulings: stroked axis-aligned segments (and rectangle edges), and filled
//! rectangles thin in one direction (under [`THIN`] points) reduced to their middle line.
//! Curves, slanted lines and large fills draw no ruling.

use crate::page::Ruling;
use crate::parse::matrix::Matrix;

/// A filled rectangle thinner than this is a line.
const THIN: f32 = 2.0;
/// A segment whose ends differ less than this across its direction is straight.
const SLANT: f32 = 1.0;
/// Segments shorter than this are dots, not rulings.
const SHORTEST: f32 = 1.0;

/// One subpath in page coordinates.
#[derive(Debug, Clone, Default)]
struct Subpath {
    points: Vec<(f32, f32)>,
    /// Segment i (from point i to i+1) is a curve.
    curves: Vec<bool>,
    closed: bool,
}

/// The path under construction.
#[derive(Debug, Clone, Default)]
pub(crate) struct Path {
    subpaths: Vec<Subpath>,
    /// The current point in user space (curves and `v` need it).
    current: (f32, f32),
    /// Points in all subpaths (kept, not summed: a path may have many subpaths).
    points: usize,
}

/// Points in one path at most: a path of a million segments is no table border.
const MAX_POINTS: usize = 100_000;

impl Path {
    pub(crate) fn move_to(&mut self, ctm: Matrix, x: f32, y: f32) {
        if self.points >= MAX_POINTS {
            return;
        }
        self.points += 1;
        self.current = (x, y);
        self.subpaths.push(Subpath { points: vec![ctm.apply(x, y)], ..Subpath::default() });
    }

    fn segment(&mut self, ctm: Matrix, x: f32, y: f32, curve: bool) {
        if self.points >= MAX_POINTS {
            return;
        }
        if self.subpaths.last().is_none_or(|s| s.closed) {
            let (cx, cy) = self.current;
            self.move_to(ctm, cx, cy);
        }
        self.current = (x, y);
        if let Some(sub) = self.subpaths.last_mut() {
            sub.points.push(ctm.apply(x, y));
            sub.curves.push(curve);
            self.points += 1;
        }
    }

    pub(crate) fn line_to(&mut self, ctm: Matrix, x: f32, y: f32) {
        self.segment(ctm, x, y, false);
    }

    pub(crate) fn curve_to(&mut self, ctm: Matrix, x: f32, y: f32) {
        self.segment(ctm, x, y, true);
    }

    pub(crate) fn close(&mut self) {
        if let Some(sub) = self.subpaths.last_mut() {
            sub.closed = true;
            if let Some(&first) = sub.points.first() {
                self.current = first;
            }
        }
    }

    pub(crate) fn rectangle(&mut self, ctm: Matrix, x: f32, y: f32, w: f32, h: f32) {
        self.move_to(ctm, x, y);
        self.line_to(ctm, x + w, y);
        self.line_to(ctm, x + w, y + h);
        self.line_to(ctm, x, y + h);
        self.close();
        self.current = (x, y);
    }

    /// The rulings of this path painted: stroked, filled or both.
    pub(crate) fn rulings(&self, stroke: bool, fill: bool, out: &mut Vec<Ruling>) {
        for sub in &self.subpaths {
            if stroke {
                stroke_rulings(sub, out);
            }
            if fill {
                if let Some(ruling) = thin_fill(sub) {
                    out.push(ruling);
                }
            }
        }
    }
}

fn stroke_rulings(sub: &Subpath, out: &mut Vec<Ruling>) {
    let mut segments: Vec<((f32, f32), (f32, f32))> = sub
        .points
        .windows(2)
        .zip(&sub.curves)
        .filter(|(_, curve)| !**curve)
        .filter_map(|(pair, _)| Some((*pair.first()?, *pair.get(1)?)))
        .collect();
    if sub.closed {
        if let (Some(&first), Some(&last)) = (sub.points.first(), sub.points.last()) {
            segments.push((last, first));
        }
    }
    out.extend(segments.into_iter().filter_map(|(a, b)| straight(a, b)));
}

/// A straight axis-aligned segment as a ruling.
fn straight((x0, y0): (f32, f32), (x1, y1): (f32, f32)) -> Option<Ruling> {
    let (dx, dy) = ((x1 - x0).abs(), (y1 - y0).abs());
    if dy < SLANT && dx >= SHORTEST {
        Some(Ruling { horizontal: true, at: (y0 + y1) / 2.0, from: x0.min(x1), to: x0.max(x1) })
    } else if dx < SLANT && dy >= SHORTEST {
        Some(Ruling { horizontal: false, at: (x0 + x1) / 2.0, from: y0.min(y1), to: y0.max(y1) })
    } else {
        None
    }
}

/// A filled subpath that is an axis-aligned rectangle thin in one direction.
fn thin_fill(sub: &Subpath) -> Option<Ruling> {
    if sub.curves.iter().any(|c| *c) || !(4..=5).contains(&sub.points.len()) {
        return None;
    }
    let points = &sub.points;
    let axis_aligned = points
        .iter()
        .zip(points.iter().cycle().skip(1))
        .all(|(a, b)| (a.0 - b.0).abs() < 0.01 || (a.1 - b.1).abs() < 0.01);
    if !axis_aligned {
        return None;
    }
    let x0 = points.iter().map(|p| p.0).fold(f32::INFINITY, f32::min);
    let x1 = points.iter().map(|p| p.0).fold(f32::NEG_INFINITY, f32::max);
    let y0 = points.iter().map(|p| p.1).fold(f32::INFINITY, f32::min);
    let y1 = points.iter().map(|p| p.1).fold(f32::NEG_INFINITY, f32::max);
    let (w, h) = (x1 - x0, y1 - y0);
    if h < THIN && w >= h && w >= SHORTEST {
        Some(Ruling { horizontal: true, at: (y0 + y1) / 2.0, from: x0, to: x1 })
    } else if w < THIN && h > w && h >= SHORTEST {
        Some(Ruling { horizontal: false, at: (x0 + x1) / 2.0, from: y0, to: y1 })
    } else {
        None
    }
}
