//! V003 `amount-unit`: an amount without a unit, or in a unit other than the header's.

use nianbao_tables::{CellValue, ColumnKind, Number};

use crate::names::Names;
use crate::rule::{Found, Meta, Rule, Scope, Severity, Words};
use crate::{Context, Finding, Lang};

/// 金额单位不明 · Amount unit.
pub(crate) struct AmountUnit;

impl Rule for AmountUnit {
    const META: Meta = Meta {
        name: "amount-unit",
        severity: Severity::Warning,
        scope: Scope::Current,
        unread: false,
        title_zh: "金额单位不明",
        what_zh: "金额没有写单位，或单位与表头不符（收费金额的单位是万元）。",
        why_zh: "单位不明时金额可能相差一万倍。",
        fix_zh: "写明单位，并与表头一致。",
        title_en: "Amount unit",
        what_en: "An amount has no unit, or a unit other than the header's (万元 for fees).",
        why_en: "Amounts may be off by a factor of 10,000.",
        fix_en: "State the unit and match the header.",
    };

    fn check(cx: &Context<'_>, found: &mut Found<'_>) {
        super::each_cell(cx, found, wrong);
    }

    fn words(finding: &Finding, names: &Names, lang: Lang) -> Words {
        super::words(
            finding,
            names,
            lang,
            "的金额单位不明或与表头不符",
            "has no unit or the wrong unit",
        )
    }
}

/// An amount whose unit differs from the header's, or a non-zero amount with no unit where
/// the header names none.
fn wrong(cell: &CellValue) -> bool {
    let (ColumnKind::Amount(expected), Some(Number::Decimal(amount))) = (cell.kind, cell.number)
    else {
        return false;
    };
    let unit = cell.unit.as_deref();
    match expected {
        Some(header) => unit != Some(header),
        None => unit.is_none() && !amount.is_zero(),
    }
}
