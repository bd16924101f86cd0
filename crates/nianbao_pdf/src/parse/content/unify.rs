//! A glyph's text as the reader means it: a CJK radical or compatibility ideograph that a
//! ToUnicode map names in place of the unified ideograph drawn (⾏ for 行, ⻓ for 长) becomes
//! that ideograph. CJK fonts give both code points one glyph, and writers that build the map
//! from the font's cmap (Chromium's Skia among them) may pick the radical; the page shows
//! 行 either way, so reading ⾏ would only make every label and section title miss.

use super::unified_table::UNIFIED;

/// `text` with each radical or compatibility ideograph replaced by its unified ideograph.
pub(super) fn unified(text: &str) -> String {
    text.chars().map(unified_char).collect()
}

fn unified_char(c: char) -> char {
    let code = u32::from(c);
    if !(0x2E80..=0x2FDF).contains(&code) && !(0xF900..=0xFAFF).contains(&code) {
        return c;
    }
    UNIFIED
        .binary_search_by_key(&code, |&(from, _)| from)
        .ok()
        .and_then(|at| UNIFIED.get(at))
        .and_then(|&(_, to)| char::from_u32(to))
        .unwrap_or(c)
}

#[cfg(test)]
mod tests {
    use super::unified;

    #[test]
    fn radicals_become_the_ideographs_drawn() {
        assert_eq!(unified("⾏政规范性⽂件"), "行政规范性文件");
        assert_eq!(unified("⼀、总体情况"), "一、总体情况");
        assert_eq!(unified("⻓期"), "长期");
    }

    #[test]
    fn compatibility_ideographs_become_unified() {
        assert_eq!(unified("\u{F900}"), "豈");
    }

    #[test]
    fn other_text_is_kept() {
        assert_eq!(unified("（一）予以公开 123 ABC"), "（一）予以公开 123 ABC");
        // A radical with no unified equivalent stays as written.
        assert_eq!(unified("\u{2E80}"), "\u{2E80}");
    }
}
