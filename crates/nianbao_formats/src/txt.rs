//! Plain text as copied from portal pages, and Markdown pipe tables.
//!
//! Copying a web table gives cells that end in ` |`, laid out one cell per line, one row per
//! line, or a mix; runs of `|||` stand for spanned columns; blank cells may be dropped; a
//! long number may sit on its own line before its `|`. There is no reliable row boundary, so
//! this reader keeps the cells in reading order and marks positions as inexact; the tables
//! stage places values by their labels.

use nianbao_document::{Block, Cell, Document, Format, FormatProblem, Location, Paragraph, Table};

use crate::budget::Budget;
use crate::glued;
use crate::Extracted;

/// Reads decoded text into paragraphs and tables.
pub(crate) fn read(text: &str, budget: &mut Budget) -> Result<Extracted, FormatProblem> {
    // The lines worth reading, with their 0-based numbers in the file: every non-blank line
    // and the first blank line of each run of them. A run of blank lines reads as one, and
    // a file of forty million line breaks must not cost forty million entries. Each line
    // kept is paid for as a paragraph: in a text file, a line is what a paragraph is.
    let mut lines: Vec<&str> = Vec::new();
    let mut numbers: Vec<usize> = Vec::new();
    let mut after_blank = false;
    for (number, line) in lines_of(text).enumerate() {
        let line = line.strip_suffix('\r').unwrap_or(line);
        // Empty lines are most blank lines: told apart without a character scan.
        let blank = line.is_empty() || trim(line).is_empty();
        if blank && after_blank {
            continue;
        }
        after_blank = blank;
        budget.paragraph(0)?;
        lines.push(line);
        numbers.push(number);
    }
    if lines.iter().any(|line| glued::is_glued(line)) {
        return read_glued(&lines, &numbers, budget);
    }
    // Text copied out of Word or WPS has no pipes: a row is a line, cells end at tabs.
    let tabbed = !text.contains('|') && lines.iter().any(|l| trim(l).contains('\t'));
    let kinds = if tabbed { classify_tabbed(&lines) } else { classify(&lines) };
    let mut blocks = Vec::new();
    let mut index = 0;
    while index < lines.len() {
        if kinds.get(index) == Some(&LineKind::Table) {
            let start = index;
            while kinds.get(index) == Some(&LineKind::Table) {
                index += 1;
            }
            let run = lines.get(start..index).unwrap_or(&[]);
            let run_numbers = numbers.get(start..index).unwrap_or(&[]);
            let table = if tabbed {
                split_tabs(run, run_numbers, budget)?
            } else {
                split_cells(run, run_numbers, budget)?
            };
            if !table.cells.is_empty() {
                blocks.push(Block::Table(table));
            }
            continue;
        }
        if let Some(line) = lines.get(index) {
            let trimmed = trim(line);
            if !trimmed.is_empty() {
                budget.text(trimmed.len())?;
                let column = leading_chars(line);
                let number = numbers.get(index).copied().unwrap_or(index);
                blocks.push(Block::Paragraph(Paragraph {
                    text: trimmed.to_owned(),
                    location: Location::text(line_number(number), column),
                }));
            }
        }
        index += 1;
    }
    Ok(Extracted { format: Format::Txt, document: Document { blocks }, problems: Vec::new() })
}

/// A text with a glued line (a crawler's copy, [`glued`]): the glued lines read as the whole
/// report, the others (the crawler's metadata header) as paragraphs.
fn read_glued(
    lines: &[&str],
    numbers: &[usize],
    budget: &mut Budget,
) -> Result<Extracted, FormatProblem> {
    let mut blocks = Vec::new();
    for (line, &number) in lines.iter().zip(numbers) {
        let at = line_number(number);
        if glued::is_glued(line) {
            blocks.extend(glued::read(line, at, budget)?);
            continue;
        }
        let trimmed = trim(line);
        if !trimmed.is_empty() {
            budget.text(trimmed.len())?;
            blocks.push(Block::Paragraph(Paragraph {
                text: trimmed.to_owned(),
                location: Location::text(at, leading_chars(line)),
            }));
        }
    }
    Ok(Extracted { format: Format::Txt, document: Document { blocks }, problems: Vec::new() })
}

