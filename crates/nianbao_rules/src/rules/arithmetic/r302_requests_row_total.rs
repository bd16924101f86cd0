//! R302 `requests-row-total`: per row of 表三, 总计 = the six applicant columns.

use nianbao_tables::IdentityKind;

use crate::finding::Facts;
use crate::names::Names;
use crate::rule::{Found, Meta, Rule, Scope, Severity, Words};
use crate::words::sum_against;
use crate::{Context, Finding, Lang};

/// 表三行合计不符 · Requests row total.
pub(crate) struct RequestsRowTotal;

impl Rule for RequestsRowTotal {
    const META: Meta = Meta {
        name: "requests-row-total",
        severity: Severity::Error,
        scope: Scope::Current,
        unread: false,
        title_zh: "表三行合计不符",
        what_zh:
            "表三每一行：总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他。",
        why_zh: "总计应等于各类申请人之和。",
        fix_zh: "核对这一行的各列数字和总计，改正填错的那一个。",
        title_en: "Requests row total",
        what_en: "Per row of table 3: 总计 = the six applicant columns.",
        why_en: "The total must be the sum of the applicants.",
        fix_en: "Check the row and correct the wrong number.",
    };

    fn check(cx: &Context<'_>, found: &mut Found<'_>) {
        super::check(cx, found, IdentityKind::RequestsRowTotal, super::sum_facts);
    }

    fn words(finding: &Finding, names: &Names, lang: Lang) -> Words {
        if let Facts::BlankLine { .. } = finding.facts {
            return super::blank_line_words(finding, names, lang, ("行合计", "row sum"));
        }
        let Facts::Sum { parts, total, blanks_as_zero } = &finding.facts else {
            return Words::default();
        };
        let row = names.row_in(finding.cells.first(), lang);
        let total_name = lang.pick("总计", "total");
        Words::with(
            lang.pick(
                format!("表三「{row}」行：各类申请人之和与总计不符"),
                format!("Table 3, row “{row}”: the applicants do not add up to the total"),
            ),
            sum_against(parts, *total, total_name, *blanks_as_zero, lang),
        )
    }
}
