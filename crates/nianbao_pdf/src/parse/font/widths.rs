//! Glyph widths and vertical metrics: `/W` and `/W2` of CID fonts (per CID, lists or
//! ranges), `/Widths` from `/FirstChar` of simple fonts. Units are thousandths of text space.

use std::collections::HashMap;

use crate::parse::object::Object;

/// CIDs one range may cover.
const MAX_RANGE: i64 = 65_536;
/// CIDs all ranges of one array may cover together (a font has at most 65,536 glyphs).
const MAX_TOTAL: usize = 131_072;

/// `/W`: `c [w1 w2 …]` or `c_first c_last w`.
pub(crate) fn cid_widths(items: &[Object]) -> HashMap<u32, f32> {
    let mut widths = HashMap::new();
    let mut at = 0;
    let mut covered = 0_usize;
    while let Some(first) = items.get(at).and_then(Object::as_int) {
        match items.get(at + 1) {
            Some(Object::Array(list)) => {
                for (i, w) in list.iter().enumerate() {
                    if let (Some(cid), Some(w)) = (cid_at(first, i), w.as_f32()) {
                        widths.insert(cid, w);
                    }
                }
                at += 2;
            }
            Some(last) => {
                let (Some(last), Some(w)) =
                    (last.as_int(), items.get(at + 2).and_then(Object::as_f32))
                else {
                    break;
                };
                if (0..MAX_RANGE).contains(&(last - first)) && covered < MAX_TOTAL {
                    covered += usize::try_from(last - first).unwrap_or(0) + 1;
                    for cid in first..=last {
                        if let Ok(cid) = u32::try_from(cid) {
                            widths.insert(cid, w);
                        }
                    }
                }
                at += 3;
            }
            None => break,
        }
    }
    widths
}

/// `/W2`: `c [w1y vx vy …]` or `c_first c_last w1y vx vy`, as (w1y, vx, vy) per CID.
pub(crate) fn cid_vertical(items: &[Object]) -> HashMap<u32, (f32, f32, f32)> {
    let mut metrics = HashMap::new();
    let mut at = 0;
    let mut covered = 0_usize;
    while let Some(first) = items.get(at).and_then(Object::as_int) {
        match items.get(at + 1) {
            Some(Object::Array(list)) => {
                for (i, triple) in list.chunks_exact(3).enumerate() {
                    let values: Vec<f32> = triple.iter().filter_map(Object::as_f32).collect();
                    if let (Some(cid), [w1, vx, vy]) = (cid_at(first, i), values.as_slice()) {
                        metrics.insert(cid, (*w1, *vx, *vy));
                    }
                }
                at += 2;
            }
            Some(last) => {
                let Some(last) = last.as_int() else { break };
                let values: Vec<f32> =
                    items.iter().skip(at + 2).take(3).filter_map(Object::as_f32).collect();
                let [w1, vx, vy] = values.as_slice() else { break };
                if (0..MAX_RANGE).contains(&(last - first)) && covered < MAX_TOTAL {
                    covered += usize::try_from(last - first).unwrap_or(0) + 1;
                    for cid in first..=last {
                        if let Ok(cid) = u32::try_from(cid) {
                            metrics.insert(cid, (*w1, *vx, *vy));
                        }
                    }
                }
                at += 5;
            }
            None => break,
        }
    }
    metrics
}

fn cid_at(first: i64, offset: usize) -> Option<u32> {
    u32::try_from(first.checked_add(i64::try_from(offset).ok()?)?).ok()
}

/// `/Widths` of a simple font starting at `/FirstChar`.
pub(crate) fn simple_widths(first: i64, items: &[Object]) -> HashMap<u32, f32> {
    items
        .iter()
        .take(256)
        .enumerate()
        .filter_map(|(i, w)| Some((cid_at(first, i)?, w.as_f32()?)))
        .collect()
}
