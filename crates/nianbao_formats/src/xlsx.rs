//! Excel workbooks (.xlsx): every sheet becomes a table, in workbook order, with merged
//! ranges as spans and empty slots between a row's written cells as blank cells.
//!
//! Numbers are taken as stored and shown as Excel shows them: at most 15 significant
//! digits (so `4068.2079999999996` reads `4068.208`), with the decimals of a `0.00` number
//! format kept (`27326.00`). No floating point is involved.

use std::collections::BTreeMap;

use nianbao_document::{Block, Cell, Document, FormatProblem, Location, Table};
use quick_xml::events::Event;

use crate::budget::Budget;
use crate::ooxml::{attribute, attributes, local, reference, walk, Package};

/// Columns laid out per sheet from the first used one: a report table is far narrower.
const MAX_COLUMNS: u32 = 65;

/// Decimals a number format may ask for (Excel itself stops at 30).
const MAX_DECIMALS: u32 = 30;

/// Blank rows remembered per sheet: formatting often runs far below a table.
const MAX_BLANK_ROWS: usize = 100_000;

/// Rows whose written extent is remembered; a row beyond them is laid out over the whole
/// window, as every row once was.
const MAX_EXTENT_ROWS: usize = 200_000;

/// For each row, the first and last column the sheet wrote a cell in (`<c>`, with or
/// without a value).
type Extents = BTreeMap<u32, (u32, u32)>;

/// Reads every sheet of a workbook. Cell locations are the sheet's index in the workbook
/// and the 0-based row and column as Excel numbers them (row 11, cell 1 is B12).
pub(crate) fn read(
    package: &mut Package<'_>,
    budget: &mut Budget,
) -> Result<Document, FormatProblem> {
    let shared = shared_strings(package.read("xl/sharedStrings.xml")?.as_deref())?;
    let decimals = style_decimals(package.read("xl/styles.xml")?.as_deref())?;
    let mut blocks = Vec::new();
    for (index, path) in sheet_paths(package)?.into_iter().enumerate() {
        let Some(xml) = package.read(&path)? else { continue };
        let table_index = u32::try_from(index).unwrap_or(u32::MAX);
        let cells = sheet(&xml, &shared, &decimals, table_index, budget)?;
        if !cells.is_empty() {
            blocks.push(Block::Table(Table { cells, positions_exact: true, glued: false }));
        }
    }
    Ok(Document { blocks })
}

/// The sheets' part names, in workbook order.
fn sheet_paths(package: &mut Package<'_>) -> Result<Vec<String>, FormatProblem> {
    let workbook = package.read("xl/workbook.xml")?.ok_or(FormatProblem::Corrupt)?;
    let mut ids = Vec::new();
    walk(&workbook, |event| {
        if let Event::Start(e) | Event::Empty(e) = event {
            if local(e) == "sheet" {
                if let Some(id) = attribute(e, "id") {
                    ids.push(id);
                }
            }
        }
        Ok(())
    })?;
    let mut targets = BTreeMap::new();
    if let Some(rels) = package.read("xl/_rels/workbook.xml.rels")? {
        walk(&rels, |event| {
            if let Event::Start(e) | Event::Empty(e) = event {
                if let (Some(id), Some(target)) = (attribute(e, "Id"), attribute(e, "Target")) {
                    let path = match target.strip_prefix('/') {
                        Some(absolute) => absolute.to_owned(),
                        None => format!("xl/{target}"),
                    };
                    targets.insert(id, path);
                }
            }
            Ok(())
        })?;
    }
    let mut paths: Vec<String> = ids.iter().filter_map(|id| targets.get(id).cloned()).collect();
    if paths.is_empty() {
        paths = (1..=64)
            .map(|n| format!("xl/worksheets/sheet{n}.xml"))
            .filter(|p| package.has(p))
            .collect();
    }
    Ok(paths)
}

