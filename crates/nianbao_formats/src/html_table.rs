//! Builds a table grid from the tag soup of saved portal pages and Word's HTML export.
//!
//! The tokenizer gives tags, not a tree, so this builder applies the HTML rules that matter
//! for tables itself: `<td>`/`<th>` close the open cell, `<tr>` closes the open row, a cell
//! without a row opens one, and `rowspan`/`colspan` reserve grid slots below and beside.

use nianbao_document::{Cell, FormatProblem, Location};

use crate::budget::Budget;
use crate::limits::MAX_SPAN;

/// A cell being read.
struct OpenCell {
    text: String,
    row: u32,
    col: u32,
    row_span: u32,
    col_span: u32,
    location: Location,
}

/// One `<table>` being read.
#[derive(Default)]
pub(crate) struct TableBuilder {
    cells: Vec<Cell>,
    open: Option<OpenCell>,
    /// Index of the open row, if any.
    row: Option<u32>,
    rows: u32,
    /// Next free column in the open row.
    col: u32,
    /// `<td>`/`<th>` elements seen so far in the open row: a cell's place as a person
    /// counts it, whatever the spans around it.
    in_row: u32,
    /// For each grid column, the first row no longer covered by a rowspan from above. Its
    /// length is at most the grid slots the budget allowed, and each slot skipped below
    /// was paid for by the cell covering it, so span bookkeeping stays within the budget.
    covered_until: Vec<u32>,
}

impl TableBuilder {
    /// `<tr>`.
    pub(crate) fn start_row(&mut self, budget: &mut Budget) -> Result<(), FormatProblem> {
        self.close_cell(budget)?;
        budget.row()?;
        self.row = Some(self.rows);
        self.rows = self.rows.saturating_add(1);
        self.col = 0;
        self.in_row = 0;
        Ok(())
    }

    /// `</tr>`.
    pub(crate) fn end_row(&mut self, budget: &mut Budget) -> Result<(), FormatProblem> {
        self.close_cell(budget)?;
        self.row = None;
        Ok(())
    }

    /// `<td>`/`<th>` with its spans. The location gets the cell's row and its place in the
    /// row; the table's index is known only when the table ends.
    pub(crate) fn start_cell(
        &mut self,
        row_span: u32,
        col_span: u32,
        budget: &mut Budget,
    ) -> Result<(), FormatProblem> {
        self.close_cell(budget)?;
        let row = match self.row {
            Some(row) => row,
            None => {
                self.start_row(budget)?;
                self.row.unwrap_or(0)
            }
        };
        let row_span = row_span.clamp(1, MAX_SPAN);
        let col_span = col_span.clamp(1, MAX_SPAN);
        // Paid before any bookkeeping: the slots bound the work below.
        budget.cell(self.cells.len(), row_span, col_span)?;
        while self.covered_until.get(self.col as usize).is_some_and(|&until| until > row) {
            self.col = self.col.saturating_add(1);
        }
        let start = self.col as usize;
        let end = start.saturating_add(col_span as usize);
        if self.covered_until.len() < end {
            self.covered_until.resize(end, 0);
        }
        for until in self.covered_until.iter_mut().skip(start).take(col_span as usize) {
            *until = row.saturating_add(row_span);
        }
        self.open = Some(OpenCell {
            text: String::new(),
            row,
            col: self.col,
            row_span,
            col_span,
            location: Location { row: Some(row), cell: Some(self.in_row), ..Location::default() },
        });
        self.in_row = self.in_row.saturating_add(1);
        self.col = self.col.saturating_add(col_span);
        Ok(())
    }

    /// Whether text goes into a cell right now.
    pub(crate) fn in_cell(&self) -> bool {
        self.open.is_some()
    }

    /// Text inside the open cell.
    pub(crate) fn push_text(&mut self, text: &str) {
        if let Some(cell) = &mut self.open {
            cell.text.push_str(text);
        }
    }

