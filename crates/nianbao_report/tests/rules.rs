//! One test per rule: a clean report that does not raise it, and the smallest change that
//! does, on the right cells.

#![allow(
    clippy::unwrap_used,
    clippy::indexing_slicing,
    clippy::disallowed_methods,
    reason = "a test harness: reads fixtures, fails loudly"
)]

mod support;

use nianbao_report::{check, render, Lang, Report};
use support::{check_text, seed, to_text, Numbers};

fn clean() -> String {
    to_text(&Numbers::zero(), 2023)
}

fn codes_of(report: &Report, code: &str) -> Vec<Vec<String>> {
    report
        .diagnostics
        .iter()
        .filter(|d| d.code.as_str() == code)
        .map(|d| {
            d.cells.iter().map(|c| format!("{}/{}/{}", c.table.key(), c.row, c.column)).collect()
        })
        .collect()
}

/// `code` is absent from the clean report and present (first cell `cell`) in `changed`.
fn assert_rule(code: &str, changed: &str, cell: Option<&str>) {
    let before = check_text(&clean(), "clean.txt");
    assert!(codes_of(&before, code).is_empty(), "{code} on the clean report: {:?}", before.codes());
    let after = check_text(changed, "changed.txt");
    let hits = codes_of(&after, code);
    assert!(!hits.is_empty(), "{code} not raised: {:?}", after.codes());
    snapshot(code, &after);
    if let Some(cell) = cell {
        assert!(
            hits.iter().any(|cells| cells.first().map(String::as_str) == Some(cell)),
            "{code}: {hits:?}"
        );
    }
}

/// What people read of `code`'s diagnostics in `report`, Chinese then English, against
/// tests/snapshots/<code>.txt. `NIANBAO_BLESS=1 cargo test` rewrites the files; review their
/// diff like code.
fn snapshot(code: &str, report: &Report) {
    let english = report.clone().reworded(Lang::En);
    let mut text = String::new();
    for (lang, report) in [(Lang::Zh, report), (Lang::En, &english)] {
        for d in report.diagnostics.iter().filter(|d| d.code.as_str() == code) {
            text.push_str(&render::diagnostic(d, lang));
        }
    }
    let path = format!("{}/tests/snapshots/{code}.txt", env!("CARGO_MANIFEST_DIR"));
    if std::env::var_os("NIANBAO_BLESS").is_some() {
        std::fs::write(&path, &text).unwrap();
    } else {
        let kept = std::fs::read_to_string(&path).unwrap_or_default();
        assert_eq!(text, kept, "{code}: what users read changed; review, then NIANBAO_BLESS=1");
    }
}

fn replace_once(text: &str, from: &str, to: &str) -> String {
    assert!(text.contains(from), "{from:?} not in fixture");
    text.replacen(from, to, 1)
}

#[test]
fn clean_report_raises_nothing() {
    assert_eq!(check_text(&clean(), "clean.txt").codes(), Vec::<&str>::new());
}

