//! The seeds as a crawler's archive keeps them (tests/fixtures/glued/, made by
//! scripts/make_glued_fixtures.py: every white space, line break and `|` removed): every cell
//! the glued text lets the table's arithmetic decide reads back to the seed's own cell, and
//! the rest are said to be undecided (T027), exactly where.

#![allow(
    clippy::unwrap_used,
    clippy::indexing_slicing,
    clippy::disallowed_methods,
    reason = "a test harness: reads fixtures, fails loudly"
)]

mod support;

use std::collections::BTreeMap;

use nianbao_report::{check, Lang, Report, Verdict};
use support::{flat_cells, seed};

const GLUED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/glued");

/// The seed and its glued copy, both checked.
fn pair(prefix: &str) -> (Report, Report) {
    let (name, bytes) = seed(prefix);
    let glued_name = name.replace(".txt", ".glued.txt");
    let glued = std::fs::read(format!("{GLUED}/{glued_name}")).unwrap();
    (check(&bytes, &name, Lang::Zh), check(&glued, &glued_name, Lang::Zh))
}

/// How many findings of each code.
fn counts(report: &Report) -> BTreeMap<&'static str, usize> {
    let mut counts = BTreeMap::new();
    for code in report.codes() {
        *counts.entry(code).or_insert(0) += 1;
    }
    counts
}

/// The cells each T027 finding names, as `row/column`.
fn undecided(report: &Report) -> Vec<Vec<String>> {
    report
        .diagnostics
        .iter()
        .filter(|d| d.code.as_str() == "T027")
        .map(|d| d.cells.iter().map(|c| format!("{}/{}", c.row, c.column)).collect())
        .collect()
}

/// Every cell the glued copy read holds what the seed's cell holds; returns how many.
fn read_back(seed: &Report, glued: &Report) -> usize {
    let seed_cells: BTreeMap<String, (serde_json::Value, serde_json::Value)> =
        flat_cells(seed).into_iter().map(|(k, v, s)| (k, (v, s))).collect();
    let mut read = 0;
    for (key, value, state) in flat_cells(glued) {
        let Some((seed_value, seed_state)) = seed_cells.get(&key) else {
            panic!("{key} read from the glued copy only");
        };
        assert_eq!(&value, seed_value, "{key}");
        if state == "blank" {
            assert_eq!(seed_state, "blank", "{key}");
        }
        read += 1;
    }
    read
}

#[test]
fn the_glued_fixtures_are_what_the_script_makes() {
    for prefix in ["000", "001", "002", "003", "004"] {
        let (name, bytes) = seed(prefix);
        let text = String::from_utf8(bytes).unwrap();
        let expected: String = text.chars().filter(|c| !c.is_whitespace() && *c != '|').collect();
        let glued =
            std::fs::read_to_string(format!("{GLUED}/{}", name.replace(".txt", ".glued.txt")))
                .unwrap();
        assert_eq!(glued, expected, "{name}: run scripts/make_glued_fixtures.py");
    }
}

#[test]
fn seed_000_glued_reads_every_cell_but_two_rows_of_table_two() {
    let (seed, glued) = pair("000");
    assert_eq!(read_back(&seed, &glued), 3 + 3 + 3 + 3 + 2 + 23 * 7 + 15);
    assert_eq!(
        counts(&glued),
        BTreeMap::from([("T002", 4), ("T011", 1), ("T012", 1), ("T026", 29), ("T027", 2)])
    );
    // `54+1328243` (54, +13, 28243): 54 is the only first cell, but +13/28243, +1/328243, …
    // all fit; `1013411588.43元` (10, 13411588.43元) splits anywhere.
    assert_eq!(
        undecided(&glued),
        [
            vec!["item5.other_services/change", "item5.other_services/decisions"],
            vec!["item9.procurement/projects", "item9.procurement/amount"],
        ]
    );
    // Rows the copy left undecided, and nothing wrong: not fully checked, not failed.
    assert_eq!(glued.summary.verdict, Verdict::Incomplete);
}

