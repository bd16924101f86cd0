//! The two official template editions as data (SPEC §3): canonical keys, the official
//! wording, and the aliases real reports use.

use crate::value::ColumnKind;

/// A template edition.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Edition {
    /// 国办公开办函〔2019〕60号: reports for 2019 and 2020.
    E2019,
    /// 国办公开办函〔2021〕30号: reports for 2021 onwards.
    E2021,
}

impl Edition {
    /// `"2019"` / `"2021"`, as in the JSON contract.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::E2019 => "2019",
            Self::E2021 => "2021",
        }
    }

    /// An edition from its [`Edition::as_str`] form.
    #[must_use]
    pub fn parse(text: &str) -> Option<Self> {
        [Self::E2019, Self::E2021].into_iter().find(|e| e.as_str() == text)
    }

    /// The edition in force for a report year (`None` before 2019).
    #[must_use]
    pub fn for_year(year: i32) -> Option<Self> {
        match year {
            ..=2018 => None,
            2019 | 2020 => Some(Self::E2019),
            _ => Some(Self::E2021),
        }
    }

    /// 表二's blocks.
    #[must_use]
    pub fn proactive(self) -> &'static [Block] {
        match self {
            Self::E2019 => PROACTIVE_2019,
            Self::E2021 => PROACTIVE_2021,
        }
    }

    /// 表三's rows, in order.
    #[must_use]
    pub fn request_rows(self) -> &'static [Row] {
        match self {
            Self::E2019 => REQUEST_ROWS_2019,
            Self::E2021 => REQUEST_ROWS_2021,
        }
    }
}

/// A column: canonical key, the official header, what it holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Column {
    /// Canonical key.
    pub key: &'static str,
    /// The header as printed in the template.
    pub label: &'static str,
    /// What its cells hold.
    pub kind: ColumnKind,
}

/// A row: canonical key and its label (the first is the official wording).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Row {
    /// Canonical key (`refused.state_secret`).
    pub key: &'static str,
    /// The official label, then aliases.
    pub labels: &'static [&'static str],
    /// The group label printed to its left (`（三）不予公开`), if any.
    pub group: Option<&'static str>,
}

/// A block of 表二: `第二十条第（一）项` with its header and rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Block {
    /// Canonical key (`item1`).
    pub key: &'static str,
    /// The caption as printed.
    pub caption: &'static str,
    /// The value columns.
    pub columns: &'static [Column],
    /// The rows.
    pub rows: &'static [Row],
}

const fn count(key: &'static str, label: &'static str) -> Column {
    Column { key, label, kind: ColumnKind::Count }
}

const fn row(key: &'static str, labels: &'static [&'static str]) -> Row {
    Row { key, labels, group: None }
}

const fn grouped(key: &'static str, group: &'static str, labels: &'static [&'static str]) -> Row {
    Row { key, labels, group: Some(group) }
}

const REGULATIONS: Row = row("regulations", &["规章"]);
const LICENSING: Row = row("licensing", &["行政许可"]);
const PENALTY: Row = row("penalty", &["行政处罚"]);
const ENFORCEMENT: Row = row("enforcement", &["行政强制"]);
const FEES: Row = row("fees", &["行政事业性收费"]);

const ITEMS_2019: [Column; 3] = [
    count("last_year_items", "上一年项目数量"),
    Column { key: "change", label: "本年增/减", kind: ColumnKind::Change },
    count("decisions", "处理决定数量"),
];

