//! PDFs through the whole check (tests/fixtures/pdf/, made by LibreOffice, Chromium and qpdf
//! from the seeds' Word and HTML versions, and a real WPS export): every cell as the source
//! document prints it (`<name>.expected.json`), and the same findings as the source.

#![allow(
    clippy::unwrap_used,
    clippy::indexing_slicing,
    clippy::disallowed_methods,
    reason = "a test harness"
)]

use std::collections::BTreeMap;

use nianbao_report::{check, Lang, Report};
use serde_json::Value;

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures");

fn read(path: &str) -> Report {
    let bytes = std::fs::read(format!("{FIXTURES}/{path}")).unwrap();
    check(&bytes, path.rsplit('/').next().unwrap(), Lang::Zh)
}

/// Every cell of a report by `table/row/column`: its raw text.
fn raw_cells(report: &Report) -> BTreeMap<String, String> {
    let json = serde_json::to_value(report).unwrap();
    let mut out = BTreeMap::new();
    for (table, rows) in json["tables"].as_object().unwrap() {
        for (row, cells) in rows.as_object().unwrap() {
            for (column, cell) in cells.as_object().unwrap() {
                if cell.get("state").is_some() {
                    out.insert(
                        format!("{table}/{row}/{column}"),
                        cell["raw"].as_str().unwrap_or("").to_owned(),
                    );
                } else {
                    for (inner, c) in cell.as_object().unwrap() {
                        out.insert(
                            format!("{table}/{row}.{column}/{inner}"),
                            c["raw"].as_str().unwrap_or("").to_owned(),
                        );
                    }
                }
            }
        }
    }
    out
}

/// The expected cells of a fixture, the same way.
fn expected_cells(expected: &Value) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for (table, rows) in expected["tables"].as_object().unwrap() {
        for (row, cells) in rows.as_object().unwrap() {
            for (column, raw) in cells.as_object().unwrap() {
                out.insert(
                    format!("{table}/{row}/{column}"),
                    raw.as_str().unwrap_or("").to_owned(),
                );
            }
        }
    }
    out
}

/// (cells expected, cells read the same, the ones that differ as `key: read ≠ expected`).
fn compare(pdf: &str) -> (usize, usize, Vec<String>) {
    let report = read(&format!("pdf/{pdf}.pdf"));
    let text = std::fs::read_to_string(format!("{FIXTURES}/pdf/{pdf}.expected.json")).unwrap();
    let expected = expected_cells(&serde_json::from_str(&text).unwrap());
    let got = raw_cells(&report);
    let mut wrong = Vec::new();
    for (key, want) in &expected {
        let read = got.get(key).map_or("(missing)", String::as_str);
        if read != want {
            wrong.push(format!("{key}: {read:?} ≠ {want:?}"));
        }
    }
    for key in got.keys().filter(|k| !expected.contains_key(*k)) {
        wrong.push(format!("{key}: read but not expected"));
    }
    (
        expected.len(),
        expected.len() - wrong.iter().filter(|w| !w.ends_with("not expected")).count(),
        wrong,
    )
}

/// The fixtures with an expected file whose PDF opens (all but the one needing a password).
fn fixtures() -> Vec<String> {
    let dir = std::fs::read_dir(format!("{FIXTURES}/pdf")).unwrap();
    let mut names: Vec<String> = dir
        .filter_map(|e| {
            let name = e.ok()?.file_name().into_string().ok()?;
            name.strip_suffix(".expected.json").map(str::to_owned)
        })
        .filter(|name| name != "encrypted-user-password")
        .collect();
    names.sort();
    names
}

#[test]
fn every_pdf_fixture_reads_cell_for_cell() {
    let names = fixtures();
    assert_eq!(names.len(), 22);
    for name in names {
        let (total, same, wrong) = compare(&name);
        assert!(wrong.is_empty(), "{name}: {same}/{total} cells\n{}", wrong.join("\n"));
        let report = read(&format!("pdf/{name}.pdf"));
        let text = std::fs::read_to_string(format!("{FIXTURES}/pdf/{name}.expected.json")).unwrap();
        let expected: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(report.report.edition.as_deref(), expected["edition"].as_str(), "{name}");
        assert_eq!(report.report.year.map(i64::from), expected["year"].as_i64(), "{name}");
    }
}

