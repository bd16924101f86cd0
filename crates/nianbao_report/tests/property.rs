//! Property: a consistent report written as text (pipes or tabs), HTML (clean and
//! Word-style) and Markdown
//! reads back cell for cell with no diagnostics at all, and any single perturbed 表三/表四 cell
//! is caught on that cell.

#![allow(
    clippy::unwrap_used,
    clippy::indexing_slicing,
    clippy::disallowed_methods,
    reason = "a test harness: reads fixtures, fails loudly"
)]

mod support;

use proptest::prelude::*;
use support::{
    check_text, count, Numbers, Rng, APPEAL_COLUMNS, APPEAL_GROUPS, REQUEST_COLUMNS,
    REQUEST_ROWS_2021,
};

fn assert_reads_back(numbers: &Numbers, text: &str, name: &str) {
    let report = check_text(text, name);
    assert_eq!(report.codes(), Vec::<&str>::new(), "{name}: {:#?}", report.diagnostics);
    for (r, (row, _)) in REQUEST_ROWS_2021.iter().enumerate() {
        for (c, column) in REQUEST_COLUMNS.iter().enumerate() {
            assert_eq!(
                count(&report, "requests", row, column),
                Some(numbers.requests[r][c]),
                "{name} {row} {column}"
            );
        }
    }
    for (g, group) in APPEAL_GROUPS.iter().enumerate() {
        for (c, column) in APPEAL_COLUMNS.iter().enumerate() {
            assert_eq!(count(&report, "appeals", group, column), Some(numbers.appeals[g * 5 + c]));
        }
    }
    let proactive = [
        ("item1.regulations", "issued"),
        ("item1.regulations", "repealed"),
        ("item1.regulations", "in_force"),
        ("item1.normative_documents", "issued"),
        ("item1.normative_documents", "repealed"),
        ("item1.normative_documents", "in_force"),
        ("item5.licensing", "decisions"),
        ("item6.penalty", "decisions"),
        ("item6.enforcement", "decisions"),
    ];
    for (i, (row, column)) in proactive.iter().enumerate() {
        assert_eq!(
            count(&report, "proactive", row, column),
            Some(numbers.proactive[i]),
            "{name} {row} {column}"
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

    #[test]
    fn consistent_tables_read_back_exactly(seed in 1_u64.., year in 2021_i32..2026) {
        let numbers = Numbers::consistent(&mut Rng(seed));
        assert_reads_back(&numbers, &support::to_text(&numbers, year), "random.txt");
        assert_reads_back(&numbers, &support::to_html(&numbers, year), "random.html");
        assert_reads_back(&numbers, &support::to_sloppy_html(&numbers, year), "word.html");
        assert_reads_back(&numbers, &support::to_markdown(&numbers, year), "random.md");
        assert_reads_back(&numbers, &support::to_tab_separated(&numbers, year), "from-word.txt");
    }

    #[test]
    fn any_perturbed_cell_is_caught_on_that_cell(seed in 1_u64.., cell in 0_usize..(25 * 7 + 15), form in 0_u8..3) {
        let mut numbers = Numbers::consistent(&mut Rng(seed));
        let (table, row, column) = if cell < 25 * 7 {
            numbers.requests[cell / 7][cell % 7] += 1;
            ("requests", REQUEST_ROWS_2021[cell / 7].0, REQUEST_COLUMNS[cell % 7])
        } else {
            let at = cell - 25 * 7;
            numbers.appeals[at] += 1;
            ("appeals", APPEAL_GROUPS[at / 5], APPEAL_COLUMNS[at % 5])
        };
        let (text, name) = match form {
            0 => (support::to_text(&numbers, 2023), "p.txt"),
            1 => (support::to_html(&numbers, 2023), "p.html"),
            _ => (support::to_markdown(&numbers, 2023), "p.md"),
        };
        let report = check_text(&text, name);
        let on_cell = report.diagnostics.iter().any(|d| {
            d.code.as_str().starts_with('R') && d.cells.iter().any(|c| c.table.key() == table && c.row == row && c.column == column)
        });
        prop_assert!(on_cell, "{table}/{row}/{column}: {:?}", report.codes());
        prop_assert_eq!(report.summary.verdict, nianbao_report::Verdict::Fail);
    }
}
