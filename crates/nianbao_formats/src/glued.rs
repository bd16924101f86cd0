//! Text whose line breaks and cell boundaries were removed: a crawler's or an archive's
//! copy of a report page, the whole report on one line (`…二、主动公开政府信息情况第二十条
//! 第（一）项信息内容本年制发件数…规章000行政规范性文件8855698…`).
//!
//! Input: one such line. Output: blocks in reading order — the text before the first
//! section title, each section title as a paragraph, the prose of sections 一、五、六 as
//! paragraphs, and the bodies of sections 二、三、四 (where the tables are) as one table
//! each, marked [`Table::glued`]: its cells are the runs of digits (`713000074`) and the
//! runs of text between them, in order. This stage knows no template: the tables stage
//! splits the text runs at the template's labels and the digit runs by the table's own
//! arithmetic.

use nianbao_document::{Block, Cell, FormatProblem, Location, Paragraph, Table};

use crate::budget::Budget;

/// The words that make a numbered title one of the six sections, by section.
const SECTION_WORDS: [(u8, &[&str]); 6] = [
    (1, &["总体情况", "總體情況"]),
    (2, &["主动公开", "主動公開"]),
    (3, &["收到和处理", "收到和處理", "申请情况", "申請情況"]),
    (4, &["行政复议", "行政復議", "行政诉讼", "行政訴訟"]),
    (5, &["存在的主要问题", "存在的主要問題", "改进情况", "改進情況"]),
    (6, &["其他需要报告", "其他需要報告"]),
];

/// A line that holds several section titles of the report and runs on for pages: the
/// text of a whole report with its line breaks removed.
pub(crate) fn is_glued(line: &str) -> bool {
    line.len() > 1000
        && SECTION_WORDS.iter().filter(|(_, words)| words.iter().any(|w| line.contains(w))).count()
            >= 3
}

/// The longest a section title runs, in characters.
const MAX_TITLE_CHARS: usize = 30;

/// Reads one glued line (`number`: its 1-based line number) into blocks.
pub(crate) fn read(
    line: &str,
    number: u32,
    budget: &mut Budget,
) -> Result<Vec<Block>, FormatProblem> {
    let titles = section_titles(line);
    let mut blocks = Vec::new();
    let first = titles.first().map_or(line.len(), |t| t.start);
    let opening = line.get(..first).unwrap_or("");
    // The report's own title often opens the text (`…2022年度政府信息公开工作年度报告本报告根据…`).
    let title_end = opening
        .char_indices()
        .take(80)
        .find(|(at, _)| opening.get(..*at).is_some_and(|head| head.ends_with("报告")))
        .map(|(at, _)| at)
        .filter(|&at| opening.get(..at).is_some_and(|h| h.contains("20")));
    match title_end {
        Some(at) => {
            paragraph(line, 0, at, number, budget, &mut blocks)?;
            paragraph(line, at, first, number, budget, &mut blocks)?;
        }
        None => paragraph(line, 0, first, number, budget, &mut blocks)?,
    }
    for (n, title) in titles.iter().enumerate() {
        let body_end = titles.get(n + 1).map_or(line.len(), |t| t.start);
        paragraph(line, title.start, title.end, number, budget, &mut blocks)?;
        if matches!(title.section, 2..=4) {
            let table = cells(line, title.end, body_end, number, budget)?;
            if !table.cells.is_empty() {
                blocks.push(Block::Table(table));
            }
        } else {
            paragraph(line, title.end, body_end, number, budget, &mut blocks)?;
        }
    }
    Ok(blocks)
}

/// A section title found in the line: bytes `start..end`, and which of the six it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Title {
    start: usize,
    end: usize,
    section: u8,
}

/// The section titles, in order: `二、` and the like, up to the first 情况 or 事项 within a
/// short span without digits or another numbered title, naming a later section than the
/// title before it (so 表三's `三、本年度办理结果` and `四、结转下年度继续办理` never count).
fn section_titles(line: &str) -> Vec<Title> {
    let mut titles: Vec<Title> = Vec::new();
    let mut search_from = 0;
    while let Some(found) = line.get(search_from..).and_then(|rest| rest.find('、')) {
        let comma = search_from + found;
        search_from = comma + '、'.len_utf8();
        let Some(numeral) = line.get(..comma).and_then(|head| head.chars().next_back()) else {
            continue;
        };
        if !"一二三四五六七八".contains(numeral) {
            continue;
        }
        let start = comma - numeral.len_utf8();
        if titles.last().is_some_and(|t| start < t.end) {
            continue;
        }
        let Some(title) = title_at(line, start) else { continue };
        if titles.last().is_none_or(|t| title.section > t.section) {
            search_from = title.end;
            titles.push(title);
        }
    }
    titles
}