    /// The open cell's text so far, taken out (when the table turns out to be a layout table).
    pub(crate) fn take_text(&mut self) -> String {
        self.open.as_mut().map(|cell| std::mem::take(&mut cell.text)).unwrap_or_default()
    }

    /// `</td>`, or any tag that implies it.
    pub(crate) fn close_cell(&mut self, budget: &mut Budget) -> Result<(), FormatProblem> {
        if let Some(cell) = self.open.take() {
            let text = collapse_white_space(&cell.text);
            budget.text(text.len())?;
            self.cells.push(Cell {
                text,
                row: cell.row,
                col: cell.col,
                row_span: cell.row_span,
                col_span: cell.col_span,
                location: cell.location,
            });
        }
        Ok(())
    }

    /// `</table>`: the cells read.
    pub(crate) fn finish(mut self, budget: &mut Budget) -> Result<Vec<Cell>, FormatProblem> {
        self.close_cell(budget)?;
        Ok(self.cells)
    }
}

/// HTML white space rules: runs of spaces and line breaks are one space; explicit breaks
/// (`<br>`, `<p>`, written here as `\n`) stay; `&nbsp;` counts as white space at the ends.
pub(crate) fn collapse_white_space(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    // Pending separator: a space between words, a line break between lines.
    let mut pending: Option<char> = None;
    for c in raw.chars() {
        match c {
            '\n' => pending = Some('\n'),
            ' ' | '\t' | '\r' | '\u{c}' | '\u{a0}' | '\u{3000}' => {
                if pending.is_none() {
                    pending = Some(' ');
                }
            }
            _ => {
                if let Some(separator) = pending.take() {
                    if !out.is_empty() {
                        out.push(separator);
                    }
                }
                out.push(c);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::TableBuilder;
    use crate::budget::Budget;
    use nianbao_document::{Excess, FormatProblem};

    #[test]
    fn white_space_collapses_and_breaks_stay() {
        assert_eq!(super::collapse_white_space("  本年新\n  制作数量 \u{a0}"), "本年新\n制作数量");
        assert_eq!(super::collapse_white_space("a   b\t c\n\n d "), "a b c\nd");
        assert_eq!(super::collapse_white_space(" \u{3000} "), "");
    }

    #[test]
    fn spans_reserve_slots_below_and_beside() -> Result<(), FormatProblem> {
        let mut budget = Budget::default();
        let mut table = TableBuilder::default();
        table.start_row(&mut budget)?;
        table.start_cell(2, 1, &mut budget)?; // A: rows 0-1, col 0
        table.start_cell(1, 2, &mut budget)?; // B: row 0, cols 1-2
        table.start_row(&mut budget)?;
        table.start_cell(1, 1, &mut budget)?; // C: row 1, col 1 (col 0 is A's)
        table.start_cell(1, 1, &mut budget)?; // D: row 1, col 2
        let cells = table.finish(&mut budget)?;
        let slots: Vec<(u32, u32, u32, u32)> =
            cells.iter().map(|c| (c.row, c.col, c.row_span, c.col_span)).collect();
        assert_eq!(slots, vec![(0, 0, 2, 1), (0, 1, 1, 2), (1, 1, 1, 1), (1, 2, 1, 1)]);
        // Places as a person counts them: C is the first cell of its row, not the second.
        let places: Vec<(Option<u32>, Option<u32>)> =
            cells.iter().map(|c| (c.location.row, c.location.cell)).collect();
        assert_eq!(
            places,
            vec![(Some(0), Some(0)), (Some(0), Some(1)), (Some(1), Some(0)), (Some(1), Some(1))]
        );
        Ok(())
    }

    #[test]
    fn wide_spans_run_out_of_budget_before_memory() {
        let mut budget = Budget::default();
        let mut table = TableBuilder::default();
        let outcome = (0..1_000_000).try_for_each(|_| table.start_cell(1, 256, &mut budget));
        assert_eq!(outcome, Err(FormatProblem::TooMuch { excess: Excess::Spans }));
    }
}
