//! Prose against tables (X002): consistent prose for random consistent tables, in several
//! phrasings, raises nothing; any single number of it changed is caught on its sentence.
//! And on the seeds: their real sentences stay silent, a changed one is caught.

#![allow(
    clippy::unwrap_used,
    clippy::indexing_slicing,
    clippy::disallowed_methods,
    reason = "a test harness: reads fixtures, fails loudly"
)]

mod support;

use proptest::prelude::*;
use support::{check_text, seed, to_text, Numbers, Rng};

/// A piece of generated prose: words, or a number written in some way.
#[derive(Debug, Clone)]
enum Piece {
    Text(String),
    /// A count: ASCII, full-width or Chinese digits.
    Count(i64, Style),
    /// A percentage with two decimals, as `units` hundredths.
    Percent(i64),
    /// An amount in hundredths of 万元, written with two decimals.
    Wan(i64),
}

#[derive(Debug, Clone, Copy)]
enum Style {
    Ascii,
    FullWidth,
    Chinese,
}

fn chinese(n: i64) -> String {
    const DIGITS: [&str; 10] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    if n == 0 {
        return "零".into();
    }
    if n == 2 {
        return "两".into();
    }
    let mut out = String::new();
    let units = [(1000, "千"), (100, "百"), (10, "十"), (1, "")];
    let mut zero = false;
    let mut started = false;
    for (unit, name) in units {
        let d = (n / unit) % 10;
        if d == 0 {
            zero = started;
            continue;
        }
        if zero {
            out.push('零');
            zero = false;
        }
        if !(d == 1 && unit == 10 && !started) {
            out.push_str(DIGITS[d as usize]);
        }
        out.push_str(name);
        started = true;
    }
    out
}

impl Piece {
    fn render(&self) -> String {
        match self {
            Piece::Text(t) => t.clone(),
            Piece::Count(n, Style::FullWidth) => {
                n.to_string().chars().map(|c| char::from_u32(c as u32 + 0xFEE0).unwrap()).collect()
            }
            Piece::Count(n, Style::Chinese) if *n < 10_000 => chinese(*n),
            Piece::Count(n, _) => n.to_string(),
            Piece::Percent(h) => format!("{}.{:02}", h / 100, h % 100),
            Piece::Wan(h) => format!("{}.{:02}", h / 100, h % 100),
        }
    }

    fn changed(&self) -> Option<Piece> {
        match self {
            Piece::Text(_) => None,
            Piece::Count(n, style) => Some(Piece::Count(n + 1, *style)),
            Piece::Percent(h) => Some(Piece::Percent(h + 100)),
            Piece::Wan(h) => Some(Piece::Wan(h + 1)),
        }
    }
}

fn t(s: &str) -> Piece {
    Piece::Text(s.to_owned())
}

/// `part` of `whole` in hundredths of a percent, rounded half up.
fn hundredths(part: i64, whole: i64) -> i64 {
    (part * 10_000 * 2 + whole) / (whole * 2)
}

