//! The open pipeline: each stage on its own gives the same report as the one-call path, a
//! document survives a trip through JSON (so another module can produce one), and a report
//! is worded again in another language from its findings alone.

#![allow(
    clippy::unwrap_used,
    clippy::indexing_slicing,
    clippy::disallowed_methods,
    reason = "a test harness: reads fixtures, fails loudly"
)]

use nianbao_report::{check, check_document, read, Extracted, Lang, Rewordable};

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures");

fn fixtures() -> Vec<(String, Vec<u8>)> {
    [
        "seeds/004_8b45603aceec5a0e.txt",
        "html/001_ef584ed5d68128ab.html",
        "docx/template-blank.docx",
        "xlsx/000_f23864eff4c512cb.lo.xlsx",
    ]
    .iter()
    .map(|path| {
        (
            path.rsplit('/').next().unwrap().to_owned(),
            std::fs::read(format!("{FIXTURES}/{path}")).unwrap(),
        )
    })
    .collect()
}

#[test]
fn a_document_round_trips_through_json_to_the_same_report() {
    for (name, bytes) in fixtures() {
        let extracted = read(&bytes, &name);
        let json = serde_json::to_string(&extracted.document).unwrap();
        let document = serde_json::from_str(&json).unwrap();
        assert_eq!(document, extracted.document, "{name}");
        let again =
            Extracted { format: extracted.format, document, problems: extracted.problems.clone() };
        let staged = check_document(&again, bytes.len(), &name, Lang::Zh);
        let direct = check(&bytes, &name, Lang::Zh);
        assert_eq!(
            serde_json::to_value(&staged).unwrap(),
            serde_json::to_value(&direct).unwrap(),
            "{name}"
        );
        assert!(!direct.findings.is_empty(), "{name}: a fixture with findings tests more");
    }
}

#[test]
fn rewording_from_the_json_equals_checking_in_that_language() {
    for (name, bytes) in fixtures() {
        let chinese = check(&bytes, &name, Lang::Zh);
        let english = check(&bytes, &name, Lang::En);
        let json = serde_json::to_string(&chinese).unwrap();
        let sent_back: Rewordable = serde_json::from_str(&json).unwrap();
        assert_eq!(sent_back.diagnostics(Lang::En), english.diagnostics, "{name}");
        assert_eq!(chinese.reworded(Lang::En).diagnostics, english.diagnostics, "{name}");
    }
}

#[test]
fn places_are_what_a_person_sees_never_markup() {
    let place_of = |path: &str, code: &str| {
        let bytes = std::fs::read(format!("{FIXTURES}/{path}")).unwrap();
        let report = check(&bytes, path, Lang::Zh);
        for d in &report.diagnostics {
            let shown = format!("{}{}", d.place, d.excerpt.as_deref().unwrap_or_default());
            assert!(!shown.contains(['<', '>']) && !shown.contains("mso-"), "{path}: {shown}");
        }
        let d = report.diagnostics.iter().find(|d| d.code.as_str() == code).unwrap();
        (d.place.clone(), d.excerpt.clone().unwrap_or_default())
    };
    let extra_row = ("第 1 个表格第 4 行第 1 格".to_owned(), "其他主动公开文件".to_owned());
    assert_eq!(place_of("html/000_f23864eff4c512cb.html", "T012"), extra_row);
    assert_eq!(place_of("docx/000_f23864eff4c512cb.lo.docx", "T012"), extra_row);
    assert_eq!(
        place_of("xlsx/000_f23864eff4c512cb.lo.xlsx", "T012"),
        ("第 1 个工作表 A22 单元格".to_owned(), "其他主动公开文件".to_owned())
    );
    assert_eq!(
        place_of("seeds/000_f23864eff4c512cb.txt", "T012"),
        ("第 31 行第 1 列".to_owned(), "其他主动公开文件".to_owned())
    );
    assert_eq!(place_of("html/000_f23864eff4c512cb.html", "T002").0, "第 18 段");
}
