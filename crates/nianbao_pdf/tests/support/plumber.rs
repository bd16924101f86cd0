//! Pages from what pdfplumber read (`scripts/pdf_glyphs.py`): the layout's input made by
//! a real tool, independently of this crate's own parser.

use nianbao_pdf::page::{Glyph, Page, Ruling};
use serde_json::Value;

fn number(v: Option<&Value>) -> f32 {
    // Coordinates are rounded to 0.01 pt by the dump: f32 holds them.
    #[allow(clippy::cast_possible_truncation)]
    let n = v.and_then(Value::as_f64).unwrap_or(f64::NAN) as f32;
    n
}

/// The pages of a dump: glyphs as `[text, x0, y0, x1, y1, size]`, rulings as
/// `[horizontal, at, from, to]`.
pub(crate) fn pages(json: &str) -> Vec<Page> {
    let value: Value = serde_json::from_str(json).unwrap_or(Value::Null);
    let list = value.as_array().cloned().unwrap_or_default();
    list.iter()
        .map(|page| {
            let items =
                |key: &str| page.get(key).and_then(Value::as_array).cloned().unwrap_or_default();
            let glyphs = items("glyphs")
                .iter()
                .map(|g| Glyph {
                    text: g.get(0).and_then(Value::as_str).unwrap_or_default().to_owned(),
                    x0: number(g.get(1)),
                    y0: number(g.get(2)),
                    x1: number(g.get(3)),
                    y1: number(g.get(4)),
                    size: number(g.get(5)),
                    ..Glyph::default()
                })
                .collect();
            let rulings = items("rulings")
                .iter()
                .map(|r| Ruling {
                    horizontal: r.get(0).and_then(Value::as_bool).unwrap_or(false),
                    at: number(r.get(1)),
                    from: number(r.get(2)),
                    to: number(r.get(3)),
                })
                .collect();
            Page {
                number: page
                    .get("number")
                    .and_then(Value::as_u64)
                    .and_then(|n| u32::try_from(n).ok())
                    .unwrap_or(0),
                width: number(page.get("width")),
                height: number(page.get("height")),
                glyphs,
                rulings,
                images: 0,
            }
        })
        .collect()
}
