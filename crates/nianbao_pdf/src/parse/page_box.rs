//! A page's shown box: the crop box (within the media box) turned by `/Rotate`, and the
//! matrix from default user space (y up) to the shown page (origin top left, y down).

use super::matrix::Matrix;

/// The shown size of a page and the matrix into it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct PageBox {
    pub(crate) width: f32,
    pub(crate) height: f32,
    pub(crate) matrix: Matrix,
}

/// A box `[x0 y0 x1 y1]` in any corner order, normalised.
pub(crate) fn normalise(values: &[f32]) -> Option<[f32; 4]> {
    let [x0, y0, x1, y1] = values else { return None };
    let b = [x0.min(*x1), y0.min(*y1), x0.max(*x1), y0.max(*y1)];
    (b.iter().all(|v| v.is_finite()) && b[2] > b[0] && b[3] > b[1]).then_some(b)
}

/// The shown page from the media box, the crop box and the rotation in degrees.
pub(crate) fn page_box(media: Option<[f32; 4]>, crop: Option<[f32; 4]>, rotate: i64) -> PageBox {
    let media = media.unwrap_or([0.0, 0.0, 612.0, 792.0]);
    let [x0, y0, x1, y1] = match crop {
        Some(c) => {
            let b =
                [c[0].max(media[0]), c[1].max(media[1]), c[2].min(media[2]), c[3].min(media[3])];
            if b[2] > b[0] && b[3] > b[1] {
                b
            } else {
                media
            }
        }
        None => media,
    };
    let (width, height) = (x1 - x0, y1 - y0);
    let flip = Matrix([1.0, 0.0, 0.0, -1.0, -x0, y1]);
    let (turn, shown) = match rotate.rem_euclid(360) {
        90 => (Matrix([0.0, 1.0, -1.0, 0.0, height, 0.0]), (height, width)),
        180 => (Matrix([-1.0, 0.0, 0.0, -1.0, width, height]), (width, height)),
        270 => (Matrix([0.0, -1.0, 1.0, 0.0, 0.0, width]), (height, width)),
        _ => (Matrix::IDENTITY, (width, height)),
    };
    PageBox { width: shown.0, height: shown.1, matrix: flip.then(turn) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rotation_keeps_the_top_left_corner_visible() {
        let upright = page_box(Some([0.0, 0.0, 600.0, 800.0]), None, 0);
        assert_eq!(upright.matrix.apply(0.0, 800.0), (0.0, 0.0));
        let turned = page_box(Some([0.0, 0.0, 600.0, 800.0]), None, 90);
        assert_eq!((turned.width, turned.height), (800.0, 600.0));
        // The unrotated top-left corner is at the top right once turned clockwise.
        assert_eq!(turned.matrix.apply(0.0, 800.0), (800.0, 0.0));
        let cropped =
            page_box(Some([0.0, 0.0, 600.0, 800.0]), Some([100.0, 100.0, 500.0, 700.0]), 0);
        assert_eq!(cropped.matrix.apply(100.0, 700.0), (0.0, 0.0));
    }
}
