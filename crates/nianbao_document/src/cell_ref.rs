use std::borrow::Cow;

use serde::{Deserialize, Serialize};

/// The three standard tables of the report, by canonical key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TableId {
    /// 表二 主动公开政府信息情况.
    Proactive,
    /// 表三 收到和处理政府信息公开申请情况.
    Requests,
    /// 表四 政府信息公开行政复议、行政诉讼情况.
    Appeals,
}

impl TableId {
    /// The canonical key used in JSON.
    #[must_use]
    pub fn key(self) -> &'static str {
        match self {
            Self::Proactive => "proactive",
            Self::Requests => "requests",
            Self::Appeals => "appeals",
        }
    }

    /// The name people use: 表二/表三/表四.
    #[must_use]
    pub fn name_zh(self) -> &'static str {
        match self {
            Self::Proactive => "表二（主动公开政府信息情况）",
            Self::Requests => "表三（收到和处理政府信息公开申请情况）",
            Self::Appeals => "表四（政府信息公开行政复议、行政诉讼情况）",
        }
    }

    /// English name.
    #[must_use]
    pub fn name_en(self) -> &'static str {
        match self {
            Self::Proactive => "Table 2 (proactive disclosure)",
            Self::Requests => "Table 3 (requests received and handled)",
            Self::Appeals => "Table 4 (administrative review and litigation)",
        }
    }
}

/// One logical cell of a standard table: `{"table": "requests", "row": "received",
/// "column": "total"}`. Rows of 表二 are written `item1.regulations`. A check over several
/// reports names the other report's cells with `report` (its source name).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct CellRef {
    /// The report the cell belongs to, when it is not the one being checked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub report: Option<String>,
    /// Which table.
    pub table: TableId,
    /// Canonical row key.
    pub row: Cow<'static, str>,
    /// Canonical column key.
    pub column: Cow<'static, str>,
}

impl CellRef {
    /// A cell by its keys. Template keys are `'static` and cost no allocation; checks build
    /// hundreds of these per report.
    #[must_use]
    pub fn new(
        table: TableId,
        row: impl Into<Cow<'static, str>>,
        column: impl Into<Cow<'static, str>>,
    ) -> Self {
        Self { report: None, table, row: row.into(), column: column.into() }
    }

    /// The same cell of another report of a set.
    #[must_use]
    pub fn of_report(mut self, report: impl Into<String>) -> Self {
        self.report = Some(report.into());
        self
    }
}
