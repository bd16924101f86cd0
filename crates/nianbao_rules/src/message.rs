//! Every message a user reads: a finding's facts into words, in Chinese or English.
//! Detection never words anything; this file is the one place to change a phrase.

use nianbao_document::{CellRef, Code, Detail, Finding, FormatProblem, Severity};
use nianbao_tables::SECTION_TITLES;

use crate::catalogue::rule;
use crate::diagnostic::{Diagnostic, Lang};
use crate::names::{cell_en, cell_zh, column, row};

/// Words a finding.
#[must_use]
pub fn render(finding: &Finding, lang: Lang) -> Diagnostic {
    let meta = rule(finding.code);
    let zh = lang == Lang::Zh;
    let (message, evidence) = words(finding, zh);
    Diagnostic {
        code: finding.code,
        rule: meta.map_or("", |r| r.name),
        severity: meta.map_or(Severity::Error, |r| r.severity),
        message,
        help: meta.map_or_else(String::new, |r| if zh { r.fix_zh } else { r.fix_en }.to_owned()),
        evidence,
        cells: finding.cells.clone(),
        table: finding.table(),
        location: finding.location,
    }
}

fn table_name(finding: &Finding, zh: bool) -> &'static str {
    finding.table().map_or("", |t| if zh { t.name_zh() } else { t.name_en() })
}

fn place(at: Option<&CellRef>, zh: bool) -> String {
    at.map_or_else(String::new, |c| if zh { cell_zh(c) } else { cell_en(c) })
}

fn row_of(finding: &Finding, zh: bool) -> String {
    finding.cells.first().map_or_else(String::new, |c| {
        if zh {
            row(c.table, &c.row)
        } else {
            c.row.to_string()
        }
    })
}

fn sum(values: &[i64]) -> i64 {
    values.iter().sum()
}

/// `12 + 3 + 0`; long lists keep only the non-zero terms and say how many zeros they hide.
fn terms(values: &[i64], zh: bool) -> String {
    if values.len() <= 7 {
        return values.iter().map(i64::to_string).collect::<Vec<_>>().join(" + ");
    }
    let nonzero: Vec<String> = values.iter().filter(|&&v| v != 0).map(i64::to_string).collect();
    let zeros = values.len() - nonzero.len();
    let shown = if nonzero.is_empty() { "0".to_owned() } else { nonzero.join(" + ") };
    match (zeros, zh) {
        (0, _) => shown,
        (n, true) => format!("{shown}（其余 {n} 项为 0）"),
        (n, false) => format!("{shown} (and {n} zeros)"),
    }
}

fn blank_note(blanks: bool, zh: bool) -> &'static str {
    match (blanks, zh) {
        (false, _) => "",
        (true, true) => "（空白、占位符按 0 计）",
        (true, false) => " (blanks and placeholders counted as 0)",
    }
}