const PROACTIVE_2019: &[Block] = &[
    Block {
        key: "item1",
        caption: "第二十条第（一）项",
        columns: &[
            count("made", "本年新制作数量"),
            count("published", "本年新公开数量"),
            count("total", "对外公开总数量"),
        ],
        rows: &[
            REGULATIONS,
            row("normative_documents", &["规范性文件", "行政规范性文件", "规范性档案"]),
        ],
    },
    Block {
        key: "item5",
        caption: "第二十条第（五）项",
        columns: &ITEMS_2019,
        rows: &[LICENSING, row("other_services", &["其他对外管理服务事项"])],
    },
    Block {
        key: "item6",
        caption: "第二十条第（六）项",
        columns: &ITEMS_2019,
        rows: &[PENALTY, ENFORCEMENT],
    },
    Block {
        key: "item8",
        caption: "第二十条第（八）项",
        columns: &[
            count("last_year_items", "上一年项目数量"),
            Column { key: "change", label: "本年增/减", kind: ColumnKind::Change },
        ],
        rows: &[FEES],
    },
    Block {
        key: "item9",
        caption: "第二十条第（九）项",
        columns: &[
            count("projects", "采购项目数量"),
            Column { key: "amount", label: "采购总金额", kind: ColumnKind::Amount(None) },
        ],
        rows: &[row("procurement", &["政府集中采购"])],
    },
];

const DECISIONS_2021: [Column; 1] = [count("decisions", "本年处理决定数量")];

const PROACTIVE_2021: &[Block] = &[
    Block {
        key: "item1",
        caption: "第二十条第（一）项",
        columns: &[
            count("issued", "本年制发件数"),
            count("repealed", "本年废止件数"),
            count("in_force", "现行有效件数"),
        ],
        rows: &[
            REGULATIONS,
            row("normative_documents", &["行政规范性文件", "规范性文件", "行政规范性档案"]),
        ],
    },
    Block {
        key: "item5",
        caption: "第二十条第（五）项",
        columns: &DECISIONS_2021,
        rows: &[LICENSING],
    },
    Block {
        key: "item6",
        caption: "第二十条第（六）项",
        columns: &DECISIONS_2021,
        rows: &[PENALTY, ENFORCEMENT],
    },
    Block {
        key: "item8",
        caption: "第二十条第（八）项",
        columns: &[Column {
            key: "amount",
            label: "本年收费金额（单位：万元）",
            kind: ColumnKind::Amount(Some("万元")),
        }],
        rows: &[FEES],
    },
];

/// 表三's columns (both editions).
pub const REQUEST_COLUMNS: &[Column] = &[
    count("natural_person", "自然人"),
    count("commercial", "商业企业"),
    count("research", "科研机构"),
    count("social", "社会公益组织"),
    count("legal_services", "法律服务机构"),
    count("other_org", "其他"),
    count("total", "总计"),
];

/// 表三's group labels (rows that only head other rows).
pub const REQUEST_GROUPS: &[&str] =
    &["三、本年度办理结果", "（三）不予公开", "（四）无法提供", "（五）不予处理", "（六）其他处理"];

const OUTCOMES: &str = "三、本年度办理结果";

macro_rules! request_rows {
    ($($other:expr,)*) => {
        &[
            row("received", &["一、本年新收政府信息公开申请数量"]),
            row("carried_over", &["二、上年结转政府信息公开申请数量"]),
            grouped("granted", OUTCOMES, &["（一）予以公开"]),
            grouped("partly_granted", OUTCOMES, &["（二）部分公开（区分处理的，只计这一情形，不计其他情形）"]),
            grouped("refused.state_secret", "（三）不予公开", &["1.属于国家秘密"]),
            grouped("refused.prohibited_by_law", "（三）不予公开", &["2.其他法律行政法规禁止公开"]),
            grouped("refused.three_safeties", "（三）不予公开", &["3.危及“三安全一稳定”"]),
            grouped("refused.third_party", "（三）不予公开", &["4.保护第三方合法权益"]),
            grouped("refused.internal_affairs", "（三）不予公开", &["5.属于三类内部事务信息"]),
            grouped("refused.process_info", "（三）不予公开", &["6.属于四类过程性信息"]),
            grouped("refused.enforcement_files", "（三）不予公开", &["7.属于行政执法案卷"]),
            grouped("refused.query_matters", "（三）不予公开", &["8.属于行政查询事项"]),
            grouped("unable.not_held", "（四）无法提供", &["1.本机关不掌握相关政府信息"]),
            grouped("unable.needs_creation", "（四）无法提供", &["2.没有现成信息需要另行制作"]),
            grouped("unable.unclear", "（四）无法提供", &["3.补正后申请内容仍不明确"]),
            grouped("not_processed.petition", "（五）不予处理", &["1.信访举报投诉类申请"]),
            grouped("not_processed.duplicate", "（五）不予处理", &["2.重复申请"]),
            grouped("not_processed.publication", "（五）不予处理", &["3.要求提供公开出版物"]),
            grouped("not_processed.excessive", "（五）不予处理", &["4.无正当理由大量反复申请"]),
            grouped("not_processed.confirmation", "（五）不予处理", &["5.要求行政机关确认或重新出具已获取信息"]),
            $($other,)*
            grouped("outcome_total", OUTCOMES, &["（七）总计", "（七）合计"]),
            row("carried_forward", &["四、结转下年度继续办理"]),
        ]
    };
}

