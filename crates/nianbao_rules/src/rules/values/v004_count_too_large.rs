//! V004 `count-too-large`: a count beyond what any report holds (over a billion).

use nianbao_tables::{CellValue, Number, MAX_COUNT};

use crate::names::Names;
use crate::rule::{Found, Meta, Rule, Scope, Severity, Words};
use crate::{Context, Finding, Lang};

/// 数值过大 · Count too large.
pub(crate) struct CountTooLarge;

impl Rule for CountTooLarge {
    const META: Meta = Meta {
        name: "count-too-large",
        severity: Severity::Error,
        scope: Scope::Current,
        unread: false,
        title_zh: "数值过大",
        what_zh: "件数、项数超过十亿，超出任何一份年报可能的数量。",
        why_zh: "这样的数字多半是多打了几位或文件被篡改；它不参与合计核对，以免一个错字引出一串错误。",
        fix_zh: "核对原始台账，改为正确的数字。",
        title_en: "Count too large",
        what_en: "A count above one billion, more than any report holds.",
        why_en: "Such a number is almost always a typo or a crafted file; it is kept out of the sums so one slip does not raise a string of errors.",
        fix_en: "Check the records and write the correct number.",
    };

    fn check(cx: &Context<'_>, found: &mut Found<'_>) {
        super::each_cell(cx, found, wrong);
    }

    fn words(finding: &Finding, names: &Names, lang: Lang) -> Words {
        super::words(finding, names, lang, "数值过大", "is too large")
    }
}

/// A whole number beyond [`MAX_COUNT`] either way, in any column.
fn wrong(cell: &CellValue) -> bool {
    matches!(cell.number, Some(Number::Count(n)) if n.unsigned_abs() > MAX_COUNT.unsigned_abs())
}
