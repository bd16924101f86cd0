//! Word and Excel: the same report as HTML, DOCX and XLSX gives the same tables and codes
//! (text vs HTML is tests/html_fixtures.rs); the official WPS template filled by script
//! reads back exactly; merged cells and tracked changes resolve; broken, encrypted, legacy
//! and bomb files are refused.

#![allow(
    clippy::unwrap_used,
    clippy::indexing_slicing,
    clippy::disallowed_methods,
    reason = "a test harness: reads fixtures, fails loudly"
)]

mod support;

use nianbao_report::{check, Lang, Report, Verdict};
use serde_json::Value;

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures");
const SEEDS: [&str; 4] = [
    "000_f23864eff4c512cb",
    "001_ef584ed5d68128ab",
    "002_b8919bf2136104de",
    "004_8b45603aceec5a0e",
];

fn read(path: &str) -> Report {
    let bytes = std::fs::read(format!("{FIXTURES}/{path}")).unwrap();
    check(&bytes, path.rsplit('/').next().unwrap(), Lang::Zh)
}

use support::flat_cells as cells;

#[test]
fn every_format_of_a_seed_gives_the_same_tables_and_codes() {
    for seed in SEEDS {
        let html = read(&format!("html/{seed}.html"));
        let versions = [
            read(&format!("docx/{seed}.lo.docx")),
            read(&format!("xlsx/{seed}.lo.xlsx")),
            read(&format!("xlsx/{seed}.openpyxl.xlsx")),
        ];
        for version in &versions {
            let name = &version.source.name;
            assert_eq!(cells(version), cells(&html), "{name}");
            assert_eq!(version.codes(), html.codes(), "{name}");
            assert_eq!(version.report, html.report, "{name}");
        }
        assert_eq!(serde_json::to_value(versions[0].source.format).unwrap(), "docx");
        assert_eq!(serde_json::to_value(versions[1].source.format).unwrap(), "xlsx");
    }
}

/// 表四 of a 2019-edition page written with merged header cells (three ways portals write
/// them) and 复议后起诉 left blank, saved by LibreOffice Calc and by Writer
/// (scripts/make_calc_appeals_fixtures.py). Calc lays the page's tables on one grid, so
/// 表四's rows stop a column short of the sheet's widest rows; that empty slot after the
/// header was once read as the data row's first value and slid the row one column right,
/// three false R401 errors. The sheet must read like the .docx and the page.
#[test]
fn a_calc_sheet_of_a_2019_page_reads_its_merged_appeals_header_like_the_docx() {
    let blank = None;
    let expected = [
        (["review", "upheld"], Some(2)),
        (["review", "corrected"], Some(1)),
        (["review", "other"], Some(0)),
        (["review", "pending"], Some(0)),
        (["review", "total"], Some(3)),
        (["litigation_direct", "upheld"], Some(1)),
        (["litigation_direct", "corrected"], Some(0)),
        (["litigation_direct", "other"], Some(0)),
        (["litigation_direct", "pending"], Some(1)),
        (["litigation_direct", "total"], Some(2)),
        (["litigation_after_review", "upheld"], blank),
        (["litigation_after_review", "corrected"], blank),
        (["litigation_after_review", "other"], blank),
        (["litigation_after_review", "pending"], blank),
        (["litigation_after_review", "total"], blank),
    ];
    for variant in ["standard", "rowspan", "word"] {
        let base = format!("xlsx/calc-2019-appeals-{variant}");
        let html = read(&format!("{base}.html"));
        let docx = read(&format!("{base}.docx"));
        let xlsx = read(&format!("{base}.xlsx"));
        assert_eq!(serde_json::to_value(xlsx.source.format).unwrap(), "xlsx");
        assert_eq!(xlsx.report.edition.as_deref(), Some("2019"), "{variant}");
        for version in [&xlsx, &docx, &html] {
            let name = &version.source.name;
            for ([group, column], want) in expected {
                let got = support::count(version, "appeals", group, column);
                assert_eq!(got, want, "{name}: {group}/{column}");
            }
            assert!(!version.codes().contains(&"R401"), "{name}: {:?}", version.codes());
        }
        assert_eq!(cells(&xlsx), cells(&docx), "{variant}");
        assert_eq!(cells(&xlsx), cells(&html), "{variant}");
        assert_eq!(xlsx.codes(), docx.codes(), "{variant}");
        assert_eq!(xlsx.codes(), html.codes(), "{variant}");
        assert_eq!(xlsx.report, docx.report, "{variant}");
        // Seed 004's blank cells, now with 复议后起诉 among them: warnings only, never an error.
        assert_eq!(xlsx.summary.errors, 0, "{variant}: {:?}", xlsx.codes());
        assert!(xlsx.codes().iter().all(|c| *c == "T020"), "{variant}: {:?}", xlsx.codes());
        assert_eq!(xlsx.codes().len(), 23, "{variant}");
    }
}