#[test]
fn f001_legacy_files() {
    let r = check(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1rest", "old.doc", Lang::Zh);
    assert_eq!(r.codes(), ["F001"]);
    snapshot("F001", &r);
}

#[test]
fn f002_images() {
    let r = check(b"\x89PNG\r\n\x1a\nxxxx", "scan.png", Lang::Zh);
    assert_eq!(r.codes(), ["F002"]);
    snapshot("F002", &r);
}

#[test]
fn f003_empty_file() {
    let r = check(b"", "empty.txt", Lang::Zh);
    assert_eq!(r.codes(), ["F003"]);
    snapshot("F003", &r);
}

#[test]
fn t001_section_missing() {
    assert_rule("T001", &replace_once(&clean(), "五、存在的主要问题及改进情况\n", ""), None);
}

#[test]
fn t002_section_title_variant() {
    assert_rule(
        "T002",
        &replace_once(&clean(), "二、主动公开政府信息情况", "二、行政机关主动公开政府信息情况"),
        None,
    );
}

#[test]
fn t010_table_missing() {
    let text = clean();
    let start = text.find("行政复议 | 行政诉讼").unwrap();
    let end = text.find("五、存在").unwrap();
    assert_rule("T010", &format!("{}{}", &text[..start], &text[end..]), None);
}

#[test]
fn t011_row_missing() {
    let text = clean();
    let line = text.lines().find(|l| l.starts_with("2.重复申请")).unwrap();
    assert_rule(
        "T011",
        &replace_once(&text, &format!("{line}\n"), ""),
        Some("requests/not_processed.duplicate/natural_person"),
    );
}

#[test]
fn t012_row_unknown() {
    let text = replace_once(
        &clean(),
        "行政规范性文件 | 0 | 0 | 0 |\n",
        "行政规范性文件 | 0 | 0 | 0 |\n其他主动公开文件 | 4 | 4 | 10 |\n",
    );
    assert_rule("T012", &text, None);
}

#[test]
fn t013_row_label_variant() {
    assert_rule(
        "T013",
        &replace_once(&clean(), "2.其他法律行政法规禁止公开", "2.其他法律行政止公开"),
        Some("requests/refused.prohibited_by_law/natural_person"),
    );
}

#[test]
fn t014_header_garbled() {
    assert_rule(
        "T014",
        &replace_once(
            &clean(),
            "结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经",
            "0 | 0 | 0 | 0 | 总计 | 未经",
        ),
        None,
    );
}

#[test]
fn t015_row_label_separated() {
    let mut numbers = Numbers::zero();
    for row in [0, 7, 23] {
        numbers.requests[row][1] = 2;
        numbers.requests[row][6] = 2;
    }
    let text = to_text(&numbers, 2023);
    assert_eq!(check_text(&text, "full.txt").codes(), Vec::<&str>::new());
    // A PDF-to-Markdown tool printed the label away from the row: the numbers alone are
    // left, between 3. and 5. of （三）不予公开, where only 4. is missing.
    let cut = replace_once(&text, "4.保护第三方合法权益 | ", "| ");
    assert_rule("T015", &cut, Some("requests/refused.third_party/natural_person"));
    let r = check_text(&cut, "cut.txt");
    assert_eq!(r.codes(), ["T015"]);
}

#[test]
fn t016_row_label_unresolved() {
    // Row 3. gone and 4.'s label cut away: its zeros could be either row, and nothing tells.
    let text = replace_once(&clean(), "3.危及“三安全一稳定” | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n", "");
    let text = replace_once(&text, "4.保护第三方合法权益 | ", "| ");
    assert_rule("T016", &text, Some("requests/refused.three_safeties/natural_person"));
    let mut codes = check_text(&text, "cut.txt").codes();
    codes.sort_unstable();
    // The two rows it could be are unread, not missing: T016 says so once.
    assert_eq!(codes, ["T016"]);
}

#[test]
fn t020_cell_blank() {
    assert_rule(
        "T020",
        &replace_once(&clean(), "（一）予以公开 | 0 |", "（一）予以公开 |  |"),
        Some("requests/granted/natural_person"),
    );
}

#[test]
fn t021_cell_placeholder() {
    assert_rule(
        "T021",
        &replace_once(&clean(), "（一）予以公开 | 0 |", "（一）予以公开 | / |"),
        Some("requests/granted/natural_person"),
    );
}

#[test]
fn t022_cell_not_number() {
    assert_rule(
        "T022",
        &replace_once(&clean(), "（一）予以公开 | 0 |", "（一）予以公开 | 见附件 |"),
        Some("requests/granted/natural_person"),
    );
}

#[test]
fn t023_row_inferred() {
    let mut numbers = Numbers::zero();
    for row in [0, 2, 23] {
        numbers.requests[row][0] = 3;
        numbers.requests[row][6] = 3;
    }
    let text = to_text(&numbers, 2023);
    assert_eq!(check_text(&text, "full.txt").codes(), Vec::<&str>::new());
    let lossy = replace_once(
        &text,
        "（一）予以公开 | 3 | 0 | 0 | 0 | 0 | 0 | 3 |",
        "（一）予以公开 | 3 | 3 |",
    );
    assert_rule("T023", &lossy, Some("requests/granted/natural_person"));
    let r = check_text(&lossy, "lossy.txt");
    assert_eq!(r.summary.errors, 0);
}

/// The report as a crawler's archive keeps it: every white space, line break and `|` gone.
fn glued(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace() && *c != '|').collect()
}

