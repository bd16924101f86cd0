//! Test support: consistent report tables made at random, written as a text report and as
//! an HTML page with the official form's rowspan/colspan. Every label, header and section
//! title comes from the templates of `nianbao_tables`, so the tests hold no copy of them.
#![allow(
    dead_code,
    unreachable_pub,
    clippy::needless_range_loop,
    clippy::indexing_slicing,
    clippy::unwrap_used,
    clippy::disallowed_methods,
    reason = "shared by several test crates; a harness reads fixtures"
)]

use std::fmt::Write as _;
use std::sync::LazyLock;

use nianbao_report::{check, Lang, Report};
use nianbao_tables::{ColumnKind, Edition, Row, HEADER_WORDS, SECTION_TITLES};

pub const SEEDS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/seeds");

/// Reads a seed by its number prefix.
pub fn seed(prefix: &str) -> (String, Vec<u8>) {
    let mut entries: Vec<_> =
        std::fs::read_dir(SEEDS).unwrap().map(|e| e.unwrap().path()).collect();
    entries.sort();
    let path = entries
        .into_iter()
        .find(|p| p.file_name().unwrap().to_str().unwrap().starts_with(prefix))
        .unwrap();
    (path.file_name().unwrap().to_str().unwrap().to_owned(), std::fs::read(path).unwrap())
}

pub fn check_text(text: &str, name: &str) -> Report {
    check(text.as_bytes(), name, Lang::Zh)
}

/// A small deterministic generator (xorshift), so failures reproduce from the seed.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    /// Mostly small numbers, many zeros, as in real reports.
    pub fn count(&mut self) -> i64 {
        match self.next() % 10 {
            0..=4 => 0,
            5..=8 => (self.next() % 20) as i64,
            _ => (self.next() % 2000) as i64,
        }
    }
}

/// 表三's rows of the 2021 edition as (key, official label).
pub static REQUEST_ROWS_2021: LazyLock<Vec<(&'static str, &'static str)>> =
    LazyLock::new(|| rows_2021().iter().map(|r| (r.key, label(r))).collect());
/// 表三's column keys.
pub static REQUEST_COLUMNS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| nianbao_tables::REQUEST_COLUMNS.iter().map(|c| c.key).collect());
/// 表四's group keys, in the order of the data row.
pub static APPEAL_GROUPS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| nianbao_tables::APPEAL_GROUPS.iter().map(|&(key, _)| key).collect());
/// 表四's column keys within a group.
pub static APPEAL_COLUMNS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| nianbao_tables::APPEAL_COLUMNS.iter().map(|c| c.key).collect());

fn rows_2021() -> &'static [Row] {
    Edition::E2021.request_rows()
}

/// The official wording of a row (its first label).
fn label(row: &Row) -> &'static str {
    row.labels[0]
}

fn column_labels(columns: &[nianbao_tables::Column]) -> Vec<&'static str> {
    columns.iter().map(|c| c.label).collect()
}

/// 表三's group label to print left of row `r`: on the first row of each group only.
fn group_starting_at(r: usize) -> Option<&'static str> {
    let rows = rows_2021();
    let group = rows[r].group?;
    (!rows[..r].iter().any(|earlier| earlier.group == Some(group))).then_some(group)
}

/// How many rows a group label spans.
fn group_rows(group: &str) -> usize {
    rows_2021().iter().filter(|r| r.group == Some(group)).count()
}

/// The numbers of one consistent 2021-edition report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Numbers {
    pub proactive: [i64; 10],
    pub requests: [[i64; 7]; 25],
    pub appeals: [i64; 15],
}

impl Numbers {
    /// Random numbers that keep every identity true.
    pub fn consistent(rng: &mut Rng) -> Self {
        let mut requests = [[0_i64; 7]; 25];
        for row in 2..23 {
            for c in 0..6 {
                requests[row][c] = rng.count();
            }
        }
        for c in 0..6 {
            requests[23][c] = (2..23).map(|r| requests[r][c]).sum();
            requests[24][c] = rng.count();
            let owed = requests[23][c] + requests[24][c];
            requests[1][c] = if owed == 0 { 0 } else { (rng.next() % (owed as u64 + 1)) as i64 };
            requests[0][c] = owed - requests[1][c];
        }
        for row in &mut requests {
            row[6] = row[..6].iter().sum();
        }
        let mut appeals = [0_i64; 15];
        for g in 0..3 {
            for c in 0..4 {
                appeals[g * 5 + c] = rng.count();
            }
            appeals[g * 5 + 4] = appeals[g * 5..g * 5 + 4].iter().sum();
        }
        let mut proactive = [0_i64; 10];
        for v in &mut proactive {
            *v = rng.count();
        }
        Self { proactive, requests, appeals }
    }
}

