//! Verdicts people can trust: an old report is "not checked" (T031 alone), a report in an
//! out-of-date layout is read in that layout and told so (T030), and nothing passes whose
//! tables were not read or hold nothing.

#![allow(
    clippy::unwrap_used,
    clippy::indexing_slicing,
    clippy::disallowed_methods,
    reason = "a test harness: reads fixtures, fails loudly"
)]

mod support;

use nianbao_report::{check, Lang, Report, Verdict};
use support::{check_text, seed};

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures");

fn fixture(path: &str) -> Report {
    let bytes = std::fs::read(format!("{FIXTURES}/{path}")).unwrap();
    check(&bytes, path.rsplit('/').next().unwrap(), Lang::Zh)
}

/// The old-format report, as python-docx wrote it, as LibreOffice saved it as HTML, as
/// Chromium copies its text, and the same text dated 2019 (only the layout tells): T031
/// and nothing else, "not checked", no tables.
#[test]
fn old_reports_get_t031_alone_and_are_not_checked() {
    for (path, year) in [
        ("pre2019/old-2017.docx", 2017),
        ("pre2019/old-2017.html", 2017),
        ("pre2019/old-2017.txt", 2017),
        ("pre2019/old-2019.txt", 2019),
    ] {
        let report = fixture(path);
        assert_eq!(report.codes(), ["T031"], "{path}");
        assert_eq!(report.summary.verdict, Verdict::Unchecked, "{path}");
        assert_eq!(report.report.edition.as_deref(), Some("pre-2019"), "{path}");
        assert_eq!(report.report.year, Some(year), "{path}");
        assert_eq!(report.tables, nianbao_tables::StandardTables::default(), "{path}");
        let json = serde_json::to_value(&report).unwrap();
        assert_eq!(json["summary"]["verdict"], "unchecked", "{path}");
    }
}

/// A current report that mentions the old channels in its prose is not old.
#[test]
fn prose_about_channels_does_not_make_a_report_old() {
    let (name, bytes) = seed("000");
    let text = String::from_utf8(bytes).unwrap().replacen(
        "一、总体情况\n",
        "一、总体情况\n全年收到申请数为0件，其中当面申请、网络申请、信函申请、传真申请均为0件，申请办结数0件，申请答复数0件。\n",
        1,
    );
    let report = check_text(&text, &name);
    assert_eq!(report.report.edition.as_deref(), Some("2019"));
    assert_eq!(report.summary.verdict, Verdict::Pass);
}

/// Township reports for 2021 and 2022 in the 2019 layout: read with the 2019 columns (the
/// single （六） row, 本年新制作数量 …) and warned once that the template is out of date.
#[test]
fn a_2019_layout_in_a_later_year_is_read_as_2019_with_t030() {
    let (_, text) = seed("000");
    let html = std::fs::read(format!("{FIXTURES}/html/000_f23864eff4c512cb.html")).unwrap();
    for year in ["2021", "2022"] {
        for (name, bytes) in [("later.txt", &text), ("later.html", &html)] {
            let dated = String::from_utf8(bytes.clone()).unwrap().replace("2020", year);
            let report = check(dated.as_bytes(), name, Lang::Zh);
            let context = format!("{name} {year}");
            assert_eq!(report.report.edition.as_deref(), Some("2019"), "{context}");
            assert_eq!(report.report.year, Some(year.parse().unwrap()), "{context}");
            let t030: Vec<_> =
                report.diagnostics.iter().filter(|d| d.code.as_str() == "T030").collect();
            assert_eq!(t030.len(), 1, "{context}: {:?}", report.codes());
            assert_eq!(
                t030[0].message,
                format!("表格仍使用 2019 版模板，{year} 年度应使用 2021 版模板（国办公开办函〔2021〕30号）"),
            );
            let requests = report.tables.requests.as_ref().unwrap();
            assert!(requests.row("other").is_some(), "{context}: the single （六） row");
            assert!(requests.row("other.no_fee").is_none(), "{context}");
            let proactive = report.tables.proactive.as_ref().unwrap();
            assert!(proactive.cell("item1.normative_documents", "made").is_some(), "{context}");
            assert!(proactive.cell("item1.normative_documents", "issued").is_none(), "{context}");
            // Read right, it is a sound report: a warning, no error.
            assert_eq!(report.summary.errors, 0, "{context}: {:?}", report.codes());
            assert_eq!(report.summary.verdict, Verdict::Pass, "{context}");
        }
    }
}

/// The official blank form (../shared/templates, copied to tests/fixtures/docx) is no pass:
/// every table left blank is an error of its own.
#[test]
fn the_blank_official_form_fails() {
    let report = fixture("docx/template-blank.docx");
    assert_eq!(report.summary.verdict, Verdict::Fail);
    let blank: Vec<_> = report
        .diagnostics
        .iter()
        .filter(|d| d.code.as_str() == "T025")
        .map(|d| d.table.unwrap().key())
        .collect();
    assert_eq!(blank, ["proactive", "requests", "appeals"]);
}

/// Every fixture that passes had all three tables found and every row read: "pass" is
/// never said of a table that was not read.
#[test]
fn a_pass_means_every_table_was_read() {
    let mut passed = 0;
    for dir in ["seeds", "html", "docx", "xlsx", "real", "pre2019"] {
        let mut paths: Vec<_> = std::fs::read_dir(format!("{FIXTURES}/{dir}"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e != "json"))
            .collect();
        paths.sort();
        for path in paths {
            let report = check(&std::fs::read(&path).unwrap(), "x", Lang::Zh);
            if report.summary.verdict != Verdict::Pass {
                continue;
            }
            passed += 1;
            let tables = &report.tables;
            for table in [&tables.proactive, &tables.requests, &tables.appeals] {
                let table = table.as_ref().unwrap_or_else(|| panic!("{path:?}: a table missing"));
                assert!(!table.rows.is_empty(), "{path:?}");
                assert!(
                    table.rows.iter().all(|r| !r.unresolved && !r.cells.is_empty()),
                    "{path:?}"
                );
            }
        }
    }
    assert!(passed >= 15, "{passed} fixtures pass");
}
