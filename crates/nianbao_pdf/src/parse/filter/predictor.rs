//! Predictors after Flate or LZW (`/Predictor` in `/DecodeParms`): TIFF 2 for 8-bit
//! samples and the PNG filters (None, Sub, Up, Average, Paeth) chosen per row.

use nianbao_document::FormatProblem;

use crate::parse::object::Dict;

pub(super) fn undo(parms: &Dict, data: Vec<u8>) -> Result<Vec<u8>, FormatProblem> {
    let predictor = parms.int(b"Predictor").unwrap_or(1);
    if predictor < 2 {
        return Ok(data);
    }
    let colors = usize::try_from(parms.int(b"Colors").unwrap_or(1).clamp(1, 32)).unwrap_or(1);
    let bits =
        usize::try_from(parms.int(b"BitsPerComponent").unwrap_or(8).clamp(1, 16)).unwrap_or(8);
    let columns =
        usize::try_from(parms.int(b"Columns").unwrap_or(1).clamp(1, 1 << 20)).unwrap_or(1);
    let pixel = (colors * bits).div_ceil(8).max(1);
    let row = (colors * bits * columns).div_ceil(8);
    if predictor == 2 {
        return Ok(tiff(data, pixel, row, bits));
    }
    Ok(png(&data, pixel, row))
}

fn tiff(mut data: Vec<u8>, pixel: usize, row: usize, bits: usize) -> Vec<u8> {
    if bits != 8 || row == 0 {
        return data;
    }
    for line in data.chunks_mut(row) {
        for i in pixel..line.len() {
            let left = line.get(i - pixel).copied().unwrap_or_default();
            if let Some(byte) = line.get_mut(i) {
                *byte = byte.wrapping_add(left);
            }
        }
    }
    data
}

fn png(data: &[u8], pixel: usize, row: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len());
    let mut above = vec![0_u8; row];
    for line in data.chunks(row + 1) {
        let Some((&kind, bytes)) = line.split_first() else { break };
        let mut current = vec![0_u8; row];
        for (i, &raw) in bytes.iter().enumerate() {
            let left = if i >= pixel { current.get(i - pixel).copied().unwrap_or(0) } else { 0 };
            let up = above.get(i).copied().unwrap_or(0);
            let up_left = if i >= pixel { above.get(i - pixel).copied().unwrap_or(0) } else { 0 };
            let value = match kind {
                1 => raw.wrapping_add(left),
                2 => raw.wrapping_add(up),
                3 => raw
                    .wrapping_add(u8::try_from((u16::from(left) + u16::from(up)) / 2).unwrap_or(0)),
                4 => raw.wrapping_add(paeth(left, up, up_left)),
                _ => raw,
            };
            if let Some(slot) = current.get_mut(i) {
                *slot = value;
            }
        }
        out.extend_from_slice(current.get(..bytes.len()).unwrap_or_default());
        above = current;
    }
    out
}

fn paeth(left: u8, up: u8, up_left: u8) -> u8 {
    let (a, b, c) = (i16::from(left), i16::from(up), i16::from(up_left));
    let p = a + b - c;
    let (pa, pb, pc) = ((p - a).abs(), (p - b).abs(), (p - c).abs());
    if pa <= pb && pa <= pc {
        left
    } else if pb <= pc {
        up
    } else {
        up_left
    }
}