#[test]
fn t026_digits_split() {
    let mut numbers = Numbers::zero();
    for row in [0, 2, 23] {
        numbers.requests[row] = [71, 3, 0, 0, 0, 0, 74];
    }
    let text = to_text(&numbers, 2023);
    assert_eq!(check_text(&text, "full.txt").codes(), Vec::<&str>::new());
    assert_rule("T026", &glued(&text), Some("requests/received/natural_person"));
    let r = check_text(&glued(&text), "glued.txt");
    assert_eq!((r.summary.errors, r.summary.warnings), (0, 0));
    assert!(r
        .diagnostics
        .iter()
        .any(|d| d.message.contains("「713000074」")
            && d.message.contains("自然人=71，商业企业=3，")));
}

#[test]
fn t027_digits_undecided() {
    let text = replace_once(&clean(), "规章 | 0 | 0 | 0 |", "规章 | 1 | 2 | 3 |");
    assert_rule("T027", &glued(&text), Some("proactive/item1.regulations/issued"));
    let r = check_text(&glued(&text), "glued.txt");
    let undecided = r.diagnostics.iter().find(|d| d.code.as_str() == "T027").unwrap();
    assert_eq!(undecided.cells.len(), 3);
    assert!(undecided.message.contains("「123」"), "{}", undecided.message);
}

#[test]
fn t024_row_unresolved() {
    assert_rule(
        "T024",
        &replace_once(
            &clean(),
            "（一）予以公开 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
            "（一）予以公开 | 0 |",
        ),
        Some("requests/granted/natural_person"),
    );
}

#[test]
fn t030_edition_mismatch() {
    let text = clean().replace("2023年", "2020年");
    assert_rule("T030", &text, None);
}

#[test]
fn t031_edition_pre_2019() {
    let old = "2017年政府信息公开工作年度报告\n统计表\n指标 | 单位 | 数量 |\n申请总数 | 件 | 3 |\n当面申请 | 件 | 1 |\n网络申请 | 件 | 2 |\n";
    assert_rule("T031", old, None);
    // An old report whose tables show neither edition is still old: no "add six sections".
    let plain = "2013年度政府信息公开工作年度报告\n一、概述\n本年度共主动公开政府信息1200条。\n二、依申请公开情况\n";
    assert_eq!(check_text(plain, "2013.txt").codes(), ["T031"]);
}

#[test]
fn v001_negative_count() {
    assert_rule(
        "V001",
        &replace_once(&clean(), "规章 | 0 |", "规章 | -2 |"),
        Some("proactive/item1.regulations/issued"),
    );
}

#[test]
fn v002_fractional_count() {
    assert_rule(
        "V002",
        &replace_once(&clean(), "规章 | 0 |", "规章 | 1.5 |"),
        Some("proactive/item1.regulations/issued"),
    );
}

#[test]
fn v003_amount_unit() {
    assert_rule(
        "V003",
        &replace_once(&clean(), "行政事业性收费 | 0.00 |", "行政事业性收费 | 12元 |"),
        Some("proactive/item8.fees/amount"),
    );
}

#[test]
fn v004_count_too_large() {
    let huge = "（一）予以公开 | 9223372036854775807 |";
    let changed = replace_once(&clean(), "（一）予以公开 | 0 |", huge);
    assert_rule("V004", &changed, Some("requests/granted/natural_person"));
    // Kept out of every sum: no arithmetic error repeats the slip, no number wraps.
    let r = check_text(&changed, "changed.txt");
    assert_eq!(r.codes(), ["V004"]);
}

