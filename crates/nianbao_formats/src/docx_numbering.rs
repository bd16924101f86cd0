//! Word's automatic numbering (`一、` `（一）` `1.`): not in the paragraph text, but in
//! numbering.xml, and section titles and row labels often depend on it.

use std::collections::BTreeMap;

use quick_xml::events::Event;

use crate::ooxml::{attribute, local, walk};

#[derive(Debug, Clone, Default)]
struct Level {
    start: u32,
    format: String,
    text: String,
}

/// The numbering definitions of a document and the running counters.
#[derive(Debug, Clone, Default)]
pub(crate) struct Numbering {
    /// numId → abstractNumId.
    nums: BTreeMap<String, String>,
    /// abstractNumId → levels 0–8.
    abstracts: BTreeMap<String, Vec<Level>>,
    /// abstractNumId → counters of levels 0–8.
    counters: BTreeMap<String, [u32; 9]>,
    /// Paragraph style → the numbering it applies (numId, level): headings are often
    /// numbered through their style rather than directly.
    styles: BTreeMap<String, (String, usize)>,
}

/// Level text longer than this is not a number's text (Word writes a few characters, such
/// as `%1、` or `（%2）`); longer text is cut so that it cannot be copied, large, into
/// every numbered paragraph.
const MAX_LEVEL_TEXT_CHARS: usize = 32;

impl Numbering {
    /// Reads numbering.xml (absent or unreadable: no numbering).
    pub(crate) fn parse(xml: Option<&str>) -> Self {
        let mut numbering = Self::default();
        let Some(xml) = xml else { return numbering };
        let mut abstract_id: Option<String> = None;
        let mut num_id: Option<String> = None;
        let mut level: Option<usize> = None;
        let _ = walk(xml, |event| {
            numbering.definition(event, &mut abstract_id, &mut num_id, &mut level);
            Ok(())
        });
        numbering
    }

    /// One event of numbering.xml, with the definition it is in.
    fn definition(
        &mut self,
        event: &Event<'_>,
        abstract_id: &mut Option<String>,
        num_id: &mut Option<String>,
        level: &mut Option<usize>,
    ) {
        match event {
            Event::Start(e) | Event::Empty(e) => match local(e) {
                "abstractNum" => *abstract_id = attribute(e, "abstractNumId"),
                "lvl" => {
                    *level =
                        attribute(e, "ilvl").and_then(|v| v.parse().ok()).filter(|&l: &usize| l < 9)
                }
                "num" => *num_id = attribute(e, "numId"),
                "abstractNumId" => {
                    if let (Some(num), Some(target)) = (num_id.as_ref(), attribute(e, "val")) {
                        self.nums.insert(num.clone(), target);
                    }
                }
                name @ ("start" | "numFmt" | "lvlText") => {
                    if let (Some(id), Some(l), Some(value)) =
                        (abstract_id.as_ref(), *level, attribute(e, "val"))
                    {
                        let levels = self
                            .abstracts
                            .entry(id.clone())
                            .or_insert_with(|| vec![Level::default(); 9]);
                        if let Some(slot) = levels.get_mut(l) {
                            match name {
                                "start" => slot.start = value.parse().unwrap_or(1),
                                "numFmt" => slot.format = value,
                                _ => slot.text = value.chars().take(MAX_LEVEL_TEXT_CHARS).collect(),
                            }
                        }
                    }
                }
                _ => {}
            },
            Event::End(e) => match e.local_name().as_ref() {
                "abstractNum" => *abstract_id = None,
                "lvl" => *level = None,
                "num" => *num_id = None,
                _ => {}
            },
            _ => {}
        }
    }

    /// Reads which paragraph styles apply numbering, from styles.xml (absent: none), in one
    /// pass: looking each style up in the whole part costs styles × part size.
    pub(crate) fn with_styles(mut self, xml: Option<&str>) -> Self {
        if let Some(xml) = xml.filter(|x| x.contains("numPr")) {
            self.styles = style_numbering(xml);
        }
        self
    }

    /// The numbering a paragraph style applies, if any.
    pub(crate) fn of_style(&self, style: &str) -> Option<(String, usize)> {
        self.styles.get(style).cloned()
    }

    /// The number text of the next paragraph numbered (`numId`, `ilvl`): `一、`, `（二）`.
    pub(crate) fn next(&mut self, num_id: &str, ilvl: usize) -> String {
        let Some(abstract_id) = self.nums.get(num_id).cloned() else { return String::new() };
        let Some(levels) = self.abstracts.get(&abstract_id) else { return String::new() };
        let counters = self.counters.entry(abstract_id).or_insert([0; 9]);
        let Some(level) = levels.get(ilvl) else { return String::new() };
        if let Some(count) = counters.get_mut(ilvl) {
            *count = if *count == 0 { level.start.max(1) } else { count.saturating_add(1) };
        }
        for deeper in counters.iter_mut().skip(ilvl.saturating_add(1)) {
            *deeper = 0;
        }
        let mut text = level.text.clone();
        for (n, (count, lvl)) in
            counters.iter().zip(levels).enumerate().take(ilvl.saturating_add(1))
        {
            let shown = format_number((*count).max(lvl.start.max(1)), &lvl.format);
            text = text.replace(&format!("%{}", n + 1), &shown);
        }
        if level.format == "bullet" || level.format == "none" {
            return String::new();
        }
        text
    }
}

