//! Test support: consistent report tables made at random, written as a text report and as
//! an HTML page with the official form's rowspan/colspan.
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

use nianbao_report::{check, Lang, Report};

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

pub const REQUEST_ROWS_2021: [(&str, &str); 25] = [
    ("received", "一、本年新收政府信息公开申请数量"),
    ("carried_over", "二、上年结转政府信息公开申请数量"),
    ("granted", "（一）予以公开"),
    ("partly_granted", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
    ("refused.state_secret", "1.属于国家秘密"),
    ("refused.prohibited_by_law", "2.其他法律行政法规禁止公开"),
    ("refused.three_safeties", "3.危及“三安全一稳定”"),
    ("refused.third_party", "4.保护第三方合法权益"),
    ("refused.internal_affairs", "5.属于三类内部事务信息"),
    ("refused.process_info", "6.属于四类过程性信息"),
    ("refused.enforcement_files", "7.属于行政执法案卷"),
    ("refused.query_matters", "8.属于行政查询事项"),
    ("unable.not_held", "1.本机关不掌握相关政府信息"),
    ("unable.needs_creation", "2.没有现成信息需要另行制作"),
    ("unable.unclear", "3.补正后申请内容仍不明确"),
    ("not_processed.petition", "1.信访举报投诉类申请"),
    ("not_processed.duplicate", "2.重复申请"),
    ("not_processed.publication", "3.要求提供公开出版物"),
    ("not_processed.excessive", "4.无正当理由大量反复申请"),
    ("not_processed.confirmation", "5.要求行政机关确认或重新出具已获取信息"),
    ("other.no_correction", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
    ("other.no_fee", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
    ("other.other", "3.其他"),
    ("outcome_total", "（七）总计"),
    ("carried_forward", "四、结转下年度继续办理"),
];

pub const REQUEST_COLUMNS: [&str; 7] =
    ["natural_person", "commercial", "research", "social", "legal_services", "other_org", "total"];
pub const APPEAL_GROUPS: [&str; 3] = ["review", "litigation_direct", "litigation_after_review"];
pub const APPEAL_COLUMNS: [&str; 5] = ["upheld", "corrected", "other", "pending", "total"];

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

const TITLES: [&str; 6] = [
    "一、总体情况",
    "二、主动公开政府信息情况",
    "三、收到和处理政府信息公开申请情况",
    "四、政府信息公开行政复议、行政诉讼情况",
    "五、存在的主要问题及改进情况",
    "六、其他需要报告的事项",
];

fn fee(n: i64) -> String {
    format!("{}.{:02}", n / 100, n % 100)
}

/// A whole 2021-edition report as text copied from a page, one table row per line.
pub fn to_text(numbers: &Numbers, year: i32) -> String {
    let p = &numbers.proactive;
    let mut out = format!("{year}年政府信息公开工作年度报告\n本报告所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。\n");
    let _ = writeln!(out, "{}\n本年度工作稳步推进。", TITLES[0]);
    let _ = writeln!(out, "{}", TITLES[1]);
    let _ = writeln!(
        out,
        "第二十条第（一）项 | |||\n信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |"
    );
    let _ = writeln!(
        out,
        "规章 | {} | {} | {} |\n行政规范性文件 | {} | {} | {} |",
        p[0], p[1], p[2], p[3], p[4], p[5]
    );
    let _ = writeln!(
        out,
        "第二十条第（五）项 | |||\n信息内容 | 本年处理决定数量 | ||\n行政许可 | {} | ||",
        p[6]
    );
    let _ = writeln!(out, "第二十条第（六）项 | |||\n信息内容 | 本年处理决定数量 | ||\n行政处罚 | {} | ||\n行政强制 | {} | ||", p[7], p[8]);
    let _ = writeln!(out, "第二十条第（八）项 | |||\n信息内容 | 本年收费金额（单位：万元） | ||\n行政事业性收费 | {} | ||", fee(p[9]));
    let _ = writeln!(out, "{}", TITLES[2]);
    let _ = writeln!(out, "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 申请人情况 | |||||||");
    let _ = writeln!(out, "自然人 | 法人或其他组织 | 总计 | ||||||\n商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | ||||");
    for (r, (_, label)) in REQUEST_ROWS_2021.iter().enumerate() {
        let prefix = match r {
            2 => "三、本年度办理结果 | ",
            4 => "（三）不予公开 | ",
            12 => "（四）无法提供 | ",
            15 => "（五）不予处理 | ",
            20 => "（六）其他处理 | ",
            _ => "",
        };
        let values: Vec<String> = numbers.requests[r].iter().map(i64::to_string).collect();
        let _ = writeln!(out, "{prefix}{label} | {} |", values.join(" | "));
    }
    let _ = writeln!(out, "{}", TITLES[3]);
    let _ = writeln!(out, "行政复议 | 行政诉讼 | ||||||||||||\n结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | 复议后起诉 | ||||||||");
    let _ = writeln!(out, "结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |||||");
    let values: Vec<String> = numbers.appeals.iter().map(i64::to_string).collect();
    let _ = writeln!(out, "{} |", values.join(" | "));
    let _ = writeln!(out, "{}\n一是公开深度不够。\n{}\n无。", TITLES[4], TITLES[5]);
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
        TITLES[0], TITLES[1]
    );
    out.push_str("<table border=1><tr><td colspan=4>第二十条第（一）项</td></tr><tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>");
    let _ = write!(
        out,
        "<tr><td>规章</td>{}{}{}</tr><tr><td>行政规范性文件</td>{}{}{}</tr>",
        td(&p[0]),
        td(&p[1]),
        td(&p[2]),
        td(&p[3]),
        td(&p[4]),
        td(&p[5])
    );
    let _ = write!(out, "<tr><td colspan=4>第二十条第（五）项</td></tr><tr><td>信息内容</td><td colspan=3>本年处理决定数量</td></tr><tr><td>行政许可</td><td colspan=3>{}</td></tr>", p[6]);
    // A portal that splits one table over two <table> elements.
    out.push_str("</table><table border=1>");
    let _ = write!(out, "<tr><td colspan=4>第二十条第（六）项</td></tr><tr><td>信息内容</td><td colspan=3>本年处理决定数量</td></tr><tr><td>行政处罚</td><td colspan=3>{}</td></tr><tr><td>行政强制</td><td colspan=3>{}</td></tr>", p[7], p[8]);
    let _ = write!(out, "<tr><td colspan=4>第二十条第（八）项</td></tr><tr><td>信息内容</td><td colspan=3>本年收费金额<br>（单位：万元）</td></tr><tr><td>行政事业性收费</td><td colspan=3>{}</td></tr></table>", fee(p[9]));
    let _ = write!(out, "<p>{}</p><table border=1>", TITLES[2]);
    out.push_str("<tr><td colspan=3 rowspan=3>（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td colspan=7>申请人情况</td></tr>\
        <tr><td rowspan=2>自然人</td><td colspan=5>法人或其他组织</td><td rowspan=2>总计</td></tr>\
        <tr><td>商业<br>企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>");
    for (r, (_, label)) in REQUEST_ROWS_2021.iter().enumerate() {
        out.push_str("<tr>");
        match r {
            0 | 1 | 24 => {
                let _ = write!(out, "<td colspan=3>{label}</td>");
            }
            2 => {
                let _ =
                    write!(out, "<td rowspan=22>三、本年度办理结果</td><td colspan=2>{label}</td>");
            }
            3 | 23 => {
                let _ = write!(out, "<td colspan=2>{label}</td>");
            }
            4 => {
                let _ = write!(out, "<td rowspan=8>（三）不予公开</td><td>{label}</td>");
            }
            12 => {
                let _ = write!(out, "<td rowspan=3>（四）无法提供</td><td>{label}</td>");
            }
            15 => {
                let _ = write!(out, "<td rowspan=5>（五）不予处理</td><td>{label}</td>");
            }
            20 => {
                let _ = write!(out, "<td rowspan=3>（六）其他处理</td><td>{label}</td>");
            }
            _ => {
                let _ = write!(out, "<td>{label}</td>");
            }
        }
        for v in numbers.requests[r] {
            out.push_str(&td(&v));
        }
        out.push_str("</tr>");
    }
    let _ = write!(out, "</table><p>{}</p><table border=1>", TITLES[3]);
    out.push_str("<tr><td colspan=5>行政复议</td><td colspan=10>行政诉讼</td></tr><tr>");
    for h in ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] {
        let _ = write!(out, "<td rowspan=2>{h}</td>");
    }
    out.push_str("<td colspan=5>未经复议直接起诉</td><td colspan=5>复议后起诉</td></tr><tr>");
    for _ in 0..2 {
        for h in ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] {
            let _ = write!(out, "<td>{h}</td>");
        }
    }
    out.push_str("</tr><tr>");
    for v in numbers.appeals {
        out.push_str(&td(&v));
    }
    let _ = write!(out, "</tr></table><p>{}</p><p>一是公开深度不够。</p><p>{}</p><p>无。</p><div class=footer>版权所有</div></body></html>", TITLES[4], TITLES[5]);
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
