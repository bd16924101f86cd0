//! T023 `row-inferred`: a row that lost its blank cells, placed by the table's own arithmetic.

use crate::finding::Facts;
use crate::names;
use crate::names::Names;
use crate::rule::{Found, Meta, Rule, Scope, Severity, Words};
use crate::words::counted;
use crate::{Context, Finding, Lang};

/// 已推断缺失单元格的位置 · Row inferred.
pub(crate) struct RowInferred;

impl Rule for RowInferred {
    const META: Meta = Meta {
        name: "row-inferred",
        severity: Severity::Warning,
        scope: Scope::Current,
        unread: false,
        title_zh: "已推断缺失单元格的位置",
        what_zh: "这一行的数字少于列数（复制网页时空白格被丢掉），已根据表格自身的勾稽关系唯一确定了每个数字所在的列。",
        why_zh: "推断出的位置是唯一满足所有合计关系的摆放，但原文本身缺少空白格，读者可能误读。",
        fix_zh: "在原文中把空白单元格补上 0，使每行数字个数与列数一致。",
        title_en: "Row inferred",
        what_en: "The row holds fewer numbers than columns; the only placement keeping every identity true was used.",
        why_en: "The source lost its blank cells and may mislead readers.",
        fix_en: "Fill the blank cells with 0 in the source.",
    };

    fn check(cx: &Context<'_>, found: &mut Found<'_>) {
        super::lossy(cx, found, true);
    }

    fn words(finding: &Finding, names: &Names, lang: Lang) -> Words {
        let Facts::Lossy { label, values, columns, placements } = &finding.facts else {
            return Words::default();
        };
        let table = names::table(finding.table(), lang);
        let k = values.len();
        let list = crate::words::list(values, lang);
        let _ = placements;
        let placed: Vec<String> = finding
            .cells
            .iter()
            .zip(values)
            .map(|(c, v)| format!("{}={v}", names.column_in(Some(c), lang)))
            .collect();
        let placed = placed.join(lang.pick("，", ", "));
        Words::with(
            lang.pick(
                format!("{table}「{label}」行只有 {k} 个数字（应有 {columns} 列），已根据勾稽关系确定位置：{placed}"),
                format!("{table}, row “{label}” holds {} for {columns} columns; placed by the table's sums: {placed}", counted(k, "number")),
            ),
            lang.pick(format!("原文数字：{list}；其余单元格为空白"), format!("numbers: {list}; the other cells are blank")),
        )
    }
}
