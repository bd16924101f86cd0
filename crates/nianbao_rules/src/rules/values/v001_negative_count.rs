//! V001 `negative-count`: a count below zero.

use nianbao_tables::{CellValue, ColumnKind, Number};

use crate::names::Names;
use crate::rule::{Found, Meta, Rule, Scope, Severity, Words};
use crate::{Context, Finding, Lang};

/// 数量为负数 · Negative count.
pub(crate) struct NegativeCount;

impl Rule for NegativeCount {
    const META: Meta = Meta {
        name: "negative-count",
        severity: Severity::Error,
        scope: Scope::Current,
        unread: false,
        title_zh: "数量为负数",
        what_zh: "件数、项数不能是负数（“本年增/减”除外）。",
        why_zh: "负数的件数没有意义，多半是填错。",
        fix_zh: "改为正确的非负整数。",
        title_en: "Negative count",
        what_en: "A count is below zero (本年增/减 excepted).",
        why_en: "A negative count is meaningless.",
        fix_en: "Write the correct non-negative whole number.",
    };

    fn check(cx: &Context<'_>, found: &mut Found<'_>) {
        super::each_cell(cx, found, wrong);
    }

    fn words(finding: &Finding, names: &Names, lang: Lang) -> Words {
        super::words(finding, names, lang, "是负数", "is negative")
    }
}

/// A count column holding a negative whole number (本年增/减 is a change, not a count).
fn wrong(cell: &CellValue) -> bool {
    matches!((cell.kind, cell.number), (ColumnKind::Count, Some(Number::Count(n))) if n < 0)
}
