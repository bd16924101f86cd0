//! A batch of reports as three sheets for the supervisor's spreadsheet: 汇总 (one row per
//! file), 问题 (one row per diagnostic) and 数值 (every cell read, in long form). Input: the
//! reports as the `nianbao.report/1` contract has them ([`Checked`], read from the JSON, so
//! the page builds the same workbook from the reports it holds as the CLI from its own);
//! output: a [`Workbook`] for `.xlsx` or CSV.

use nianbao_document::{CellRef, TableId};
use nianbao_tables::Edition;
pub use nianbao_workbook::{Sheet, Value, Workbook};
use serde::de::{self, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde::Deserialize;

use crate::report::ReportInfo;

/// The parts of one report the sheets show, as the JSON contract has them.
#[derive(Debug, Clone, Deserialize)]
pub struct Checked {
    source: SourceName,
    report: ReportInfo,
    summary: Counts,
    diagnostics: Vec<Problem>,
    #[serde(default)]
    tables: Node,
    #[serde(default)]
    compared_with: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
struct SourceName {
    name: String,
}

#[derive(Debug, Clone, Deserialize)]
struct Counts {
    errors: usize,
    warnings: usize,
    infos: usize,
    verdict: String,
}

#[derive(Debug, Clone, Deserialize)]
struct Problem {
    code: String,
    severity: String,
    message: String,
    #[serde(default)]
    evidence: Option<String>,
    #[serde(default)]
    help: String,
    #[serde(default)]
    place: String,
    #[serde(default)]
    cells: Vec<CellRef>,
    #[serde(default)]
    suspect: Option<Suspect>,
}

/// A cell that, changed to one value, would make the failing sums hold (SPEC §6).
#[derive(Debug, Clone, Deserialize)]
struct Suspect {
    cell: CellRef,
    #[serde(default)]
    found: Option<Scalar>,
    #[serde(default)]
    expected: Option<Scalar>,
}

/// The `tables` object: maps nest (table → row → column, 表二 table → block → row →
/// column) down to cells, which are maps holding `raw` and `state`. Read in document order,
/// which serde's own maps would not keep.
#[derive(Debug, Clone, Default)]
struct Node {
    children: Vec<(String, Node)>,
    cell: Option<CellRead>,
}

#[derive(Debug, Clone, Default)]
struct CellRead {
    value: Option<Scalar>,
    raw: String,
    state: String,
}

/// A JSON number or string, kept as the sheets write it.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Scalar {
    Int(i64),
    Text(String),
}

impl From<&Scalar> for Value {
    fn from(s: &Scalar) -> Self {
        match s {
            Scalar::Int(n) => Value::Int(*n),
            Scalar::Text(t) => Value::Text(t.clone()),
        }
    }
}

impl<'de> Deserialize<'de> for Scalar {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ScalarVisitor;
        impl Visitor<'_> for ScalarVisitor {
            type Value = Scalar;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a number or a string")
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Scalar, E> {
                Ok(Scalar::Int(v))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Scalar, E> {
                Ok(i64::try_from(v).map_or_else(|_| Scalar::Text(v.to_string()), Scalar::Int))
            }
            // JavaScript numbers arrive as floats when they are not safe integers.
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Scalar, E> {
                Ok(Scalar::Text(v.to_string()))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Scalar, E> {
                Ok(Scalar::Text(v.to_owned()))
            }
        }
        deserializer.deserialize_any(ScalarVisitor)
    }
}

impl<'de> Deserialize<'de> for Node {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct NodeVisitor;
        impl<'de> Visitor<'de> for NodeVisitor {
            type Value = Node;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("the tables of a report")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Node, A::Error> {
                let mut node = Node::default();
                while let Some(key) = map.next_key::<String>()? {
                    match key.as_str() {
                        "value" => {
                            node.cell.get_or_insert_with(CellRead::default).value =
                                map.next_value::<Option<Scalar>>()?;
                        }
                        "raw" => {
                            node.cell.get_or_insert_with(CellRead::default).raw =
                                map.next_value()?
                        }
                        "state" => {
                            node.cell.get_or_insert_with(CellRead::default).state =
                                map.next_value()?;
                        }
                        "unit" | "note" | "location" => {
                            map.next_value::<IgnoredAny>()?;
                        }
                        _ => node.children.push((key, map.next_value()?)),
                    }
                }
                Ok(node)
            }
        }
        deserializer.deserialize_map(NodeVisitor)
    }
}