/// Consistent prose for `numbers`, one paragraph per sentence group, in the phrasing `style`.
fn prose(numbers: &Numbers, year: i32, rng: &mut Rng) -> Vec<Vec<Piece>> {
    let q = &numbers.requests;
    let total = |r: usize| q[r][6];
    let sum = |rows: std::ops::Range<usize>| rows.map(|r| q[r][6]).sum::<i64>();
    let style = |rng: &mut Rng| match rng.next() % 4 {
        0 => Style::FullWidth,
        1 => Style::Chinese,
        _ => Style::Ascii,
    };
    let c = |n: i64, rng: &mut Rng| Piece::Count(n, style(rng));
    let mut out = Vec::new();
    match rng.next() % 3 {
        0 => out.push(vec![
            t(&format!("{year}年，本机关共收到政府信息公开申请")),
            c(total(0), rng),
            t("件，上年结转政府信息公开申请"),
            c(total(1), rng),
            t("件，办结"),
            c(total(23), rng),
            t("件，结转下年度继续办理"),
            c(total(24), rng),
            t("件。"),
        ]),
        1 => out.push(vec![
            t("全年共新收政府信息公开申请"),
            c(total(0), rng),
            t("件，其中自然人"),
            c(q[0][0], rng),
            t("件、商业企业"),
            c(q[0][1], rng),
            t("件、法人或其他组织"),
            c(q[0][1..6].iter().sum(), rng),
            t("件；上年结转"),
            c(total(1), rng),
            t("件。"),
        ]),
        _ => out.push(vec![
            t("本年度受理依申请公开"),
            c(total(0), rng),
            t("件（含上年结转"),
            c(total(1), rng),
            t("件），已办结"),
            c(total(23), rng),
            t("件，尚有"),
            c(total(24), rng),
            t("件结转下年度办理。"),
        ]),
    }
    let mut outcomes = vec![
        t(&format!("{year}年，")),
        t("予以公开"),
        c(total(2), rng),
        t("件，部分公开"),
        c(total(3), rng),
        t("件，不予公开"),
        c(sum(4..12), rng),
        t("件，无法提供"),
        c(sum(12..15), rng),
        t("件，不予处理"),
        c(sum(15..20), rng),
        t("件，其他处理"),
        c(sum(20..23), rng),
        t("件。"),
    ];
    // Outcomes follow the counts of requests in their paragraph, or start their own with one.
    if rng.next().is_multiple_of(2) {
        outcomes.splice(0..0, [t("本年共收到申请"), c(total(0), rng), t("件，")]);
        out.push(outcomes);
    } else {
        outcomes.remove(0);
        out[0].extend(outcomes);
    }
    if total(0) > 0 {
        let part = total(2) + total(3);
        out.push(vec![
            t("全年共收到申请"),
            c(total(0), rng),
            t("件，予以公开及部分公开"),
            c(part, rng),
            t("件，占"),
            Piece::Percent(hundredths(part, total(0))),
            t("%。"),
        ]);
    }
    let a = &numbers.appeals;
    let (review, litigation) = (a[4], a[9] + a[14]);
    if review == 0 && litigation == 0 && rng.next().is_multiple_of(2) {
        out.push(vec![t(&format!(
            "{year}年度本机关未因政府信息公开工作被申请行政复议或提起行政诉讼。"
        ))]);
    } else {
        out.push(vec![
            t("本年度发生政府信息公开行政复议案件"),
            c(review, rng),
            t("件、行政诉讼案件"),
            c(litigation, rng),
            t("件。"),
        ]);
    }
    let p = &numbers.proactive;
    out.push(vec![
        t("本年制发规章"),
        c(p[0], rng),
        t("件，废止"),
        c(p[1], rng),
        t("件，现行有效"),
        c(p[2], rng),
        t("件；制发行政规范性文件"),
        c(p[3], rng),
        t("件，废止"),
        c(p[4], rng),
        t("件，现行有效行政规范性文件"),
        c(p[5], rng),
        t("件。"),
    ]);
    out.push(vec![
        t("全年作出行政许可决定"),
        c(p[6], rng),
        t("件、行政处罚决定"),
        c(p[7], rng),
        t("件、行政强制决定"),
        c(p[8], rng),
        t("件，行政事业性收费金额"),
        Piece::Wan(p[9]),
        t("万元。"),
    ]);
    out
}

fn with_prose(numbers: &Numbers, year: i32, paragraphs: &[Vec<Piece>]) -> String {
    let text: Vec<String> =
        paragraphs.iter().map(|p| p.iter().map(Piece::render).collect::<String>()).collect();
    to_text(numbers, year).replacen("本年度工作稳步推进。", &text.join("\n"), 1)
}

fn x002(report: &nianbao_report::Report) -> Vec<(Option<u32>, String)> {
    report
        .diagnostics
        .iter()
        .filter(|d| d.code.as_str() == "X002")
        .map(|d| (d.location.line, d.message.clone()))
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn consistent_prose_is_silent_and_any_changed_number_is_caught(seed in 1_u64.., pick in 0_usize..1000) {
        let mut rng = Rng(seed);
        let numbers = Numbers::consistent(&mut rng);
        let year = 2021 + (rng.next() % 4) as i32;
        let paragraphs = prose(&numbers, year, &mut rng);
        let text = with_prose(&numbers, year, &paragraphs);
        let report = check_text(&text, "prose.txt");
        prop_assert_eq!(report.codes(), Vec::<&str>::new(), "{:?}\n{}", x002(&report), text.lines().take(12).collect::<Vec<_>>().join("\n"));

        // Change one number of the prose.
        let places: Vec<(usize, usize)> = paragraphs
            .iter()
            .enumerate()
            .flat_map(|(i, p)| p.iter().enumerate().filter(|(_, piece)| piece.changed().is_some()).map(move |(j, _)| (i, j)))
            .collect();
        let (i, j) = places[pick % places.len()];
        let mut changed = paragraphs.clone();
        changed[i][j] = changed[i][j].changed().unwrap();
        let text = with_prose(&numbers, year, &changed);
        let hits = x002(&check_text(&text, "changed.txt"));
        // The prose starts on line 4, one paragraph a line.
        prop_assert!(
            hits.iter().any(|(line, _)| *line == Some(4 + i as u32)),
            "{} not caught on line {}: {:?}\n{}",
            changed[i][j].render(), 4 + i, hits, text.lines().nth(3 + i).unwrap()
        );
    }
}

