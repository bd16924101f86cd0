//! Real reports as found in the wild (tests/fixtures/real/, from ../shared/real/): verdicts a
//! supervisor would repeat in a 通报 must not blame a unit for what the reading lost.

#![allow(clippy::unwrap_used, clippy::disallowed_methods, reason = "a test harness")]

use nianbao_report::{check, Lang, Verdict};

const REAL: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/real");

#[test]
fn a_crawled_page_with_its_line_breaks_removed_is_unreadable_not_failed() {
    let bytes = std::fs::read(format!("{REAL}/pingtan-2022.crawl.txt")).unwrap();
    let report = check(&bytes, "pingtan-2022.crawl.txt", Lang::Zh);
    assert_eq!(report.summary.verdict, Verdict::Unreadable);
    assert_eq!(report.codes(), ["F003"]);
    assert!(report.diagnostics[0].message.starts_with("文本的换行和单元格分隔都已丢失"));
}

#[test]
fn a_markdown_heading_inside_a_cut_table_is_not_read_as_a_cell() {
    let bytes = std::fs::read(format!("{REAL}/shanghai-govoffice-2025.pdf2md.md")).unwrap();
    let report = check(&bytes, "shanghai.md", Lang::Zh);
    assert!(
        report.diagnostics.iter().all(|d| !d.message.contains("## 表二")),
        "{:?}",
        report.codes()
    );
    assert!(!report.codes().contains(&"T022"), "{:?}", report.codes());
}

/// The prose of real reports against their tables: the Shanghai report states 1295 received,
/// 1191 completed (189 carried over) and each outcome with its share, all as its tables do
/// where they were read; no prose rule may blame it, nor the Hongze report.
#[test]
fn real_prose_raises_no_prose_finding() {
    for (dir, file) in
        [("real", "shanghai-govoffice-2025.pdf2md.md"), ("pdf", "hongze-district-2024.wps.pdf")]
    {
        let bytes = std::fs::read(format!("{REAL}/../{dir}/{file}")).unwrap();
        let report = check(&bytes, file, Lang::Zh);
        let prose: Vec<&str> =
            report.codes().into_iter().filter(|c| matches!(*c, "X002" | "X003" | "X004")).collect();
        assert_eq!(prose, Vec::<&str>::new(), "{file}");
    }
}
