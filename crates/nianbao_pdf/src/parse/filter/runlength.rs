//! RunLengthDecode: a length byte 0..=127 copies that many plus one bytes, 129..=255
//! repeats the next byte 257 minus it times, 128 ends.

use nianbao_document::FormatProblem;

use super::Output;

pub(super) fn decode(data: &[u8], out: &mut Output) -> Result<(), FormatProblem> {
    let mut at = 0_usize;
    while let Some(&length) = data.get(at) {
        at += 1;
        match length {
            0..=127 => {
                let end = at + usize::from(length) + 1;
                out.extend(data.get(at..end.min(data.len())).unwrap_or_default())?;
                at = end;
            }
            128 => break,
            _ => {
                let Some(&byte) = data.get(at) else { break };
                at += 1;
                for _ in 0..(257 - usize::from(length)) {
                    out.push(byte)?;
                }
            }
        }
    }
    Ok(())
}
