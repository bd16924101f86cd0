//! Affine matrices `[a b c d e f]` as PDF writes them: a point (x, y) maps to
//! (a·x + c·y + e, b·x + d·y + f), and `m.then(n)` applies `m` first.

/// An affine transformation.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Matrix(pub(crate) [f32; 6]);

impl Default for Matrix {
    fn default() -> Self {
        Matrix::IDENTITY
    }
}

impl Matrix {
    pub(crate) const IDENTITY: Matrix = Matrix([1.0, 0.0, 0.0, 1.0, 0.0, 0.0]);

    /// A translation.
    pub(crate) fn translate(x: f32, y: f32) -> Matrix {
        Matrix([1.0, 0.0, 0.0, 1.0, x, y])
    }

    /// This transformation followed by `next`.
    pub(crate) fn then(self, next: Matrix) -> Matrix {
        let [a, b, c, d, e, f] = self.0;
        let [na, nb, nc, nd, ne, nf] = next.0;
        Matrix([
            a * na + b * nc,
            a * nb + b * nd,
            c * na + d * nc,
            c * nb + d * nd,
            e * na + f * nc + ne,
            e * nb + f * nd + nf,
        ])
    }

    /// Where a point goes.
    pub(crate) fn apply(self, x: f32, y: f32) -> (f32, f32) {
        let [a, b, c, d, e, f] = self.0;
        (a * x + c * y + e, b * x + d * y + f)
    }

    /// The length a vertical unit vector takes: the scale of text height.
    pub(crate) fn vertical_scale(self) -> f32 {
        let [_, _, c, d, _, _] = self.0;
        (c * c + d * d).sqrt()
    }

    /// A matrix from six numbers, if they are six finite numbers.
    pub(crate) fn from_numbers(numbers: &[f32]) -> Option<Matrix> {
        let [a, b, c, d, e, f] = numbers else { return None };
        let m = [*a, *b, *c, *d, *e, *f];
        m.iter().all(|v| v.is_finite()).then_some(Matrix(m))
    }
}
