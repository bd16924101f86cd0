//! The quantities prose talks about, and where each is in the standard tables.

use crate::decimal::Decimal;
use crate::template::Edition;
use crate::value::Number;
use crate::{StandardTables, TableValues};

/// A row (or group of rows) of 表三 the prose names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RequestRow {
    /// 一、本年新收.
    Received,
    /// 二、上年结转.
    CarriedOver,
    /// 办结/答复: （七）总计.
    Completed,
    /// （一）予以公开.
    Granted,
    /// （二）部分公开.
    PartlyGranted,
    /// 予以公开及部分公开: （一）+（二）.
    GrantedOrPartly,
    /// （三）不予公开, all eight rows.
    Refused,
    /// （四）无法提供, all three rows.
    Unable,
    /// （五）不予处理, all five rows.
    NotProcessed,
    /// （六）其他处理, all its rows.
    OtherProcessed,
    /// 四、结转下年度继续办理.
    CarriedForward,
}

/// Whose requests: one applicant column of 表三, or the five organisation columns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Applicant {
    /// 总计.
    Total,
    /// 自然人.
    NaturalPerson,
    /// 商业企业.
    Commercial,
    /// 科研机构.
    Research,
    /// 社会公益组织.
    Social,
    /// 法律服务机构.
    LegalServices,
    /// 法人或其他组织: the five columns.
    Organisations,
}

/// A row of 表二 the prose names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Proactive {
    /// 规章.
    Regulations,
    /// （行政）规范性文件.
    NormativeDocuments,
}

/// A 2021-edition column of 表二 item1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ProactiveColumn {
    /// 本年制发.
    Issued,
    /// 本年废止.
    Repealed,
    /// 现行有效.
    InForce,
}

/// One quantity of the standard tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Quantity {
    /// 表三: a row (group) in an applicant column (group).
    Requests(RequestRow, Applicant),
    /// 表四 行政复议 总计.
    Review,
    /// 表四 行政诉讼: 未经复议直接起诉 总计 + 复议后起诉 总计.
    Litigation,
    /// 表二 item1 (2021 edition).
    Documents(Proactive, ProactiveColumn),
    /// 表二 行政许可 处理决定.
    Licensing,
    /// 表二 行政处罚 处理决定.
    Penalty,
    /// 表二 行政强制 处理决定.
    Enforcement,
    /// 表二 行政事业性收费 本年收费金额 (2021 edition, 万元).
    Fees,
}

/// A quantity's value in the tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TableNumber {
    /// A count (blank and placeholder cells counted as 0).
    Count(i64),
    /// An amount in 万元.
    Amount(Decimal),
}

const ROWS: [(RequestRow, &str, &str, &str); 11] = [
    (RequestRow::Received, "received", "一、本年新收申请", "requests received"),
    (RequestRow::CarriedOver, "carried_over", "二、上年结转申请", "carried over from last year"),
    (RequestRow::Completed, "outcome_total", "（七）总计（办结）", "requests completed"),
    (RequestRow::Granted, "granted", "（一）予以公开", "granted"),
    (RequestRow::PartlyGranted, "partly_granted", "（二）部分公开", "partly granted"),
    (
        RequestRow::GrantedOrPartly,
        "granted+partly_granted",
        "予以公开及部分公开",
        "granted in full or part",
    ),
    (RequestRow::Refused, "refused", "（三）不予公开", "refused"),
    (RequestRow::Unable, "unable", "（四）无法提供", "unable to provide"),
    (RequestRow::NotProcessed, "not_processed", "（五）不予处理", "not processed"),
    (RequestRow::OtherProcessed, "other", "（六）其他处理", "otherwise handled"),
    (RequestRow::CarriedForward, "carried_forward", "四、结转下年度继续办理", "carried forward"),
];

const APPLICANTS: [(Applicant, &str, &str, &str); 7] = [
    (Applicant::Total, "total", "总计", "total"),
    (Applicant::NaturalPerson, "natural_person", "自然人", "natural persons"),
    (Applicant::Commercial, "commercial", "商业企业", "businesses"),
    (Applicant::Research, "research", "科研机构", "research institutions"),
    (Applicant::Social, "social", "社会公益组织", "public-interest organisations"),
    (Applicant::LegalServices, "legal_services", "法律服务机构", "legal services"),
    (Applicant::Organisations, "organisations", "法人或其他组织", "organisations"),
];

