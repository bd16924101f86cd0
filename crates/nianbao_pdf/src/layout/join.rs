//! Where spaces go when glyphs become words and lines become one text.
//!
//! Chinese has no spaces between words, and reports letter-space headers (`总 计`) and break
//! labels anywhere (`商业企` / `业`), so CJK text is joined with nothing. A space stands only
//! between two Latin words or numbers that the PDF draws apart: the gap between glyphs when
//! they sit on one line, the line break when a Latin word ends a line.

/// A gap wider than this share of the font size between two Latin glyphs is a space (a
/// space is about a quarter to a third of an em; letters of a word touch).
const WORD_GAP: f32 = 0.2;

/// Whether a character is written without spaces around it (CJK ideographs, kana, hangul,
/// and the full-width punctuation they use).
pub(crate) fn is_cjk(c: char) -> bool {
    matches!(u32::from(c),
        0x2E80..=0x9FFF | 0xA000..=0xA4CF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF
        | 0xFE30..=0xFE4F | 0xFF00..=0xFFEF | 0x20000..=0x3FFFF)
}

/// Whether two glyphs `gap` points apart at font size `size` are two words: only Latin
/// letters and digits on both sides, and a real gap.
pub(crate) fn spaced(before: &str, after: &str, gap: f32, size: f32) -> bool {
    gap > WORD_GAP * size
        && latin_edge(before.chars().next_back())
        && latin_edge(after.chars().next())
}

/// Appends the next line of one text: a space only between Latin words. Digits on both
/// sides are one number wrapped in a narrow cell (`1160` over `8` is 11608).
pub(crate) fn push_line(text: &mut String, line: &str) {
    let (end, start) = (text.chars().next_back(), line.chars().next());
    let wrapped_number =
        end.is_some_and(|c| c.is_ascii_digit()) && start.is_some_and(|c| c.is_ascii_digit());
    if !wrapped_number && latin_edge(end) && latin_edge(start) {
        text.push(' ');
    }
    text.push_str(line);
}

fn latin_edge(c: Option<char>) -> bool {
    c.is_some_and(|c| !c.is_whitespace() && !is_cjk(c))
}

#[cfg(test)]
mod tests {
    use super::{push_line, spaced};

    #[test]
    fn spaces_only_between_latin_words() {
        assert!(spaced("5", "0", 4.0, 10.0));
        assert!(!spaced("5", "0", 1.0, 10.0));
        assert!(!spaced("总", "计", 12.0, 10.0));
        assert!(!spaced("2024", "年", 4.0, 10.0));
        let mut text = String::from("商业企");
        push_line(&mut text, "业");
        assert_eq!(text, "商业企业");
        let mut text = String::from("Nianbao");
        push_line(&mut text, "checks");
        assert_eq!(text, "Nianbao checks");
        let mut text = String::from("1160");
        push_line(&mut text, "8");
        assert_eq!(text, "11608");
    }
}