fn fee(n: i64) -> String {
    format!("{}.{:02}", n / 100, n % 100)
}

/// A whole 2021-edition report as text copied from a page, one table row per line.
pub fn to_text(numbers: &Numbers, year: i32) -> String {
    let p = &numbers.proactive;
    let mut out = format!("{year}年政府信息公开工作年度报告\n本报告所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。\n");
    let _ = writeln!(out, "{}\n本年度工作稳步推进。", SECTION_TITLES[0]);
    let _ = writeln!(out, "{}", SECTION_TITLES[1]);
    let mut values = p.iter();
    for block in Edition::E2021.proactive() {
        // One row per line, padded to the block's four columns with empty cells.
        let pad = if block.columns.len() == 1 { " ||" } else { "" };
        let _ = writeln!(out, "{} | |||", block.caption);
        let headers = column_labels(block.columns).join(" | ");
        let _ = writeln!(out, "{} | {headers} |{pad}", HEADER_WORDS.info);
        for row in block.rows {
            let cells: Vec<String> = block
                .columns
                .iter()
                .map(|c| {
                    let v = values.next().copied().unwrap_or_default();
                    if matches!(c.kind, ColumnKind::Amount(_)) {
                        fee(v)
                    } else {
                        v.to_string()
                    }
                })
                .collect();
            let _ = writeln!(out, "{} | {} |{pad}", label(row), cells.join(" | "));
        }
    }
    let _ = writeln!(out, "{}", SECTION_TITLES[2]);
    let w = HEADER_WORDS;
    let columns = column_labels(nianbao_tables::REQUEST_COLUMNS);
    let (person, total) = (columns[0], columns[6]);
    let _ = writeln!(out, "{} | {} | |||||||", w.balance_note, w.applicant);
    let _ = writeln!(out, "{person} | {} | {total} | ||||||", w.legal);
    let _ = writeln!(out, "{} | ||||", columns[1..6].join(" | "));
    for (r, (_, label)) in REQUEST_ROWS_2021.iter().enumerate() {
        let prefix = group_starting_at(r).map(|g| format!("{g} | ")).unwrap_or_default();
        let values: Vec<String> = numbers.requests[r].iter().map(i64::to_string).collect();
        let _ = writeln!(out, "{prefix}{label} | {} |", values.join(" | "));
    }
    let _ = writeln!(out, "{}", SECTION_TITLES[3]);
    let results = column_labels(nianbao_tables::APPEAL_COLUMNS).join(" | ");
    let [_, (_, direct), (_, after)] = nianbao_tables::APPEAL_GROUPS else { unreachable!() };
    let _ = writeln!(out, "{} | {} | ||||||||||||", w.review, w.litigation);
    let _ = writeln!(out, "{results} | {direct} | {after} | ||||||||");
    let _ = writeln!(out, "{results} | {results} |||||");
    let values: Vec<String> = numbers.appeals.iter().map(i64::to_string).collect();
    let _ = writeln!(out, "{} |", values.join(" | "));
    let _ = writeln!(
        out,
        "{}\n一是公开深度不够。二是将加强培训。\n{}\n本年度未收取信息处理费。",
        SECTION_TITLES[4], SECTION_TITLES[5]
    );
    out
}

