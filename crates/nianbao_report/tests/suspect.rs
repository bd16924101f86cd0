//! The suspect cell, by mutation: every single-number change in the seeds' 表三 and 表四 is
//! made in the text, and the report must either name exactly that cell with its original
//! value (when one cell explains every broken sum) or name none.

#![allow(
    clippy::unwrap_used,
    clippy::indexing_slicing,
    clippy::disallowed_methods,
    reason = "a test harness: reads fixtures, fails loudly"
)]

mod support;

use nianbao_report::{Lang, Report};
use nianbao_tables::CellState;
use support::{check_text, seed, to_text, Numbers, REQUEST_ROWS_2021};

/// A number cell of a table: its keys, value and place in the text (1-based line, column).
struct NumberCell {
    row: String,
    column: &'static str,
    value: i64,
    raw: String,
    line: usize,
    at: usize,
}

fn number_cells(report: &Report, table: nianbao_document::TableId) -> Vec<NumberCell> {
    let Some(values) = report.tables.get(table) else { return Vec::new() };
    let mut out = Vec::new();
    for row in &values.rows {
        for (column, cell) in &row.cells {
            let written = matches!(cell.state, CellState::Number | CellState::Inferred);
            let (Some(value), true) = (cell.addend(), written) else { continue };
            out.push(NumberCell {
                row: row.key.to_string(),
                column,
                value,
                raw: cell.raw.clone(),
                line: cell.location.line.unwrap() as usize,
                at: cell.location.column.unwrap() as usize,
            });
        }
    }
    out
}

/// The text with one cell's number replaced.
fn mutate(text: &str, cell: &NumberCell, to: i64) -> String {
    let mut lines: Vec<String> = text.split('\n').map(str::to_owned).collect();
    let line = &mut lines[cell.line - 1];
    let start = line.char_indices().nth(cell.at - 1).unwrap().0;
    assert_eq!(&line[start..start + cell.raw.len()], cell.raw, "line {}", cell.line);
    line.replace_range(start..start + cell.raw.len(), &to.to_string());
    lines.join("\n")
}

/// A suspect as (row, column, found, expected).
type Named = (String, String, i64, i64);

/// The arithmetic findings and their suspects.
fn suspects(report: &Report) -> Vec<(&'static str, Option<Named>)> {
    report
        .diagnostics
        .iter()
        .filter(|d| d.code.as_str().starts_with('R'))
        .map(|d| {
            let suspect = d
                .suspect
                .as_ref()
                .map(|s| (s.cell.row.to_string(), s.cell.column.to_string(), s.found, s.expected));
            (d.code.as_str(), suspect)
        })
        .collect()
}

/// Every change of one 表三 number in seeds whose 表三 is read whole (000, 001, 002): each
/// has exactly one explanation, so every arithmetic finding names that cell, first, with
/// the number written and the original as the expected value. 004's rows lost their blank
/// cells and were placed by the arithmetic (T023): a change there may move the placement
/// or leave the row unplaced, so it must name the cell or nothing.
#[test]
fn every_single_change_in_table_3_names_its_cell() {
    let mut named = 0;
    for prefix in ["000", "001", "002", "004"] {
        let (name, bytes) = seed(prefix);
        let text = String::from_utf8(bytes).unwrap();
        let clean = check_text(&text, &name);
        assert!(suspects(&clean).is_empty(), "{name}");
        let cells = number_cells(&clean, nianbao_document::TableId::Requests);
        assert!(cells.len() >= if prefix == "004" { 20 } else { 161 }, "{name}: {}", cells.len());
        for cell in &cells {
            for to in [cell.value + 36, cell.value + 1] {
                let changed = check_text(&mutate(&text, cell, to), &name);
                let found = suspects(&changed);
                let context = format!("{name} {}·{} {} → {to}", cell.row, cell.column, cell.value);
                let expected = Some((cell.row.clone(), cell.column.to_owned(), to, cell.value));
                if prefix == "004" && (found.is_empty() || found.iter().any(|(_, s)| s.is_none())) {
                    assert!(found.iter().all(|(_, s)| s.is_none()), "{context}: {found:?}");
                    continue;
                }
                assert!(!found.is_empty(), "{context}: {:?}", changed.codes());
                for (code, suspect) in &found {
                    assert_eq!(suspect, &expected, "{context}: {code}");
                }
                let first = &changed.diagnostics.iter().find(|d| d.suspect.is_some()).unwrap();
                assert_eq!(first.cells[0].row, cell.row.as_str(), "{context}: primary cell");
                assert_eq!(first.cells[0].column, cell.column, "{context}: primary cell");
                named += 1;
            }
        }
    }
    assert!(named >= 2 * (161 * 2 + 175), "{named} changes named their cell");
}

