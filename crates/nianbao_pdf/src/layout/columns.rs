//! Tables drawn without ruling, found by the alignment of their text: a run of at least
//! [`MIN_ROWS`] lines that each fall into pieces at wide gaps, [`MIN_NUMBERS`] or more of
//! them numbers, is a table; its columns are where the pieces of all its lines overlap.
//! Only such rows are taken (labels wrapped onto lines of their own stay paragraphs), and
//! the table says its positions are not exact: the tables stage reads it by its labels.

use super::label::is_number;
use super::limits::TABLE_SLOTS;
use super::lines::{by, Line};
use super::part::{Part, PartCell};

/// Rows of numbers in a run before it is a table.
const MIN_ROWS: usize = 3;

/// Numbers on a line before it is a row of a table.
const MIN_NUMBERS: usize = 2;

fn is_row(line: &Line) -> bool {
    line.pieces.len() > MIN_NUMBERS
        && line.pieces.iter().filter(|p| is_number(&p.text)).count() >= MIN_NUMBERS
}

/// Splits a page's running lines into tables found by alignment and the lines left.
pub(crate) fn split(page: u32, lines: Vec<Line>) -> (Vec<Part>, Vec<Line>) {
    let mut parts = Vec::new();
    let mut left = Vec::new();
    let mut run: Vec<Line> = Vec::new();
    let flush = |run: &mut Vec<Line>, parts: &mut Vec<Part>, left: &mut Vec<Line>| match (run.len()
        >= MIN_ROWS)
        .then(|| table(page, run))
        .flatten()
    {
        Some(part) => {
            parts.push(part);
            run.clear();
        }
        None => left.append(run),
    };
    for line in lines {
        if is_row(&line) {
            run.push(line);
        } else {
            flush(&mut run, &mut parts, &mut left);
            left.push(line);
        }
    }
    flush(&mut run, &mut parts, &mut left);
    (parts, left)
}

/// A table from its rows: columns where pieces overlap, a cell per column and row; none
/// when that makes more slots than a table holds.
fn table(page: u32, rows: &[Line]) -> Option<Part> {
    let mut spans: Vec<(f32, f32)> =
        rows.iter().flat_map(|l| l.pieces.iter().map(|p| (p.x0, p.x1))).collect();
    spans.sort_by(|a, b| by(a.0, b.0));
    let mut columns: Vec<(f32, f32)> = Vec::new();
    for (x0, x1) in spans {
        match columns.last_mut() {
            Some(column) if x0 <= column.1 => column.1 = column.1.max(x1),
            _ => columns.push((x0, x1)),
        }
    }
    let mut xs: Vec<f32> = columns.first().map(|c| c.0).into_iter().collect();
    xs.extend(columns.windows(2).filter_map(|pair| match pair {
        [a, b] => Some((a.1 + b.0) / 2.0),
        _ => None,
    }));
    xs.extend(columns.last().map(|c| c.1));
    let edge = |i: usize| xs.get(i).copied().unwrap_or(0.0);
    if rows.len().saturating_mul(columns.len()) > TABLE_SLOTS {
        return None;
    }
    let mut cells = Vec::new();
    for (row, line) in (0_u32..).zip(rows) {
        // Every piece lies inside one column (columns are the union of the pieces).
        let mut texts: Vec<String> = vec![String::new(); columns.len()];
        for piece in &line.pieces {
            let col = columns.partition_point(|c| c.1 < piece.x0);
            if let Some(text) = texts.get_mut(col) {
                if !text.is_empty() {
                    text.push(' ');
                }
                text.push_str(&piece.text);
            }
        }
        for (col, text) in texts.into_iter().enumerate() {
            cells.push(PartCell { text, row, row_span: 1, x0: edge(col), x1: edge(col + 1) });
        }
    }
    Some(Part {
        page,
        rows: u32::try_from(rows.len()).unwrap_or(u32::MAX),
        cells,
        ruled: false,
        cut_off: false,
        top: rows.first().map_or(0.0, |l| l.y0),
        bottom: rows.last().map_or(0.0, |l| l.y1),
        xs,
    })
}

#[cfg(test)]
mod tests {
    use crate::layout::lines;
    use crate::layout::lines::tests::word;

    #[test]
    fn aligned_rows_of_numbers_are_a_table_and_prose_stays() {
        let mut marks = word("本年共收到申请", 50.0, 80.0, 10.0);
        for (n, (label, values)) in
            [("规章", ["0", "1"]), ("行政许可", ["752", ""]), ("行政处罚", ["1", "12"])]
                .into_iter()
                .enumerate()
        {
            let y = 100.0 + 15.0 * f32::from(u8::try_from(n).unwrap_or(0));
            marks.extend(word(label, 50.0, y, 10.0));
            for (i, value) in values.into_iter().enumerate() {
                marks.extend(word(
                    value,
                    200.0 + 60.0 * f32::from(u8::try_from(i).unwrap_or(0)),
                    y,
                    5.0,
                ));
            }
            marks.extend(word("9", 330.0, y, 5.0));
        }
        let (parts, left) = super::split(1, lines::of(&marks));
        assert_eq!(left.len(), 1);
        let cells: Vec<Vec<(u32, &str)>> = parts
            .iter()
            .map(|p| p.cells.iter().map(|c| (c.row, c.text.as_str())).collect())
            .collect();
        assert_eq!(
            cells,
            vec![vec![
                (0, "规章"),
                (0, "0"),
                (0, "1"),
                (0, "9"),
                (1, "行政许可"),
                (1, "752"),
                (1, ""),
                (1, "9"),
                (2, "行政处罚"),
                (2, "1"),
                (2, "12"),
                (2, "9"),
            ]]
        );
        assert!(parts.iter().all(|p| !p.ruled));
    }
}