/// The three sheets for a batch of reports, in the order given.
#[must_use]
pub fn workbook(reports: &[Checked]) -> Workbook {
    Workbook {
        sheets: vec![summary_sheet(reports), problems_sheet(reports), values_sheet(reports)],
    }
}

/// The columns of 汇总.
pub const SUMMARY_HEADER: [&str; 10] =
    ["文件", "单位", "年度", "模板", "结论", "错误", "警告", "提示", "对比报告", "问题"];
/// The columns of 问题 (also the CLI's CSV).
pub const PROBLEMS_HEADER: [&str; 14] = [
    "文件",
    "单位",
    "结论",
    "级别",
    "代码",
    "表",
    "行",
    "列",
    "问题",
    "依据",
    "位置",
    "改正",
    "另一份报告",
    "疑似填错的格",
];
/// The columns of 数值.
pub const VALUES_HEADER: [&str; 9] =
    ["文件", "单位", "表", "行", "列", "数值", "原文", "状态", "键"];

/// How many problems 汇总 lists in words before it says how many more there are.
const PROBLEMS_LISTED: usize = 10;

fn sheet(name: &str, header: &[&str], rows: Vec<Vec<Value>>) -> Sheet {
    Sheet { name: name.to_owned(), header: header.iter().map(|&h| h.to_owned()).collect(), rows }
}

fn summary_sheet(reports: &[Checked]) -> Sheet {
    let rows = reports
        .iter()
        .map(|r| {
            let s = &r.summary;
            let mut serious = r
                .diagnostics
                .iter()
                .filter(|d| d.severity == "error")
                .chain(r.diagnostics.iter().filter(|d| d.severity == "warning"));
            let listed: Vec<String> = serious
                .by_ref()
                .take(PROBLEMS_LISTED)
                .map(|d| format!("[{}] {}", d.code, d.message))
                .collect();
            let more = serious.count();
            let mut words = listed.join("；");
            if more > 0 {
                words.push_str(&format!("；等另 {more} 项"));
            }
            vec![
                Value::from(r.source.name.as_str()),
                Value::from(r.report.unit.clone()),
                Value::from(r.report.year.map(i64::from)),
                Value::from(r.report.edition.as_deref().map(edition_words)),
                Value::from(verdict_words(&s.verdict)),
                Value::from(s.errors),
                Value::from(s.warnings),
                Value::from(s.infos),
                Value::from(r.compared_with.join("、")),
                Value::from(words),
            ]
        })
        .collect();
    sheet("汇总", &SUMMARY_HEADER, rows)
}

fn problems_sheet(reports: &[Checked]) -> Sheet {
    let mut rows = Vec::new();
    for r in reports {
        let edition = r.report.edition.as_deref().and_then(Edition::parse);
        for d in &r.diagnostics {
            let cell = d.cells.first();
            let other = d.cells.iter().find_map(|c| c.report.clone());
            let suspect = d.suspect.as_ref().map(|s| {
                let found = s.found.as_ref().map_or_else(String::new, scalar_text);
                let expected = s.expected.as_ref().map_or_else(String::new, scalar_text);
                format!("{} {found} → {expected}", cell_words(edition, &s.cell))
            });
            rows.push(vec![
                Value::from(r.source.name.as_str()),
                Value::from(r.report.unit.clone()),
                Value::from(verdict_words(&r.summary.verdict)),
                Value::from(severity_words(&d.severity)),
                Value::from(d.code.as_str()),
                Value::from(cell.map(|c| table_words(c.table))),
                Value::from(cell.map(|c| nianbao_rules::row_label(edition, c.table, &c.row))),
                Value::from(
                    cell.map(|c| nianbao_rules::column_label(edition, c.table, &c.row, &c.column)),
                ),
                Value::from(d.message.as_str()),
                Value::from(d.evidence.clone()),
                Value::from(d.place.as_str()),
                Value::from(d.help.as_str()),
                Value::from(other),
                Value::from(suspect),
            ]);
        }
    }
    sheet("问题", &PROBLEMS_HEADER, rows)
}

