//! Which template the tables follow: read from the headers and the （六） rows, then
//! cross-checked with the report year by the rules. The layout decides the keys; the year only
//! decides when the layout gives no sign.

use crate::stream::Item;
use crate::template::Edition;

/// The layout found in the document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Layout {
    /// One of the two editions in force.
    Current(Edition),
    /// The statistics table of reports for 2018 and earlier.
    Pre2019,
    /// No sign either way.
    Unknown,
}

const MARKS_2019: [&str; 8] = [
    "本年新制作数量",
    "本年新公开数量",
    "对外公开总数量",
    "上一年项目数量",
    "采购项目数量",
    "采购总金额",
    "第二十条第(九)项",
    "其他对外管理服务事项",
];
const MARKS_2021: [&str; 7] = [
    "本年制发件数",
    "本年废止件数",
    "现行有效件数",
    "本年处理决定数量",
    "本年收费金额",
    "逾期不补正",
    "未按收费通知要求缴纳费用",
];
/// Row and column labels of the old statistics tables: applications by channel (申请总数 and
/// 当面/传真/网络/信函申请, 2008–2012 as columns, 2013–2018 as rows …数) and replies by
/// kind. None of them is a label of either current form.
const MARKS_PRE_2019: [&str; 12] = [
    "申请总数",
    "当面申请",
    "网络申请",
    "信函申请",
    "传真申请",
    "收到申请数",
    "申请办结数",
    "按时办结数",
    "申请答复数",
    "同意公开答复数",
    "不同意公开答复数",
    "属于已主动公开范围数",
];
/// How many different old labels make the old format: one could be a word of the prose.
const PRE_2019_MARKS_NEEDED: usize = 3;
/// A paragraph this short can be a table label that a copy turned into a line of its own.
const LABEL_LINE_CHARS: usize = 30;

/// Reads the layout from the table cells.
pub(crate) fn layout(items: &[Item<'_>]) -> Layout {
    // Only header-like cells can carry the marks: skip numbers and blanks.
    let headers: Vec<&str> = items
        .iter()
        .filter(|i| i.cell && i.key.len() >= 9 && !i.key.starts_with(|c: char| c.is_ascii_digit()))
        .map(|i| i.key.as_str())
        .collect();
    let score =
        |marks: &[&str]| headers.iter().filter(|key| marks.iter().any(|m| key.contains(m))).count();
    let (old, new) = (score(&MARKS_2019), score(&MARKS_2021));
    let current_rows = labels(items).any(|i| i.key.starts_with("一、本年新收"));
    if !current_rows && old_format(items) {
        return Layout::Pre2019;
    }
    match old.cmp(&new) {
        std::cmp::Ordering::Greater => Layout::Current(Edition::E2019),
        std::cmp::Ordering::Less => Layout::Current(Edition::E2021),
        std::cmp::Ordering::Equal => Layout::Unknown,
    }
}

/// Whether the old statistics table is there: enough of its labels, as cells or as lines of
/// their own (text saved from Word or a page keeps a table's cells as short lines).
fn old_format(items: &[Item<'_>]) -> bool {
    let mut seen = [false; MARKS_PRE_2019.len()];
    for item in labels(items) {
        for (mark, seen) in MARKS_PRE_2019.iter().zip(seen.iter_mut()) {
            *seen |= item.key.contains(mark);
        }
    }
    seen.iter().filter(|&&s| s).count() >= PRE_2019_MARKS_NEEDED
}

/// The cells, and the lines short enough to be a table label.
fn labels<'i, 'a>(items: &'i [Item<'a>]) -> impl Iterator<Item = &'i Item<'a>> {
    items.iter().filter(|i| i.cell || i.text.chars().nth(LABEL_LINE_CHARS).is_none())
}

/// The edition to read with: the layout's, or the year's when the layout gives no sign;
/// `None` for the old format — also a report for 2018 or before whose tables show neither
/// edition (old reports used many layouts; none of them is one of the two templates).
pub(crate) fn decide(layout: Layout, year: Option<i32>) -> Option<Edition> {
    match (layout, year) {
        (Layout::Pre2019, _) => None,
        (Layout::Current(edition), _) => Some(edition),
        (Layout::Unknown, Some(year)) if year <= 2018 => None,
        (Layout::Unknown, year) => Some(year.and_then(Edition::for_year).unwrap_or(Edition::E2021)),
    }
}