#[test]
fn r201_published_exceeds_total() {
    let (name, bytes) = seed("000");
    let text = String::from_utf8(bytes).unwrap();
    assert!(!check_text(&text, &name).codes().contains(&"R201"));
    let changed = replace_once(&text, "规范性文件 |\n0 |\n0 |\n0 |", "规范性文件 |\n0 |\n5 |\n0 |");
    let r = check_text(&changed, &name);
    snapshot("R201", &r);
    // A 2019 report is worded with the 2019 form's labels (规范性文件, not 行政规范性文件).
    let message = &r.diagnostics.iter().find(|d| d.code.as_str() == "R201").unwrap().message;
    assert_eq!(message, "第二十条第（一）项·规范性文件：本年新公开数量大于对外公开总数量");
    assert_eq!(
        codes_of(&r, "R201"),
        vec![vec![
            "proactive/item1.normative_documents/published",
            "proactive/item1.normative_documents/total"
        ]]
    );
}

#[test]
fn r301_requests_balance() {
    let mut numbers = Numbers::zero();
    numbers.requests[0][0] = 2;
    numbers.requests[0][6] = 2;
    assert_rule("R301", &to_text(&numbers, 2023), Some("requests/received/natural_person"));
}

#[test]
fn r302_requests_row_total() {
    assert_rule(
        "R302",
        &replace_once(
            &clean(),
            "（一）予以公开 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
            "（一）予以公开 | 0 | 0 | 0 | 0 | 0 | 0 | 4 |",
        ),
        Some("requests/granted/total"),
    );
}

#[test]
fn r303_requests_outcome_total() {
    let changed = replace_once(
        &clean(),
        "2.重复申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
        "2.重复申请 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |",
    );
    assert_rule("R303", &changed, Some("requests/outcome_total/natural_person"));
    let r = check_text(&changed, "x.txt");
    let evidence = r
        .diagnostics
        .iter()
        .find(|d| d.code.as_str() == "R303")
        .and_then(|d| d.evidence.clone())
        .unwrap();
    assert_eq!(evidence, "1（其余 20 项为 0） = 1 ≠ （七）总计 0，差 1");
}

#[test]
fn r401_appeals_group_total() {
    let text = clean();
    let zeros = vec!["0"; 15].join(" | ") + " |";
    let changed = replace_once(&text, &zeros, &(vec!["0"; 14].join(" | ") + " | 9 |"));
    assert_rule("R401", &changed, Some("appeals/litigation_after_review/total"));
}

#[test]
fn x001_year_mismatch() {
    assert_rule(
        "X001",
        &replace_once(&clean(), "2023年政府信息公开工作年度报告", "2022年政府信息公开工作年度报告"),
        None,
    );
}

#[test]
fn a_2021_report_keeping_the_single_other_row_reads_it_as_other() {
    let text = clean();
    let start = text.find("（六）其他处理 | 1.申请人").unwrap();
    let end = text.find("（七）总计").unwrap();
    let changed =
        format!("{}（六）其他处理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n{}", &text[..start], &text[end..]);
    let report = check_text(&changed, "single-other.txt");
    assert_eq!(report.codes(), ["T011", "T011", "T011"]);
    let missing: Vec<String> =
        report.diagnostics.iter().map(|d| d.cells[0].row.to_string()).collect();
    assert_eq!(missing, ["other.no_correction", "other.no_fee", "other.other"]);
    assert_eq!(support::count(&report, "requests", "other", "total"), Some(0));
}