/// The lines of `text`, split at `\n` by a byte scan: `str::split` verifies each match as
/// a character, which costs more than the rest of reading a line when most lines are empty.
fn lines_of(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(text);
    std::iter::from_fn(move || {
        let current = rest?;
        match current.as_bytes().iter().position(|&b| b == b'\n') {
            Some(at) => {
                rest = current.get(at + 1..);
                current.get(..at)
            }
            None => {
                rest = None;
                Some(current)
            }
        }
    })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LineKind {
    Text,
    Table,
}

/// Decides which lines belong to tables. A line with `|` does; so does a short, cell-like
/// line whose cell closes on a following line (`300` then `|`), and blank lines between
/// table lines.
fn classify(lines: &[&str]) -> Vec<LineKind> {
    let has_pipe: Vec<bool> = lines.iter().map(|l| l.contains('|')).collect();
    // For each line, the first non-blank line after it: filled from the end in one pass, so
    // a run of blank lines is not rescanned from each of its lines.
    let mut next_nonblank: Vec<Option<usize>> = vec![None; lines.len()];
    let mut after = None;
    for (i, line) in lines.iter().enumerate().rev() {
        if let Some(slot) = next_nonblank.get_mut(i) {
            *slot = after;
        }
        if !trim(line).is_empty() {
            after = Some(i);
        }
    }
    let mut kinds = vec![LineKind::Text; lines.len()];
    for (i, line) in lines.iter().enumerate() {
        if has_pipe.get(i) == Some(&true) {
            if let Some(kind) = kinds.get_mut(i) {
                *kind = LineKind::Table;
            }
            continue;
        }
        let trimmed = trim(line);
        let Some(next) = next_nonblank.get(i).copied().flatten() else { continue };
        let next_line = lines.get(next).map_or("", |l| trim(l));
        let in_run = i > 0 && kinds.get(i - 1) == Some(&LineKind::Table);
        let joins = if trimmed.is_empty() {
            in_run && has_pipe.get(next) == Some(&true)
        } else {
            cell_like(trimmed)
                && (next_line.starts_with('|') || (in_run && has_pipe.get(next) == Some(&true)))
        };
        if joins {
            if let Some(kind) = kinds.get_mut(i) {
                *kind = LineKind::Table;
            }
        }
    }
    kinds
}

/// In tab-separated text, the lines with a tab between words are table rows.
fn classify_tabbed(lines: &[&str]) -> Vec<LineKind> {
    lines
        .iter()
        .map(|l| if trim(l).contains('\t') { LineKind::Table } else { LineKind::Text })
        .collect()
}

/// Tab-separated rows: every tab ends a cell, so blank cells stay in place.
fn split_tabs(
    lines: &[&str],
    numbers: &[usize],
    budget: &mut Budget,
) -> Result<Table, FormatProblem> {
    let mut cells = Vec::new();
    for (offset, (line, &number)) in lines.iter().zip(numbers).enumerate() {
        budget.row()?;
        let mut column = 0_u32;
        for (col, piece) in line.split('\t').enumerate() {
            let text = trim(piece);
            budget.cell(cells.len(), 1, 1)?;
            budget.text(text.len())?;
            cells.push(Cell {
                text: text.to_owned(),
                row: u32::try_from(offset).unwrap_or(u32::MAX),
                col: u32::try_from(col).unwrap_or(u32::MAX),
                row_span: 1,
                col_span: 1,
                location: Location::text(
                    line_number(number),
                    column.saturating_add(leading_chars(piece)),
                ),
            });
            let width = u32::try_from(piece.chars().count()).unwrap_or(u32::MAX);
            column = column.saturating_add(width).saturating_add(1);
        }
    }
    Ok(Table { cells, positions_exact: false, glued: false })
}

/// Short, not a sentence, not a section title, not a Markdown heading (`## 表二：…` between
/// the pieces a PDF-to-Markdown tool cut a table into): text that belongs in a cell.
fn cell_like(text: &str) -> bool {
    let sentence_end = text.ends_with(['。', '；', '：', ';', ':']);
    let heading = text.starts_with('#');
    text.chars().count() <= 40 && !sentence_end && !heading && !is_section_title(text)
}

/// `二、主动公开政府信息情况` and its variants: never swallowed into a table.
fn is_section_title(text: &str) -> bool {
    const KEYWORDS: [&str; 12] = [
        "总体情况",
        "總體情況",
        "主动公开",
        "主動公開",
        "收到和处理",
        "收到和處理",
        "行政复议",
        "行政復議",
        "存在的主要问题",
        "存在的主要問題",
        "其他需要报告",
        "其他需要報告",
    ];
    // Converter sites gloss characters with pinyin (`復(fù)議`); look at the Han text only.
    let text: String = text
        .chars()
        .filter(|c| !c.is_ascii() && !"āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü（）".contains(*c))
        .collect();
    let mut chars = text.chars();
    let numbered =
        matches!(chars.next(), Some('一' | '二' | '三' | '四' | '五' | '六' | '七' | '八'))
            && matches!(chars.next(), Some('、' | '.' | '．'));
    numbered && KEYWORDS.iter().any(|k| text.contains(k))
}

/// `|---|:--:|` rows of a Markdown table carry no cells.
fn is_markdown_rule(line: &str) -> bool {
    let t = trim(line);
    t.contains('-')
        && t.contains('|')
        && t.chars().all(|c| matches!(c, '|' | '-' | ':' | ' ' | '\t'))
}

/// Splits a run of table lines into cells at every `|`.
fn split_cells(
    lines: &[&str],
    numbers: &[usize],
    budget: &mut Budget,
) -> Result<Table, FormatProblem> {
    // The run's lines joined by '\n' (Markdown rules left out), with each line's start.
    let mut joined = String::new();
    let mut starts = Vec::with_capacity(lines.len());
    let mut opening = Vec::new();
    for line in lines {
        starts.push(joined.len());
        if !is_markdown_rule(line) {
            if let Some(pipe) = opening_pipe(line) {
                opening.push(joined.len() + pipe);
            }
            joined.push_str(line);
        }
        joined.push('\n');
    }
    let mut cells = Vec::new();
    let mut piece_start = 0;
    let mut row_of_cells: (usize, u32) = (usize::MAX, 0);
    // The last cell's start as (byte offset, line, column in characters): cells arrive in
    // order, so a column is counted on from the previous cell of its line rather than from
    // the line start (text copied from a page is often one very long line).
    let mut last_start: (usize, usize, usize) = (0, usize::MAX, 0);
    let ends = joined
        .match_indices('|')
        .map(|(at, _)| (at, true))
        .chain(std::iter::once((joined.len(), false)));
    for (at, is_pipe) in ends {
        let piece = joined.get(piece_start..at).unwrap_or("");
        let begin = piece_start;
        piece_start = at + 1;
        let content = trim(piece);
        let skip = if is_pipe {
            piece.is_empty() || (content.is_empty() && opening.binary_search(&at).is_ok())
        } else {
            content.is_empty() // trailing text after the last pipe is a cell only if it has text
        };
        if skip {
            continue;
        }
        // Where the cell's text starts (a blank cell: where the piece starts).
        let offset = begin
            + (piece.len() - piece.trim_start_matches(is_blank).len())
                .min(piece.len().saturating_sub(1));
        let line = starts.partition_point(|&s| s <= offset).saturating_sub(1);
        let from = if last_start.1 == line && last_start.0 <= offset {
            last_start
        } else {
            (starts.get(line).copied().unwrap_or(0), line, 0)
        };
        let column = from.2 + joined.get(from.0..offset).map_or(0, |s| s.chars().count());
        last_start = (offset, line, column);
        if row_of_cells.0 != line {
            budget.row()?;
            row_of_cells = (line, 0);
        }
        budget.cell(cells.len(), 1, 1)?;
        budget.text(content.len())?;
        cells.push(Cell {
            text: content.to_owned(),
            row: u32::try_from(line).unwrap_or(u32::MAX),
            col: row_of_cells.1,
            row_span: 1,
            col_span: 1,
            location: Location::text(
                line_number(numbers.get(line).copied().unwrap_or(line)),
                u32::try_from(column.saturating_add(1)).unwrap_or(u32::MAX),
            ),
        });
        row_of_cells.1 = row_of_cells.1.saturating_add(1);
    }
    Ok(Table { cells, positions_exact: false, glued: false })
}

/// The byte offset of a `|` that opens a line holding more cells (`| a | b |`): the white
/// space before it separates rows and is not a blank cell.
fn opening_pipe(line: &str) -> Option<usize> {
    let first = line.find(|c: char| !is_blank(c))?;
    let rest = line.get(first + 1..)?;
    (line.get(first..first + 1) == Some("|") && rest.chars().any(|c| !is_blank(c) && c != '|'))
        .then_some(first)
}

fn is_blank(c: char) -> bool {
    c.is_whitespace() || c == '\u{3000}' || c == '\u{a0}'
}

fn trim(text: &str) -> &str {
    text.trim_matches(is_blank)
}

fn leading_chars(line: &str) -> u32 {
    u32::try_from(line.chars().take_while(|&c| is_blank(c)).count())
        .unwrap_or(u32::MAX)
        .saturating_add(1)
}

fn line_number(index: usize) -> u32 {
    u32::try_from(index.saturating_add(1)).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use nianbao_document::Block;

    use crate::budget::Budget;

    fn read(text: &str) -> crate::Extracted {
        super::read(text, &mut crate::budget::Budget::default())
            .unwrap_or_else(|problem| panic!("refused: {problem:?}"))
    }

    fn tables(text: &str) -> Vec<Vec<String>> {
        read(text)
            .document
            .blocks
            .iter()
            .filter_map(|b| match b {
                Block::Table(t) => Some(t.cells.iter().map(|c| c.text.clone()).collect()),
                Block::Paragraph(_) => None,
            })
            .collect()
    }

    #[test]
    fn text_with_its_line_breaks_removed_is_read_as_a_glued_table() {
        let glued = format!(
            "一、总体情况{}二、主动公开政府信息情况第二十条第（一）项信息内容本年制发件数规章000\
             三、收到和处理政府信息公开申请情况一、本年新收政府信息公开申请数量801000081",
            "本年度共主动公开政府信息。".repeat(80)
        );
        let read = read(&glued);
        let glued_tables: Vec<Vec<&str>> = read
            .document
            .blocks
            .iter()
            .filter_map(|b| match b {
                Block::Table(t) if t.glued => {
                    Some(t.cells.iter().map(|c| c.text.as_str()).collect())
                }
                _ => None,
            })
            .collect();
        assert_eq!(
            glued_tables,
            [
                vec!["第二十条第（一）项信息内容本年制发件数规章", "000"],
                vec!["一、本年新收政府信息公开申请数量", "801000081"]
            ]
        );
        let lines = glued.replace("二、", "\n二、").replace("三、", "\n三、");
        assert!(super::read(&lines, &mut Budget::default()).is_ok_and(|r| r
            .document
            .blocks
            .iter()
            .all(|b| !matches!(b, Block::Table(t) if t.glued))));
    }

    #[test]
    fn a_markdown_heading_between_table_pieces_is_no_cell() {
        let text = "| 信息内容 | 本年制发件数 |\n|---|---|\n## 表二：主动公开政府信息情况\n| 规章 | 22 |\n";
        assert_eq!(tables(text), vec![vec!["信息内容", "本年制发件数"], vec!["规章", "22"]]);
    }

    #[test]
    fn lines_split_as_str_split_does() {
        for text in ["", "\n", "a\nb", "a\n\nb\n", "一\r\n二"] {
            let ours: Vec<&str> = super::lines_of(text).collect();
            assert_eq!(ours, text.split('\n').collect::<Vec<_>>(), "{text:?}");
        }
    }

    #[test]
    fn one_cell_per_line_with_span_padding_and_broken_numbers() {
        let text = "二、主动公开政府信息情况\n第二十条第（一）项\n|\n|||\n信息内容 |\n规范性文件 |\n300\n|\n284 |\n";
        assert_eq!(
            tables(text),
            vec![vec!["第二十条第（一）项", "", "信息内容", "规范性文件", "300", "284"]]
        );
    }

    #[test]
    fn one_row_per_line_keeps_blank_cells() {
        assert_eq!(tables("规章 | 0 | 0 | |\n"), vec![vec!["规章", "0", "0", ""]]);
    }

    #[test]
    fn markdown_rows_have_no_cells_between_them() {
        let text = "| 信息内容 | 本年制发件数 |\n|---|---|\n| 规章 | 3 |\n| 行政规范性文件 |  |\n";
        assert_eq!(
            tables(text),
            vec![vec!["信息内容", "本年制发件数", "规章", "3", "行政规范性文件", ""]]
        );
    }

    #[test]
    fn tab_separated_rows_keep_their_blank_cells() {
        assert_eq!(
            tables("二、主动公开政府信息情况\n规章\t3\t\t5\n"),
            vec![vec!["规章", "3", "", "5"]]
        );
    }

    #[test]
    fn sentences_and_titles_stay_paragraphs() {
        let read = read("依规进行集中采购。\n|\n第二十条第(一)项 | |||\n三、收到和处理政府信息公开申请情况\n| 自然人 |");
        let kinds: Vec<bool> =
            read.document.blocks.iter().map(|b| matches!(b, Block::Table(_))).collect();
        assert_eq!(kinds, vec![false, true, false, true]);
    }
}
