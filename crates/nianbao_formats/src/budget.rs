//! What one file may make a reader produce.
//!
//! Limits on what a reader *reads* (file size, zip entries, decompressed bytes) do not bound
//! what it *produces*: a 3 KB workbook can copy one shared string into a million cells, a
//! 4 KB Word file can prefix every paragraph with a megabyte of numbering text, a page of
//! `colspan=1000` cells covers a billion grid slots. So every reader charges what it makes
//! to one [`Budget`] per file, at the moment it makes it, and stops at the first charge
//! that does not fit: the file is then refused with F003 naming what was too large, before
//! the memory or time is spent.
//!
//! The amounts are far above any real report (a 200-page report has a few thousand
//! paragraphs, a few thousand cells in a dozen tables, a few hundred merges and under a
//! megabyte of text) and far below what hurts: at the limits the produced document takes
//! well under 100 MB.

use nianbao_document::{Excess, FormatProblem};

/// Text produced in all, in bytes. Above the largest file accepted (50 MB), so a long
/// plain-text file is never refused for its text alone; copies count each time.
const TEXT_BYTES: u64 = 64 * 1024 * 1024;

/// Table cells in one document.
const CELLS: u64 = 250_000;

/// Cells in one table: a report table has under a thousand; a sheet or page table beyond
/// this is data, not a report.
pub(crate) const TABLE_CELLS: u64 = 100_000;

/// Grid slots covered by cells (a 3×2 merge covers 6). Span bookkeeping costs a step per
/// covered slot, so this also bounds the time spent on spans.
const SPAN_SLOTS: u64 = 4_000_000;

/// Table rows in one document (an empty table counts as a row). A report has a few
/// hundred; this also stops a page of endless empty rows or tables early, which matters
/// because tokenizing HTML is the slowest part of reading it.
const ROWS: u64 = 200_000;

/// Paragraphs in one document.
const PARAGRAPHS: u64 = 200_000;

/// What is left to produce from one file.
#[derive(Debug, Clone)]
pub(crate) struct Budget {
    text: u64,
    cells: u64,
    slots: u64,
    rows: u64,
    paragraphs: u64,
}

impl Default for Budget {
    fn default() -> Self {
        Self {
            text: TEXT_BYTES,
            cells: CELLS,
            slots: SPAN_SLOTS,
            rows: ROWS,
            paragraphs: PARAGRAPHS,
        }
    }
}

/// Takes `amount` from `left`, or says what ran out.
fn take(left: &mut u64, amount: u64, excess: Excess) -> Result<(), FormatProblem> {
    *left = left.checked_sub(amount).ok_or(FormatProblem::TooMuch { excess })?;
    Ok(())
}

fn wide(n: usize) -> u64 {
    u64::try_from(n).unwrap_or(u64::MAX)
}

impl Budget {
    /// `bytes` of text placed somewhere in the document (again for every copy).
    pub(crate) fn text(&mut self, bytes: usize) -> Result<(), FormatProblem> {
        take(&mut self.text, wide(bytes), Excess::Text)
    }

    /// One more table cell covering `rows` × `cols` grid slots, the `in_table`-th (0-based)
    /// of its table.
    pub(crate) fn cell(
        &mut self,
        in_table: usize,
        rows: u32,
        cols: u32,
    ) -> Result<(), FormatProblem> {
        if wide(in_table) >= TABLE_CELLS {
            return Err(FormatProblem::TooMuch { excess: Excess::TableCells });
        }
        take(&mut self.cells, 1, Excess::Cells)?;
        self.slots(rows, cols)
    }

    /// Grid slots covered by a merge or span beyond those its cell already paid for.
    pub(crate) fn slots(&mut self, rows: u32, cols: u32) -> Result<(), FormatProblem> {
        take(&mut self.slots, u64::from(rows).saturating_mul(u64::from(cols)), Excess::Spans)
    }

    /// One more table row.
    pub(crate) fn row(&mut self) -> Result<(), FormatProblem> {
        take(&mut self.rows, 1, Excess::Rows)
    }

    /// One more paragraph of `bytes` text.
    pub(crate) fn paragraph(&mut self, bytes: usize) -> Result<(), FormatProblem> {
        take(&mut self.paragraphs, 1, Excess::Paragraphs)?;
        self.text(bytes)
    }
}

#[cfg(test)]
mod tests {
    use super::{Budget, TABLE_CELLS};
    use nianbao_document::{Excess, FormatProblem};

    #[test]
    fn each_limit_names_itself() {
        let mut budget = Budget::default();
        assert_eq!(budget.text(64 * 1024 * 1024), Ok(()));
        assert_eq!(budget.text(1), Err(FormatProblem::TooMuch { excess: Excess::Text }));
        let mut budget = Budget::default();
        let in_table = usize::try_from(TABLE_CELLS).unwrap_or(usize::MAX);
        assert_eq!(
            budget.cell(in_table, 1, 1),
            Err(FormatProblem::TooMuch { excess: Excess::TableCells })
        );
        assert_eq!(budget.cell(0, 256, 256), Ok(()));
        assert_eq!(
            budget.slots(u32::MAX, u32::MAX),
            Err(FormatProblem::TooMuch { excess: Excess::Spans })
        );
    }
}