/// The shared string table (rich text runs joined; phonetic guides skipped).
fn shared_strings(xml: Option<&str>) -> Result<Vec<String>, FormatProblem> {
    let mut strings = Vec::new();
    let Some(xml) = xml else { return Ok(strings) };
    let mut current: Option<String> = None;
    let mut in_text = false;
    let mut phonetic = 0_usize;
    walk(xml, |event| {
        shared_string_event(event, &mut strings, &mut current, &mut in_text, &mut phonetic);
        Ok(())
    })?;
    Ok(strings)
}

/// One event of the shared string table.
fn shared_string_event(
    event: &Event<'_>,
    strings: &mut Vec<String>,
    current: &mut Option<String>,
    in_text: &mut bool,
    phonetic: &mut usize,
) {
    match event {
        Event::Start(e) => match local(e) {
            "si" => *current = Some(String::new()),
            "t" => *in_text = *phonetic == 0,
            "rPh" => *phonetic = phonetic.saturating_add(1),
            _ => {}
        },
        Event::Empty(e) if local(e) == "si" => strings.push(String::new()),
        Event::End(e) => match e.local_name().as_ref() {
            "si" => strings.push(current.take().unwrap_or_default()),
            "t" => *in_text = false,
            "rPh" => *phonetic = phonetic.saturating_sub(1),
            _ => {}
        },
        Event::Text(t) if *in_text => {
            current.get_or_insert_with(String::new).push_str(&t.xml10_content())
        }
        Event::GeneralRef(r) if *in_text => {
            current.get_or_insert_with(String::new).push_str(&reference(r))
        }
        _ => {}
    }
}

/// For each cell style index, the decimals its number format shows (`0.00` → 2).
fn style_decimals(xml: Option<&str>) -> Result<Vec<Option<u32>>, FormatProblem> {
    let mut styles = Vec::new();
    let Some(xml) = xml else { return Ok(styles) };
    let mut custom: BTreeMap<String, Option<u32>> = BTreeMap::new();
    let mut in_cell_xfs = false;
    walk(xml, |event| {
        match event {
            Event::Start(e) | Event::Empty(e) => match local(e) {
                "numFmt" => {
                    if let (Some(id), Some(code)) =
                        (attribute(e, "numFmtId"), attribute(e, "formatCode"))
                    {
                        custom.insert(id, decimals_of(&code));
                    }
                }
                "cellXfs" => in_cell_xfs = matches!(event, Event::Start(_)),
                "xf" if in_cell_xfs => {
                    let id = attribute(e, "numFmtId").unwrap_or_default();
                    let builtin = match id.as_str() {
                        "2" | "4" | "10" | "40" | "39" => Some(2),
                        _ => None,
                    };
                    styles.push(custom.get(&id).copied().flatten().or(builtin));
                }
                _ => {}
            },
            Event::End(e) if e.local_name().as_ref() == "cellXfs" => in_cell_xfs = false,
            _ => {}
        }
        Ok(())
    })?;
    Ok(styles)
}

/// `#,##0.00` → 2; `0` → none; text in quotes ignored.
fn decimals_of(code: &str) -> Option<u32> {
    let section = code.split(';').next().unwrap_or("");
    let after = section.split_once('.')?.1;
    let zeros = after.chars().take_while(|&c| c == '0').count();
    u32::try_from(zeros).ok().filter(|&n| n > 0).map(|n| n.min(MAX_DECIMALS))
}

/// A cell being read: row, column, type, decimals of its number format.
type OpenCell = (u32, u32, String, Option<u32>);

