//! Folds traditional characters to simplified ones, so 規範性文件 matches 规范性文件.

use crate::t2s_table::PAIRS;

/// One bit per BMP code point: set when the character has a simplified form. Built at
/// compile time so most characters (already simplified) skip the binary search.
#[expect(
    clippy::indexing_slicing,
    reason = "evaluated at compile time: a bad index fails the build"
)]
static TRADITIONAL: [u64; 1024] = {
    let mut bits = [0_u64; 1024];
    let mut i = 0;
    while i < PAIRS.len() {
        let code = PAIRS[i].0 as usize;
        bits[code / 64] |= 1 << (code % 64);
        i += 1;
    }
    bits
};

/// The simplified form of one character (itself when it has none).
pub(crate) fn simplify(c: char) -> char {
    // Every traditional character in the table is at or above U+4E00 except a handful of
    // compatibility forms; ASCII and punctuation never change.
    if c < '\u{3400}' {
        return c;
    }
    let Ok(code) = u16::try_from(u32::from(c)) else { return c };
    let word = TRADITIONAL.get(usize::from(code) / 64).copied().unwrap_or(0);
    if word & (1 << (code % 64)) == 0 {
        return c;
    }
    match PAIRS.binary_search_by_key(&code, |&(traditional, _)| traditional) {
        Ok(at) => PAIRS.get(at).and_then(|&(_, s)| char::from_u32(u32::from(s))).unwrap_or(c),
        Err(_) => c,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn folds_the_template_vocabulary() {
        let folded: String =
            "行政規範性檔案 處理決定數量 結轉下年度繼續辦理".chars().map(super::simplify).collect();
        assert_eq!(folded, "行政规范性档案 处理决定数量 结转下年度继续办理");
    }
}
