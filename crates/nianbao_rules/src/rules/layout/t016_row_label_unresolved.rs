//! T016 `row-label-unresolved`: a row of numbers whose label was cut away, and that the
//! table's row order and sums cannot give one template row.

use crate::finding::Facts;
use crate::names::{self, Names};
use crate::rule::{Found, Meta, Rule, Scope, Severity, Words};
use crate::{Context, Finding, Lang};

/// 无法确定一行数字属于哪一行 · Row label unresolved.
pub(crate) struct RowLabelUnresolved;

impl Rule for RowLabelUnresolved {
    const META: Meta = Meta {
        name: "row-label-unresolved",
        severity: Severity::Error,
        scope: Scope::Current,
        unread: true,
        title_zh: "无法确定一行数字属于哪一行",
        what_zh: "这份文本由 PDF 转换或文字识别得到，一行数字的行标题丢失或被拆碎，按模板的行序和表格的勾稽关系无法唯一确定它属于哪一行。",
        why_zh: "无法确定这些数字的含义，这一行不参与核对，不作猜测。",
        fix_zh: "核对原始文件（PDF、Word 或网页），确认这一行数字的行标题。",
        title_en: "Row label unresolved",
        what_en: "The text was extracted from a PDF or scanned: a row's label was lost or cut into pieces, and the row order and the table's sums allow more than one row for it, or none.",
        why_en: "Its numbers' meaning is unknown, so the row is not checked; nothing is guessed.",
        fix_en: "Check the original file for the row's label.",
    };

    fn check(cx: &Context<'_>, found: &mut Found<'_>) {
        super::separated(cx, found, false);
    }

    fn words(finding: &Finding, _: &Names, lang: Lang) -> Words {
        let Facts::Separated { found, values, placed: None, candidates } = &finding.facts else {
            return Words::default();
        };
        let table = names::table(finding.table(), lang);
        let numbers = values.join(" ");
        let beside = super::beside(found, lang);
        let rows: Vec<String> =
            candidates.iter().map(|c| lang.pick(format!("「{c}」"), format!("“{c}”"))).collect();
        let detail = if rows.is_empty() {
            lang.pick(
                "模板中没有能按行序放下它的行；这一行不参与核对".to_owned(),
                "no row of the template fits it in order; the row is not checked".to_owned(),
            )
        } else {
            lang.pick(
                format!("可能是：{}；这一行不参与核对", rows.concat()),
                format!("it could be {}; the row is not checked", rows.join(", ")),
            )
        };
        Words::with(
            lang.pick(
                format!("{table}中一行数字「{numbers}」{beside}，无法确定属于哪一行"),
                format!("{table}: the row of numbers “{numbers}” {beside} cannot be given one row"),
            ),
            detail,
        )
    }
}