/// One sheet's cells on the grid.
fn sheet(
    xml: &str,
    shared: &[String],
    decimals: &[Option<u32>],
    table: u32,
    budget: &mut Budget,
) -> Result<Vec<Cell>, FormatProblem> {
    let mut values: BTreeMap<(u32, u32), String> = BTreeMap::new();
    // Rows with cells but no values (a row of blank, bordered cells is a row of blanks).
    let mut blank_rows: Vec<u32> = Vec::new();
    let mut merges: Vec<(u32, u32, u32, u32)> = Vec::new();
    let mut extents = Extents::new();
    let mut cell: Option<OpenCell> = None;
    let mut text = String::new();
    let mut in_value = false;
    let mut next_row = 0_u32;
    let mut next_col = 0_u32;
    let blank_row = |rows: &mut Vec<u32>, row: u32| {
        if rows.last() != Some(&row) && rows.len() < MAX_BLANK_ROWS {
            rows.push(row);
        }
    };
    walk(xml, |event| {
        match event {
            Event::Start(e) | Event::Empty(e) => match local(e) {
                "row" => {
                    next_row = attribute(e, "r")
                        .and_then(|r| r.parse::<u32>().ok())
                        .map_or(next_row, |r| r.saturating_sub(1));
                    next_col = 0;
                }
                "c" => {
                    let [reference, kind, style] = attributes(e, ["r", "t", "s"]);
                    let (row, col) =
                        reference.and_then(|r| parse_ref(&r)).unwrap_or((next_row, next_col));
                    next_col = col.saturating_add(1);
                    written(&mut extents, row, col);
                    let kind = kind.unwrap_or_default();
                    let style = style
                        .and_then(|s| s.parse::<usize>().ok())
                        .and_then(|s| decimals.get(s).copied().flatten());
                    text.clear();
                    if matches!(event, Event::Empty(_)) {
                        blank_row(&mut blank_rows, row);
                    }
                    cell = matches!(event, Event::Start(_)).then_some((row, col, kind, style));
                }
                "v" | "t" if cell.is_some() => in_value = matches!(event, Event::Start(_)),
                "mergeCell" => {
                    if let Some(range) = attribute(e, "ref").and_then(|r| parse_range(&r)) {
                        let (r1, c1, r2, c2) = range;
                        // Paid for every slot it covers, however often merges overlap.
                        budget.slots(r2 - r1 + 1, c2 - c1 + 1)?;
                        if (r1, c1) != (r2, c2) {
                            merges.push(range);
                        }
                    }
                }
                _ => {}
            },
            Event::Text(t) if in_value => text.push_str(&t.xml10_content()),
            Event::GeneralRef(r) if in_value => text.push_str(&reference(r)),
            Event::End(e) => match e.local_name().as_ref() {
                "v" | "t" => in_value = false,
                "c" => {
                    if let Some((row, col, kind, style)) = cell.take() {
                        let shown = shown(&text, &kind, style, shared);
                        if shown.trim().is_empty() {
                            blank_row(&mut blank_rows, row);
                        } else {
                            // A shared string is copied into every cell that uses it: each
                            // copy is paid for.
                            budget.cell(values.len(), 1, 1)?;
                            budget.text(shown.len())?;
                            values.insert((row, col), shown.into_owned());
                        }
                    }
                }
                "row" => next_row = next_row.saturating_add(1),
                _ => {}
            },
            _ => {}
        }
        Ok(())
    })?;
    layout(values, &blank_rows, merges, &extents, table, budget)
}

/// Widens a row's written extent to a column it wrote a cell in.
fn written(extents: &mut Extents, row: u32, col: u32) {
    if let Some((first, last)) = extents.get_mut(&row) {
        *first = (*first).min(col);
        *last = (*last).max(col);
    } else if extents.len() < MAX_EXTENT_ROWS {
        extents.insert(row, (col, col));
    }
}

/// A cell's text as Excel shows it.
fn shown<'a>(
    text: &'a str,
    kind: &str,
    style: Option<u32>,
    shared: &'a [String],
) -> std::borrow::Cow<'a, str> {
    use std::borrow::Cow;
    match kind {
        "s" => Cow::Borrowed(
            text.trim()
                .parse::<usize>()
                .ok()
                .and_then(|i| shared.get(i))
                .map_or("", String::as_str),
        ),
        "inlineStr" | "str" | "e" => Cow::Borrowed(text),
        "b" => Cow::Borrowed(if text.trim() == "1" { "TRUE" } else { "FALSE" }),
        _ => excel_number(text.trim(), style).map_or(Cow::Borrowed(text), Cow::Owned),
    }
}