#[test]
fn t025_table_blank() {
    assert!(!check_text(&clean(), "clean.txt").codes().contains(&"T025"));
    let bytes = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/fixtures/docx/template-blank.docx"
    ))
    .unwrap();
    let r = check(&bytes, "blank.docx", Lang::Zh);
    let tables: Vec<_> =
        r.diagnostics.iter().filter(|d| d.code.as_str() == "T025").map(|d| d.table).collect();
    use nianbao_document::TableId::{Appeals, Proactive, Requests};
    assert_eq!(tables, [Some(Proactive), Some(Requests), Some(Appeals)]);
    assert_eq!(r.summary.verdict, nianbao_report::Verdict::Fail);
    snapshot("T025", &r);
}

/// Two consecutive years of one unit, last year's then this year's, as the checks across
/// reports see them.
fn year_pair(changed: impl FnOnce(&mut support::Numbers)) -> Report {
    let mut rng = support::Rng(0x5EED_0101);
    let last = support::Numbers::consistent(&mut rng);
    let mut this = last.next_year(&mut rng);
    changed(&mut this);
    let last = nianbao_report::check_kept(to_text(&last, 2022).as_bytes(), "2022.txt", Lang::Zh);
    let this = nianbao_report::check_kept(to_text(&this, 2023).as_bytes(), "2023.txt", Lang::Zh);
    assert_eq!(last.report.codes(), Vec::<&str>::new());
    nianbao_report::compare(&last, this, Lang::Zh)
}

#[test]
fn x101_carry_over_mismatch() {
    assert_eq!(year_pair(|_| {}).codes(), Vec::<&str>::new());
    // One more request carried over and carried forward: 表三 still balances on its own.
    let report = year_pair(|this| {
        this.requests[1][0] += 1;
        this.requests[24][0] += 1;
        this.requests[1][6] += 1;
        this.requests[24][6] += 1;
    });
    assert_eq!(report.codes(), ["X101", "X101"]);
    assert_eq!(
        codes_of(&report, "X101"),
        [
            ["requests/carried_over/natural_person", "requests/carried_forward/natural_person"],
            ["requests/carried_over/total", "requests/carried_forward/total"]
        ]
    );
    assert!(report.diagnostics.iter().all(|d| d.cells[1].report.as_deref() == Some("2022.txt")));
    assert_eq!(report.compared_with, ["2022.txt"]);
    snapshot("X101", &report);
}

#[test]
fn x102_in_force_mismatch() {
    let report = year_pair(|this| this.proactive[5] += 2);
    assert_eq!(report.codes(), ["X102"]);
    assert_eq!(
        codes_of(&report, "X102"),
        [[
            "proactive/item1.normative_documents/in_force",
            "proactive/item1.normative_documents/in_force",
            "proactive/item1.normative_documents/issued",
            "proactive/item1.normative_documents/repealed"
        ]]
    );
    assert_eq!(report.diagnostics[0].severity, nianbao_rules::Severity::Warning);
    snapshot("X102", &report);
}

#[test]
fn x002_prose_table_mismatch() {
    let sentence = "本年度共收到政府信息公开申请5件，予以公开0件。";
    let changed = replace_once(&clean(), "本年度工作稳步推进。", sentence);
    assert_rule("X002", &changed, None);
    let r = check_text(&changed, "changed.txt");
    let x002: Vec<_> = r.diagnostics.iter().filter(|d| d.code.as_str() == "X002").collect();
    // Only the wrong number: 予以公开0件 agrees with the table.
    assert_eq!(x002.len(), 1);
    assert_eq!(x002[0].message, "正文写表三「一、本年新收申请」总计为 5，表中为 0");
    assert_eq!(x002[0].location.line, Some(4));
    assert_eq!(x002[0].evidence.as_deref(), Some(format!("原句：「{sentence}」").as_str()));
    // 收到 counting last year's carried-over request too (1 new + 1 carried = 2) is accepted.
    let mut numbers = Numbers::zero();
    for (row, column) in [(0, 0), (0, 6), (1, 0), (1, 6), (2, 0), (2, 6), (23, 0), (23, 6)] {
        numbers.requests[row][column] = if row == 2 || row == 23 { 2 } else { 1 };
    }
    let both = "本年度共收到政府信息公开申请2件，予以公开2件。";
    let text = replace_once(&to_text(&numbers, 2023), "本年度工作稳步推进。", both);
    assert_eq!(check_text(&text, "both.txt").codes(), Vec::<&str>::new());
}