/// 表四 has one sum per group of five: a changed number is explained as well by any of the
/// five, so nothing is named.
#[test]
fn a_change_in_table_4_has_five_explanations_and_no_suspect() {
    let (name, bytes) = seed("004");
    let text = String::from_utf8(bytes).unwrap();
    let clean = check_text(&text, &name);
    let cells = number_cells(&clean, nianbao_document::TableId::Appeals);
    assert_eq!(cells.len(), 15);
    for cell in &cells {
        let changed = check_text(&mutate(&text, cell, cell.value + 4), &name);
        assert_eq!(changed.codes().iter().filter(|c| **c == "R401").count(), 1, "{}", cell.row);
        assert_eq!(suspects(&changed), [("R401", None)], "{}·{}", cell.row, cell.column);
    }
}

/// The contract and the words: `suspect` on each diagnostic it explains, the cell first,
/// and the message naming it (（一）予以公开·自然人 written 215 where the sums say 251).
#[test]
fn the_suspect_in_json_and_words() {
    let mut numbers = Numbers::zero();
    let row = |key: &str| REQUEST_ROWS_2021.iter().position(|(k, _)| *k == key).unwrap();
    for key in ["received", "granted", "outcome_total"] {
        numbers.requests[row(key)][0] = 251;
        numbers.requests[row(key)][6] = 251;
    }
    let text =
        replace_once(&to_text(&numbers, 2023), "（一）予以公开 | 251 |", "（一）予以公开 | 215 |");
    let report = check_text(&text, "changed.txt");
    let json = serde_json::to_value(&report).unwrap();
    let arithmetic: Vec<_> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"].as_str().unwrap().starts_with('R'))
        .collect();
    assert_eq!(arithmetic.iter().map(|d| &d["code"]).collect::<Vec<_>>(), ["R302", "R303"]);
    for d in &arithmetic {
        assert_eq!(
            d["suspect"],
            serde_json::json!({
                "cell": {"table": "requests", "row": "granted", "column": "natural_person"},
                "found": 215, "expected": 251, "raw": "215"
            })
        );
        assert_eq!(d["cells"][0], d["suspect"]["cell"]);
        assert!(
            d["message"]
                .as_str()
                .unwrap()
                .ends_with("；最可能填错的是「（一）予以公开·自然人」215，按合计应为 251"),
            "{}",
            d["message"]
        );
    }
    let english = report.reworded(Lang::En);
    let worded: Vec<&str> = english
        .diagnostics
        .iter()
        .filter(|d| d.suspect.is_some())
        .map(|d| d.message.as_str())
        .collect();
    assert_eq!(worded.len(), 2);
    for message in worded {
        assert!(
            message.ends_with("; most likely wrong: (1) granted › natural persons, 215 where the totals ask for 251"),
            "{message}"
        );
    }
}

/// Two wrong numbers that offset each other in a row break two column sums; no one cell
/// explains both, so nothing is named.
#[test]
fn two_errors_name_no_cell() {
    let mut numbers = Numbers::zero();
    let row = |key: &str| REQUEST_ROWS_2021.iter().position(|(k, _)| *k == key).unwrap();
    for key in ["received", "granted", "outcome_total"] {
        numbers.requests[row(key)] = [5, 3, 0, 0, 0, 0, 8];
    }
    let text = replace_once(
        &to_text(&numbers, 2023),
        "（一）予以公开 | 5 | 3 |",
        "（一）予以公开 | 6 | 2 |",
    );
    let report = check_text(&text, "changed.txt");
    let found = suspects(&report);
    assert_eq!(found.iter().map(|(code, _)| *code).collect::<Vec<_>>(), ["R303", "R303"]);
    assert!(found.iter().all(|(_, s)| s.is_none()), "{found:?}");
}

fn replace_once(text: &str, from: &str, to: &str) -> String {
    assert_eq!(text.matches(from).count(), 1, "{from}");
    text.replacen(from, to, 1)
}
