//! ASCII85Decode: groups of five characters `!`..`u` into four bytes, `z` for four zeros,
//! `~>` ends.

use nianbao_document::FormatProblem;

use super::Output;
use crate::parse::lexer::is_white;

pub(super) fn decode(data: &[u8], out: &mut Output) -> Result<(), FormatProblem> {
    let mut group = [0_u32; 5];
    let mut count = 0_usize;
    let start = data.iter().position(|b| !is_white(*b)).unwrap_or(0);
    let body = data.get(start..).unwrap_or_default();
    let body = body.strip_prefix(b"<~").unwrap_or(body);
    for &byte in body {
        match byte {
            b'~' => break,
            b'z' if count == 0 => out.extend(&[0; 4])?,
            b'!'..=b'u' => {
                if let Some(slot) = group.get_mut(count) {
                    *slot = u32::from(byte - b'!');
                }
                count += 1;
                if count == 5 {
                    out.extend(&value(&group).to_be_bytes())?;
                    count = 0;
                }
            }
            _ if is_white(byte) => {}
            _ => return Err(FormatProblem::Corrupt),
        }
    }
    if count > 1 {
        for slot in group.iter_mut().skip(count) {
            *slot = 84;
        }
        let bytes = value(&group).to_be_bytes();
        out.extend(bytes.get(..count - 1).unwrap_or_default())?;
    }
    Ok(())
}

fn value(group: &[u32; 5]) -> u32 {
    group.iter().fold(0_u32, |acc, d| acc.wrapping_mul(85).wrapping_add(*d))
}
