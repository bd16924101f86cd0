//! Word documents (.docx, also as saved by WPS): paragraphs from runs, tables with
//! `w:gridSpan` and `w:vMerge` resolved into the grid.
//!
//! Text split across runs is joined; `w:tab`/`w:br` become white space; tracked insertions
//! are read and deletions (`w:delText`) are not; field codes (`w:instrText`) are skipped and
//! their results kept; content controls (`w:sdt`) are transparent; Word's automatic
//! numbering (`一、`) is written out; the fallback copy of text boxes is skipped.

use std::collections::BTreeMap;

use nianbao_document::{Block, Cell, Document, FormatProblem, Location, Paragraph, Table};
use quick_xml::events::Event;

use crate::budget::Budget;
use crate::docx_numbering::Numbering;
use crate::ooxml::{attribute, local, reference, walk, Package};

/// Reads the main document part of a Word package.
pub(crate) fn read(
    package: &mut Package<'_>,
    budget: &mut Budget,
) -> Result<Document, FormatProblem> {
    let numbering = Numbering::parse(package.read("word/numbering.xml")?.as_deref())
        .with_styles(package.read("word/styles.xml")?.as_deref());
    let xml = package.read("word/document.xml")?.ok_or(FormatProblem::Corrupt)?;
    let mut reader = Reader { numbering, ..Reader::default() };
    walk(&xml, |event| reader.event(event, budget))?;
    Ok(Document { blocks: reader.blocks })
}

/// The open elements whose children read differently (a `w:tab` in a run is text, in
/// `w:tabs` a tab stop).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Parent {
    Run,
    ParagraphProperties,
    NumPr,
    TrPr,
    TcPr,
    Other,
}

