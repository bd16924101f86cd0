//! LZWDecode: variable-width codes (9 to 12 bits), 256 clears, 257 ends; `EarlyChange`
//! widens the code one entry early (the default).

use nianbao_document::FormatProblem;

use super::Output;

pub(super) fn decode(data: &[u8], early: bool, out: &mut Output) -> Result<(), FormatProblem> {
    // The table holds (prefix entry, last byte, length); entries below 258 are single bytes.
    let mut table: Vec<(u16, u8, u32)> = (0..=255_u8).map(|b| (u16::MAX, b, 1)).collect();
    table.push((u16::MAX, 0, 0));
    table.push((u16::MAX, 0, 0));
    let mut width = 9_u32;
    let mut bits = 0_u32;
    let mut held = 0_u32;
    let mut previous: Option<u16> = None;
    let mut scratch = Vec::new();
    for &byte in data {
        held = held << 8 | u32::from(byte);
        bits += 8;
        while bits >= width {
            bits -= width;
            let code = u16::try_from(held >> bits & ((1 << width) - 1)).unwrap_or_default();
            held &= (1 << bits) - 1;
            match code {
                256 => {
                    table.truncate(258);
                    width = 9;
                    previous = None;
                    continue;
                }
                257 => return Ok(()),
                _ => {}
            }
            let known = usize::from(code) < table.len();
            let first = if known {
                spell(&table, code, &mut scratch);
                scratch.first().copied().unwrap_or_default()
            } else if let Some(prev) = previous.filter(|_| usize::from(code) == table.len()) {
                spell(&table, prev, &mut scratch);
                let first = scratch.first().copied().unwrap_or_default();
                scratch.push(first);
                first
            } else {
                return Err(FormatProblem::Corrupt);
            };
            out.extend(&scratch)?;
            if let Some(prev) = previous {
                if table.len() < 4096 {
                    let length = table.get(usize::from(prev)).map_or(0, |e| e.2) + 1;
                    table.push((prev, first, length));
                }
            }
            previous = Some(code);
            let next = table.len() + usize::from(early);
            width = match next {
                0..=511 => 9,
                512..=1023 => 10,
                1024..=2047 => 11,
                _ => 12,
            };
        }
    }
    Ok(())
}

/// Writes the bytes of a table entry into `scratch`.
fn spell(table: &[(u16, u8, u32)], code: u16, scratch: &mut Vec<u8>) {
    scratch.clear();
    let mut at = code;
    while let Some(&(prefix, byte, _)) = table.get(usize::from(at)) {
        scratch.push(byte);
        if prefix == u16::MAX {
            break;
        }
        at = prefix;
    }
    scratch.reverse();
}
