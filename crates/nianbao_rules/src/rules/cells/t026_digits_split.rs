//! T026 `digits-split`: a row whose digits ran together (a crawler's copy), split into its
//! columns by the table's own arithmetic — the one split that keeps every identity.

use crate::finding::Facts;
use crate::names;
use crate::names::Names;
use crate::rule::{Found, Meta, Rule, Scope, Severity, Words};
use crate::{Context, Finding, Lang};

/// 数字由表格的勾稽关系拆分 · Digits split.
pub(crate) struct DigitsSplit;

impl Rule for DigitsSplit {
    const META: Meta = Meta {
        name: "digits-split",
        severity: Severity::Info,
        scope: Scope::Current,
        unread: false,
        title_zh: "数字由表格的勾稽关系拆分",
        what_zh: "这份文本的换行和单元格分隔都已丢失（网页被抓取或转存时常见），一行的数字连成了一串；已按模板的列和表格自身的勾稽关系把它拆开，只有一种拆法满足所有合计关系。",
        why_zh: "拆分出的数字是推断的，不是原文逐格写出的；核对时以原始文件为准。",
        fix_zh: "如有原始文件（网页、Word 或 Excel），请检查原始文件。",
        title_en: "Digits split",
        what_en: "The text lost its line breaks and cell boundaries, so a row's numbers ran together; they were split into the template's columns, the only split keeping every identity true.",
        why_en: "The numbers are inferred, not written cell by cell.",
        fix_en: "Check the original file if you have it.",
    };

    fn check(cx: &Context<'_>, found: &mut Found<'_>) {
        super::glued(cx, found, true);
    }

    fn words(finding: &Finding, names: &Names, lang: Lang) -> Words {
        let Facts::Split { label, written, readings, .. } = &finding.facts else {
            return Words::default();
        };
        let table = names::table(finding.table(), lang);
        let written = crate::words::list(written, lang);
        let split = readings.first().map_or_else(Vec::new, |texts| {
            finding
                .cells
                .iter()
                .zip(texts)
                .map(|(c, t)| {
                    let value = if t.is_empty() { lang.pick("空", "blank") } else { t.as_str() };
                    format!("{}={value}", names.column_in(Some(c), lang))
                })
                .collect()
        });
        let split = split.join(lang.pick("，", ", "));
        Words::with(
            lang.pick(
                format!("{table}「{label}」行的数字连写为「{written}」，已拆分为：{split}"),
                format!("Row \"{label}\" reads \"{written}\" with its digits run together; split as {split}"),
            ),
            lang.pick(
                "按模板的列和表格的勾稽关系，只有这一种拆法".to_owned(),
                "the only split the template's columns and the table's identities allow".to_owned(),
            ),
        )
    }
}