/// Every used row from the first to the last used column (at most [`MAX_COLUMNS`]):
/// merged ranges become spans, empty slots blank cells (a blank in the sheet is a blank in
/// the report).
///
/// A slot left of a row's first written cell or right of its last one, and under no merge,
/// is no cell at all: Calc lays every table of a page on one grid, so a narrower table's
/// rows stop short of the sheet's last column, and a blank there would be read as a cell
/// of the table (the header's trailing blank taken for the first value of 表四's data row
/// shifts that row one column to the right).
///
/// Merges are swept row by row with one "covered until" mark per laid-out column, so each
/// merge costs its width in the window, not its area, however many overlap.
fn layout(
    mut values: BTreeMap<(u32, u32), String>,
    blank_rows: &[u32],
    mut merges: Vec<(u32, u32, u32, u32)>,
    extents: &Extents,
    table: u32,
    budget: &mut Budget,
) -> Result<Vec<Cell>, FormatProblem> {
    let used_cols = values.keys().map(|&(_, c)| c).chain(merges.iter().map(|m| m.3));
    let (Some(first_col), Some(last_col)) = (used_cols.clone().min(), used_cols.max()) else {
        return Ok(Vec::new());
    };
    let last_col = last_col.min(first_col.saturating_add(MAX_COLUMNS - 1));
    let mut rows: Vec<u32> = values.keys().map(|&(r, _)| r).collect();
    // Formatted but empty rows count only next to the data (not the thousand formatted rows
    // below a table).
    let last_value_row = rows.last().copied().unwrap_or(0);
    rows.extend(blank_rows.iter().filter(|&&r| r <= last_value_row.saturating_add(3)));
    rows.sort_unstable();
    rows.dedup();
    merges.sort_unstable();
    let anchors: BTreeMap<(u32, u32), (u32, u32)> =
        merges.iter().map(|&(r1, c1, r2, c2)| ((r1, c1), (r2 - r1 + 1, c2 - c1 + 1))).collect();
    // For each column of the window, the first row no longer covered by a merge started
    // above or in the row being laid out.
    let width = (last_col - first_col + 1) as usize;
    let mut covered_until = vec![0_u32; width];
    let mut pending = merges.iter().peekable();
    let mut cells = Vec::new();
    let mut made = values.len();
    for &row in &rows {
        while let Some(&&(_, c1, r2, c2)) = pending.peek().filter(|m| m.0 <= row) {
            pending.next();
            let from = c1.max(first_col);
            let to = c2.min(last_col);
            for col in from..=to {
                if let Some(until) = covered_until.get_mut((col - first_col) as usize) {
                    *until = (*until).max(r2.saturating_add(1));
                }
            }
        }
        let (first_written, last_written) =
            extents.get(&row).copied().unwrap_or((first_col, last_col));
        for col in first_col..=last_col {
            let anchor = anchors.get(&(row, col)).copied();
            let under_merge =
                covered_until.get((col - first_col) as usize).is_some_and(|&until| until > row);
            if under_merge && anchor.is_none() {
                continue; // covered by a merged range anchored elsewhere
            }
            if anchor.is_none() && !(first_written..=last_written).contains(&col) {
                continue; // beyond the row's written cells: nothing is there
            }
            let (row_span, col_span) = anchor.unwrap_or((1, 1));
            let text = match values.remove(&(row, col)) {
                Some(value) => value.trim().to_owned(),
                None => {
                    budget.cell(made, 1, 1)?;
                    made = made.saturating_add(1);
                    String::new()
                }
            };
            cells.push(Cell {
                text,
                row,
                col,
                row_span,
                col_span,
                location: Location::grid(table, row, col),
            });
        }
    }
    Ok(cells)
}

/// `B3` → (row 2, column 1).
fn parse_ref(reference: &str) -> Option<(u32, u32)> {
    let letters: String = reference.chars().take_while(char::is_ascii_alphabetic).collect();
    let digits = reference.get(letters.len()..)?;
    if letters.is_empty() || letters.len() > 3 {
        return None;
    }
    let col = letters.bytes().try_fold(0_u32, |acc, b| {
        Some(acc * 26 + u32::from(b.to_ascii_uppercase().checked_sub(b'A')?) + 1)
    })?;
    let row: u32 = digits.parse().ok()?;
    Some((row.checked_sub(1)?, col.checked_sub(1)?))
}

