//! Folds traditional characters to simplified ones, so 規範性文件 matches 规范性文件.

use crate::t2s_table::PAIRS;

/// The simplified form of one character (itself when it has none).
pub(crate) fn simplify(c: char) -> char {
    let Ok(code) = u16::try_from(u32::from(c)) else { return c };
    match PAIRS.binary_search_by_key(&code, |&(traditional, _)| traditional) {
        Ok(at) => PAIRS.get(at).and_then(|&(_, s)| char::from_u32(u32::from(s))).unwrap_or(c),
        Err(_) => c,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn folds_the_template_vocabulary() {
        let folded: String = "行政規範性檔案 處理決定數量 結轉下年度繼續辦理".chars().map(super::simplify).collect();
        assert_eq!(folded, "行政规范性档案 处理决定数量 结转下年度继续办理");
    }
}
