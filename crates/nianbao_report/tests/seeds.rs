//! The five seeds: exact year, edition, codes and cells.

#![allow(
    clippy::unwrap_used,
    clippy::indexing_slicing,
    clippy::disallowed_methods,
    reason = "a test harness: reads fixtures, fails loudly"
)]

mod support;

use nianbao_report::{check, Lang, Report, Verdict};
use support::{count, seed};

fn report(prefix: &str) -> Report {
    let (name, bytes) = seed(prefix);
    check(&bytes, &name, Lang::Zh)
}

fn json(report: &Report) -> serde_json::Value {
    serde_json::to_value(report).unwrap()
}

#[test]
fn seed_000_2019_edition_with_an_extra_row_and_a_missing_one() {
    let r = report("000");
    assert_eq!(
        (r.report.year, r.report.edition.as_deref(), r.summary.verdict),
        (Some(2020), Some("2019"), Verdict::Pass)
    );
    assert_eq!(r.codes(), ["T011", "T002", "T012", "T002", "T002", "T002"]);
    assert_eq!(r.diagnostics[0].cells[0].row, "item1.regulations");
    // A row the template lacks names no cell, but still its table.
    assert_eq!(r.diagnostics[2].table, Some(nianbao_document::TableId::Proactive));
    assert!(r.diagnostics[2].message.contains("「其他主动公开文件」"));
    let j = json(&r);
    let p = &j["tables"]["proactive"];
    assert_eq!(p["item5"]["other_services"]["change"]["value"], 13);
    assert_eq!(p["item5"]["other_services"]["change"]["raw"], "+13");
    assert_eq!(p["item5"]["other_services"]["decisions"]["value"], 28243);
    assert_eq!(p["item9"]["procurement"]["amount"]["value"], "13411588.43");
    assert_eq!(p["item9"]["procurement"]["amount"]["unit"], "元");
    assert_eq!(p["item1"]["normative_documents"]["total"]["value"], 0);
    assert!(p["item1"].get("regulations").is_none());
    // The extra row is carried with its values and the template row it follows.
    assert_eq!(
        j["extra_rows"],
        serde_json::json!([{"table": "proactive", "label": "其他主动公开文件",
            "after": "item1.normative_documents", "values": ["4", "4", "10"],
            "location": {"line": 31, "column": 1}}])
    );
    // 2019 edition: a single （六）其他处理 row, 23 rows in all, every cell 0.
    let requests = j["tables"]["requests"].as_object().unwrap();
    assert_eq!(requests.len(), 23);
    assert_eq!(count(&r, "requests", "other", "total"), Some(0));
    assert_eq!(count(&r, "appeals", "litigation_after_review", "total"), Some(0));
}

#[test]
fn seed_001_garbled_table_four_is_reported_not_read_as_zeros() {
    let r = report("001");
    assert_eq!(
        (r.report.year, r.report.edition.as_deref(), r.summary.verdict),
        (Some(2020), Some("2019"), Verdict::Fail)
    );
    // Nothing of 表四 was read, so the report cannot pass: T025 says the table holds no number
    // (once, not again for each blank group).
    assert_eq!(r.codes(), ["T014", "T025"]);
    let j = json(&r);
    for group in ["review", "litigation_direct", "litigation_after_review"] {
        for column in ["upheld", "corrected", "other", "pending", "total"] {
            let cell = &j["tables"]["appeals"][group][column];
            assert_eq!(
                (cell["state"].as_str(), cell["value"].is_null()),
                (Some("blank"), true),
                "{group}/{column}"
            );
        }
    }
    assert_eq!(r.diagnostics[1].cells.len(), 15, "T025 names every cell of 表四");
    assert_eq!(j["tables"]["proactive"]["item5"]["licensing"]["decisions"]["value"], 197);
    assert_eq!(j["tables"]["proactive"]["item9"]["procurement"]["amount"]["value"], "1751292.6");
    assert_eq!(j["tables"]["proactive"]["item1"]["regulations"]["made"]["value"], 0);
}

#[test]
fn seed_002_traditional_characters_with_pinyin_glosses_read_as_2021_edition() {
    let r = report("002");
    assert_eq!(
        (r.report.year, r.report.edition.as_deref(), r.summary.verdict),
        (Some(2023), Some("2021"), Verdict::Pass)
    );
    assert_eq!(r.codes(), Vec::<&str>::new());
    assert_eq!(r.report.title.as_deref(), Some("2023年政府信息公開(kāi)工作年度報(bào)告"));
    let j = json(&r);
    assert_eq!(j["tables"]["proactive"]["item5"]["licensing"]["decisions"]["value"], 752);
    assert_eq!(j["tables"]["proactive"]["item6"]["penalty"]["decisions"]["value"], 1);
    assert_eq!(j["tables"]["proactive"]["item8"]["fees"]["amount"]["value"], "0");
    assert_eq!(j["tables"]["proactive"]["item8"]["fees"]["amount"]["unit"], "万元");
    assert_eq!(j["tables"]["requests"].as_object().unwrap().len(), 25);
    assert_eq!(count(&r, "requests", "other.no_fee", "total"), Some(0));
    assert_eq!(j["tables"]["appeals"].as_object().unwrap().len(), 3);
}

