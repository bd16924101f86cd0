//! V002 `fractional-count`: a count that is not a whole number.

use nianbao_tables::{CellValue, ColumnKind, Number};

use crate::names::Names;
use crate::rule::{Found, Meta, Rule, Scope, Severity, Words};
use crate::{Context, Finding, Lang};

/// 数量不是整数 · Fractional count.
pub(crate) struct FractionalCount;

impl Rule for FractionalCount {
    const META: Meta = Meta {
        name: "fractional-count",
        severity: Severity::Error,
        scope: Scope::Current,
        unread: false,
        title_zh: "数量不是整数",
        what_zh: "件数、项数应为整数。",
        why_zh: "带小数的件数多半是填错或列错位。",
        fix_zh: "改为正确的整数。",
        title_en: "Fractional count",
        what_en: "A count is not a whole number.",
        why_en: "It is almost always a typo or a shifted column.",
        fix_en: "Write the correct whole number.",
    };

    fn check(cx: &Context<'_>, found: &mut Found<'_>) {
        super::each_cell(cx, found, wrong);
    }

    fn words(finding: &Finding, names: &Names, lang: Lang) -> Words {
        super::words(finding, names, lang, "不是整数", "is not a whole number")
    }
}

/// A count or change column holding a decimal.
fn wrong(cell: &CellValue) -> bool {
    matches!(
        (cell.kind, cell.number),
        (ColumnKind::Count | ColumnKind::Change, Some(Number::Decimal(_)))
    )
}
