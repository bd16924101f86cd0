//! The official forms as grids, laid out as the template prints them (header rows with
//! their spans, grouped row labels), with value cells and mutations from the fuzz bytes;
//! and the report skeleton around them.

use nianbao_tables::{Edition, APPEAL_COLUMNS, APPEAL_GROUPS, REQUEST_COLUMNS, SECTION_TITLES};

use crate::document::{Block, Doc, Paragraph};
use crate::grid::Grid;
use crate::words;
use crate::{Result, Unstructured};

type Cells = Vec<(String, usize, usize)>;

fn values(u: &mut Unstructured<'_>, count: usize, row: &mut Cells) -> Result<()> {
    for _ in 0..count {
        row.push((words::cell(u)?, 1, 1));
    }
    Ok(())
}

/// An edition, mostly the 2021 one.
pub fn edition(u: &mut Unstructured<'_>) -> Result<Edition> {
    Ok(if words::one_in(u, 4)? { Edition::E2019 } else { Edition::E2021 })
}

/// 表三: the three header rows, then each row label (with its group labels spanning the
/// rows they head) and the seven value columns.
pub fn requests(u: &mut Unstructured<'_>, edition: Edition) -> Result<Grid> {
    let columns = REQUEST_COLUMNS.len();
    let mut rows: Vec<Cells> = vec![
        vec![
            ("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）".into(), 3, 3),
            ("申请人情况".into(), columns, 1),
        ],
        vec![
            (REQUEST_COLUMNS[0].label.into(), 1, 2),
            ("法人或其他组织".into(), columns - 2, 1),
            (REQUEST_COLUMNS[columns - 1].label.into(), 1, 2),
        ],
        REQUEST_COLUMNS[1..columns - 1].iter().map(|c| (c.label.to_owned(), 1, 1)).collect(),
    ];
    let template = edition.request_rows();
    let outcomes = "三、本年度办理结果";
    let outcome_rows = template.iter().filter(|r| r.group.is_some()).count();
    let mut outcomes_written = false;
    let mut last_group = None;
    for row in template {
        let mut cells = Cells::new();
        let label = row.labels.first().copied().unwrap_or_default().to_owned();
        match row.group {
            None => cells.push((label, 3, 1)),
            Some(group) => {
                if !outcomes_written {
                    cells.push((outcomes.to_owned(), 1, outcome_rows));
                    outcomes_written = true;
                }
                if group == outcomes {
                    cells.push((label, 2, 1));
                } else {
                    if last_group != Some(group) {
                        let size = template.iter().filter(|r| r.group == Some(group)).count();
                        cells.push((group.to_owned(), 1, size));
                    }
                    cells.push((label, 1, 1));
                }
            }
        }
        last_group = row.group;
        values(u, columns, &mut cells)?;
        rows.push(cells);
    }
    let mut grid = Grid::from_rows(rows);
    grid.mutate(u)?;
    Ok(grid)
}

/// 表二: per block of the edition, its caption row, its header row and its rows.
pub fn proactive(u: &mut Unstructured<'_>, edition: Edition) -> Result<Grid> {
    let mut rows: Vec<Cells> = Vec::new();
    for block in edition.proactive() {
        rows.push(vec![(block.caption.to_owned(), block.columns.len() + 1, 1)]);
        let mut header = vec![("信息内容".to_owned(), 1, 1)];
        header.extend(block.columns.iter().map(|c| (c.label.to_owned(), 1, 1)));
        rows.push(header);
        for row in block.rows {
            let mut cells =
                vec![(row.labels.first().copied().unwrap_or_default().to_owned(), 1, 1)];
            values(u, block.columns.len(), &mut cells)?;
            rows.push(cells);
        }
    }
    let mut grid = Grid::from_rows(rows);
    grid.mutate(u)?;
    Ok(grid)
}

/// 表四: the group row, the column row (with 复议后起诉 … spanning), and the data row.
pub fn appeals(u: &mut Unstructured<'_>) -> Result<Grid> {
    let width = APPEAL_COLUMNS.len();
    let review = APPEAL_GROUPS.first().map_or("行政复议", |g| g.1);
    let mut top = vec![(review.to_owned(), width, 1), ("行政诉讼".to_owned(), width * 2, 1)];
    let mut middle: Cells = APPEAL_COLUMNS.iter().map(|c| (c.label.to_owned(), 1, 2)).collect();
    middle.extend(APPEAL_GROUPS.iter().skip(1).map(|g| (g.1.to_owned(), width, 1)));
    let bottom: Cells =
        APPEAL_COLUMNS.iter().chain(APPEAL_COLUMNS).map(|c| (c.label.to_owned(), 1, 1)).collect();
    let mut data = Cells::new();
    values(u, width * APPEAL_GROUPS.len(), &mut data)?;
    if words::one_in(u, 8)? {
        top.insert(0, (words::text(u, 2)?, 1, 1));
    }
    let mut grid = Grid::from_rows(vec![top, middle, bottom, data]);
    grid.mutate(u)?;
    Ok(grid)
}

/// The report's title line with a year that is mostly plausible.
pub fn title(u: &mut Unstructured<'_>) -> Result<String> {
    let year = match u.int_in_range(0u8..=7)? {
        6 => u.arbitrary::<i32>()?.to_string(),
        7 => words::number(u)?,
        n => (2021 + u32::from(n) % 4 - u32::from(n) / 4 * 3).to_string(),
    };
    Ok(format!("某某区人民政府{year}年政府信息公开工作年度报告"))
}

/// A section title as units write it: mostly the official one, sometimes renumbered,
/// reworded or with text after it.
pub fn section_title(u: &mut Unstructured<'_>, index: usize) -> Result<String> {
    let official = SECTION_TITLES.get(index).copied().unwrap_or_default();
    Ok(match u.int_in_range(0u8..=15)? {
        12 => words::text(u, 4)?,
        13 => format!(
            "{}{}",
            u.choose(&["七、", "1.", "（一）", "", "一、"])?,
            official.get(6..).unwrap_or("")
        ),
        14 => format!("{official}{}", words::text(u, 3)?),
        15 => official.replace('、', "."),
        _ => official.to_owned(),
    })
}

/// The whole report: title, the six sections in order with fuzzed paragraphs, and the
/// three tables in sections 二, 三 and 四. Sections may be left out, repeated or
/// reordered a little.
pub fn skeleton(u: &mut Unstructured<'_>) -> Result<Doc> {
    let edition = edition(u)?;
    let mut blocks = vec![Block::Paragraph(Paragraph::new(title(u)?))];
    let mut order: Vec<usize> = (0..SECTION_TITLES.len()).collect();
    if words::one_in(u, 8)? {
        let (a, b) = (u.choose_index(order.len())?, u.choose_index(order.len())?);
        order.swap(a, b);
    }
    for index in order {
        let times = if words::one_in(u, 16)? { u.int_in_range(0..=3)? } else { 1 };
        for _ in 0..times {
            blocks.push(Block::Paragraph(Paragraph::new(section_title(u, index)?)));
            for _ in 0..u.int_in_range(0..=3)? {
                blocks.push(Block::Paragraph(Paragraph::new(words::text(u, 12)?)));
            }
            let table = match index {
                1 => Some(proactive(u, edition)?),
                2 => Some(requests(u, edition)?),
                3 => Some(appeals(u)?),
                _ => None,
            };
            if let Some(table) = table {
                if !words::one_in(u, 16)? {
                    blocks.push(Block::Table(table));
                }
            }
        }
    }
    Ok(Doc { blocks })
}
