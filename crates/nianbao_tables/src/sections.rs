//! The six section titles (一、总体情况 … 六、其他需要报告的事项): found by their words, not
//! their numbers, because units insert sections of their own and renumber the rest.

use nianbao_document::Location;

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

/// The Chinese numeral (1–10) and separator a title starts with: `五、…` → (5, '、').
pub(crate) fn numbering(key: &str) -> Option<(u8, char)> {
    let mut chars = key.chars();
    let first = chars.next()?;
    let value = crate::claims::numerals::chinese(first.encode_utf8(&mut [0; 4]))?;
    let number = u8::try_from(value).ok().filter(|n| (1..=10).contains(n))?;
    let separator = chars.next().filter(|c| matches!(c, '、' | '.' | ','))?;
    Some((number, separator))
}

/// Whether a paragraph reads like a numbered title: `五、…`, short, no sentence.
fn titled(key: &str) -> bool {
    numbering(key).is_some() && key.chars().count() <= 40 && !key.contains('。')
}

/// Which section a paragraph titles, if it is a section title.
fn section_of(key: &str) -> Option<u8> {
    if !titled(key) {
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
    } else if (has("问题") || has("不足")) && (has("改进") || has("存在") || has("措施"))
    {
        Some(5)
    } else if has("其他需要报告") || has("其他需要说明") || has("其他事项") {
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
    // A required section renamed beyond recognition (`一、基本概况`) is still the one its
    // numeral names when it stands, numbered so, between its neighbours.
    for number in 1..=6_u8 {
        if found.iter().any(|h| h.number == number) {
            continue;
        }
        let after = found.iter().filter(|h| h.number < number).map(|h| h.item).max();
        let before = found.iter().filter(|h| h.number > number).map(|h| h.item).min();
        let (Some(after), Some(before)) = (after.or(Some(0)), before.or(Some(items.len()))) else {
            continue;
        };
        let renamed = items.iter().enumerate().take(before).skip(after).find(|(_, item)| {
            let table_row =
                ["结转", "申请数量", "办理结果", "新收"].iter().any(|w| item.key.contains(w));
            !item.cell
                && !table_row
                && titled(&item.key)
                && numbering(&item.key).map(|n| n.0) == Some(number)
        });
        if let Some((index, _)) = renamed {
            found.push(Heading { number, item: index });
        }
    }
    found
}

/// One of the six sections as found: its number, title as written, and the paragraphs
/// under it (up to the next section title), for rules that read the prose.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    /// Which of the six (1–6).
    pub number: u8,
    /// The title as written.
    pub title: String,
    /// Whether the title is worded as in the template.
    pub official: bool,
    /// Where the title is.
    pub location: Location,
    /// The Chinese numeral (1–10) and separator the title starts with (`五、` → 5, '、').
    pub numbered: Option<(u8, char)>,
    /// The paragraphs under it, in order, with where each is.
    pub paragraphs: Vec<(String, Location)>,
}

/// The sections found, in document order.
pub(crate) fn read(items: &[Item<'_>], headings: &[Heading]) -> Vec<Section> {
    let mut starts: Vec<&Heading> = headings.iter().collect();
    starts.sort_by_key(|h| h.item);
    starts
        .iter()
        .enumerate()
        .filter_map(|(n, heading)| {
            let item = items.get(heading.item)?;
            let end = starts.get(n + 1).map_or(items.len(), |next| next.item);
            let paragraphs = items
                .get(heading.item + 1..end)
                .unwrap_or(&[])
                .iter()
                .filter(|i| !i.cell)
                .map(|i| (i.text.to_owned(), i.location))
                .collect();
            let official = SECTION_TITLES
                .get(usize::from(heading.number).saturating_sub(1))
                .is_some_and(|t| *t == item.key);
            Some(Section {
                number: heading.number,
                title: item.text.to_owned(),
                official,
                location: item.location,
                numbered: numbering(&item.key),
                paragraphs,
            })
        })
        .collect()
}