const ORGANISATIONS: [&str; 5] =
    ["commercial", "research", "social", "legal_services", "other_org"];

impl Quantity {
    /// A stable key: `requests.received.total`, `appeals.review`, `proactive.item8.fees`.
    #[must_use]
    pub fn key(self) -> String {
        match self {
            Self::Requests(row, applicant) => {
                format!("requests.{}.{}", row_words(row).0, applicant_words(applicant).0)
            }
            Self::Review => "appeals.review".to_owned(),
            Self::Litigation => "appeals.litigation".to_owned(),
            Self::Documents(row, column) => {
                let (row, column) = documents_keys(row, column);
                format!("proactive.item1.{row}.{column}")
            }
            Self::Licensing => "proactive.item5.licensing.decisions".to_owned(),
            Self::Penalty => "proactive.item6.penalty.decisions".to_owned(),
            Self::Enforcement => "proactive.item6.enforcement.decisions".to_owned(),
            Self::Fees => "proactive.item8.fees.amount".to_owned(),
        }
    }

    /// The quantity from its [`key`](Self::key).
    #[must_use]
    pub fn from_key(key: &str) -> Option<Self> {
        if let Some(rest) = key.strip_prefix("requests.") {
            let (row, applicant) = rest.rsplit_once('.')?;
            let row = ROWS.iter().find(|r| r.1 == row)?.0;
            let applicant = APPLICANTS.iter().find(|a| a.1 == applicant)?.0;
            return Some(Self::Requests(row, applicant));
        }
        let simple = [
            Self::Review,
            Self::Litigation,
            Self::Licensing,
            Self::Penalty,
            Self::Enforcement,
            Self::Fees,
        ];
        let documents =
            [Proactive::Regulations, Proactive::NormativeDocuments].into_iter().flat_map(|row| {
                [ProactiveColumn::Issued, ProactiveColumn::Repealed, ProactiveColumn::InForce]
                    .map(|column| Self::Documents(row, column))
            });
        simple.into_iter().chain(documents).find(|q| q.key() == key)
    }

    /// What it is called, in Chinese and in English.
    #[must_use]
    pub fn names(self) -> (String, String) {
        match self {
            Self::Requests(row, applicant) => {
                let (_, row_zh, row_en) = row_words(row);
                let (_, who_zh, who_en) = applicant_words(applicant);
                (format!("表三「{row_zh}」{who_zh}"), format!("Table 3 {row_en}, {who_en}"))
            }
            Self::Review => {
                ("表四「行政复议」总计".into(), "Table 4 administrative reviews".into())
            }
            Self::Litigation => (
                "表四「行政诉讼」总计（直接起诉＋复议后起诉）".into(),
                "Table 4 lawsuits (direct + after review)".into(),
            ),
            Self::Documents(row, column) => {
                let row_zh = match row {
                    Proactive::Regulations => "规章",
                    Proactive::NormativeDocuments => "行政规范性文件",
                };
                let column_zh = match column {
                    ProactiveColumn::Issued => "本年制发件数",
                    ProactiveColumn::Repealed => "本年废止件数",
                    ProactiveColumn::InForce => "现行有效件数",
                };
                let (row_en, column_en) = documents_keys(row, column);
                (format!("表二「{row_zh}」{column_zh}"), format!("Table 2 {row_en}, {column_en}"))
            }
            Self::Licensing => {
                ("表二「行政许可」处理决定数量".into(), "Table 2 licensing decisions".into())
            }
            Self::Penalty => {
                ("表二「行政处罚」处理决定数量".into(), "Table 2 penalty decisions".into())
            }
            Self::Enforcement => {
                ("表二「行政强制」处理决定数量".into(), "Table 2 enforcement decisions".into())
            }
            Self::Fees => {
                ("表二「行政事业性收费」本年收费金额".into(), "Table 2 fees collected".into())
            }
        }
    }

