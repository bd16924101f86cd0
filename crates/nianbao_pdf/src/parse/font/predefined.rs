//! The predefined GB CMaps Chinese PDFs name for non-embedded fonts, read from the generated
//! tables ([`super::gb1_table`]): GBK-EUC-H/V and GB-EUC-H/V (GBK or GB 2312 bytes → Adobe-GB1
//! CIDs; one byte up to 0x80, two above). Their CIDs then give the text through
//! [`super::gb1`]. The UCS-2/UTF-16 ones need no table: their codes are the text.

use super::cmap::CodeSpace;
use super::gb1_table::{GBK_EUC_H, GBK_EUC_SPACES, GBK_EUC_V, GB_EUC_H, GB_EUC_SPACES, GB_EUC_V};
use super::varint::{unzigzag, Varints};

/// Codes `low..=high` to CIDs from `cid` on.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Range {
    low: u32,
    high: u32,
    cid: u32,
}

/// A predefined CMap read for one font.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Predefined {
    pub(super) spaces: Vec<CodeSpace>,
    /// The horizontal map's ranges, sorted.
    ranges: Vec<Range>,
    /// A vertical map's own ranges, looked at first, sorted.
    vertical: Vec<Range>,
}

impl Predefined {
    /// The predefined GB CMap of this name, or `None` when it is not one of them.
    pub(super) fn named(name: &[u8]) -> Option<Predefined> {
        let (spaces, horizontal, vertical) = match name {
            b"GBK-EUC-H" | b"GBK-EUC-V" => (GBK_EUC_SPACES, GBK_EUC_H, GBK_EUC_V),
            b"GB-EUC-H" | b"GB-EUC-V" => (GB_EUC_SPACES, GB_EUC_H, GB_EUC_V),
            _ => return None,
        };
        Some(Predefined {
            spaces: spaces
                .iter()
                .map(|(low, high)| CodeSpace { low: low.to_vec(), high: high.to_vec() })
                .collect(),
            ranges: ranges(horizontal),
            vertical: if name.ends_with(b"-V") { ranges(vertical) } else { Vec::new() },
        })
    }

    /// The CID of a code; `None` when the map has none for it.
    pub(super) fn cid(&self, code: u32) -> Option<u32> {
        lookup(&self.vertical, code).or_else(|| lookup(&self.ranges, code))
    }
}

fn lookup(ranges: &[Range], code: u32) -> Option<u32> {
    let at = ranges.partition_point(|r| r.high < code);
    let range = ranges.get(at).filter(|r| r.low <= code)?;
    range.cid.checked_add(code - range.low)
}

/// Decodes a table's ranges (gap from the previous range, span, zigzag step of the CID).
fn ranges(table: &[u8]) -> Vec<Range> {
    let mut values = Varints::new(table);
    let mut ranges = Vec::new();
    let (mut next_code, mut next_cid): (i64, i64) = (0, 0);
    while let (Some(gap), Some(span), Some(step)) = (values.next(), values.next(), values.next()) {
        let low = next_code + i64::from(gap);
        let high = low + i64::from(span);
        let cid = next_cid + unzigzag(step);
        let (Ok(low), Ok(high), Ok(cid)) =
            (u32::try_from(low), u32::try_from(high), u32::try_from(cid))
        else {
            break;
        };
        ranges.push(Range { low, high, cid });
        next_code = i64::from(high) + 1;
        next_cid = i64::from(cid) + i64::from(span) + 1;
    }
    ranges
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gbk_and_gb_codes_give_gb1_cids() {
        let gbk = Predefined::named(b"GBK-EUC-H").unwrap_or_else(|| unreachable!());
        // From GBK-EUC-H: <20> 7716, <21>…<7e> from 814, <8140> 10072, <8179> 8281, and
        // 中 (GBK D6D0) at 4559; 0x80 lies in the code space but has no CID.
        let cids = [0x20, 0x21, 0x31, 0x8140, 0x8179, 0xd6d0, 0x80].map(|c| gbk.cid(c));
        assert_eq!(
            cids,
            [Some(7716), Some(814), Some(830), Some(10_072), Some(8281), Some(4559), None]
        );
        assert_eq!(gbk.ranges.len(), 4071);
        let gb = Predefined::named(b"GB-EUC-V").unwrap_or_else(|| unreachable!());
        // The vertical map sets 、 (A1A2) to its vertical CID 575; 中 stays.
        assert_eq!([0xa1a2, 0xd6d0].map(|c| gb.cid(c)), [Some(575), Some(4559)]);
        assert_eq!(gb.spaces[1], CodeSpace { low: vec![0xa1, 0xa1], high: vec![0xfe, 0xfe] });
        assert_eq!(Predefined::named(b"UniGB-UCS2-H"), None);
    }
}
