//! The six section titles (一、总体情况 … 六、其他需要报告的事项): found by their words, not
//! their numbers, because units insert sections of their own and renumber the rest.

use nianbao_document::{Code, Detail, Finding, Location};

use crate::stream::Item;

/// A section title found in the document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Heading {
    /// Which of the six (1–6).
    pub number: u8,
    /// Index in the item stream.
    pub item: usize,
}

/// The six official section titles (also their matching keys: no full-width forms in them).
pub const SECTION_TITLES: [&str; 6] = [
    "一、总体情况",
    "二、主动公开政府信息情况",
    "三、收到和处理政府信息公开申请情况",
    "四、政府信息公开行政复议、行政诉讼情况",
    "五、存在的主要问题及改进情况",
    "六、其他需要报告的事项",
];

/// Which section a paragraph titles, if it is a section title.
fn section_of(key: &str) -> Option<u8> {
    let mut chars = key.chars();
    let numbered = matches!(
        chars.next(),
        Some('一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十')
    ) && matches!(chars.next(), Some('、' | '.' | ','));
    if !numbered || key.chars().count() > 40 || key.contains('。') {
        return None;
    }
    let has = |word: &str| key.contains(word);
    if has("总体情况") {
        Some(1)
    } else if has("主动公开") {
        Some(2)
    } else if has("申请") && (has("收到") || has("处理") || has("依申请")) {
        Some(3)
    } else if has("行政复议") || has("行政诉讼") {
        Some(4)
    } else if has("问题") && (has("改进") || has("存在")) {
        Some(5)
    } else if has("其他需要报告") {
        Some(6)
    } else {
        None
    }
}

/// Finds the first title of each section. Cells count too: a workbook has no paragraphs,
/// and no template row label reads like a section title.
pub(crate) fn headings(items: &[Item<'_>]) -> Vec<Heading> {
    let mut found: Vec<Heading> = Vec::new();
    for (index, item) in items.iter().enumerate() {
        if let Some(number) = section_of(&item.key) {
            if !found.iter().any(|h| h.number == number) {
                found.push(Heading { number, item: index });
            }
        }
    }
    found
}

/// T001 for missing sections, T002 for titles worded differently from the template.
pub(crate) fn findings(items: &[Item<'_>], headings: &[Heading]) -> Vec<Finding> {
    let mut findings = Vec::new();
    for (number, official) in (1_u8..).zip(SECTION_TITLES) {
        match headings.iter().find(|h| h.number == number).and_then(|h| items.get(h.item)) {
            None => findings.push(Finding::new(
                Code::T001,
                Location::default(),
                Detail::Section { number, found: None },
            )),
            Some(item) if item.key != official => findings.push(Finding::new(
                Code::T002,
                item.location,
                Detail::Section { number, found: Some(item.text.to_owned()) },
            )),
            Some(_) => {}
        }
    }
    findings
}