/// The same report as an HTML page, tables drawn like the official form.
pub fn to_html(numbers: &Numbers, year: i32) -> String {
    let p = &numbers.proactive;
    let td = |v: &dyn std::fmt::Display| format!("<td>{v}</td>");
    let mut out = format!(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{year}年政府信息公开工作年度报告</title></head><body>\
         <div class=nav>首页 &gt; 政府信息公开</div><h1>{year}年政府信息公开工作年度报告</h1>\
         <p>本报告所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。</p><p>{}</p><p>本年度工作稳步推进。</p><p>{}</p>",
        SECTION_TITLES[0], SECTION_TITLES[1]
    );
    out.push_str("<table border=1>");
    let mut values = p.iter();
    for (b, block) in Edition::E2021.proactive().iter().enumerate() {
        if b == 2 {
            // A portal that splits one table over two <table> elements.
            out.push_str("</table><table border=1>");
        }
        let _ = write!(
            out,
            "<tr><td colspan=4>{}</td></tr><tr><td>{}</td>",
            block.caption, HEADER_WORDS.info
        );
        // A single value column spans the block's three; its header breaks before a
        // bracketed unit, as the printed form does.
        let span = if block.columns.len() == 1 { " colspan=3" } else { "" };
        for column in block.columns {
            let _ = write!(out, "<td{span}>{}</td>", column.label.replacen('（', "<br>（", 1));
        }
        out.push_str("</tr>");
        for row in block.rows {
            let _ = write!(out, "<tr><td>{}</td>", label(row));
            for column in block.columns {
                let v = values.next().copied().unwrap_or_default();
                let v = if matches!(column.kind, ColumnKind::Amount(_)) {
                    fee(v)
                } else {
                    v.to_string()
                };
                let _ = write!(out, "<td{span}>{v}</td>");
            }
            out.push_str("</tr>");
        }
    }
    out.push_str("</table>");
    let _ = write!(out, "<p>{}</p><table border=1>", SECTION_TITLES[2]);
    let w = HEADER_WORDS;
    let columns = column_labels(nianbao_tables::REQUEST_COLUMNS);
    let _ = write!(
        out,
        "<tr><td colspan=3 rowspan=3>{}</td><td colspan=7>{}</td></tr>\
         <tr><td rowspan=2>{}</td><td colspan=5>{}</td><td rowspan=2>{}</td></tr><tr>",
        w.balance_note, w.applicant, columns[0], w.legal, columns[6]
    );
    for (i, h) in columns[1..6].iter().enumerate() {
        // The first organisation header breaks after two characters (商业<br>企业).
        let h = if i == 0 {
            let (head, tail) = h.split_at(h.char_indices().nth(2).map_or(h.len(), |(at, _)| at));
            format!("{head}<br>{tail}")
        } else {
            (*h).to_owned()
        };
        let _ = write!(out, "<td>{h}</td>");
    }
    out.push_str("</tr>");
    let outcome_rows = rows_2021().iter().filter(|r| r.group.is_some()).count();
    for (r, (_, label)) in REQUEST_ROWS_2021.iter().enumerate() {
        out.push_str("<tr>");
        let group = rows_2021()[r].group;
        match (group, group_starting_at(r)) {
            (None, _) => {
                let _ = write!(out, "<td colspan=3>{label}</td>");
            }
            (Some(g), Some(_)) if g == w.outcomes => {
                let _ =
                    write!(out, "<td rowspan={outcome_rows}>{g}</td><td colspan=2>{label}</td>");
            }
            (Some(g), None) if g == w.outcomes => {
                let _ = write!(out, "<td colspan=2>{label}</td>");
            }
            (Some(g), Some(_)) => {
                let _ = write!(out, "<td rowspan={}>{g}</td><td>{label}</td>", group_rows(g));
            }
            (Some(_), None) => {
                let _ = write!(out, "<td>{label}</td>");
            }
        }
        for v in numbers.requests[r] {
            out.push_str(&td(&v));
        }
        out.push_str("</tr>");
    }
    let _ = write!(out, "</table><p>{}</p><table border=1>", SECTION_TITLES[3]);
    let results = column_labels(nianbao_tables::APPEAL_COLUMNS);
    let [_, (_, direct), (_, after)] = nianbao_tables::APPEAL_GROUPS else { unreachable!() };
    let _ = write!(
        out,
        "<tr><td colspan=5>{}</td><td colspan=10>{}</td></tr><tr>",
        w.review, w.litigation
    );
    for h in &results {
        let _ = write!(out, "<td rowspan=2>{h}</td>");
    }
    let _ = write!(out, "<td colspan=5>{direct}</td><td colspan=5>{after}</td></tr><tr>");
    for _ in 0..2 {
        for h in &results {
            let _ = write!(out, "<td>{h}</td>");
        }
    }
    out.push_str("</tr><tr>");
    for v in numbers.appeals {
        out.push_str(&td(&v));
    }
    let _ = write!(out, "</tr></table><p>{}</p><p>一是公开深度不够。二是将加强培训。</p><p>{}</p><p>本年度未收取信息处理费。</p><div class=footer>版权所有</div></body></html>", SECTION_TITLES[4], SECTION_TITLES[5]);
    out
}

/// A count cell's value from a report.
pub fn count(report: &Report, table: &str, row: &str, column: &str) -> Option<i64> {
    let json = serde_json::to_value(report).unwrap();
    let tables = &json["tables"];
    let cell = if table == "proactive" {
        let (block, r) = row.split_once('.').unwrap();
        &tables["proactive"][block][r][column]
    } else {
        &tables[table][row][column]
    };
    cell["value"].as_i64()
}

impl Numbers {
    /// A report with every number 0.
    pub fn zero() -> Self {
        Self { proactive: [0; 10], requests: [[0; 7]; 25], appeals: [0; 15] }
    }
}

