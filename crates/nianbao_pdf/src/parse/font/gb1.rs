//! The Adobe-GB1 character collection: a CID's character, for CID fonts without a
//! ToUnicode map whose CIDs are GB1's (the simplified Chinese fonts SimSun, STSong-Light, …
//! as non-embedded or CID-keyed fonts). The table is Adobe's own (Adobe-GB1-UCS2, Debian
//! poppler-data), generated into [`super::gb1_table`].

use super::gb1_table::{BLOCK, BLOCK_AT, CIDS, GB1};
use super::varint::{unzigzag, Varints};

/// The character of a GB1 CID; `None` for .notdef, CIDs past the collection and any entry
/// that is not a character.
pub(super) fn unicode(cid: u32) -> Option<char> {
    if cid >= CIDS {
        return None;
    }
    let start = BLOCK_AT.get(usize::try_from(cid / BLOCK).ok()?).copied()?;
    let mut values = Varints::new(GB1.get(usize::try_from(start).ok()?..)?);
    // Each entry steps from the previous character of its block: decode up to this CID.
    let mut previous: i64 = 0;
    for _ in 0..cid % BLOCK {
        let value = values.next()?;
        if value != 0 {
            previous = step(previous, value);
        }
    }
    match values.next()? {
        0 => None,
        value => char::from_u32(u32::try_from(step(previous, value)).ok()?),
    }
}

fn step(previous: i64, value: u32) -> i64 {
    previous + 1 + unzigzag(value - 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cids_give_their_characters() {
        // CID 1 is the proportional space, 17 the digit 0, 814 the half-width "!" (GBK-EUC's
        // single byte 0x21), 575 the vertical "、" read as "、"; 4559 中, 7716 the en space
        // GBK-EUC gives 0x20; a supplementary-plane CID (22048) and one whose entry carries a
        // variation selector (22031).
        let cases = [1, 17, 814, 575, 4559, 7716, 22_048, 22_031].map(unicode);
        assert_eq!(
            cases,
            [' ', '0', '!', '、', '中', '\u{2002}', '\u{20087}', '\u{90ce}'].map(Some)
        );
        assert_eq!([0, CIDS, u32::MAX].map(unicode), [None, None, None]);
    }

    #[test]
    fn every_cid_but_notdef_has_a_character() {
        assert_eq!((1..CIDS).filter(|&cid| unicode(cid).is_none()).count(), 0);
    }
}
