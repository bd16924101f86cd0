//! R303 `requests-outcome-total`: per column of 表三, （七）总计 = the sum of the outcome rows.

use nianbao_tables::IdentityKind;

use crate::finding::Facts;
use crate::names::Names;
use crate::rule::{Found, Meta, Rule, Scope, Severity, Words};
use crate::words::sum_against;
use crate::{Context, Finding, Lang};

/// 表三办理结果合计不符 · Requests outcome total.
pub(crate) struct RequestsOutcomeTotal;

impl Rule for RequestsOutcomeTotal {
    const META: Meta = Meta {
        name: "requests-outcome-total",
        severity: Severity::Error,
        scope: Scope::Current,
        unread: false,
        title_zh: "表三办理结果合计不符",
        what_zh: "表三每一列：（七）总计 = （一）予以公开 +（二）部分公开 +（三）1–8 +（四）1–3 +（五）1–5 +（六）各项。",
        why_zh: "（七）总计应等于各项办理结果之和。",
        fix_zh: "核对这一列的各项办理结果和（七）总计，改正填错的那一个。",
        title_en: "Requests outcome total",
        what_en: "Per column of table 3: （七）总计 = the sum of all outcome rows.",
        why_en: "The outcome total must be the sum of the outcomes.",
        fix_en: "Check the column's outcomes and correct the wrong number.",
    };

    fn check(cx: &Context<'_>, found: &mut Found<'_>) {
        super::check(cx, found, IdentityKind::RequestsOutcomeTotal, super::sum_facts);
    }

    fn words(finding: &Finding, names: &Names, lang: Lang) -> Words {
        if let Facts::BlankLine { .. } = finding.facts {
            return super::blank_line_words(finding, names, lang, ("办理结果合计", "outcome sum"));
        }
        let Facts::Sum { parts, total, blanks_as_zero } = &finding.facts else {
            return Words::default();
        };
        let column = names.column_in(finding.cells.first(), lang);
        let total_name = lang.pick("（七）总计", "(7) total handled");
        Words::with(
            lang.pick(
                format!("表三「{column}」列：各项办理结果之和与（七）总计不符"),
                format!(
                    "Table 3, column “{column}”: the outcomes do not add up to (7) total handled"
                ),
            ),
            sum_against(parts, *total, total_name, *blanks_as_zero, lang),
        )
    }
}