/// The expected numbers written next to a generated fixture.
fn assert_expected(report: &Report, expected: &Value) {
    assert_eq!(report.report.year, expected["year"].as_i64().map(|y| i32::try_from(y).unwrap()));
    let json = serde_json::to_value(report).unwrap();
    let mut checked = 0;
    for table in ["proactive", "requests", "appeals"] {
        for (row, columns) in expected[table].as_object().unwrap() {
            for (column, want) in columns.as_object().unwrap() {
                let cell = if table == "proactive" {
                    let (block, r) = row.split_once('.').unwrap();
                    &json["tables"]["proactive"][block][r][column]
                } else {
                    &json["tables"][table][row][column]
                };
                let got = &cell["value"];
                let same = got == want || want.as_str().is_some_and(|w| got.as_str() == Some(w));
                assert!(same, "{table}/{row}/{column}: {got} != {want}");
                assert_eq!(cell["state"], "number", "{table}/{row}/{column}");
                checked += 1;
            }
        }
    }
    assert_eq!(checked, 10 + 25 * 7 + 15);
}

#[test]
fn the_official_wps_template_filled_by_script_reads_back_exactly() {
    for name in ["template-002", "template-random-1", "template-random-2", "template-random-3"] {
        let report = read(&format!("docx/{name}.docx"));
        let expected: Value = serde_json::from_str(
            &std::fs::read_to_string(format!("{FIXTURES}/docx/{name}.json")).unwrap(),
        )
        .unwrap();
        assert_eq!(report.report.edition.as_deref(), Some("2021"), "{name}");
        // The script fills the tables only: section 五 keeps the template's （文字描述）.
        assert_eq!(report.codes(), ["T004"], "{name}");
        assert_expected(&report, &expected);
    }
}

#[test]
fn merged_cells_tracked_changes_numbering_split_runs_and_content_controls_resolve() {
    let report = read("docx/merged-tracked.docx");
    // No T001/T002: the section titles' 一、…六、 come from Word's automatic numbering, three
    // set on the paragraphs and three through a heading style.
    let expected: Value = serde_json::from_str(
        &std::fs::read_to_string(format!("{FIXTURES}/docx/merged-tracked.json")).unwrap(),
    )
    .unwrap();
    // Its （六）2 counts requests dropped for unpaid fees, and its prose never mentions
    // 信息处理费 (X003); its section 五 is one sentence (T004); nothing else.
    assert_eq!(expected["requests"]["other.no_fee"]["total"], 1169);
    assert_eq!(report.codes(), ["X003", "T004"]);
    assert_expected(&report, &expected);
    // The reviewer deleted "999" and inserted the real number: the insertion counts.
    let received = support::count(&report, "requests", "received", "natural_person");
    assert_eq!(received, expected["requests"]["received"]["natural_person"].as_i64());
    assert_ne!(received, Some(999));
    assert_eq!(report.report.title.as_deref(), Some("2024年政府信息公开工作年度报告"));
}

#[test]
fn the_blank_official_template_gives_blank_cells_not_zeros() {
    // A copy of ../shared/templates/2021-edition-blank-template.docx (WPS-authored).
    let bytes = std::fs::read(format!("{FIXTURES}/docx/template-blank.docx")).unwrap();
    let report = check(&bytes, "blank.docx", Lang::Zh);
    // Never a pass: each of the three tables is reported as left blank (T025), once: not
    // again cell by cell.
    assert_eq!(report.summary.verdict, Verdict::Fail);
    let mut codes = report.codes();
    codes.sort_unstable();
    // Section 五 holds only the template's （文字描述）: T004.
    assert_eq!(codes, ["T004", "T025", "T025", "T025"]);
    let all = cells(&report);
    assert_eq!(all.len(), 10 + 25 * 7 + 15);
    assert!(all.iter().all(|(_, value, state)| value.is_null() && state == "blank"), "{all:?}");
}

#[test]
fn broken_packages_are_refused_with_a_clear_code() {
    let template = std::fs::read(format!("{FIXTURES}/docx/template-002.docx")).unwrap();
    let ole = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0\0\0\0\0\0\0".to_vec();
    let cases: Vec<(&str, Vec<u8>, &str, &str)> = vec![
        (
            "bomb.docx",
            std::fs::read(format!("{FIXTURES}/bad/bomb.docx")).unwrap(),
            "F003",
            "压缩炸弹",
        ),
        (
            // 52 MB of text packed 294 times: a large document, not a bomb.
            "huge.docx",
            std::fs::read(format!("{FIXTURES}/bad/huge-document.docx")).unwrap(),
            "F003",
            "正文解压后有 50 MB，超过 24 MB 的读取上限",
        ),
        ("cut.docx", template[..template.len() / 2].to_vec(), "F003", "损坏或不完整"),
        ("locked.docx", ole.clone(), "F003", "密码"),
        ("old.doc", ole.clone(), "F001", "另存为 .docx"),
        ("old.wps", ole.clone(), "F001", "另存为 .docx"),
        ("old.xls", ole, "F001", "另存为 .xlsx"),
    ];
    for (name, bytes, code, words) in cases {
        let report = check(&bytes, name, Lang::Zh);
        assert_eq!(report.codes(), [code], "{name}");
        assert!(
            report.diagnostics[0].message.contains(words),
            "{name}: {}",
            report.diagnostics[0].message
        );
        assert_eq!(report.summary.verdict, Verdict::Unreadable, "{name}");
        // Only a file packed as no document packs is called a bomb.
        assert_eq!(report.diagnostics[0].message.contains("炸弹"), name == "bomb.docx", "{name}");
    }
}