fn words(finding: &Finding, zh: bool) -> (String, Option<String>) {
    let table = table_name(finding, zh);
    let first = finding.cells.first();
    match (&finding.detail, finding.code) {
        (Detail::Format(problem), _) => (format_problem(*problem, zh), None),
        (Detail::Section { number, found }, code) => {
            let official = SECTION_TITLES
                .get(usize::from(*number).saturating_sub(1))
                .copied()
                .unwrap_or_default();
            let found = found.clone().unwrap_or_default();
            match (code, zh) {
                (Code::T001, true) => (format!("缺少第{number}部分「{official}」"), None),
                (Code::T001, false) => (format!("Section {number} ({official}) is missing"), None),
                (_, true) => {
                    (format!("第{number}部分标题「{found}」与模板「{official}」不同"), None)
                }
                (_, false) => (
                    format!(
                        "Section {number} is titled \"{found}\", the template says \"{official}\""
                    ),
                    None,
                ),
            }
        }
        (Detail::Table(t), _) => {
            if zh {
                (format!("没有找到{}", t.name_zh()), None)
            } else {
                (format!("{} was not found", t.name_en()), None)
            }
        }
        (Detail::Row { label }, Code::T011) => {
            if zh {
                (format!("{table}缺少「{label}」行"), None)
            } else {
                (format!("{table} lacks the row \"{label}\""), None)
            }
        }
        (Detail::Row { label }, _) => {
            if zh {
                (format!("{table}中有模板没有的行「{label}」，这一行不参与核对"), None)
            } else {
                (format!("The row \"{label}\" is not in the template and is not checked"), None)
            }
        }
        (Detail::Label { found, expected }, Code::T014) => {
            if zh {
                (
                    format!("{table}表头错乱，表头中出现了数字"),
                    Some(format!("表头：{found}；模板：{expected}")),
                )
            } else {
                (
                    "The header of table 4 is garbled: it holds numbers".to_owned(),
                    Some(format!("header: {found}; template: {expected}")),
                )
            }
        }
        (Detail::Label { found, expected }, _) => {
            if zh {
                (format!("行标题「{found}」与模板「{expected}」不同，已按模板行核对"), None)
            } else {
                (
                    format!(
                        "Row label \"{found}\" differs from the template's \"{expected}\"; matched"
                    ),
                    None,
                )
            }
        }
        (Detail::Cells { raw }, code) => cells(finding, code, raw, zh),
        (Detail::Lossy { label, values, columns, placements }, code) => {
            let k = values.len();
            let list = values.join("、");
            let placed: Vec<String> = finding
                .cells
                .iter()
                .zip(values)
                .map(|(c, v)| {
                    format!(
                        "{}={v}",
                        if zh { column(c.table, &c.row, &c.column) } else { c.column.to_string() }
                    )
                })
                .collect();
            match (code, zh) {
                (Code::T023, true) => (
                    format!("{table}「{label}」行只有 {k} 个数字（应有 {columns} 列），已根据勾稽关系确定位置：{}", placed.join("，")),
                    Some(format!("原文数字：{list}；其余单元格为空白")),
                ),
                (Code::T023, false) => (
                    format!("Row \"{label}\" holds {k} numbers for {columns} columns; placed by the table's identities: {}", placed.join(", ")),
                    Some(format!("numbers: {list}; the other cells are blank")),
                ),
                (_, true) => (
                    format!("{table}「{label}」行有 {k} 个数字，应有 {columns} 列，无法确定每个数字所在的列"),
                    Some(format!("原文数字：{list}；满足勾稽关系的摆放：{}", placements_zh(*placements))),
                ),
                (_, false) => (
                    format!("Row \"{label}\" holds {k} numbers for {columns} columns; their columns cannot be determined"),
                    Some(format!("numbers: {list}; consistent placements: {placements}")),
                ),
            }
        }
        (Detail::Edition { layout, year }, _) => {
            let expected = if *year >= 2021 { "2021" } else { "2019" };
            if zh {
                (
                    format!(
                        "表格使用 {layout} 版模板，但报告年度是 {year} 年，应使用 {expected} 版"
                    ),
                    None,
                )
            } else {
                (format!("The tables follow the {layout} edition but the report is for {year} ({expected} edition)"), None)
            }
        }
        (Detail::Sum { parts, total, blanks_as_zero }, code) => {
            let got = sum(parts);
            let diff = (got - total).abs();
            let evidence = if zh {
                format!(
                    "{} = {got} ≠ {} {total}，差 {diff}{}",
                    terms(parts, zh),
                    total_name(code, zh),
                    blank_note(*blanks_as_zero, zh)
                )
            } else {
                format!(
                    "{} = {got} ≠ {} {total}, off by {diff}{}",
                    terms(parts, zh),
                    total_name(code, zh),
                    blank_note(*blanks_as_zero, zh)
                )
            };
            let message = match (code, zh) {
                (Code::R302, true) => {
                    format!("表三「{}」行：各类申请人之和与总计不符", row_of(finding, zh))
                }
                (Code::R302, false) => format!(
                    "Table 3 row {}: the applicants do not add up to the total",
                    row_of(finding, zh)
                ),
                (Code::R303, true) => {
                    format!("表三「{}」列：各项办理结果之和与（七）总计不符", col_of(first, zh))
                }
                (Code::R303, false) => format!(
                    "Table 3 column {}: the outcomes do not add up to the outcome total",
                    col_of(first, zh)
                ),
                (_, true) => format!("表四「{}」：各项结果之和与总计不符", row_of(finding, zh)),
                (_, false) => format!(
                    "Table 4 group {}: the results do not add up to the total",
                    row_of(finding, zh)
                ),
            };
            (message, Some(evidence))
        }
        (Detail::Balance { left, right, blanks_as_zero }, _) => {
            let (l, r) = (sum(left), sum(right));
            let diff = (l - r).abs();
            let note = blank_note(*blanks_as_zero, zh);
            if zh {
                (
                    format!("表三「{}」列勾稽关系不平：一、本年新收 + 二、上年结转 ≠ （七）总计 + 四、结转下年度", col_of(first, zh)),
                    Some(format!("{} = {l} ≠ {} = {r}，差 {diff}{note}", terms(left, zh), terms(right, zh))),
                )
            } else {
                (
                    format!("Table 3 column {}: received + carried over ≠ outcome total + carried forward", col_of(first, zh)),
                    Some(format!("{} = {l} ≠ {} = {r}, off by {diff}{note}", terms(left, zh), terms(right, zh))),
                )
            }
        }
        (Detail::Exceeds { value, bound }, _) => {
            if zh {
                (
                    format!("{}：本年新公开数量大于对外公开总数量", row_of(finding, zh)),
                    Some(format!("{value} > {bound}")),
                )
            } else {
                (
                    format!(
                        "{}: published this year exceeds the total published",
                        row_of(finding, zh)
                    ),
                    Some(format!("{value} > {bound}")),
                )
            }
        }
        (Detail::Years { title, period, year }, _) => {
            let show = |y: &Option<i32>| y.map_or_else(|| "?".to_owned(), |y| y.to_string());
            if zh {
                (
                    format!("标题年度 {} 与统计期限年度 {} 不一致", show(title), show(period)),
                    Some(format!("按 {year} 年度核对")),
                )
            } else {
                (
                    format!(
                        "Title year {} and statistics period year {} disagree",
                        show(title),
                        show(period)
                    ),
                    Some(format!("checked as {year}")),
                )
            }
        }
        (Detail::None, Code::T031) => {
            if zh {
                (
                    "这是 2019 年以前格式的年报（统计表按申请方式分列），本工具不核对其表格"
                        .to_owned(),
                    None,
                )
            } else {
                ("This is a pre-2019 format report; its tables are not checked".to_owned(), None)
            }
        }
        (Detail::None, _) => (
            rule(finding.code)
                .map_or_else(String::new, |r| if zh { r.what_zh } else { r.what_en }.to_owned()),
            None,
        ),
    }
}

