//! Numbers as prose writes them: `81`, `51.85` (full-width digits arrive as ASCII after
//! normalisation) and Chinese numerals (`一百二十三`, `两`, `十二`, `二〇`), for the claims
//! reader. Counts only: a Chinese numeral is never a decimal.

/// Whether `c` can be part of a Chinese numeral.
pub(super) fn is_chinese_digit(c: char) -> bool {
    matches!(
        c,
        '零' | '〇'
            | '一'
            | '二'
            | '两'
            | '三'
            | '四'
            | '五'
            | '六'
            | '七'
            | '八'
            | '九'
            | '十'
            | '百'
            | '千'
            | '万'
    )
}

fn digit_value(c: char) -> Option<i64> {
    Some(match c {
        '零' | '〇' => 0,
        '一' => 1,
        '二' | '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => return None,
    })
}

/// A Chinese numeral's value: `一百二十三` → 123, `十二` → 12, `两` → 2, `一万零五` → 10005.
/// `None` for what is no well-formed numeral (`百`, `二二`): a reading it cannot be sure of.
pub(crate) fn chinese(text: &str) -> Option<i64> {
    let mut total = 0_i64; // completed 万 groups
    let mut section = 0_i64; // below 万
    let mut digit: Option<i64> = None;
    let mut last_unit = i64::MAX;
    for c in text.chars() {
        if let Some(value) = digit_value(c) {
            if digit.is_some_and(|d| d != 0) {
                return None; // two digits in a row: 二二 is no numeral
            }
            digit = Some(value);
            continue;
        }
        let unit = match c {
            '十' => 10,
            '百' => 100,
            '千' => 1000,
            '万' => 10_000,
            _ => return None,
        };
        if unit == 10_000 {
            section += digit.take().unwrap_or(0);
            if section == 0 {
                return None;
            }
            total = total.checked_add(section.checked_mul(unit)?)?;
            section = 0;
            last_unit = i64::MAX;
            continue;
        }
        if unit >= last_unit {
            return None;
        }
        // 十 alone at the start means 一十.
        let multiplier = match digit.take() {
            Some(0) => return None,
            Some(d) => d,
            None if unit == 10 && section == 0 => 1,
            None => return None,
        };
        section += multiplier * unit;
        last_unit = unit;
    }
    let value = total.checked_add(section)?.checked_add(digit.unwrap_or(0))?;
    Some(value)
}

/// A number starting at the front of `text`: its written form and where it ends (bytes).
/// ASCII digits with an optional fraction, or a run of Chinese numeral characters.
pub(super) fn leading(text: &str) -> Option<(&str, usize)> {
    let first = text.chars().next()?;
    let end = if first.is_ascii_digit() {
        let whole = text.find(|c: char| !c.is_ascii_digit()).unwrap_or(text.len());
        let rest = text.get(whole..)?;
        match rest.strip_prefix('.') {
            Some(fraction) if fraction.starts_with(|c: char| c.is_ascii_digit()) => {
                whole + 1 + fraction.find(|c: char| !c.is_ascii_digit()).unwrap_or(fraction.len())
            }
            _ => whole,
        }
    } else if is_chinese_digit(first) {
        text.find(|c: char| !is_chinese_digit(c)).unwrap_or(text.len())
    } else {
        return None;
    };
    Some((text.get(..end)?, end))
}

#[cfg(test)]
mod tests {
    use super::{chinese, leading};

    #[test]
    fn chinese_numerals() {
        for (text, value) in [
            ("一百二十三", 123),
            ("两", 2),
            ("十二", 12),
            ("二十", 20),
            ("一百零五", 105),
            ("三千", 3000),
            ("一万零五", 10_005),
            ("十", 10),
            ("零", 0),
        ] {
            assert_eq!(chinese(text), Some(value), "{text}");
        }
        for text in ["百", "二二", "十百", "万"] {
            assert_eq!(chinese(text), None, "{text}");
        }
    }

    #[test]
    fn leading_numbers() {
        assert_eq!(leading("81件"), Some(("81", 2)));
        assert_eq!(leading("51.85%"), Some(("51.85", 5)));
        assert_eq!(leading("12.件"), Some(("12", 2)));
        assert_eq!(leading("两件"), Some(("两", 3)));
        assert_eq!(leading("件"), None);
    }
}
