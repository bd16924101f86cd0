//! The whole check on a real PDF's glyphs as pdfplumber reads them (see
//! crates/nianbao_pdf/tests/support/plumber.rs): what the layout makes of them goes through
//! extraction and the rules like any reader's document, and every cell of 表二/三/四 is the
//! value read by eye off the PDF (tests/fixtures/real/hongze-district-2024.expected.json).

#![allow(clippy::unwrap_used, clippy::disallowed_methods, reason = "a test harness")]

mod support;

#[path = "../../nianbao_pdf/tests/support/plumber.rs"]
mod plumber;

use nianbao_document::Format;
use nianbao_report::{check_document, Extracted, Lang, Report};

const EXPECTED: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../tests/fixtures/real/hongze-district-2024.expected.json"
);

fn hongze() -> Report {
    let json = include_str!("../../nianbao_pdf/tests/fixtures/hongze-district-2024.plumber.json");
    let document = nianbao_pdf::lay_out(&plumber::pages(json)).unwrap();
    let extracted = Extracted { format: Format::Pdf, document, problems: Vec::new() };
    check_document(&extracted, 240_143, "hongze-district-2024.wps.pdf", Lang::Zh)
}

#[test]
fn every_cell_of_the_hongze_pdf_as_read_by_eye() {
    let report = hongze();
    let expected: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(EXPECTED).unwrap()).unwrap();
    // 10 of 表二, 22 rows of 7 in 表三 (the report merged （六）其他处理 into one row), 15 of 表四.
    assert_eq!(support::assert_cells(&report, &expected), 10 + 22 * 7 + 15);
    assert_eq!(report.report.year, Some(2024));
    assert_eq!(report.report.edition.as_deref(), Some("2021"));
    // What the report itself gets wrong: the three rows of （六） it merged, and a label typo.
    assert_eq!(report.codes(), ["T011", "T011", "T011", "T013"]);
    let typo = report.diagnostics.last().unwrap();
    assert_eq!(typo.place, "第 3 页 表三 第 9 行第 1 格");
    assert_eq!(typo.excerpt.as_deref(), Some("2.其他法律行政止公开"));
}
