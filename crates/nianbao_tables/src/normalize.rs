//! Label normalisation (SPEC §4): what two spellings of one template label have in common.
//!
//! Full-width → half-width, traditional → simplified, pinyin glosses that converter sites
//! insert (`公開(kāi)`) removed, white space and quotation marks removed, brackets unified.
//! The original text is kept elsewhere for display; these keys are only for matching.

use crate::t2s::simplify;

/// The matching key of a label.
pub(crate) fn key(text: &str) -> String {
    if text.is_ascii() {
        return text
            .chars()
            .filter(|c| !c.is_whitespace() && !matches!(c, '"' | '\''))
            .map(|c| match c {
                '[' => '(',
                ']' => ')',
                _ => c,
            })
            .collect();
    }
    let glossed = text.contains(['(', '（']) && text.bytes().any(|b| b.is_ascii_alphabetic());
    let without_glosses = if glossed {
        std::borrow::Cow::Owned(strip_pinyin_glosses(text))
    } else {
        std::borrow::Cow::Borrowed(text)
    };
    let mut out = String::with_capacity(without_glosses.len());
    out.extend(
        without_glosses
            .chars()
            .map(|c| simplify(half_width(c)))
            .filter(|&c| {
                !c.is_whitespace() && !matches!(c, '“' | '”' | '"' | '‘' | '’' | '\'' | '「' | '」')
            })
            .map(|c| match c {
                '【' | '〔' | '[' => '(',
                '】' | '〕' | ']' => ')',
                _ => c,
            }),
    );
    out
}

/// The key with bracketed notes after the label removed: `本年增/减(指2020年…)` → `本年增/减`.
/// A leading `(一)` is numbering, not a note, and stays.
pub(crate) fn without_notes(key: &str) -> String {
    let mut out = String::new();
    let mut depth = 0_u32;
    for (at, c) in key.char_indices() {
        match c {
            '(' if at > 0 => depth += 1,
            ')' if depth > 0 => depth -= 1,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// `U+FF01..=U+FF5E` → ASCII, ideographic space → space.
pub(crate) fn half_width(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(u32::from(c) - 0xFEE0).unwrap_or(c),
        '\u{3000}' | '\u{a0}' => ' ',
        _ => c,
    }
}

/// Removes `(kāi)`-style glosses: a bracketed run of Latin letters right after a Han
/// character.
fn strip_pinyin_glosses(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    while let Some(&c) = chars.get(at) {
        if matches!(c, '(' | '（') && at > 0 && chars.get(at - 1).is_some_and(|&p| is_han(p)) {
            let close = chars.iter().skip(at + 1).take(10).position(|&x| matches!(x, ')' | '）'));
            if let Some(len) = close {
                let inner = chars.get(at + 1..at + 1 + len).unwrap_or(&[]);
                if !inner.is_empty() && inner.iter().all(|&x| is_pinyin_letter(x)) {
                    at += len + 2;
                    continue;
                }
            }
        }
        out.push(c);
        at += 1;
    }
    out
}

fn is_han(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{F900}'..='\u{FAFF}')
}

fn is_pinyin_letter(c: char) -> bool {
    c.is_ascii_alphabetic() || "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüÜĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙ".contains(c)
}

/// How alike two keys are, 0–100: twice the longest common subsequence over the total
/// length. Tolerates a dropped or mistyped character in a long label.
pub(crate) fn similarity(a: &str, b: &str) -> u32 {
    let a: Vec<char> = a.chars().take(80).collect();
    let b: Vec<char> = b.chars().take(80).collect();
    let total = a.len() + b.len();
    if total == 0 {
        return 100;
    }
    let mut previous = vec![0_usize; b.len() + 1];
    let mut current = vec![0_usize; b.len() + 1];
    for &x in &a {
        for (j, &y) in b.iter().enumerate() {
            let up = previous.get(j + 1).copied().unwrap_or(0);
            let left = current.get(j).copied().unwrap_or(0);
            let diagonal = previous.get(j).copied().unwrap_or(0);
            let value = if x == y { diagonal + 1 } else { up.max(left) };
            if let Some(slot) = current.get_mut(j + 1) {
                *slot = value;
            }
        }
        std::mem::swap(&mut previous, &mut current);
    }
    let common = previous.last().copied().unwrap_or(0);
    u32::try_from(common * 200 / total).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::{key, similarity, without_notes};

    #[test]
    fn folds_widths_scripts_glosses_and_space() {
        assert_eq!(key("第二十条第（一）項"), "第二十条第(一)项");
        assert_eq!(
            key("2023年政府信息公開(kāi)工作年度報(bào)告"),
            "2023年政府信息公开工作年度报告"
        );
        assert_eq!(key("規　章"), "规章");
        assert_eq!(key("3.危及“三安全一稳定”"), "3.危及三安全一稳定");
        assert_eq!(key("商業(yè) 企業(yè)"), "商业企业");
    }

    #[test]
    fn notes_after_a_label_go_numbering_stays() {
        assert_eq!(without_notes(&key("本年增/减 (指2020年增加或减少的事项数)")), "本年增/减");
        assert_eq!(
            without_notes(&key("（二）部分公开（区分处理的，只计这一情形）")),
            "(二)部分公开"
        );
    }

    #[test]
    fn a_dropped_character_still_looks_alike() {
        assert!(similarity("2.其他法律行政止公开", "2.其他法律行政法规禁止公开") >= 80);
        assert!(similarity("其他主动公开文件", "规范性文件") < 60);
    }
}
