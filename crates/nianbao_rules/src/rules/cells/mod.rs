//! T-rules on what the cells hold: blanks, placeholders, text, rows that lost cells.

pub(crate) mod t020_cell_blank;
pub(crate) mod t021_cell_placeholder;
pub(crate) mod t022_cell_not_number;
pub(crate) mod t023_row_inferred;
pub(crate) mod t024_row_unresolved;
pub(crate) mod t025_table_blank;
pub(crate) mod t026_digits_split;
pub(crate) mod t027_digits_undecided;

use nianbao_document::CellRef;
use nianbao_tables::CellState;

use crate::finding::{Draft, Facts};
use crate::names::{self, Names};
use crate::rule::Found;
use crate::{Context, Finding, Lang};

/// One finding per row for the cells in `state`, the row's cells listed in column order.
pub(super) fn by_row(cx: &Context<'_>, found: &mut Found<'_>, state: CellState) {
    for (id, table) in super::tables(cx) {
        for row in &table.rows {
            let hits: Vec<_> = row.cells.iter().filter(|(_, c)| c.state == state).collect();
            let Some((_, first)) = hits.first() else { continue };
            let cells = hits.iter().map(|(column, _)| CellRef::new(id, row.key.clone(), *column));
            let raw = hits.iter().map(|(_, c)| c.raw.clone()).collect();
            found.add(Draft::new(first.location, Facts::Cells { raw }).cells(cells.collect()));
        }
    }
}

/// The rows read from what a copy left of them (lossy rows), `placed` or not.
pub(super) fn lossy(cx: &Context<'_>, found: &mut Found<'_>, placed: bool) {
    for (_, table) in super::tables(cx) {
        for row in table.lossy_rows.iter().filter(|r| r.placed == placed) {
            let facts = Facts::Lossy {
                label: row.label.clone(),
                values: row.values.clone(),
                columns: row.columns,
                placements: row.placements,
            };
            found.add(Draft::new(row.location, facts).cells(row.cells.clone()));
        }
    }
}

/// The rows whose digits ran together, split (`split`) or left undecided: a split names
/// the row's cells, an undecided row the cells its readings disagree on.
pub(super) fn glued(cx: &Context<'_>, found: &mut Found<'_>, split: bool) {
    for (_, table) in super::tables(cx) {
        for row in table.glued_rows.iter().filter(|r| r.split.is_some() == split) {
            let facts = Facts::Split {
                label: row.label.clone(),
                written: row.written.clone(),
                readings: row.split.clone().map_or_else(|| row.examples.clone(), |s| vec![s]),
                count: row.readings,
                exhausted: row.exhausted,
            };
            let cells = if split { row.cells.clone() } else { row.undecided.clone() };
            found.add(Draft::new(row.location, facts).cells(cells));
        }
    }
}

/// A split as people read it: the cells' texts joined by `/`, a blank cell as 空.
pub(super) fn reading(texts: &[String], lang: Lang) -> String {
    let blank = lang.pick("空", "blank");
    texts
        .iter()
        .map(|t| if t.is_empty() { blank } else { t.as_str() })
        .collect::<Vec<_>>()
        .join("/")
}

/// The names a row-of-cells finding is worded with.
pub(super) struct RowCells {
    /// The table's name.
    pub table: &'static str,
    /// The row's label.
    pub row: String,
    /// How many cells.
    pub n: usize,
    /// Their columns, listed.
    pub columns: String,
}

/// The table, row and columns of a finding about some cells of one row.
pub(super) fn row_cells(finding: &Finding, names: &Names, lang: Lang) -> RowCells {
    let columns: Vec<String> =
        finding.cells.iter().map(|c| names.column_in(Some(c), lang)).collect();
    RowCells {
        table: names::table(finding.table(), lang),
        row: names.row_in(finding.cells.first(), lang),
        n: columns.len(),
        columns: crate::words::list(&columns, lang),
    }
}