#[test]
fn x003_fee_not_reported() {
    // One request dropped for an unpaid fee: （六）2, its total, （七）总计 and 新收 by one.
    let mut numbers = Numbers::zero();
    for (row, column) in [(21, 0), (21, 6), (23, 0), (23, 6), (0, 0), (0, 6)] {
        numbers.requests[row][column] = 1;
    }
    let fee = "六、其他需要报告的事项\n本年度未收取信息处理费。";
    let changed = replace_once(&to_text(&numbers, 2023), fee, "六、其他需要报告的事项\n无。");
    assert_rule("X003", &changed, Some("requests/other.no_fee/total"));
    assert_eq!(check_text(&changed, "changed.txt").codes(), ["X003"]);
    // Said in section 六: silent.
    let reported = replace_once(
        &changed,
        "六、其他需要报告的事项\n无。",
        "六、其他需要报告的事项\n本年度发出信息处理费缴费通知1件，申请人未缴纳，未收取信息处理费。",
    );
    assert_eq!(check_text(&reported, "reported.txt").codes(), Vec::<&str>::new());
}

#[test]
fn x004_carry_over_contradiction() {
    // One request carried into next year, while the text says all were completed.
    let mut numbers = Numbers::zero();
    for (row, column) in [(24, 0), (24, 6), (0, 0), (0, 6)] {
        numbers.requests[row][column] = 1;
    }
    let all_done = "本年度收到的政府信息公开申请均已按时办结。";
    let changed = replace_once(&to_text(&numbers, 2023), "本年度工作稳步推进。", all_done);
    let r = check_text(&changed, "changed.txt");
    assert_eq!(r.codes(), ["X004"]);
    assert_eq!(r.diagnostics[0].location.line, Some(4));
    assert_eq!(r.diagnostics[0].cells[0].row, "carried_forward");
    // Carried over in words while the table carries none.
    let carried = "本年度部分政府信息公开申请结转至下一年度继续办理。";
    assert_rule("X004", &replace_once(&clean(), "本年度工作稳步推进。", carried), None);
    // Consistent sayings are silent: nothing carried and all done; some carried, said so.
    for (numbers, sentence) in [
        (Numbers::zero(), all_done),
        (Numbers::zero(), "本年度无结转下年度的政府信息公开申请。"),
        (numbers.clone(), "本年度收到政府信息公开申请1件，结转下年度继续办理1件。"),
        (numbers, "本年度收到的政府信息公开申请除1件尚在办理外，均已按时办结。"),
    ] {
        let text = replace_once(&to_text(&numbers, 2023), "本年度工作稳步推进。", sentence);
        assert_eq!(check_text(&text, "ok.txt").codes(), Vec::<&str>::new(), "{sentence}");
    }
}

#[test]
fn t002_a_renamed_required_section_is_matched_not_missing() {
    let renamed = replace_once(&clean(), "一、总体情况", "一、基本概况");
    let r = check_text(&renamed, "renamed.txt");
    assert_eq!(r.codes(), ["T002"]);
    assert_eq!(r.diagnostics[0].message, "第1部分标题「一、基本概况」与模板「一、总体情况」不同");
    let worded =
        replace_once(&clean(), "五、存在的主要问题及改进情况", "五、工作中的不足和改进措施");
    assert_eq!(check_text(&worded, "worded.txt").codes(), ["T002"]);
}