#[test]
fn seed_001_glued_splits_only_the_rows_of_zeros_in_table_two() {
    let (seed, glued) = pair("001");
    // 表三 is all zeros (7 digits for 7 cells); 表二 has no arithmetic: 40197 is 4/0/197 in the
    // seed, but 40/19/7 and 14 more fit as well.
    assert_eq!(read_back(&seed, &glued), 3 + 3 + 2 + 23 * 7 + 15);
    assert_eq!(
        counts(&glued),
        // 表四 left blank is T025 alone, not again a T020 per group.
        BTreeMap::from([("T014", 1), ("T025", 1), ("T026", 26), ("T027", 5)])
    );
    let rows: Vec<String> = undecided(&glued).iter().map(|cells| cells[0].clone()).collect();
    assert_eq!(
        rows,
        [
            "item5.licensing/last_year_items",
            "item5.other_services/last_year_items",
            "item6.penalty/last_year_items",
            "item6.enforcement/last_year_items",
            "item9.procurement/projects",
        ]
    );
}

#[test]
fn seed_002_glued_with_its_pinyin_glosses_reads_every_cell() {
    let (seed, glued) = pair("002");
    assert_eq!(read_back(&seed, &glued), 6 + 1 + 2 + 1 + 25 * 7 + 15);
    assert_eq!(counts(&glued), BTreeMap::from([("T026", 28)]));
    assert_eq!(glued.summary.verdict, Verdict::Pass);
}

#[test]
fn seed_003_glued_one_zero_rows_are_undecided_not_zeros() {
    let (seed, glued) = pair("003");
    // A single `0` may stand in any of the seven cells (the copy dropped the blanks): which
    // one the arithmetic cannot tell, so no cell of those rows is read.
    assert_eq!(read_back(&seed, &glued), 2 + 2);
    assert_eq!(counts(&glued), BTreeMap::from([("T026", 2), ("T027", 30)]));
    let undecided = undecided(&glued);
    assert_eq!(undecided.iter().map(Vec::len).sum::<usize>(), 6 * 3 + 23 * 7 + 15);
}

#[test]
fn seed_004_glued_rows_with_dropped_blanks_stay_undecided() {
    let (seed, glued) = pair("004");
    // 表四 (2 1 0 0 3 and ten zeros) splits one way; 表三's rows lost their blank cells as
    // well as their boundaries, and 13|13 could be 13 in any applicant column.
    assert_eq!(read_back(&seed, &glued), 3 + 2 + 15 + 17 * 7);
    // The rows read are all blank, but the undecided rows may hold any column's numbers: no
    // column is blank as a whole, so each row is said on its own.
    assert_eq!(counts(&glued), BTreeMap::from([("T020", 17), ("T026", 3), ("T027", 12)]));
    let appeals = &serde_json::to_value(&glued).unwrap()["tables"]["appeals"]["review"];
    assert_eq!(
        (appeals["total"]["value"].clone(), appeals["total"]["state"].clone()),
        (3.into(), "inferred".into())
    );
}

#[test]
fn a_glued_report_of_long_runs_is_answered_within_the_search_bound() {
    // Seed 002 glued, every run of seven zeros made 63 digits that split countless ways: each
    // listing stops at its bound (and the table's), and the rows are said to be undecided:
    // the 25 rows of 表三 and 表四's, whose zeros took some of those digits.
    let (name, _) = seed("002");
    let glued =
        std::fs::read_to_string(format!("{GLUED}/{}", name.replace(".txt", ".glued.txt"))).unwrap();
    let digits: String =
        (0_u32..63).map(|i| char::from_digit(1 + i * 7 % 9, 10).unwrap()).collect();
    let hostile = glued.replace("0000000", &digits);
    let started = std::time::Instant::now();
    let report = check(hostile.as_bytes(), "hostile.txt", Lang::Zh);
    eprintln!("63-digit runs in every row: {:?}", started.elapsed());
    assert_eq!(counts(&report), BTreeMap::from([("T026", 2), ("T027", 26)]));
    let too_many = report
        .diagnostics
        .iter()
        .filter(|d| {
            d.code.as_str() == "T027" && d.evidence.as_deref().is_some_and(|e| e.contains("过多"))
        })
        .count();
    assert_eq!(
        too_many,
        25 + 1,
        "{:?}",
        report.diagnostics.iter().map(|d| &d.evidence).collect::<Vec<_>>()
    );
}