/// `A1:D2` → (0, 0, 1, 3).
fn parse_range(range: &str) -> Option<(u32, u32, u32, u32)> {
    let (from, to) = range.split_once(':')?;
    let (r1, c1) = parse_ref(from)?;
    let (r2, c2) = parse_ref(to)?;
    (r2 >= r1 && c2 >= c1 && r2 - r1 < 2048 && c2 - c1 < 256).then_some((r1, c1, r2, c2))
}

/// A stored number as Excel shows it: 15 significant digits, `decimals` places if the
/// number format asks for them. Exact string arithmetic only.
fn excel_number(stored: &str, decimals: Option<u32>) -> Option<String> {
    let (negative, body) = match stored.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, stored),
    };
    let (mantissa, exponent) = match body.split_once(['E', 'e']) {
        Some((m, e)) => (m, e.parse::<i32>().ok()?),
        None => (body, 0),
    };
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    if whole.is_empty() && fraction.is_empty()
        || !whole.chars().chain(fraction.chars()).all(|c| c.is_ascii_digit())
    {
        return None;
    }
    // digits × 10^(point - len): the value as an integer string and a decimal point position.
    let mut digits: Vec<u8> = whole.bytes().chain(fraction.bytes()).map(|b| b - b'0').collect();
    // Exponents as written may be anything (`E2147483647`): the sums are checked.
    let mut point = i32::try_from(whole.len()).ok()?.checked_add(exponent)?;
    let zeros = digits.iter().take_while(|&&d| d == 0).count().min(digits.len().saturating_sub(1));
    digits.drain(..zeros);
    point = point.checked_sub(i32::try_from(zeros).ok()?)?;
    if digits.len() > 15 {
        let round_up = digits.get(15).is_some_and(|&d| d >= 5);
        digits.truncate(15);
        if round_up {
            let mut at = digits.len();
            loop {
                if at == 0 {
                    digits.insert(0, 1);
                    point = point.checked_add(1)?;
                    break;
                }
                at -= 1;
                if let Some(d) = digits.get_mut(at) {
                    if *d == 9 {
                        *d = 0;
                    } else {
                        *d += 1;
                        break;
                    }
                }
            }
        }
    }
    if !(-30..=30).contains(&point) {
        return None;
    }
    let digit = |i: i32| {
        usize::try_from(i).ok().and_then(|i| digits.get(i)).map_or('0', |d| char::from(b'0' + d))
    };
    let whole: String = if point <= 0 { "0".to_owned() } else { (0..point).map(digit).collect() };
    let len = i32::try_from(digits.len()).ok()?;
    // Negative indices (a point left of the digits) read as leading zeros.
    let fraction: String = (point.min(len)..len).map(digit).collect();
    let fraction = fraction.trim_end_matches('0');
    let wanted = decimals.map_or(0, |d| d as usize);
    let fraction =
        if fraction.len() < wanted { format!("{fraction:0<wanted$}") } else { fraction.to_owned() };
    let sign =
        if negative && (whole != "0" || !fraction.chars().all(|c| c == '0')) { "-" } else { "" };
    Some(if fraction.is_empty() {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}.{fraction}")
    })
}

#[cfg(test)]
mod tests {
    use super::{excel_number, parse_range, parse_ref, sheet};
    use crate::budget::Budget;
    use nianbao_document::{Excess, FormatProblem};

    #[test]
    fn places_are_the_sheet_and_excel_row_and_column() -> Result<(), FormatProblem> {
        let xml = r#"<worksheet><sheetData><row r="12"><c r="A12" t="inlineStr"><is><t>规章</t></is></c><c r="B12"><v>3</v></c></row></sheetData></worksheet>"#;
        let cells = sheet(xml, &[], &[], 2, &mut Budget::default())?;
        let b12 = cells.iter().find(|c| c.text == "3").map(|c| c.location);
        assert_eq!(b12.map(|l| (l.table, l.row, l.cell)), Some((Some(2), Some(11), Some(1))));
        Ok(())
    }

