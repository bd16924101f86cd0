//! The document as one stream of texts (paragraphs and cells in reading order), and where
//! each standard table sits in it.
//!
//! Working on a stream rather than on grids is what lets one extractor read every layout:
//! text copied from a page has no reliable rows, a table may be split over several
//! `<table>`s or pages, and values follow their row label in every format.

use std::ops::Range;

use nianbao_document::{Block, Cell, Document, Location};

use crate::normalize::key;
use crate::sections::Heading;

/// One paragraph or cell.
#[derive(Debug, Clone)]
pub(crate) struct Item<'a> {
    /// As written.
    pub text: &'a str,
    /// Matching key ([`crate::normalize::key`]).
    pub key: String,
    /// Where it is.
    pub location: Location,
    /// A table cell (else a paragraph).
    pub cell: bool,
    /// A cell of a table whose cell boundaries were lost ([`nianbao_document::Table::glued`]):
    /// it may hold several numbers run together.
    pub glued: bool,
}

/// How much of a paragraph is folded into its matching key.
const PARAGRAPH_KEY_CHARS: usize = 300;

/// All paragraphs and cells in reading order.
pub(crate) fn items(document: &Document) -> Vec<Item<'_>> {
    let mut items = Vec::new();
    for block in &document.blocks {
        match block {
            Block::Paragraph(p) => {
                let key = if paragraph_matters(&p.text) {
                    // Titles, headings and the statistics period sit near a paragraph's start.
                    let head = p
                        .text
                        .char_indices()
                        .nth(PARAGRAPH_KEY_CHARS)
                        .map_or(p.text.as_str(), |(i, _)| p.text.get(..i).unwrap_or(&p.text));
                    key(head)
                } else {
                    String::new()
                };
                items.push(Item {
                    text: &p.text,
                    key,
                    location: p.location,
                    cell: false,
                    glued: false,
                });
            }
            Block::Table(t) if t.glued => {
                for c in &t.cells {
                    glued_cell(c, &mut items);
                }
            }
            Block::Table(t) => items.extend(t.cells.iter().map(|c| Item {
                text: &c.text,
                key: key(&c.text),
                location: c.location,
                cell: true,
                glued: false,
            })),
        }
    }
    items
}

/// A cell of a glued table: a run of digits as it is, text cut at the template's words,
/// each piece located at its own first character.
fn glued_cell<'a>(cell: &'a Cell, items: &mut Vec<Item<'a>>) {
    let item = |text: &'a str, offset: usize| {
        let mut location = cell.location;
        let chars = cell.text.get(..offset).map_or(0, |head| head.chars().count());
        let shift = u32::try_from(chars).unwrap_or(u32::MAX);
        location.column = location.column.map(|c| c.saturating_add(shift));
        Item { text, key: key(text), location, cell: true, glued: true }
    };
    if crate::segmentation::is_run(&cell.text) {
        items.push(item(&cell.text, 0));
        return;
    }
    for (start, end) in crate::glued::pieces(&cell.text) {
        if let Some(text) = cell.text.get(start..end) {
            items.push(item(text, start));
        }
    }
}

/// Whether a paragraph's key is ever looked at: a title or section title (short), or the
/// statistics period. Folding every long paragraph of narrative would cost more than the
/// rest of the check.
fn paragraph_matters(text: &str) -> bool {
    // Titles and section titles are short; the statistics period names 统计.
    text.len() <= 80 * 3 || text.contains("统计") || text.contains("統計")
}

/// Where 表二, 表三 and 表四 are in the stream (item index ranges).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Regions {
    pub proactive: Option<Range<usize>>,
    pub requests: Option<Range<usize>>,
    pub appeals: Option<Range<usize>>,
}

/// Finds each table by the cells only it has, falling back to its section title.
pub(crate) fn locate(items: &[Item<'_>], headings: &[Heading]) -> Regions {
    let first_cell = |from: usize, test: &dyn Fn(&str) -> bool| {
        items.iter().enumerate().skip(from).find(|(_, i)| i.cell && test(&i.key)).map(|(n, _)| n)
    };
    let after_heading = |section: u8| {
        headings
            .iter()
            .find(|h| h.number == section)
            .and_then(|h| first_cell(h.item + 1, &|_| true))
    };
    let proactive =
        first_cell(0, &|k| k.contains("第二十条") || k == "信息内容").or_else(|| after_heading(2));
    let requests = first_cell(proactive.unwrap_or(0), &|k| {
        k.contains("勾稽关系")
            || k == "申请人情况"
            || k.starts_with("一、本年新收")
            || k == "自然人"
    })
    .or_else(|| after_heading(3));
    let appeals = first_cell(requests.or(proactive).unwrap_or(0), &|k| {
        k == "行政复议" || k == "行政复议情况"
    })
    .or_else(|| after_heading(4));
    let starts: Vec<usize> = [proactive, requests, appeals].into_iter().flatten().collect();
    let end_of = |start: usize| {
        let next_table = starts.iter().copied().filter(|&s| s > start).min();
        let next_heading = headings.iter().map(|h| h.item).filter(|&i| i > start).min();
        next_table.into_iter().chain(next_heading).min().unwrap_or(items.len())
    };
    Regions {
        proactive: proactive.map(|s| s..end_of(s)),
        requests: requests.map(|s| s..end_of(s)),
        appeals: appeals.map(|s| s..end_of(s)),
    }
}

/// The cells of a region, less page numbers (`— 5 —`) a PDF-to-Markdown tool left in a
/// table cut by a page break.
pub(crate) fn cells<'i, 'a>(
    items: &'i [Item<'a>],
    region: Option<&Range<usize>>,
) -> Vec<&'i Item<'a>> {
    region.and_then(|r| items.get(r.clone())).map_or_else(Vec::new, |slice| {
        slice.iter().filter(|i| i.cell && !is_page_number(i.text)).collect()
    })
}

/// Everything in a region, paragraphs too: the text around a row whose label was cut away.
pub(crate) fn all<'i, 'a>(
    items: &'i [Item<'a>],
    region: Option<&Range<usize>>,
) -> Vec<&'i Item<'a>> {
    region.and_then(|r| items.get(r.clone())).map_or_else(Vec::new, |slice| slice.iter().collect())
}

/// The paragraphs and cells of a region, with the paragraphs between section `section`'s
/// title and the region's first cell in front: a PDF-to-Markdown tool prints the one-number
/// rows of 表二 (`行政许可 0`) as lines above the cut table.
pub(crate) fn lines_before<'i, 'a>(
    items: &'i [Item<'a>],
    region: Option<&Range<usize>>,
    headings: &[Heading],
    section: u8,
) -> Vec<&'i Item<'a>> {
    let Some(region) = region else { return Vec::new() };
    let title = headings.iter().find(|h| h.number == section).map(|h| h.item);
    let above = title
        .filter(|&t| t < region.start)
        .and_then(|t| items.get(t + 1..region.start))
        .unwrap_or(&[]);
    above.iter().filter(|i| !i.cell).chain(items.get(region.clone()).unwrap_or(&[])).collect()
}

/// A page footer as printed in the official PDFs: a page number between dashes (`— 5 —`,
/// `- 12 -`).
fn is_page_number(text: &str) -> bool {
    let dash = |c: char| matches!(c, '—' | '-' | '－' | '–' | '─');
    let t = text.trim();
    let inner = t.trim_matches(|c: char| dash(c) || c.is_whitespace());
    t.starts_with(dash)
        && t.ends_with(dash)
        && !inner.is_empty()
        && inner.len() <= 4
        && inner.chars().all(|c| c.is_ascii_digit())
}