/// The title starting at byte `start`, if one does.
fn title_at(line: &str, start: usize) -> Option<Title> {
    let rest = line.get(start..)?;
    let mut end = None;
    for (count, (at, c)) in rest.char_indices().enumerate() {
        if count > MAX_TITLE_CHARS || c.is_ascii_digit() || c == '。' {
            break;
        }
        let numbered_again = count > 1
            && c == '、'
            && rest.get(..at).is_some_and(|h| {
                h.chars().next_back().is_some_and(|p| "一二三四五六七八".contains(p))
            });
        if numbered_again {
            break;
        }
        let head = rest.get(..at + c.len_utf8())?;
        if ["情况", "情況", "事项", "事項"].iter().any(|e| head.ends_with(e)) {
            end = Some(at + c.len_utf8());
            break;
        }
    }
    let text = without_glosses(rest.get(..end?)?);
    let section = SECTION_WORDS
        .iter()
        .find(|(_, words)| words.iter().any(|w| text.contains(w)))
        .map(|(n, _)| *n)?;
    Some(Title { start, end: start + end?, section })
}

/// The text without the pinyin glosses converter sites put after characters
/// (`主動(dòng)公開(kāi)` → `主動公開`): bracketed runs of Latin letters.
fn without_glosses(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut gloss = String::new();
    let mut in_bracket = false;
    for c in text.chars() {
        match c {
            '(' | '（' if !in_bracket => {
                in_bracket = true;
                gloss.clear();
                gloss.push(c);
            }
            ')' | '）' if in_bracket => {
                in_bracket = false;
                let letters = gloss
                    .chars()
                    .skip(1)
                    .all(|l| l.is_alphabetic() && (l.is_ascii() || l < '\u{300}'));
                if !letters || gloss.chars().count() < 2 {
                    out.push_str(&gloss);
                    out.push(c);
                }
            }
            _ if in_bracket => gloss.push(c),
            _ => out.push(c),
        }
    }
    if in_bracket {
        out.push_str(&gloss);
    }
    out
}

/// Bytes `start..end` of the line as a paragraph, unless blank.
fn paragraph(
    line: &str,
    start: usize,
    end: usize,
    number: u32,
    budget: &mut Budget,
    blocks: &mut Vec<Block>,
) -> Result<(), FormatProblem> {
    let Some(piece) = line.get(start..end) else { return Ok(()) };
    let text = piece.trim_matches(is_blank);
    if text.is_empty() {
        return Ok(());
    }
    budget.paragraph(text.len())?;
    let lead = piece.len() - piece.trim_start_matches(is_blank).len();
    blocks.push(Block::Paragraph(Paragraph {
        text: text.to_owned(),
        location: Location::text(number, column_of(line, start + lead)),
    }));
    Ok(())
}

/// What a character of a table body is part of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Blank,
    Run,
    Text,
}

fn kind_of(c: char) -> Kind {
    if is_blank(c) {
        Kind::Blank
    } else if c.is_ascii_digit() || matches!(c, '.' | '+' | '-') {
        Kind::Run
    } else {
        Kind::Text
    }
}

/// The units an amount may carry right after its digits.
const UNITS: [&str; 3] = ["万元", "亿元", "元"];

/// A table body cut into runs of digits and runs of text, at white space (a boundary the
/// copy kept) and wherever digits meet text. The number of a row label (`2.` of
/// `2.重复申请`) is text: `00000002.重复申请` is `0000000` and `2.重复申请`.
fn cells(
    line: &str,
    start: usize,
    end: usize,
    number: u32,
    budget: &mut Budget,
) -> Result<Table, FormatProblem> {
    let body = line.get(start..end).unwrap_or("");
    // (byte range in `body`, kind) of each piece.
    let mut pieces: Vec<(usize, usize, Kind)> = Vec::new();
    let mut chars = body.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if let Some(note_end) = note_at(body, at) {
            // A bracketed note (`(指2019年事项数)`) is text, digits and all.
            while chars.peek().is_some_and(|&(next_at, _)| next_at < note_end) {
                chars.next();
            }
            match pieces.last_mut() {
                Some((_, last_end, Kind::Text)) if *last_end == at => *last_end = note_end,
                _ => pieces.push((at, note_end, Kind::Text)),
            }
            continue;
        }
        let kind = kind_of(c);
        let mut piece_end = at + c.len_utf8();
        while let Some(&(next_at, next)) = chars.peek() {
            if kind_of(next) != kind || note_at(body, next_at).is_some() {
                break;
            }
            piece_end = next_at + next.len_utf8();
            chars.next();
        }
        match kind {
            Kind::Blank => {}
            Kind::Run => {
                let run = body.get(at..piece_end).unwrap_or("");
                let label_number = run.len() >= 2
                    && run.ends_with('.')
                    && chars.peek().is_some_and(|&(_, n)| kind_of(n) == Kind::Text)
                    && run.as_bytes().get(run.len() - 2).is_some_and(u8::is_ascii_digit);
                if label_number {
                    // The digit and point open the label that follows.
                    let split = piece_end - 2;
                    if split > at {
                        pieces.push((at, split, Kind::Run));
                    }
                    pieces.push((split, piece_end, Kind::Text));
                    continue;
                }
                let rest = body.get(piece_end..).unwrap_or("");
                let unit = UNITS.iter().find(|u| rest.starts_with(*u)).map_or(0, |u| u.len());
                for _ in 0..unit / '元'.len_utf8() {
                    chars.next();
                }
                pieces.push((at, piece_end + unit, Kind::Run));
            }
            Kind::Text => match pieces.last_mut() {
                // Text right after a label's number continues that label.
                Some((_, last_end, Kind::Text)) if *last_end == at => *last_end = piece_end,
                _ => pieces.push((at, piece_end, Kind::Text)),
            },
        }
    }
    let mut table_cells = Vec::with_capacity(pieces.len());
    budget.row()?;
    for (index, (from, to, _)) in pieces.iter().enumerate() {
        let text = body.get(*from..*to).unwrap_or("");
        budget.cell(table_cells.len(), 1, 1)?;
        budget.text(text.len())?;
        table_cells.push(Cell {
            text: text.to_owned(),
            row: 0,
            col: u32::try_from(index).unwrap_or(u32::MAX),
            row_span: 1,
            col_span: 1,
            location: Location::text(number, column_of(line, start + from)),
        });
    }
    Ok(Table { cells: table_cells, positions_exact: false, glued: true })
}