    #[test]
    fn a_row_is_laid_out_across_its_written_cells_only() -> Result<(), FormatProblem> {
        // Row 1 writes A–C (B empty), row 2 writes A and E: the window is A–E, but row 1 has
        // nothing right of C, and row 2's B–D are blanks between its written cells.
        let xml = r#"<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1" s="1"/><c r="C1"><v>3</v></c></row><row r="2"><c r="A2"><v>4</v></c><c r="E2"><v>5</v></c></row><row r="3"><c r="C3"><v>6</v></c></row></sheetData></worksheet>"#;
        let cells = sheet(xml, &[], &[], 0, &mut Budget::default())?;
        let laid: Vec<(u32, u32, &str)> =
            cells.iter().map(|c| (c.row, c.col, c.text.as_str())).collect();
        assert_eq!(
            laid,
            [
                (0, 0, "1"),
                (0, 1, ""),
                (0, 2, "3"),
                (1, 0, "4"),
                (1, 1, ""),
                (1, 2, ""),
                (1, 3, ""),
                (1, 4, "5"),
                (2, 2, "6"),
            ]
        );
        Ok(())
    }

    #[test]
    fn a_merge_outside_a_rows_written_cells_is_still_laid_out() -> Result<(), FormatProblem> {
        let xml = r#"<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData><mergeCells><mergeCell ref="C1:D1"/></mergeCells></worksheet>"#;
        let cells = sheet(xml, &[], &[], 0, &mut Budget::default())?;
        let laid: Vec<(u32, u32, u32, &str)> =
            cells.iter().map(|c| (c.row, c.col, c.col_span, c.text.as_str())).collect();
        assert_eq!(laid, [(0, 0, 1, "1"), (0, 2, 2, "")]);
        Ok(())
    }

    #[test]
    fn overlapping_merges_cost_their_slots_once_each() {
        let merges = "<mergeCell ref=\"A1:IV2048\"/>".repeat(40_000);
        let xml = format!("<worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row></sheetData><mergeCells>{merges}</mergeCells></worksheet>");
        let outcome = sheet(&xml, &[], &[], 0, &mut Budget::default());
        assert_eq!(outcome.err(), Some(FormatProblem::TooMuch { excess: Excess::Spans }));
    }

    #[test]
    fn numbers_as_excel_shows_them() {
        let cases = [
            ("614", None, "614"),
            ("13411588.43", None, "13411588.43"),
            ("4068.2079999999996", None, "4068.208"),
            ("27326", Some(2), "27326.00"),
            ("0.1", Some(2), "0.10"),
            ("1.5E-3", None, "0.0015"),
            ("1E+3", None, "1000"),
            ("-8", None, "-8"),
            ("0", Some(2), "0.00"),
        ];
        for (stored, decimals, shown) in cases {
            assert_eq!(excel_number(stored, decimals).as_deref(), Some(shown), "{stored}");
        }
        assert_eq!(excel_number("abc", None), None);
        // Exponents at the ends of i32 and long runs of leading zeros: no overflow, no
        // quadratic shifting.
        assert_eq!(excel_number("1E2147483647", None), None);
        assert_eq!(excel_number("1E-2147483648", None), None);
        assert_eq!(excel_number("0.1E-2147483647", None), None);
        let zeros = format!("{}7", "0".repeat(200_000));
        assert_eq!(excel_number(&zeros, None).as_deref(), Some("7"));
    }

    #[test]
    fn references_and_ranges() {
        assert_eq!(parse_ref("A1"), Some((0, 0)));
        assert_eq!(parse_ref("AB12"), Some((11, 27)));
        assert_eq!(parse_range("A1:D2"), Some((0, 0, 1, 3)));
        assert_eq!(parse_ref("1A"), None);
    }
}