    /// Its value in the tables of `edition`; `None` when a cell it needs is missing, not a
    /// number, or the edition has no such cell.
    #[must_use]
    pub fn in_tables(self, tables: &StandardTables, edition: Edition) -> Option<TableNumber> {
        let count = |table: Option<&TableValues>, rows: &[&str], columns: &[&str]| {
            let table = table?;
            let mut sum = 0_i64;
            for row in rows {
                let row = table.row(row).filter(|r| !r.unresolved)?;
                for column in columns {
                    sum = sum.checked_add(row.cell(column)?.addend()?)?;
                }
            }
            Some(TableNumber::Count(sum))
        };
        match self {
            Self::Requests(row, applicant) => {
                let rows = request_rows(row, edition);
                let columns: Vec<&str> = match applicant {
                    Applicant::Organisations => ORGANISATIONS.to_vec(),
                    other => vec![applicant_words(other).0],
                };
                count(tables.requests.as_ref(), &rows, &columns)
            }
            Self::Review => count(tables.appeals.as_ref(), &["review"], &["total"]),
            Self::Litigation => count(
                tables.appeals.as_ref(),
                &["litigation_direct", "litigation_after_review"],
                &["total"],
            ),
            Self::Documents(row, column) => {
                if edition != Edition::E2021 {
                    return None;
                }
                let (row, column) = documents_keys(row, column);
                count(tables.proactive.as_ref(), &[&format!("item1.{row}")], &[column])
            }
            Self::Licensing => {
                count(tables.proactive.as_ref(), &["item5.licensing"], &["decisions"])
            }
            Self::Penalty => count(tables.proactive.as_ref(), &["item6.penalty"], &["decisions"]),
            Self::Enforcement => {
                count(tables.proactive.as_ref(), &["item6.enforcement"], &["decisions"])
            }
            Self::Fees => {
                if edition != Edition::E2021 {
                    return None;
                }
                let cell = tables.proactive.as_ref()?.cell("item8.fees", "amount")?;
                match (cell.state, cell.number) {
                    (crate::CellState::Blank | crate::CellState::Placeholder, _) => {
                        Some(TableNumber::Amount(Decimal { units: 0, scale: 0 }))
                    }
                    (_, Some(Number::Decimal(amount))) => {
                        let in_wan = match cell.unit.as_deref() {
                            None | Some("万元") => amount,
                            Some("元") => Decimal { units: amount.units, scale: amount.scale + 4 },
                            _ => return None,
                        };
                        Some(TableNumber::Amount(in_wan))
                    }
                    (_, Some(Number::Count(n))) => {
                        Some(TableNumber::Amount(Decimal { units: i128::from(n), scale: 0 }))
                    }
                    _ => None,
                }
            }
        }
    }
}

fn row_words(row: RequestRow) -> (&'static str, &'static str, &'static str) {
    ROWS.iter().find(|r| r.0 == row).map_or(("", "", ""), |r| (r.1, r.2, r.3))
}

fn applicant_words(applicant: Applicant) -> (&'static str, &'static str, &'static str) {
    APPLICANTS.iter().find(|a| a.0 == applicant).map_or(("", "", ""), |a| (a.1, a.2, a.3))
}

fn documents_keys(row: Proactive, column: ProactiveColumn) -> (&'static str, &'static str) {
    let row = match row {
        Proactive::Regulations => "regulations",
        Proactive::NormativeDocuments => "normative_documents",
    };
    let column = match column {
        ProactiveColumn::Issued => "issued",
        ProactiveColumn::Repealed => "repealed",
        ProactiveColumn::InForce => "in_force",
    };
    (row, column)
}

/// The 表三 rows a row group sums, in `edition`.
fn request_rows(row: RequestRow, edition: Edition) -> Vec<&'static str> {
    let prefix = match row {
        RequestRow::GrantedOrPartly => return vec!["granted", "partly_granted"],
        RequestRow::Refused => "refused.",
        RequestRow::Unable => "unable.",
        RequestRow::NotProcessed => "not_processed.",
        RequestRow::OtherProcessed => "other",
        single => return vec![row_words(single).0],
    };
    edition.request_rows().iter().map(|r| r.key).filter(|key| key.starts_with(prefix)).collect()
}

impl Decimal {
    /// Whether two decimals are the same number, whatever their precision (`0.50` = `0.5`).
    #[must_use]
    pub fn same_value(self, other: Self) -> bool {
        let scale = self.scale.max(other.scale);
        let widen =
            |d: Self| 10_i128.checked_pow(scale - d.scale).and_then(|f| d.units.checked_mul(f));
        matches!((widen(self), widen(other)), (Some(a), Some(b)) if a == b)
    }
}
