//! What a cell's text looks like, for telling the second half of a cell cut by a page break
//! from a new cell: a new row's label starts with its number (`5.`, `（六）`, `四、`), a
//! value is a number, and the rest of a label cut in two is neither.

/// Whether the text is a number as reports print them (`95`, `+13`, `1,234.5`, `12.5%`).
pub(crate) fn is_number(text: &str) -> bool {
    let body = text.trim().trim_end_matches(['元', '%', '％']);
    body.chars().any(|c| c.is_ascii_digit())
        && body.chars().all(|c| c.is_ascii_digit() || ".,+-－—".contains(c))
}

/// Whether the text starts the way a row label of the template does: `1.` `1、` `（一）`
/// `(1)` `一、`.
pub(crate) fn starts_numbered(text: &str) -> bool {
    let mut chars = text.trim_start().chars();
    let first = chars.next();
    let second = chars.next();
    let numeral = |c: char| c.is_ascii_digit() || "一二三四五六七八九十".contains(c);
    match (first, second) {
        (Some('（' | '('), Some(c)) => numeral(c),
        (Some(c), Some('.' | '、' | '．')) => numeral(c),
        (Some(c), Some(d)) if c.is_ascii_digit() && d.is_ascii_digit() => false,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::{is_number, starts_numbered};

    #[test]
    fn numbers_and_numbered_labels() {
        for text in ["95", "+13", "1,234.5", "12.5%", "7545元"] {
            assert!(is_number(text), "{text}");
        }
        for text in ["", "量", "总计", "1.属于国家秘密"] {
            assert!(!is_number(text), "{text}");
        }
        for text in
            ["5.属于三类内部事务信息", "（六）其他处理", "四、结转下年度继续办理", "(1)大力", "1、"]
        {
            assert!(starts_numbered(text), "{text}");
        }
        for text in ["方合法权益", "办理结果", "量", "行政许可", "2024年"] {
            assert!(!starts_numbered(text), "{text}");
        }
    }
}