/// The cells of one line of [`to_text`] (span padding dropped).
fn text_cells(line: &str) -> Vec<&str> {
    line.split('|').map(str::trim).filter(|c| !c.is_empty()).collect()
}

/// The same report with its tables as Markdown pipe tables (what PDF-to-Markdown tools make).
pub fn to_markdown(numbers: &Numbers, year: i32) -> String {
    let mut out = String::new();
    for line in to_text(numbers, year).lines() {
        if line.contains('|') {
            // One row per line, outer pipes, no span padding; a rule after the first row of a table.
            let cells = text_cells(line);
            let starts_table = !out.ends_with("|\n");
            let _ = writeln!(out, "| {} |", cells.join(" | "));
            if starts_table {
                let _ = writeln!(out, "|{}", "---|".repeat(cells.len()));
            }
        } else {
            let _ = writeln!(out, "\n{line}\n");
        }
    }
    out
}

/// The HTML page as Word's "save as web page" writes it: no closing `</td>`/`</tr>`,
/// uppercase tags and unquoted attributes.
pub fn to_sloppy_html(numbers: &Numbers, year: i32) -> String {
    to_html(numbers, year)
        .replace("</td>", "")
        .replace("</tr>", "")
        .replace("<td", "<TD")
        .replace("<tr>", "<TR>")
        .replace("colspan=", "COLSPAN=")
}

/// Every cell of a report as (`table/row/column`, value, state); 表二's rows read `item1.regulations`.
pub fn flat_cells(report: &Report) -> Vec<(String, serde_json::Value, serde_json::Value)> {
    let json = serde_json::to_value(report).unwrap();
    let mut out = Vec::new();
    for (table, rows) in json["tables"].as_object().unwrap() {
        for (row, cells) in rows.as_object().unwrap() {
            for (column, cell) in cells.as_object().unwrap() {
                if cell.get("state").is_some() {
                    out.push((
                        format!("{table}/{row}/{column}"),
                        cell["value"].clone(),
                        cell["state"].clone(),
                    ));
                } else {
                    for (inner, c) in cell.as_object().unwrap() {
                        out.push((
                            format!("{table}/{row}.{column}/{inner}"),
                            c["value"].clone(),
                            c["state"].clone(),
                        ));
                    }
                }
            }
        }
    }
    out
}

/// The same report as text copied out of Word: tabs between cells, no pipes.
pub fn to_tab_separated(numbers: &Numbers, year: i32) -> String {
    to_text(numbers, year)
        .lines()
        .map(|line| {
            if !line.contains('|') {
                return line.to_owned();
            }
            text_cells(line).join("\t")
        })
        .collect::<Vec<_>>()
        .join("\n")
}

impl Numbers {
    /// This year's numbers taking over `carried` (last year's 四、结转下年度继续办理, per
    /// applicant column) as 二、上年结转, every identity of the table still true.
    pub fn carrying_over(mut self, carried: [i64; 6]) -> Self {
        for (c, &carried) in carried.iter().enumerate() {
            let owed = self.requests[23][c] + self.requests[24][c];
            if carried > owed {
                self.requests[24][c] += carried - owed;
            }
            let owed = self.requests[23][c] + self.requests[24][c];
            self.requests[1][c] = carried;
            self.requests[0][c] = owed - carried;
        }
        for row in &mut self.requests {
            row[6] = row[..6].iter().sum();
        }
        self
    }

    /// The next year's report of the same unit: consistent numbers of its own that carry
    /// over what `self` carried forward, and whose 现行有效件数 follow from `self`'s
    /// (表二 第二十条第（一）项: 规章 then 行政规范性文件, each 制发 · 废止 · 现行有效).
    pub fn next_year(&self, rng: &mut Rng) -> Self {
        let carried: [i64; 6] = std::array::from_fn(|c| self.requests[24][c]);
        let mut next = Numbers::consistent(rng).carrying_over(carried);
        for base in [0, 3] {
            let before = self.proactive[base + 2];
            next.proactive[base + 1] = next.proactive[base + 1].min(before + next.proactive[base]);
            next.proactive[base + 2] = before + next.proactive[base] - next.proactive[base + 1];
        }
        next
    }
}

/// A report of [`to_text`] whose title names `unit`.
pub fn titled(text: &str, unit: &str, year: i32) -> String {
    let plain = format!("{year}年政府信息公开工作年度报告");
    assert!(text.starts_with(&plain));
    text.replacen(&plain, &format!("{unit}{plain}"), 1)
}