/// Codes in a stable order: places are counted differently in each format, so findings of
/// equal weight may come in another order.
fn sorted_codes(report: &Report) -> Vec<&'static str> {
    let mut codes = report.codes();
    codes.sort_unstable();
    codes
}

#[test]
fn each_seed_pdf_gives_the_cells_and_codes_of_its_html_and_word_versions() {
    for seed in [
        "000_f23864eff4c512cb",
        "001_ef584ed5d68128ab",
        "002_b8919bf2136104de",
        "004_8b45603aceec5a0e",
    ] {
        let html = read(&format!("html/{seed}.html"));
        let docx = read(&format!("docx/{seed}.lo.docx"));
        assert_eq!(raw_cells(&docx), raw_cells(&html), "{seed}: the sources agree");
        for maker in ["lo", "chromium"] {
            let pdf = read(&format!("pdf/{seed}.{maker}.pdf"));
            let name = &pdf.source.name;
            assert_eq!(raw_cells(&pdf), raw_cells(&html), "{name}");
            assert_eq!(sorted_codes(&pdf), sorted_codes(&html), "{name}");
            assert_eq!(sorted_codes(&pdf), sorted_codes(&docx), "{name}");
            assert_eq!(
                (&pdf.report.year, &pdf.report.edition),
                (&html.report.year, &html.report.edition),
                "{name}"
            );
        }
    }
}

#[test]
fn radicals_a_browser_named_in_place_of_ideographs_read_as_the_ideographs_drawn() {
    // Chromium's print with Noto CJK: the ToUnicode maps say ⾏ (U+2F8F) for 行, ⼀ for 一.
    let html = read("pdf/radicals/000.html");
    let pdf = read("pdf/radicals/000.chromium-noto.pdf");
    assert_eq!(raw_cells(&pdf), raw_cells(&html));
    assert_eq!(sorted_codes(&pdf), sorted_codes(&html));
    assert_eq!(raw_cells(&pdf)["proactive/item5.other_services/change"], "+13");
    let places: Vec<&str> = pdf.diagnostics.iter().filter_map(|d| d.excerpt.as_deref()).collect();
    assert!(places.contains(&"二、行政机关主动公开政府信息情况"), "{places:?}");
    assert!(places.iter().all(|p| p.chars().all(|c| !('\u{2E80}'..='\u{2FDF}').contains(&c))));
}

#[test]
fn cid_fonts_without_to_unicode_give_the_cells_and_codes_of_the_html() {
    // reportlab's non-embedded STSong-Light (UniGB-UCS2-H) and the same file rewritten to
    // Identity-H over Adobe-GB1 CIDs and to GBK-EUC-H bytes (scripts/make_pdf_cid_fixtures.py).
    let html = read("html/000_f23864eff4c512cb.html");
    for variant in ["reportlab", "reportlab-identity", "reportlab-gbk", "reportlab-narrow"] {
        let pdf = read(&format!("pdf/000_f23864eff4c512cb.{variant}.pdf"));
        assert_eq!(raw_cells(&pdf), raw_cells(&html), "{variant}");
        assert_eq!(sorted_codes(&pdf), sorted_codes(&html), "{variant}");
        assert_eq!(sorted_codes(&pdf), ["T002", "T002", "T002", "T002", "T011", "T012"]);
        assert_eq!((pdf.report.year, pdf.report.edition.as_deref()), (Some(2020), Some("2019")));
    }
    let unknown = read("pdf/cid-adobe-identity.pdf");
    assert_eq!(unknown.codes(), ["F003"]);
    assert!(unknown.diagnostics[0]
        .message
        .starts_with("PDF 中有 1434 个字符的字体没有提供文字编码"));
}

