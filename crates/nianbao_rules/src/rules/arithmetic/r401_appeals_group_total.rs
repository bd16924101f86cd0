//! R401 `appeals-group-total`: per group of 表四, 维持 + 纠正 + 其他 + 尚未审结 = 总计.

use nianbao_tables::IdentityKind;

use crate::finding::Facts;
use crate::names::Names;
use crate::rule::{Found, Meta, Rule, Scope, Severity, Words};
use crate::words::sum_against;
use crate::{Context, Finding, Lang};

/// 表四合计不符 · Appeals group total.
pub(crate) struct AppealsGroupTotal;

impl Rule for AppealsGroupTotal {
    const META: Meta = Meta {
        name: "appeals-group-total",
        severity: Severity::Error,
        scope: Scope::Current,
        unread: false,
        title_zh: "表四合计不符",
        what_zh: "表四行政复议、未经复议直接起诉、复议后起诉三组：结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 总计。",
        why_zh: "总计应等于各种结果之和。",
        fix_zh: "核对这一组的五个数字，改正填错的那一个。",
        title_en: "Appeals group total",
        what_en: "Per group of table 4: 维持 + 纠正 + 其他 + 尚未审结 = 总计.",
        why_en: "The total must be the sum of the results.",
        fix_en: "Check the group's five numbers and correct the wrong one.",
    };

    fn check(cx: &Context<'_>, found: &mut Found<'_>) {
        super::check(cx, found, IdentityKind::AppealsGroupTotal, super::sum_facts);
    }

    fn words(finding: &Finding, names: &Names, lang: Lang) -> Words {
        if let Facts::BlankLine { .. } = finding.facts {
            return super::blank_line_words(finding, names, lang, ("合计", "group sum"));
        }
        let Facts::Sum { parts, total, blanks_as_zero } = &finding.facts else {
            return Words::default();
        };
        let group = names.row_in(finding.cells.first(), lang);
        let total_name = lang.pick("总计", "total");
        Words::with(
            lang.pick(
                format!("表四「{group}」：各项结果之和与总计不符"),
                format!("Table 4, “{group}”: the results do not add up to the total"),
            ),
            sum_against(parts, *total, total_name, *blanks_as_zero, lang),
        )
    }
}