fn values_sheet(reports: &[Checked]) -> Sheet {
    let mut rows = Vec::new();
    for r in reports {
        let edition = r.report.edition.as_deref().and_then(Edition::parse);
        for (table_key, node) in &r.tables.children {
            let Some(table) = table_id(table_key) else { continue };
            let mut cells = Vec::new();
            leaves(&node.children, &mut Vec::new(), &mut cells);
            for (path, cell) in cells {
                let Some((column, row_path)) = path.split_last() else { continue };
                let row = row_path.join(".");
                rows.push(vec![
                    Value::from(r.source.name.as_str()),
                    Value::from(r.report.unit.clone()),
                    Value::from(table_words(table)),
                    Value::from(nianbao_rules::row_label(edition, table, &row)),
                    Value::from(nianbao_rules::column_label(edition, table, &row, column)),
                    cell.value.as_ref().map_or(Value::Empty, Value::from),
                    Value::from(cell.raw.as_str()),
                    Value::from(state_words(&cell.state)),
                    Value::from(format!("{table_key}.{row}.{column}")),
                ]);
            }
        }
    }
    sheet("数值", &VALUES_HEADER, rows)
}

/// Every cell under `nodes` with its path of keys, in document order.
fn leaves<'a>(
    nodes: &'a [(String, Node)],
    path: &mut Vec<&'a str>,
    out: &mut Vec<(Vec<&'a str>, &'a CellRead)>,
) {
    for (key, node) in nodes {
        path.push(key);
        if let Some(cell) = &node.cell {
            out.push((path.clone(), cell));
        } else {
            leaves(&node.children, path, out);
        }
        path.pop();
    }
}

fn table_id(key: &str) -> Option<TableId> {
    [TableId::Proactive, TableId::Requests, TableId::Appeals].into_iter().find(|t| t.key() == key)
}

fn table_words(table: TableId) -> &'static str {
    match table {
        TableId::Proactive => "表二 主动公开",
        TableId::Requests => "表三 依申请公开",
        TableId::Appeals => "表四 复议诉讼",
    }
}

fn cell_words(edition: Option<Edition>, cell: &CellRef) -> String {
    format!(
        "{}「{}」行「{}」列",
        table_words(cell.table),
        nianbao_rules::row_label(edition, cell.table, &cell.row),
        nianbao_rules::column_label(edition, cell.table, &cell.row, &cell.column)
    )
}

fn scalar_text(s: &Scalar) -> String {
    match s {
        Scalar::Int(n) => n.to_string(),
        Scalar::Text(t) => t.clone(),
    }
}

fn edition_words(edition: &str) -> String {
    match edition {
        "pre-2019" => "2019 年以前的旧格式".to_owned(),
        e => format!("{e} 版"),
    }
}

fn verdict_words(verdict: &str) -> &str {
    match verdict {
        "pass" => "通过",
        "fail" => "不通过",
        "incomplete" => "未能完全核对（有行无法读取）",
        "unreadable" => "无法读取",
        "unchecked" => "未核对（2019 年以前的旧格式）",
        other => other,
    }
}

fn severity_words(severity: &str) -> &str {
    match severity {
        "error" => "错误",
        "warning" => "警告",
        "info" => "提示",
        other => other,
    }
}

fn state_words(state: &str) -> &str {
    match state {
        "number" => "数字",
        "blank" => "空白",
        "placeholder" => "占位符",
        "invalid" => "非数字",
        "inferred" => "按勾稽关系推断",
        other => other,
    }
}

impl Checked {
    /// A report read back the way the page hands its reports over: through the JSON
    /// contract, so both build their sheets from the same fields.
    ///
    /// # Errors
    /// Never for a [`crate::Report`]; the error is serde's when the shapes drift apart.
    pub fn of(report: &crate::Report) -> Result<Self, serde_json::Error> {
        serde_json::from_value(serde_json::to_value(report)?)
    }
}
