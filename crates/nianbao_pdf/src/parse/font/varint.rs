//! The varints of the generated tables ([`super::gb1_table`]): seven bits a byte, low bits
//! first, the high bit set on every byte but the last; zigzag for signed steps.

/// Reads varints one after another from a byte slice.
pub(super) struct Varints<'a> {
    bytes: &'a [u8],
}

impl<'a> Varints<'a> {
    pub(super) fn new(bytes: &'a [u8]) -> Varints<'a> {
        Varints { bytes }
    }
}

impl Iterator for Varints<'_> {
    type Item = u32;

    /// The next number; `None` at the end or after a varint that would not fit 32 bits.
    fn next(&mut self) -> Option<u32> {
        let mut value: u32 = 0;
        for (index, byte) in self.bytes.iter().enumerate().take(5) {
            value |= u32::from(byte & 0x7f).checked_shl(7 * u32::try_from(index).ok()?)?;
            if byte & 0x80 == 0 {
                self.bytes = self.bytes.get(index + 1..).unwrap_or_default();
                return Some(value);
            }
        }
        self.bytes = &[];
        None
    }
}

/// A zigzag-coded number back to its sign: 0, -1, 1, -2, … from 0, 1, 2, 3, ….
pub(super) fn unzigzag(value: u32) -> i64 {
    let half = i64::from(value >> 1);
    if value & 1 == 0 {
        half
    } else {
        -half - 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_varints_and_stops_at_a_cut_one() {
        let numbers: Vec<u32> = Varints::new(&[0x05, 0xac, 0x02, 0x80]).collect();
        assert_eq!(numbers, vec![5, 300]);
        assert_eq!([0, 1, 2, 3, 4].map(unzigzag), [0, -1, 1, -2, 2]);
    }
}
