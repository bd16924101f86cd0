//! A row or column left blank as a whole is one problem, said once: not one per cell (T020)
//! nor one per broken sum (R301–R303, R401).

#![allow(
    clippy::unwrap_used,
    clippy::indexing_slicing,
    clippy::disallowed_methods,
    reason = "a test harness: reads fixtures, fails loudly"
)]

mod support;

use nianbao_report::{Lang, Report};
use support::{check_text, to_markdown, Numbers, Rng, REQUEST_COLUMNS, REQUEST_ROWS_2021};

/// A consistent 2021 report as Markdown tables with the 表三 cells `blank` says left empty.
fn with_blanks(numbers: &Numbers, blank: impl Fn(&str, &str) -> bool) -> String {
    let mut out = String::new();
    for line in to_markdown(numbers, 2023).lines() {
        let cells: Vec<&str> = line.trim_matches('|').split(" | ").map(str::trim).collect();
        let row = REQUEST_ROWS_2021.iter().find(|(_, label)| cells.contains(label));
        let Some((key, _)) = row.filter(|_| cells.len() >= 8) else {
            out.push_str(line);
            out.push('\n');
            continue;
        };
        let first = cells.len() - 7;
        let cells: Vec<&str> = cells
            .iter()
            .enumerate()
            .map(|(i, c)| match i.checked_sub(first) {
                Some(c_at) if blank(key, REQUEST_COLUMNS[c_at]) => "",
                _ => c,
            })
            .collect();
        out.push_str(&format!("| {} |\n", cells.join(" | ")));
    }
    out
}

/// Numbers with something in every row and column, so a blank line breaks sums.
fn busy() -> Numbers {
    let mut rng = Rng(0x5EED_0013);
    loop {
        let numbers = Numbers::consistent(&mut rng);
        let rows_used = numbers.requests.iter().filter(|r| r[6] > 0).count();
        if rows_used >= 12 && (0..6).all(|c| numbers.requests[0][c] > 0) {
            return numbers;
        }
    }
}

fn of_code<'a>(report: &'a Report, code: &str) -> Vec<&'a nianbao_rules::Diagnostic> {
    report.diagnostics.iter().filter(|d| d.code.as_str() == code).collect()
}

/// The 总计 column left blank: one R302 for the column (its 25 cells, the row sums it should
/// hold as evidence), no R302 per row and no T020 for its cells.
#[test]
fn a_blank_total_column_is_one_finding() {
    let numbers = busy();
    let report = check_text(&with_blanks(&numbers, |_, column| column == "total"), "x.md");
    let r302 = of_code(&report, "R302");
    assert_eq!(r302.len(), 1, "{:?}", report.codes());
    let line = r302[0];
    assert_eq!(line.cells.len(), 25);
    assert!(line.cells.iter().all(|c| c.column == "total"));
    let failing = numbers.requests.iter().filter(|r| r[6] != 0).count();
    assert_eq!(
        line.message,
        format!("表三（收到和处理政府信息公开申请情况）「总计」列整列空白（25 格），{failing} 处行合计因此不符")
    );
    let received = numbers.requests[0][6];
    assert!(
        line.evidence
            .as_deref()
            .unwrap()
            .starts_with(&format!("按其他数字应填：一、本年新收政府信息公开申请数量 {received}、")),
        "{:?}",
        line.evidence
    );
    assert!(of_code(&report, "T020").iter().all(|d| d.cells.iter().all(|c| c.column != "total")));
    // Nothing else fails: R301 and R303 hold on a column of zeros.
    assert_eq!(report.summary.errors, 1, "{:?}", report.codes());
    let english = report.reworded(Lang::En);
    assert_eq!(
        of_code(&english, "R302")[0].message,
        format!("Table 3 (requests received and handled): the column “total” is blank (25 cells), so {failing} row sums do not add up")
    );
}

/// The （七）总计 row left blank: one finding per rule it breaks (R301, R303), none per column,
/// and no T020 for the row.
#[test]
fn a_blank_outcome_total_row_is_one_finding_per_rule() {
    let numbers = busy();
    let report = check_text(&with_blanks(&numbers, |row, _| row == "outcome_total"), "x.md");
    for code in ["R301", "R303"] {
        let found = of_code(&report, code);
        assert_eq!(found.len(), 1, "{code}: {:?}", report.codes());
        assert_eq!(found[0].cells.len(), 7);
        assert!(found[0].cells.iter().all(|c| c.row == "outcome_total"), "{code}");
        assert!(
            found[0].message.contains("「（七）总计」行整行空白（7 格）"),
            "{}",
            found[0].message
        );
    }
    assert!(of_code(&report, "R302").is_empty(), "the row's own sum holds: all blank");
    assert!(of_code(&report, "T020").is_empty(), "{:?}", report.codes());
}

/// A column left blank where every number would be 0 breaks nothing: one T020 for it.
#[test]
fn a_blank_column_of_zeros_is_one_warning() {
    let mut numbers = busy();
    for row in &mut numbers.requests {
        row[6] -= row[4];
        row[4] = 0;
    }
    let report = check_text(&with_blanks(&numbers, |_, column| column == "legal_services"), "x.md");
    assert_eq!(report.summary.errors, 0, "{:?}", report.codes());
    let t020 = of_code(&report, "T020");
    assert_eq!(t020.len(), 1, "{:?}", report.codes());
    assert_eq!(t020[0].cells.len(), 25);
    assert_eq!(
        t020[0].message,
        "表三（收到和处理政府信息公开申请情况）「法律服务机构」列整列空白（25 格）"
    );
}

/// The blank official form: the three tables are each T025, and no cell of them T020.
#[test]
fn the_blank_form_says_each_table_once() {
    let bytes = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/fixtures/docx/template-blank.docx"
    ))
    .unwrap();
    let report = nianbao_report::check(&bytes, "template-blank.docx", Lang::Zh);
    assert_eq!(of_code(&report, "T025").len(), 3);
    assert!(of_code(&report, "T020").is_empty(), "{:?}", report.codes());
}
