//! Page furniture: page numbers, running headers and footers. They sit in the top or bottom
//! margin and are no part of the report's text or tables (a table split over two pages has
//! its page number between the two halves).

use std::collections::{BTreeMap, BTreeSet};

use super::lines::Line;

/// The margins where furniture sits, as shares of the page height.
const TOP_BAND: f32 = 0.1;
const BOTTOM_BAND: f32 = 0.88;

/// Furniture is short.
const MAX_CHARS: usize = 40;

/// A line in a page's top or bottom margin.
pub(crate) fn in_margin(line: &Line, page_height: f32) -> bool {
    page_height > 0.0 && (line.y1 <= TOP_BAND * page_height || line.y0 >= BOTTOM_BAND * page_height)
}

/// A page number as offices write them: `-3-`, `- 3 -`, `3`, `第 3 页`, `第3页 共5页`, `3/5`.
pub(crate) fn is_page_number(text: &str) -> bool {
    let rest: Vec<char> = text
        .chars()
        .filter(|c| !c.is_whitespace() && !"-—–－‐_·•第页共/／|()（）PpageOf".contains(*c))
        .collect();
    !rest.is_empty() && rest.len() <= 8 && rest.iter().all(char::is_ascii_digit)
}

/// The text with its digits masked, so `第 3 页` on one page matches `第 4 页` on another.
fn masked(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| if c.is_ascii_digit() { '#' } else { c })
        .collect()
}

/// Margin texts (digits masked) found on more than one page: running headers and footers.
pub(crate) fn repeated<'l>(margins: impl Iterator<Item = (u32, &'l Line)>) -> BTreeSet<String> {
    let mut pages_of: BTreeMap<String, Vec<u32>> = BTreeMap::new();
    for (page, line) in margins {
        let text = line.text();
        if text.chars().count() <= MAX_CHARS {
            let pages = pages_of.entry(masked(&text)).or_default();
            // Margins come page by page: a page already counted is the last one.
            if pages.last() != Some(&page) {
                pages.push(page);
            }
        }
    }
    pages_of.into_iter().filter(|(_, pages)| pages.len() > 1).map(|(text, _)| text).collect()
}

/// Whether a line in the margin is furniture: a page number or a repeated text.
pub(crate) fn is_furniture(line: &Line, page_height: f32, repeated: &BTreeSet<String>) -> bool {
    if !in_margin(line, page_height) {
        return false;
    }
    let text = line.text();
    is_page_number(&text) || repeated.contains(&masked(&text))
}

#[cfg(test)]
mod tests {
    use super::is_page_number;

    #[test]
    fn page_numbers_as_written() {
        for text in ["-3-", "- 3 -", "3", "第 3 页", "第3页 共5页", "3/5", "— 12 —"] {
            assert!(is_page_number(text), "{text}");
        }
        for text in ["", "-", "2024 年", "附件", "一"] {
            assert!(!is_page_number(text), "{text}");
        }
    }
}