impl Parent {
    fn of(name: &str) -> Self {
        match name {
            "r" => Self::Run,
            "pPr" => Self::ParagraphProperties,
            "numPr" => Self::NumPr,
            "trPr" => Self::TrPr,
            "tcPr" => Self::TcPr,
            _ => Self::Other,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum VMerge {
    None,
    Restart,
    Continue,
}

struct RawCell {
    text: String,
    span: u32,
    vmerge: VMerge,
}

#[derive(Default)]
struct TableState {
    /// `w:tc` elements read so far, paid for as they end: a table of a million rows is
    /// refused while it is read, not once it is complete.
    cells: usize,
    rows: Vec<(u32, Vec<RawCell>)>,
    row: Option<(u32, Vec<RawCell>)>,
    cell: Option<RawCell>,
}

#[derive(Default)]
struct Reader {
    blocks: Vec<Block>,
    /// The open elements, innermost last.
    open: Vec<Parent>,
    paragraph: String,
    in_text: bool,
    /// Depth inside a subtree whose text is not part of the document (mc:Fallback).
    skipped: usize,
    num_id: Option<String>,
    /// The paragraph's style, for numbering applied through it.
    style: Option<String>,
    ilvl: usize,
    tables: Vec<TableState>,
    paragraphs: u32,
    table_count: u32,
    numbering: Numbering,
}

impl Reader {
    fn parent(&self) -> Parent {
        self.open.last().copied().unwrap_or(Parent::Other)
    }

    fn event(&mut self, event: &Event<'_>, budget: &mut Budget) -> Result<(), FormatProblem> {
        match event {
            Event::Start(e) => {
                let name = local(e);
                self.start(name, e, budget)?;
                self.open.push(Parent::of(name));
            }
            Event::Empty(e) => {
                let name = local(e);
                self.start(name, e, budget)?;
                self.end(name, budget)?;
            }
            Event::End(e) => {
                self.open.pop();
                self.end(e.local_name().into_inner(), budget)?;
            }
            Event::Text(t) if self.in_text && self.skipped == 0 => {
                self.paragraph.push_str(&t.xml10_content())
            }
            Event::GeneralRef(r) if self.in_text && self.skipped == 0 => {
                self.paragraph.push_str(&reference(r))
            }
            _ => {}
        }
        Ok(())
    }

    fn start(
        &mut self,
        name: &str,
        e: &quick_xml::events::BytesStart<'_>,
        budget: &mut Budget,
    ) -> Result<(), FormatProblem> {
        if self.skipped > 0 || name == "Fallback" {
            self.skipped = self.skipped.saturating_add(1);
            return Ok(());
        }
        let value = || attribute(e, "val");
        match name {
            "p" => {
                self.paragraph.clear();
                self.num_id = None;
                self.style = None;
                self.ilvl = 0;
            }
            "t" => self.in_text = true,
            "tab" if self.parent() == Parent::Run => self.paragraph.push('\t'),
            "br" | "cr" if self.parent() == Parent::Run => self.paragraph.push('\n'),
            "noBreakHyphen" => self.paragraph.push('-'),
            "numId" if self.parent() == Parent::NumPr => self.num_id = value(),
            "pStyle" if self.parent() == Parent::ParagraphProperties => self.style = value(),
            "ilvl" if self.parent() == Parent::NumPr => {
                // Levels run 0–8; anything above names no level.
                self.ilvl = value().and_then(|v| v.parse().ok()).unwrap_or(0_usize).min(9)
            }
            "tbl" => self.tables.push(TableState::default()),
            "tr" => {
                if let Some(t) = self.tables.last_mut() {
                    budget.row()?;
                    t.row = Some((0, Vec::new()));
                }
            }
            "gridBefore" if self.parent() == Parent::TrPr => {
                let before = value().and_then(|v| v.parse().ok()).unwrap_or(0_u32).min(64);
                if let Some((skip, _)) = self.tables.last_mut().and_then(|t| t.row.as_mut()) {
                    *skip = before;
                }
            }
            "tc" => {
                if let Some(t) = self.tables.last_mut() {
                    t.cell = Some(RawCell { text: String::new(), span: 1, vmerge: VMerge::None });
                }
            }
            "gridSpan" if self.parent() == Parent::TcPr => {
                let span = value().and_then(|v| v.parse().ok()).unwrap_or(1_u32).clamp(1, 64);
                if let Some(cell) = self.tables.last_mut().and_then(|t| t.cell.as_mut()) {
                    cell.span = span;
                }
            }
            "vMerge" if self.parent() == Parent::TcPr => {
                let merge = if value().as_deref() == Some("restart") {
                    VMerge::Restart
                } else {
                    VMerge::Continue
                };
                if let Some(cell) = self.tables.last_mut().and_then(|t| t.cell.as_mut()) {
                    cell.vmerge = merge;
                }
            }
            _ => {}
        }
        Ok(())
    }

    fn end(&mut self, name: &str, budget: &mut Budget) -> Result<(), FormatProblem> {
        if self.skipped > 0 {
            self.skipped -= 1;
            return Ok(());
        }
        match name {
            "t" => self.in_text = false,
            "p" => self.finish_paragraph(budget)?,
            "tc" => {
                if let Some(t) = self.tables.last_mut() {
                    if let (Some(cell), Some((_, row))) = (t.cell.take(), t.row.as_mut()) {
                        budget.cell(t.cells, 1, cell.span)?;
                        t.cells = t.cells.saturating_add(1);
                        row.push(cell);
                    }
                }
            }
            "tr" => {
                if let Some(t) = self.tables.last_mut() {
                    if let Some(row) = t.row.take() {
                        t.rows.push(row);
                    }
                }
            }
            "tbl" => {
                if let Some(t) = self.tables.pop() {
                    let mut cells = grid(t.rows, self.table_count);
                    // The paragraph the table follows: findings then sort in reading order.
                    let after = self.paragraphs.checked_sub(1);
                    for cell in &mut cells {
                        cell.location.paragraph = after;
                    }
                    if !cells.is_empty() {
                        self.table_count = self.table_count.saturating_add(1);
                        self.blocks.push(Block::Table(Table {
                            cells,
                            positions_exact: true,
                            glued: false,
                        }));
                    }
                }
            }
            _ => {}
        }
        Ok(())
    }

    fn finish_paragraph(&mut self, budget: &mut Budget) -> Result<(), FormatProblem> {
        let mut text = std::mem::take(&mut self.paragraph);
        let style = self.style.take().and_then(|s| self.numbering.of_style(&s));
        if let Some((num_id, ilvl)) = self.num_id.take().map(|n| (n, self.ilvl)).or(style) {
            let number = self.numbering.next(&num_id, ilvl);
            if !text.trim().is_empty() {
                // Numbering text is copied into every paragraph it numbers: paid per copy.
                budget.text(number.len())?;
                text.insert_str(0, &number);
            }
        }
        if let Some(cell) = self.tables.last_mut().and_then(|t| t.cell.as_mut()) {
            budget.text(text.len().saturating_add(1))?;
            if !cell.text.is_empty() {
                cell.text.push('\n');
            }
            cell.text.push_str(&text);
            return Ok(());
        }
        let trimmed = text.trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}');
        if !trimmed.is_empty() {
            budget.paragraph(trimmed.len())?;
            let location = Location { paragraph: Some(self.paragraphs), ..Location::default() };
            self.blocks.push(Block::Paragraph(Paragraph { text: trimmed.to_owned(), location }));
        }
        self.paragraphs = self.paragraphs.saturating_add(1);
        Ok(())
    }
}

/// Lays the rows out on the grid: `gridSpan` widens a cell, `vMerge` continuation cells
/// lengthen the cell above instead of making a new one.
///
/// A cell's location is its place as Word shows it: the `w:tr` it starts in and the
/// `w:tc` it is in that row (a cell spanning columns counts once), not its grid column.
fn grid(rows: Vec<(u32, Vec<RawCell>)>, table: u32) -> Vec<Cell> {
    let mut cells: Vec<Cell> = Vec::new();
    // Grid column → the last cell starting there: the only one a continuation below can
    // lengthen (looked up, not searched for, so long merged columns stay linear).
    let mut last_at: BTreeMap<u32, usize> = BTreeMap::new();
    for (r, (before, row)) in rows.into_iter().enumerate() {
        let r = u32::try_from(r).unwrap_or(u32::MAX);
        let mut col = before;
        for (place, raw) in row.into_iter().enumerate() {
            let above = match raw.vmerge {
                VMerge::Continue => last_at.get(&col).copied().filter(|&i| {
                    cells.get(i).is_some_and(|c| c.row.saturating_add(c.row_span) == r)
                }),
                VMerge::None | VMerge::Restart => None,
            };
            if let Some(cell) = above.and_then(|i| cells.get_mut(i)) {
                cell.row_span = cell.row_span.saturating_add(1);
            } else {
                // Cells and their slots were paid for as each `w:tc` ended.
                let text = raw.text.trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}');
                last_at.insert(col, cells.len());
                cells.push(Cell {
                    text: text.to_owned(),
                    row: r,
                    col,
                    row_span: 1,
                    col_span: raw.span,
                    location: Location::grid(table, r, u32::try_from(place).unwrap_or(u32::MAX)),
                });
            }
            col = col.saturating_add(raw.span);
        }
    }
    cells
}

#[cfg(test)]
mod tests {
    use super::{grid, RawCell, VMerge};

