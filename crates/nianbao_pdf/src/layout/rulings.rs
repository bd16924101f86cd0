//! Ruling pieces into whole lines: pieces on one line (within [`SNAP`]) whose ends meet or
//! nearly meet (within [`JOIN`]) are one line.
//!
//! Word and WPS draw a table border as one piece per cell edge, sometimes twice (a stroke
//! and the edge of the cell's filled background a fraction of a point away), and thin
//! filled rectangles for thick borders.

use super::lines::by;
use crate::page::Ruling;

/// Pieces whose constant coordinates differ by at most this are on one line (points): a
/// double border or a background's edge sits under 2 pt from the stroke.
pub(crate) const SNAP: f32 = 2.0;

/// Pieces on one line whose ends are at most this far apart are one line (points).
const JOIN: f32 = 3.0;

/// One whole line: constant coordinate `at`, from `from` to `to` along it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Rule {
    pub(crate) at: f32,
    pub(crate) from: f32,
    pub(crate) to: f32,
}

impl Rule {
    /// Whether the line covers the point `along` (with some slack at its ends).
    pub(crate) fn covers(&self, along: f32, slack: f32) -> bool {
        self.from - slack <= along && along <= self.to + slack
    }
}

/// The page's horizontal and vertical lines, each sorted by `at` then `from`.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Rules {
    pub(crate) horizontal: Vec<Rule>,
    pub(crate) vertical: Vec<Rule>,
}

/// Merges a page's ruling pieces.
pub(crate) fn merge(rulings: &[Ruling]) -> Rules {
    let finite = |r: &&Ruling| r.at.is_finite() && r.from.is_finite() && r.to.is_finite();
    let pieces = |horizontal: bool| {
        rulings
            .iter()
            .filter(finite)
            .filter(|r| r.horizontal == horizontal)
            .map(|r| Rule { at: r.at, from: r.from.min(r.to), to: r.from.max(r.to) })
            .collect::<Vec<_>>()
    };
    Rules { horizontal: collinear(pieces(true)), vertical: collinear(pieces(false)) }
}

fn collinear(mut pieces: Vec<Rule>) -> Vec<Rule> {
    pieces.sort_by(|a, b| by(a.at, b.at));
    // Groups of pieces on one line: each group starts at its first piece's `at`.
    let mut groups: Vec<Vec<Rule>> = Vec::new();
    for piece in pieces {
        match groups.last_mut() {
            Some(group) if group.first().is_some_and(|first| piece.at - first.at <= SNAP) => {
                group.push(piece);
            }
            _ => groups.push(vec![piece]),
        }
    }
    let mut lines = Vec::new();
    for mut group in groups {
        // The line is where most of its length is drawn.
        let (sum, length) = group.iter().fold((0.0_f32, 0.0_f32), |(sum, length), p| {
            let l = (p.to - p.from).max(0.01);
            (sum + p.at * l, length + l)
        });
        let at = sum / length;
        group.sort_by(|a, b| by(a.from, b.from));
        let mut open: Option<Rule> = None;
        for piece in group {
            match &mut open {
                Some(line) if piece.from <= line.to + JOIN => line.to = line.to.max(piece.to),
                _ => {
                    lines.extend(open.take());
                    open = Some(Rule { at, ..piece });
                }
            }
        }
        lines.extend(open);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::Rule;
    use crate::page::Ruling;

    #[test]
    fn pieces_on_one_line_merge() {
        let h = |at, from, to| Ruling { horizontal: true, at, from, to };
        let rules = super::merge(&[
            h(100.0, 50.0, 100.0),
            h(100.4, 100.5, 200.0), // the next cell's edge, a fraction lower
            h(100.0, 300.0, 400.0), // a separate piece further along
            h(140.0, 200.0, 50.0),  // drawn right to left
            Ruling { horizontal: false, at: 50.0, from: 100.0, to: 140.0 },
            h(f32::NAN, 0.0, 1.0),
        ]);
        let spans: Vec<(f32, f32)> = rules.horizontal.iter().map(|r| (r.from, r.to)).collect();
        assert_eq!(spans, vec![(50.0, 200.0), (300.0, 400.0), (50.0, 200.0)]);
        assert!(rules.horizontal.first().is_some_and(|r| (r.at - 100.2).abs() < 0.05));
        assert_eq!(rules.vertical, vec![Rule { at: 50.0, from: 100.0, to: 140.0 }]);
    }
}
