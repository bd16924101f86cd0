//! Stream filters: encoded stream bytes into their data. Text filters (Flate, LZW, ASCII85,
//! ASCIIHex, RunLength, with PNG/TIFF predictors) are decoded; image filters (DCT, JPX,
//! CCITT, JBIG2) never are: an image is only counted. Every decoder writes through an
//! [`Output`] that refuses a decompression bomb early.

mod ascii85;
mod asciihex;
mod flate;
mod lzw;
mod predictor;
mod runlength;

use nianbao_document::FormatProblem;

use super::object::Dict;

/// No stream decodes to more than this (a page's content is far smaller).
pub(crate) const MAX_STREAM: usize = 64 << 20;
/// Past this much output, a stream must not have grown more than [`MAX_RATIO`] times its input.
const RATIO_FLOOR: usize = 2 << 20;
/// Real content streams compress ten or twenty to one; a thousand to one is a bomb.
const MAX_RATIO: usize = 200;

/// One filter of a stream's `/Filter` chain with its `/DecodeParms`.
#[derive(Debug, Clone, Default)]
pub(crate) struct Filter {
    pub(crate) name: Vec<u8>,
    pub(crate) parms: Dict,
}

/// A growing output that stops at the limits.
pub(crate) struct Output {
    pub(crate) bytes: Vec<u8>,
    input: usize,
}

impl Output {
    fn new(input: usize) -> Self {
        Output { bytes: Vec::new(), input }
    }

    /// Checks the size reached: too much, or too much for so little input, is a bomb.
    fn check(&self) -> Result<(), FormatProblem> {
        let len = self.bytes.len();
        if len > MAX_STREAM || (len > RATIO_FLOOR && len / self.input.max(1) > MAX_RATIO) {
            Err(FormatProblem::Bomb)
        } else {
            Ok(())
        }
    }

    fn push(&mut self, byte: u8) -> Result<(), FormatProblem> {
        self.bytes.push(byte);
        if self.bytes.len().is_multiple_of(4096) {
            self.check()?;
        }
        Ok(())
    }

    fn extend(&mut self, bytes: &[u8]) -> Result<(), FormatProblem> {
        self.bytes.extend_from_slice(bytes);
        self.check()
    }
}

/// Whether a filter is one for images (never decoded here).
pub(crate) fn is_image_filter(name: &[u8]) -> bool {
    matches!(
        name,
        b"DCTDecode" | b"DCT" | b"JPXDecode" | b"CCITTFaxDecode" | b"CCF" | b"JBIG2Decode"
    )
}

/// Decodes bytes through a chain of filters.
pub(crate) fn decode(filters: &[Filter], raw: &[u8]) -> Result<Vec<u8>, FormatProblem> {
    let mut data = raw.to_vec();
    for filter in filters {
        // The ratio is to the stream's own bytes: a chain of filters multiplies its ratios.
        let mut out = Output::new(raw.len());
        match filter.name.as_slice() {
            b"FlateDecode" | b"Fl" => flate::decode(&data, &mut out)?,
            b"LZWDecode" | b"LZW" => {
                let early = filter.parms.int(b"EarlyChange").unwrap_or(1) != 0;
                lzw::decode(&data, early, &mut out)?;
            }
            b"ASCII85Decode" | b"A85" => ascii85::decode(&data, &mut out)?,
            b"ASCIIHexDecode" | b"AHx" => asciihex::decode(&data, &mut out)?,
            b"RunLengthDecode" | b"RL" => runlength::decode(&data, &mut out)?,
            b"Crypt" => out.extend(&data)?,
            _ => return Err(FormatProblem::Corrupt),
        }
        data = predictor::undo(&filter.parms, out.bytes)?;
    }
    Ok(data)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::object::Object;
    use std::io::Write;

    fn filter(name: &str) -> Filter {
        Filter { name: name.as_bytes().to_vec(), parms: Dict::default() }
    }

    #[test]
    fn flate_bomb_is_refused() {
        let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
        encoder.write_all(&vec![0_u8; 16 << 20]).unwrap();
        let bomb = encoder.finish().unwrap();
        assert_eq!(decode(&[filter("FlateDecode")], &bomb), Err(FormatProblem::Bomb));
    }

    #[test]
    fn decodes_a_chain() {
        let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::fast());
        encoder.write_all(b"BT (Hi) Tj ET").unwrap();
        let hex: String =
            encoder.finish().unwrap().iter().map(|b| format!("{b:02x}")).collect::<String>() + ">";
        let chain = [filter("ASCIIHexDecode"), filter("FlateDecode")];
        assert_eq!(decode(&chain, hex.as_bytes()).unwrap(), b"BT (Hi) Tj ET");
        assert_eq!(
            decode(&[filter("ASCII85Decode")], b"<~87cURD]i,\"Ebo7~>").unwrap(),
            b"Hello World"
        );
        assert_eq!(
            decode(&[filter("RunLengthDecode")], &[2, b'a', b'b', b'c', 254, b'x', 128]).unwrap(),
            b"abcxxx"
        );
        // LZW of "-----A---B" from the PDF reference's example.
        let lzw = [0x80, 0x0B, 0x60, 0x50, 0x22, 0x0C, 0x0C, 0x85, 0x01];
        assert_eq!(decode(&[filter("LZWDecode")], &lzw).unwrap(), b"-----A---B");
        let _ = Object::Null;
    }
}