#[test]
fn tables_without_ruling_read_as_their_sources() {
    // Chromium's prints of seeds 000 (2019 edition) and 002 (2021) and LibreOffice's PDF of
    // the filled official form, every table border removed: the cells come from the
    // alignment of the text alone.
    for (pdf, source, count) in [
        ("000_f23864eff4c512cb.chromium-borderless", "html/000_f23864eff4c512cb.html", 195),
        ("002_b8919bf2136104de.chromium-borderless", "html/002_b8919bf2136104de.html", 200),
        ("template-002.lo-borderless", "docx/template-002.docx", 200),
    ] {
        let source = read(source);
        let report = read(&format!("pdf/{pdf}.pdf"));
        let cells = raw_cells(&report);
        assert_eq!(cells.len(), count, "{pdf}");
        assert_eq!(cells, raw_cells(&source), "{pdf}");
        assert_eq!(sorted_codes(&report), sorted_codes(&source), "{pdf}");
        assert_eq!(compare(pdf), (count, count, Vec::new()), "{pdf}");
        assert_eq!(
            (&report.report.year, &report.report.edition),
            (&source.report.year, &source.report.edition),
            "{pdf}"
        );
    }
    // Spot checks that the tables are the ones meant: 表二's one-row blocks and 表三's rows
    // whose labels wrap around their values.
    let lo = raw_cells(&read("pdf/template-002.lo-borderless.pdf"));
    assert_eq!(lo.get("proactive/item5.licensing/decisions").map(String::as_str), Some("752"));
    assert_eq!(lo.get("proactive/item6.penalty/decisions").map(String::as_str), Some("1"));
    let chromium = read("pdf/002_b8919bf2136104de.chromium-borderless.pdf");
    assert_eq!(chromium.codes(), Vec::<&str>::new());
}

#[test]
fn a_real_wps_pdf_names_its_own_faults_on_the_page_and_table() {
    let report = read("pdf/hongze-district-2024.wps.pdf");
    // The report merged （六）其他处理's three rows into one and mistyped one label.
    assert_eq!(report.codes(), ["T011", "T011", "T011", "T013"]);
    let typo = report.diagnostics.last().unwrap();
    assert_eq!(typo.place, "第 3 页 表三 第 9 行第 1 格");
    assert_eq!(typo.excerpt.as_deref(), Some("2.其他法律行政止公开"));
    let title = "淮安市洪泽区人民政府2024年政府信息公开工作年度报告";
    assert_eq!(report.report.title.as_deref(), Some(title));
    assert_eq!(report.report.unit.as_deref(), Some("淮安市洪泽区人民政府"));
}

#[test]
fn a_scan_and_a_locked_pdf_are_refused_with_what_to_do() {
    let scan = read("pdf/scanned.pdf");
    assert_eq!(scan.codes(), ["F002"]);
    assert!(scan.diagnostics[0].message.starts_with("没有文字层：这是扫描件"));
    let locked = read("pdf/encrypted-user-password.pdf");
    assert_eq!(locked.codes(), ["F003"]);
    assert!(locked.diagnostics[0].message.starts_with("文件设置了密码"));
}

#[test]
#[ignore = "prints how each fixture reads: cargo test -p nianbao_report --test pdf -- --ignored --nocapture"]
fn survey() {
    let dir = std::fs::read_dir(format!("{FIXTURES}/pdf")).unwrap();
    let mut names: Vec<String> = dir
        .filter_map(|e| {
            e.ok()?
                .file_name()
                .into_string()
                .ok()?
                .strip_suffix(".expected.json")
                .map(str::to_owned)
        })
        .collect();
    names.sort();
    for name in names {
        if name.starts_with("encrypted-user") {
            continue;
        }
        let (total, same, wrong) = compare(&name);
        let codes = read(&format!("pdf/{name}.pdf")).codes().join(" ");
        println!("{name}: {same}/{total} [{codes}]");
        for w in wrong.iter().take(12) {
            println!("    {w}");
        }
    }
}