const REQUEST_ROWS_2019: &[Row] = request_rows! {
    grouped("other", OUTCOMES, &["（六）其他处理"]),
};

const REQUEST_ROWS_2021: &[Row] = request_rows! {
    grouped("other.no_correction", "（六）其他处理", &["1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"]),
    grouped("other.no_fee", "（六）其他处理", &["2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"]),
    grouped("other.other", "（六）其他处理", &["3.其他"]),
};

/// The single （六）其他处理 row that some 2021-edition reports keep (read as `other`, T011).
pub(crate) const SINGLE_OTHER_ROW: Row = grouped("other", OUTCOMES, &["（六）其他处理"]);

/// Header words printed in the forms besides column labels: 表二's row header, 表三's
/// applicant headers and printed balance note, 表四's two group headings. The page draws
/// the forms with them and the extraction recognises header rows by them.
pub const HEADER_WORDS: HeaderWords = HeaderWords {
    info: "信息内容",
    applicant: "申请人情况",
    legal: "法人或其他组织",
    balance_note: "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
    outcomes: OUTCOMES,
    review: "行政复议",
    litigation: "行政诉讼",
};

/// See [`HEADER_WORDS`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct HeaderWords {
    /// 表二's row header: 信息内容.
    pub info: &'static str,
    /// 表三: 申请人情况.
    pub applicant: &'static str,
    /// 表三: 法人或其他组织.
    pub legal: &'static str,
    /// 表三's printed 勾稽关系 note.
    #[serde(rename = "balanceNote")]
    pub balance_note: &'static str,
    /// 表三: 三、本年度办理结果.
    pub outcomes: &'static str,
    /// 表四: 行政复议.
    pub review: &'static str,
    /// 表四: 行政诉讼.
    pub litigation: &'static str,
}

/// 表四's groups, in the order of the data row.
pub const APPEAL_GROUPS: &[(&str, &str)] = &[
    ("review", "行政复议"),
    ("litigation_direct", "未经复议直接起诉"),
    ("litigation_after_review", "复议后起诉"),
];

/// 表四's columns within each group.
pub const APPEAL_COLUMNS: &[Column] = &[
    count("upheld", "结果维持"),
    count("corrected", "结果纠正"),
    count("other", "其他结果"),
    count("pending", "尚未审结"),
    count("total", "总计"),
];

#[cfg(test)]
mod tests {
    use super::Edition;

    #[test]
    fn row_counts_match_the_official_forms() {
        assert_eq!(Edition::E2019.request_rows().len(), 23);
        assert_eq!(Edition::E2021.request_rows().len(), 25);
        let cells = |e: Edition| {
            e.proactive().iter().map(|b| b.rows.len() * b.columns.len()).sum::<usize>()
        };
        assert_eq!(
            (cells(Edition::E2019), cells(Edition::E2021)),
            (6 + 6 + 6 + 2 + 2, 6 + 1 + 2 + 1)
        );
    }
}