/// The longest a bracketed note runs, in characters.
const MAX_NOTE_CHARS: usize = 120;

/// The end (byte after the closing bracket) of a bracketed note with digits in it opening
/// at byte `at`: `(指2019年事项数)`, `(指2020年增加或减少的事项数,减用负值表示,如-8)`.
fn note_at(body: &str, at: usize) -> Option<usize> {
    let rest = body.get(at..)?;
    let open = rest.chars().next()?;
    if !matches!(open, '(' | '（') {
        return None;
    }
    let mut has_digit = false;
    let mut has_text = false;
    for (offset, c) in rest.char_indices().skip(1).take(MAX_NOTE_CHARS) {
        match c {
            ')' | '）' => return (has_digit && has_text).then_some(at + offset + c.len_utf8()),
            '(' | '（' => return None,
            c if c.is_ascii_digit() => has_digit = true,
            c if !c.is_ascii() => has_text = true,
            _ => {}
        }
    }
    None
}

/// The 1-based column, in characters, of byte `at` of the line.
fn column_of(line: &str, at: usize) -> u32 {
    let chars = line.get(..at).map_or(0, |head| head.chars().count());
    u32::try_from(chars.saturating_add(1)).unwrap_or(u32::MAX)
}

fn is_blank(c: char) -> bool {
    c.is_whitespace() || c == '\u{3000}' || c == '\u{a0}'
}

#[cfg(test)]
mod tests {
    use nianbao_document::Block;

    use crate::budget::Budget;

    fn texts(line: &str) -> Vec<String> {
        let table =
            super::cells(line, 0, line.len(), 1, &mut Budget::default()).unwrap_or_default();
        table.cells.into_iter().map(|c| c.text).collect()
    }

    #[test]
    fn digits_and_text_part_and_a_label_keeps_its_number() {
        assert_eq!(
            texts("1.属于国家秘密00000002.其他法律行政法规禁止公开 0000000（四）"),
            ["1.属于国家秘密", "0000000", "2.其他法律行政法规禁止公开", "0000000", "（四）"]
        );
        assert_eq!(texts("行政事业性收费9116.36"), ["行政事业性收费", "9116.36"]);
        assert_eq!(texts("政府集中采购51751292.6元"), ["政府集中采购", "51751292.6元"]);
        assert_eq!(texts("行政许可88-720其他"), ["行政许可", "88-720", "其他"]);
        assert_eq!(texts("0 1 1"), ["0", "1", "1"]);
        assert_eq!(
            texts("上一年项目数量(指2019年事项数)本年增/减(指…如-8)行政许可000"),
            ["上一年项目数量(指2019年事项数)本年增/减(指…如-8)行政许可", "000"]
        );
    }

    #[test]
    fn section_titles_are_found_in_order_and_tables_between() {
        let line = format!(
            "某县2022年度政府信息公开工作年度报告本报告…一、总体情况{}二、主动公开政府信息情况规章000\
             三、收到和处理政府信息公开申请情况三、本年度办理结果（一）予以公开1000001\
             四、结转下年度继续办理0000000四、政府信息公开行政复议、行政诉讼情况1\
             五、存在的主要问题及改进情况无。六、其他需要报告的事项无。",
            "总体情况正文。".repeat(100)
        );
        assert!(super::is_glued(&line));
        let blocks = super::read(&line, 9, &mut Budget::default()).unwrap_or_default();
        let kinds: Vec<String> = blocks
            .iter()
            .map(|b| match b {
                Block::Paragraph(p) => p.text.chars().take(6).collect(),
                Block::Table(t) => format!("table:{}", t.cells.len()),
            })
            .collect();
        assert_eq!(
            kinds,
            [
                "某县2022",
                "本报告…",
                "一、总体情况",
                "总体情况正文",
                "二、主动公开",
                "table:2",
                "三、收到和处",
                "table:4",
                "四、政府信息",
                "table:1",
                "五、存在的主",
                "无。",
                "六、其他需要",
                "无。"
            ]
        );
    }
}