/// Every style in styles.xml whose paragraph properties apply numbering: styleId →
/// (numId, level).
fn style_numbering(xml: &str) -> BTreeMap<String, (String, usize)> {
    let mut styles = BTreeMap::new();
    // The style being read: its id, numId and level.
    let mut current: Option<(String, Option<String>, usize)> = None;
    let _ = walk(xml, |event| {
        match event {
            Event::Start(e) | Event::Empty(e) => match local(e) {
                "style" => current = attribute(e, "styleId").map(|id| (id, None, 0)),
                "numId" => {
                    if let Some((_, num, _)) = current.as_mut() {
                        *num = attribute(e, "val");
                    }
                }
                "ilvl" => {
                    if let Some((_, _, level)) = current.as_mut() {
                        *level = attribute(e, "val").and_then(|v| v.parse().ok()).unwrap_or(0);
                    }
                }
                _ => {}
            },
            Event::End(e) if e.local_name().as_ref() == "style" => {
                if let Some((id, Some(num), level)) = current.take() {
                    styles.insert(id, (num, level));
                }
            }
            _ => {}
        }
        Ok(())
    });
    styles
}

/// A counter in a Word number format.
fn format_number(n: u32, format: &str) -> String {
    match format {
        "chineseCounting"
        | "chineseCountingThousand"
        | "chineseLegalSimplified"
        | "taiwaneseCounting" => chinese(n),
        "ideographDigital" => n
            .to_string()
            .chars()
            .map(|d| {
                "〇一二三四五六七八九"
                    .chars()
                    .nth(d.to_digit(10).unwrap_or(0) as usize)
                    .unwrap_or(d)
            })
            .collect(),
        "decimalFullWidth" | "decimalFullWidth2" => n
            .to_string()
            .chars()
            .map(|d| char::from_u32(u32::from(d) + 0xFEE0).unwrap_or(d))
            .collect(),
        "lowerLetter" | "upperLetter" => {
            let letter =
                char::from_u32(u32::from(b'a') + (n.saturating_sub(1) % 26)).unwrap_or('a');
            if format == "upperLetter" {
                letter.to_ascii_uppercase().to_string()
            } else {
                letter.to_string()
            }
        }
        "decimalEnclosedCircle" | "decimalEnclosedCircleChinese" if (1..=20).contains(&n) => {
            char::from_u32(0x2460 + n - 1).map_or_else(|| n.to_string(), |c| c.to_string())
        }
        _ => n.to_string(),
    }
}

/// 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五.
fn chinese(n: u32) -> String {
    const DIGITS: [&str; 10] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    let digit = |d: u32| DIGITS.get(d as usize).copied().unwrap_or("");
    let units = |n: u32| if n.is_multiple_of(10) { "" } else { digit(n % 10) };
    match n {
        0..=9 => digit(n).to_owned(),
        10..=19 => format!("十{}", units(n)),
        20..=99 => format!("{}十{}", digit(n / 10), units(n)),
        100..=999 => {
            let rest = n % 100;
            let tail = match rest {
                0 => String::new(),
                1..=9 => format!("零{}", digit(rest)),
                10..=19 => format!("一{}", chinese(rest)),
                _ => chinese(rest),
            };
            format!("{}百{tail}", digit(n / 100))
        }
        _ => n.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::{chinese, Numbering};

    #[test]
    fn chinese_counting() {
        let got: Vec<String> =
            [1, 6, 10, 11, 20, 25, 100, 105, 110].iter().map(|&n| chinese(n)).collect();
        assert_eq!(
            got,
            ["一", "六", "十", "十一", "二十", "二十五", "一百", "一百零五", "一百一十"]
        );
    }

    #[test]
    fn levels_count_and_reset() {
        let xml = r#"<w:numbering xmlns:w="w"><w:abstractNum w:abstractNumId="0">
            <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
            <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
            </w:abstractNum><w:num w:numId="3"><w:abstractNumId w:val="0"/></w:num></w:numbering>"#;
        let mut numbering = Numbering::parse(Some(xml));
        let got: Vec<String> = [(0, 0), (1, 1), (1, 1), (0, 0), (1, 1)]
            .iter()
            .map(|&(_, l)| numbering.next("3", l))
            .collect();
        assert_eq!(got, ["一、", "（一）", "（二）", "二、", "（一）"]);
        assert_eq!(numbering.next("9", 0), "");
    }
}