#[test]
fn t003_section_order() {
    // Sections 五 and 六 swapped.
    let five = "五、存在的主要问题及改进情况\n一是公开深度不够。二是将加强培训。\n";
    let six = "六、其他需要报告的事项\n本年度未收取信息处理费。\n";
    let swapped = replace_once(&clean(), &format!("{five}{six}"), &format!("{six}{five}"));
    assert_rule("T003", &swapped, None);
    let r = check_text(&swapped, "swapped.txt");
    assert_eq!(r.codes(), ["T003"]);
    assert_eq!(
        r.diagnostics[0].message,
        "第5部分「五、存在的主要问题及改进情况」排在后面的部分之后，顺序与模板不同"
    );
    // Misnumbered, and two numbering styles.
    for (from, to, message) in [
        ("五、存在", "六、存在", "章节编号「六、」应为「五、」（按模板顺序，全文用同一种编号）"),
        ("五、存在", "五.存在", "章节编号「五.」应为「五、」（按模板顺序，全文用同一种编号）"),
    ] {
        let r = check_text(&replace_once(&clean(), from, to), "numbered.txt");
        let t003: Vec<&str> = r
            .diagnostics
            .iter()
            .filter(|d| d.code.as_str() == "T003")
            .map(|d| d.message.as_str())
            .collect();
        assert_eq!(t003, [message]);
    }
}

#[test]
fn t004_problems_section_thin() {
    let five = "五、存在的主要问题及改进情况\n一是公开深度不够。二是将加强培训。";
    for (said, message) in [
        ("无。", "第五部分“存在的主要问题及改进情况”没有实际内容"),
        ("", "第五部分“存在的主要问题及改进情况”没有实际内容"),
        (
            "一是公开深度不够。",
            "第五部分“存在的主要问题及改进情况”只有一句话：「一是公开深度不够。」",
        ),
    ] {
        let changed =
            replace_once(&clean(), five, &format!("五、存在的主要问题及改进情况\n{said}"));
        let r = check_text(&changed, "thin.txt");
        assert_eq!(r.codes(), ["T004"], "{said}");
        assert_eq!(r.diagnostics[0].message, message);
        assert_eq!(r.diagnostics[0].location.line, Some(54));
        if said == "无。" {
            snapshot("T004", &r);
        }
    }
}

#[test]
fn x001_a_paragraph_opening_with_another_year() {
    let reused = replace_once(&clean(), "本年度工作稳步推进。", "2022年，本机关坚持依法公开。");
    let r = check_text(&reused, "reused.txt");
    assert_eq!(r.codes(), ["X001"]);
    assert_eq!(r.diagnostics[0].message, "正文段落以 2022 年开头，报告年度为 2023");
    assert_eq!(r.diagnostics[0].location.line, Some(4));
    // The report's own year, and a year cited inside a sentence, are fine.
    for sentence in [
        "2023年，本机关坚持依法公开。",
        "本机关落实2022年整改要求。",
        "2022年以来，本机关坚持依法公开。",
    ] {
        let text = replace_once(&clean(), "本年度工作稳步推进。", sentence);
        assert_eq!(check_text(&text, "ok.txt").codes(), Vec::<&str>::new(), "{sentence}");
    }
}

#[test]
fn x005_published_late() {
    let dated = |title: &str, date: &str| {
        replace_once(
            &clean(),
            "2023年政府信息公开工作年度报告\n",
            &format!("{title}\n发布日期：{date}\n"),
        )
    };
    let government = "2023年政府信息公开工作年度报告";
    let late = dated(government, "2024-04-08");
    assert_rule("X005", &late, None);
    let r = check_text(&late, "late.txt");
    assert_eq!(r.diagnostics[0].message, "发布日期 2024-04-08 晚于法定期限 2024-03-31");
    // A department's deadline is 31 January.
    let department = "某市财政局2023年政府信息公开工作年度报告";
    let r = check_text(&dated(department, "2024年2月5日"), "department.txt");
    assert_eq!(r.codes(), ["X005"]);
    assert_eq!(r.diagnostics[0].message, "发布日期 2024-02-05 晚于法定期限 2024-01-31");
    for (title, date) in [(government, "2024-03-31"), (department, "2024-01-20")] {
        assert_eq!(check_text(&dated(title, date), "on-time.txt").codes(), Vec::<&str>::new());
    }
}
