//! The seeds redrawn as portal HTML (real rowspan/colspan, page chrome, one in GBK) read to
//! the same cells and codes as their text versions.

#![allow(
    clippy::unwrap_used,
    clippy::indexing_slicing,
    clippy::disallowed_methods,
    reason = "a test harness: reads fixtures, fails loudly"
)]

mod support;

use nianbao_report::{check, Lang};

const HTML: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/html");

/// Every (table/row/column, value) of a report.
fn values(report: &nianbao_report::Report) -> Vec<(String, serde_json::Value)> {
    support::flat_cells(report).into_iter().map(|(k, v, _)| (k, v)).collect()
}

#[test]
fn html_versions_hold_the_same_cells_as_the_text() {
    for prefix in ["000", "001", "002", "004"] {
        let (name, text) = support::seed(prefix);
        let html_name = name.replace(".txt", ".html");
        let html = std::fs::read(format!("{HTML}/{html_name}")).unwrap();
        let from_text = check(&text, &name, Lang::Zh);
        let from_html = check(&html, &html_name, Lang::Zh);
        assert_eq!(values(&from_html), values(&from_text), "{prefix}");
        assert_eq!(from_html.report, from_text.report, "{prefix}");
        // The text copy lost 004's blank cells, so only it says where they were recovered (T023).
        let text_codes: Vec<&str> =
            from_text.codes().into_iter().filter(|c| *c != "T023").collect();
        assert_eq!(from_html.codes(), text_codes, "{prefix}");
        // 001's 表四 header is garbled, so nothing of it is read: one error (T025), not a pass.
        let errors = usize::from(prefix == "001");
        assert_eq!(from_html.summary.errors, errors, "{prefix}: {:?}", from_html.codes());
        assert!(values(&from_html).len() >= 15 + 23 * 7, "{prefix}");
    }
}

#[test]
fn the_gbk_page_declares_its_charset_and_is_not_utf8() {
    let html = std::fs::read(format!("{HTML}/004_8b45603aceec5a0e.html")).unwrap();
    assert!(std::str::from_utf8(&html).is_err());
    let report = check(&html, "004.html", Lang::Zh);
    assert_eq!(report.report.title.as_deref(), Some("忻州市2020年政府信息公开工作年报"));
    assert_eq!(support::count(&report, "requests", "granted", "total"), Some(591));
}