fn col_of(at: Option<&CellRef>, zh: bool) -> String {
    at.map_or_else(String::new, |c| {
        if zh {
            column(c.table, &c.row, &c.column)
        } else {
            c.column.to_string()
        }
    })
}

fn total_name(code: Code, zh: bool) -> &'static str {
    match (code, zh) {
        (Code::R303, true) => "（七）总计",
        (_, true) => "总计",
        (_, false) => "total",
    }
}

fn placements_zh(placements: usize) -> String {
    match placements {
        0 => "没有".to_owned(),
        n if n >= 64 => "很多种".to_owned(),
        n => format!("{n} 种"),
    }
}

fn cells(finding: &Finding, code: Code, raw: &[String], zh: bool) -> (String, Option<String>) {
    let first = finding.cells.first();
    let raw_first = raw.first().cloned().unwrap_or_default();
    let columns: Vec<String> = finding
        .cells
        .iter()
        .map(|c| if zh { column(c.table, &c.row, &c.column) } else { c.column.to_string() })
        .collect();
    let table = table_name(finding, zh);
    let row = row_of(finding, zh);
    let n = finding.cells.len();
    match (code, zh) {
        (Code::T020, true) => (
            format!("{table}「{row}」行有 {n} 个空白单元格：{}", columns.join("、")),
            Some("核对合计时按 0 计算".to_owned()),
        ),
        (Code::T020, false) => (
            format!("Row {row} has {n} blank cells: {}", columns.join(", ")),
            Some("counted as 0 in sums".to_owned()),
        ),
        (Code::T021, true) => (
            format!("{table}「{row}」行有 {n} 个单元格写的是占位符：{}", columns.join("、")),
            Some(format!("原文：{}；核对合计时按 0 计算", raw.join("、"))),
        ),
        (Code::T021, false) => (
            format!("Row {row} has {n} placeholder cells: {}", columns.join(", ")),
            Some(format!("written: {}", raw.join(", "))),
        ),
        (Code::T022, true) => {
            (format!("{table}{}不是数字：「{raw_first}」", place(first, zh)), None)
        }
        (Code::T022, false) => {
            (format!("{} is not a number: \"{raw_first}\"", place(first, zh)), None)
        }
        (Code::V001, true) => (format!("{table}{}是负数：{raw_first}", place(first, zh)), None),
        (Code::V001, false) => (format!("{} is negative: {raw_first}", place(first, zh)), None),
        (Code::V002, true) => (format!("{table}{}不是整数：{raw_first}", place(first, zh)), None),
        (Code::V002, false) => {
            (format!("{} is not a whole number: {raw_first}", place(first, zh)), None)
        }
        (_, true) => {
            (format!("{table}{}的金额单位不明或与表头不符：{raw_first}", place(first, zh)), None)
        }
        (_, false) => {
            (format!("{} has no unit or the wrong unit: {raw_first}", place(first, zh)), None)
        }
    }
}