    fn cell(span: u32, vmerge: VMerge) -> RawCell {
        RawCell { text: String::from("x"), span, vmerge }
    }

    #[test]
    fn places_count_w_tc_elements_not_grid_columns() {
        // Row 0: a cell spanning two columns, then two cells; row 1: a continuation of the
        // first column, then three cells.
        let rows = vec![
            (0, vec![cell(2, VMerge::Restart), cell(1, VMerge::None), cell(1, VMerge::None)]),
            (0, vec![cell(2, VMerge::Continue), cell(1, VMerge::None), cell(1, VMerge::None)]),
        ];
        let cells = grid(rows, 3);
        // (grid row, grid column, rows spanned) and the place as (table, row, cell).
        type Placed = ((u32, u32, u32), (Option<u32>, Option<u32>, Option<u32>));
        let got: Vec<Placed> = cells
            .iter()
            .map(|c| {
                ((c.row, c.col, c.row_span), (c.location.table, c.location.row, c.location.cell))
            })
            .collect();
        assert_eq!(
            got,
            vec![
                ((0, 0, 2), (Some(3), Some(0), Some(0))),
                ((0, 2, 1), (Some(3), Some(0), Some(1))),
                ((0, 3, 1), (Some(3), Some(0), Some(2))),
                ((1, 2, 1), (Some(3), Some(1), Some(1))),
                ((1, 3, 1), (Some(3), Some(1), Some(2))),
            ]
        );
    }
}
