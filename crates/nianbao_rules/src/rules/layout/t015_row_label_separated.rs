//! T015 `row-label-separated`: a row of numbers whose label a PDF-to-Markdown or OCR tool cut
//! away or cut into pieces, given its template row by the table's row order and sums.

use crate::finding::Facts;
use crate::names::{self, Names};
use crate::rule::{Found, Meta, Rule, Scope, Severity, Words};
use crate::{Context, Finding, Lang};

/// 行标题与数字被拆开，已按行序对应 · Row label separated.
pub(crate) struct RowLabelSeparated;

impl Rule for RowLabelSeparated {
    const META: Meta = Meta {
        name: "row-label-separated",
        severity: Severity::Info,
        scope: Scope::Current,
        unread: false,
        title_zh: "行标题与数字被拆开，已按行序对应",
        what_zh: "这份文本由 PDF 转换或文字识别得到，一行数字的行标题被拆成了碎片或与数字分开；已按模板的行序和表格自身的勾稽关系确定它属于哪一行，只有这一种对应符合行序和合计关系。",
        why_zh: "这一行的归属是推断的，不是原文逐行写出的；核对时以原始文件为准。",
        fix_zh: "如有原始文件（PDF、Word 或网页），请检查原始文件。",
        title_en: "Row label separated",
        what_en: "The text was extracted from a PDF or scanned: a row's label was cut into pieces or away from its numbers; the row was placed by the template's row order and the table's sums, the only placement both allow.",
        why_en: "The row's place is inferred, not written beside its numbers.",
        fix_en: "Check the original file if you have it.",
    };

    fn check(cx: &Context<'_>, found: &mut Found<'_>) {
        super::separated(cx, found, true);
    }

    fn words(finding: &Finding, _: &Names, lang: Lang) -> Words {
        let Facts::Separated { found, values, placed: Some(placed), .. } = &finding.facts else {
            return Words::default();
        };
        let table = names::table(finding.table(), lang);
        let numbers = values.join(" ");
        let beside = super::beside(found, lang);
        Words::with(
            lang.pick(
                format!("{table}中一行数字「{numbers}」{beside}，已按模板的行序对应到「{placed}」行"),
                format!("{table}: the row of numbers “{numbers}” {beside} was placed in row “{placed}” by the template's row order"),
            ),
            lang.pick(
                "按模板的行序和表格的勾稽关系，只有这一种对应".to_owned(),
                "the only placement the row order and the table's identities allow".to_owned(),
            ),
        )
    }
}