fn format_problem(problem: FormatProblem, zh: bool) -> String {
    let (cn, en) = match problem {
        FormatProblem::Empty => ("文件是空的".to_owned(), "The file is empty".to_owned()),
        FormatProblem::TooLarge { bytes, limit } => (
            format!(
                "文件有 {} MB，超过 {} MB 的上限，不像是一份年报",
                bytes / 1_048_576,
                limit / 1_048_576
            ),
            format!(
                "The file is {} MB, over the {} MB limit",
                bytes / 1_048_576,
                limit / 1_048_576
            ),
        ),
        FormatProblem::Binary => (
            "文件不是文本，可能已损坏或不是年报".to_owned(),
            "The file is not text: corrupt or not a report".to_owned(),
        ),
        FormatProblem::Truncated => (
            "网页文件不完整：在页面或表格中间被截断，读到的内容可能缺失".to_owned(),
            "The HTML file stops in the middle of the page or a table; content may be missing"
                .to_owned(),
        ),
        FormatProblem::LegacyWord => (
            "这是旧版 Word/WPS 文件（.doc/.wps），请另存为 .docx 后再试".to_owned(),
            "A legacy Word/WPS file (.doc/.wps): save it as .docx".to_owned(),
        ),
        FormatProblem::LegacyExcel => (
            "这是旧版 Excel 文件（.xls），请另存为 .xlsx 后再试".to_owned(),
            "A legacy Excel file (.xls): save it as .xlsx".to_owned(),
        ),
        FormatProblem::Pdf => (
            "暂不支持 PDF：请把报告全文复制为文本，或使用 Word 原文件".to_owned(),
            "PDF is not read yet: paste the report's text or use the Word file".to_owned(),
        ),
        FormatProblem::Zip => (
            "这是压缩包，不是 Word（.docx）或 Excel（.xlsx）文件：请解压后检查其中的年报"
                .to_owned(),
            "A zip archive, not a Word or Excel file: unpack it and check the report inside"
                .to_owned(),
        ),
        FormatProblem::Encrypted => (
            "文件设置了密码，无法读取：请取消密码保护后再试".to_owned(),
            "The file is password-protected: remove the password and try again".to_owned(),
        ),
        FormatProblem::Corrupt => (
            "Word/Excel 文件已损坏或不完整：请重新保存或重新下载后再试".to_owned(),
            "The Word/Excel file is damaged or incomplete: save or download it again".to_owned(),
        ),
        FormatProblem::Bomb => (
            "文件解压后超过大小限制（可能是“压缩炸弹”），已拒绝读取".to_owned(),
            "The file decompresses beyond the size limits (a zip bomb?) and was refused".to_owned(),
        ),
        FormatProblem::Image => (
            "这是图片文件，没有可读取的文字".to_owned(),
            "An image: there is no text to read".to_owned(),
        ),
        FormatProblem::TooDeep => (
            "文件嵌套过深，无法安全读取".to_owned(),
            "The file is nested too deeply to read safely".to_owned(),
        ),
        FormatProblem::TooMuch(excess) => {
            let (cn, en) = match excess {
                nianbao_document::Excess::Text => ("文字总量过大", "too much text"),
                nianbao_document::Excess::Cells => ("表格单元格总数过多", "too many table cells"),
                nianbao_document::Excess::TableCells => {
                    ("表格单元格过多", "a table with too many cells")
                }
                nianbao_document::Excess::Spans => {
                    ("合并单元格范围过大", "merged cells covering too much")
                }
                nianbao_document::Excess::Rows => ("表格行数过多", "too many table rows"),
                nianbao_document::Excess::Paragraphs => ("段落过多", "too many paragraphs"),
            };
            (
                format!("文件内容超出年报的合理规模（{cn}），可能是程序生成或被篡改的文件，已停止读取：请检查文件来源，或只保留年报正文后再试"),
                format!("The file holds far more than a report ({en}); reading stopped: check where it came from, or keep only the report and try again"),
            )
        }
    };
    if zh {
        cn
    } else {
        en
    }
}
