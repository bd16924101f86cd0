//! FlateDecode (zlib, or raw deflate from writers that drop the header). A stream cut short
//! or damaged at its end keeps what decoded before the damage, as viewers show it.

use flate2::{Decompress, FlushDecompress, Status};
use nianbao_document::FormatProblem;

use super::Output;

pub(super) fn decode(data: &[u8], out: &mut Output) -> Result<(), FormatProblem> {
    let zlib = data.first().is_some_and(|b| b & 0x0f == 8);
    inflate(data, zlib, out)
}

fn inflate(data: &[u8], zlib: bool, out: &mut Output) -> Result<(), FormatProblem> {
    let mut inflater = Decompress::new(zlib);
    let mut buffer = vec![0_u8; 64 << 10];
    loop {
        let consumed = usize::try_from(inflater.total_in()).unwrap_or(usize::MAX);
        let before = inflater.total_out();
        let input = data.get(consumed..).unwrap_or_default();
        let status = inflater.decompress(input, &mut buffer, FlushDecompress::None);
        let produced = usize::try_from(inflater.total_out() - before).unwrap_or_default();
        out.extend(buffer.get(..produced).unwrap_or_default())?;
        match status {
            Ok(Status::StreamEnd) => return Ok(()),
            Ok(_)
                if produced == 0 && usize::try_from(inflater.total_in()).ok() == Some(consumed) =>
            {
                return Ok(())
            }
            Ok(_) => {}
            Err(_) if out.bytes.is_empty() && zlib => return inflate(data, false, out),
            Err(_) if out.bytes.is_empty() => return Err(FormatProblem::Corrupt),
            Err(_) => return Ok(()),
        }
    }
}