#[test]
fn chinese_numerals_as_written() {
    assert_eq!(chinese(123), "一百二十三");
    assert_eq!(chinese(2), "两");
    assert_eq!(chinese(12), "十二");
    assert_eq!(chinese(105), "一百零五");
}

/// Seed 004 states 614 received, 591 granted and 13 partly granted, as its 表三 does.
#[test]
fn seed_004_real_sentence_is_silent_and_each_changed_number_caught() {
    let (name, bytes) = seed("004");
    let text = String::from_utf8(bytes).unwrap();
    assert_eq!(x002(&check_text(&text, &name)), vec![]);
    let sentence = "全年全市共受理依申请公开614件,予以公开591件,部分公开13件";
    for (from, to, message) in [
        ("614件", "641件", "正文写表三「一、本年新收申请」总计为 641，表中为 614"),
        ("591件", "519件", "正文写表三「（一）予以公开」总计为 519，表中为 591"),
        ("13件", "十四件", "正文写表三「（二）部分公开」总计为 14，表中为 13"),
    ] {
        let changed = text.replacen(sentence, &sentence.replacen(from, to, 1), 1);
        assert_ne!(changed, text);
        assert_eq!(x002(&check_text(&changed, &name)), vec![(Some(7), message.to_owned())]);
    }
}

/// Seed 000 says it had no review or lawsuit; its 表四 agrees. Saying one is caught.
#[test]
fn seed_000_no_appeals_sentence() {
    let (name, bytes) = seed("000");
    let text = String::from_utf8(bytes).unwrap();
    assert_eq!(x002(&check_text(&text, &name)), vec![]);
    let changed = text.replacen(
        "2020年度九峰街道办事处未因政府信息公开工作被申请行政复议或提起行政诉讼。",
        "2020年度九峰街道办事处因政府信息公开工作被申请行政复议1件。",
        1,
    );
    assert_eq!(
        x002(&check_text(&changed, &name)),
        vec![(Some(314), "正文写表四「行政复议」总计为 1，表中为 0".to_owned())]
    );
}

/// Seed 001 says it received no request (表三 一 is 0); claiming some is caught.
#[test]
fn seed_001_no_requests_sentence() {
    let (name, bytes) = seed("001");
    let text = String::from_utf8(bytes).unwrap();
    assert_eq!(x002(&check_text(&text, &name)), vec![]);
    let changed =
        text.replacen("我单位未接到依申请公开办件", "我单位共收到政府信息公开申请三件", 1);
    assert_eq!(
        x002(&check_text(&changed, &name)),
        vec![(Some(8), "正文写表三「一、本年新收申请」总计为 3，表中为 0".to_owned())]
    );
}

/// Prose that names no single quantity of this year yields no claim (and so no X002),
/// whatever the tables say.
#[test]
fn ambiguous_prose_is_silent() {
    let clean = to_text(&Numbers::zero(), 2023);
    for sentence in [
        "2022年共收到政府信息公开申请81件。",
        "本年度收到申请81件，同比增长20%。",
        "1-6月共收到政府信息公开申请30件。",
        "上半年收到政府信息公开申请30件。",
        "各县（市、区）共收到政府信息公开申请81件。",
        "全年通过网上申请平台收到政府信息公开申请30件。",
        "本年度收到涉及征地拆迁的申请12件。",
        "网上申请30件，予以公开10件。",
        "累计收到政府信息公开申请1200件。",
        "本年度收到申请600余件。",
        "本年度市本级收到政府信息公开申请81件。",
        "全年收到群众投诉7件。",
        "本年度公开行政处罚决定120件。",
        "本年度审查规范性文件12件。",
        "本年度办理行政复议案件120件。",
        "本年度收取信息处理费0.5万元。",
        "截至2023年底累计制发规范性文件120件。",
        "全年落实一件事改革。",
        "较上年减少行政复议案件2件。",
    ] {
        let text = clean.replacen("本年度工作稳步推进。", sentence, 1);
        assert_eq!(x002(&check_text(&text, "ambiguous.txt")), vec![], "{sentence}");
    }
}