#[test]
fn seed_003_one_number_rows_are_flagged_not_turned_into_arithmetic() {
    let r = report("003");
    assert_eq!(
        (r.report.year, r.report.edition.as_deref(), r.summary.verdict),
        (Some(2020), Some("2019"), Verdict::Incomplete)
    );
    let codes = r.codes();
    assert_eq!(codes.iter().filter(|c| **c == "T020").count(), 6);
    assert_eq!(codes.iter().filter(|c| **c == "T024").count(), 23 + 1);
    assert!(codes.iter().all(|c| matches!(*c, "T020" | "T024")), "{codes:?}");
    let j = json(&r);
    assert!(j["tables"]["requests"].as_object().unwrap().is_empty());
    assert_eq!(j["tables"]["proactive"]["item1"]["regulations"]["total"]["state"], "blank");
    assert_eq!(j["tables"]["proactive"]["item1"]["regulations"]["made"]["value"], 0);
}

#[test]
fn seed_004_lossy_table_three_has_one_placement() {
    let r = report("004");
    assert_eq!(
        (r.report.year, r.report.edition.as_deref(), r.summary.verdict),
        (Some(2020), Some("2019"), Verdict::Pass)
    );
    let codes = r.codes();
    assert_eq!(codes.iter().filter(|c| **c == "T023").count(), 5);
    assert_eq!(codes.iter().filter(|c| **c == "T020").count(), 22);
    let j = json(&r);
    let granted = &j["tables"]["requests"]["granted"];
    let expected = [
        ("natural_person", Some(199)),
        ("commercial", Some(371)),
        ("research", Some(16)),
        ("social", None),
        ("legal_services", Some(5)),
        ("other_org", None),
        ("total", Some(591)),
    ];
    for (column, value) in expected {
        let cell = &granted[column];
        assert_eq!(cell["value"].as_i64(), value, "{column}");
        assert_eq!(cell["state"], if value.is_some() { "inferred" } else { "blank" }, "{column}");
    }
    let inferred = r
        .diagnostics
        .iter()
        .find(|d| d.code.as_str() == "T023" && d.cells[0].row == "granted")
        .unwrap();
    let named: Vec<&str> = inferred.cells.iter().take(5).map(|c| c.column.as_ref()).collect();
    assert_eq!(named, ["natural_person", "commercial", "research", "legal_services", "total"]);
    assert_eq!(count(&r, "requests", "outcome_total", "legal_services"), Some(9));
    assert_eq!(count(&r, "requests", "received", "total"), Some(614));
    assert_eq!(count(&r, "appeals", "review", "total"), Some(3));
    assert_eq!(j["tables"]["proactive"]["item9"]["procurement"]["amount"]["value"], "27326.00");
    assert_eq!(j["tables"]["proactive"]["item9"]["procurement"]["amount"]["unit"], "万元");
    assert_eq!(j["tables"]["proactive"]["item1"]["normative_documents"]["made"]["value"], 300);
    assert_eq!(j["tables"]["proactive"]["item8"]["fees"]["change"]["value"], 4);
}

#[test]
fn one_changed_number_in_any_seed_cell_is_caught_on_that_cell() {
    for prefix in ["000", "002"] {
        let (name, bytes) = seed(prefix);
        let text = String::from_utf8(bytes).unwrap();
        let clean = check(text.as_bytes(), &name, Lang::Zh);
        let j = json(&clean);
        let mut tried = 0;
        for table in ["requests", "appeals"] {
            for (row, cells) in j["tables"][table].as_object().unwrap() {
                for (column, cell) in cells.as_object().unwrap() {
                    let (line, col) = (
                        cell["location"]["line"].as_u64().unwrap(),
                        cell["location"]["column"].as_u64().unwrap(),
                    );
                    let mutated = replace_at(&text, line as usize, col as usize, "7");
                    let r = check(mutated.as_bytes(), &name, Lang::Zh);
                    let hit = r.diagnostics.iter().any(|d| {
                        d.code.as_str().starts_with('R')
                            && d.cells.iter().any(|c| {
                                c.table.key() == table && c.row == *row && c.column == *column
                            })
                    });
                    assert!(hit, "{prefix} {table}/{row}/{column}: {:?}", r.codes());
                    assert_eq!(r.summary.verdict, Verdict::Fail);
                    tried += 1;
                }
            }
        }
        assert!(tried >= 23 * 7 + 15, "{prefix}: {tried}");
    }
}

/// Replaces the number starting at 1-based (line, column) with `with`.
pub fn replace_at(text: &str, line: usize, column: usize, with: &str) -> String {
    let mut lines: Vec<String> = text.split('\n').map(str::to_owned).collect();
    let target = &mut lines[line - 1];
    let chars: Vec<char> = target.chars().collect();
    let start = column - 1;
    let end = start + chars[start..].iter().take_while(|c| c.is_ascii_digit()).count();
    assert!(end > start, "no number at {line}:{column}");
    *target =
        chars[..start].iter().collect::<String>() + with + &chars[end..].iter().collect::<String>();
    lines.join("\n")
}
