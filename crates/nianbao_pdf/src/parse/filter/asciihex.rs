//! ASCIIHexDecode: pairs of hex digits, whitespace ignored, `>` ends, an odd last digit is
//! followed by 0.

use nianbao_document::FormatProblem;

use super::Output;

pub(super) fn decode(data: &[u8], out: &mut Output) -> Result<(), FormatProblem> {
    let mut high: Option<u8> = None;
    for &byte in data {
        let value = match byte {
            b'>' => break,
            b'0'..=b'9' => byte - b'0',
            b'a'..=b'f' => byte - b'a' + 10,
            b'A'..=b'F' => byte - b'A' + 10,
            _ => continue,
        };
        match high.take() {
            Some(h) => out.push(h << 4 | value)?,
            None => high = Some(value),
        }
    }
    if let Some(h) = high {
        out.push(h << 4)?;
    }
    Ok(())
}
