//! T021 `cell-placeholder`: a placeholder (/, -, 无) where a number is expected.

use nianbao_tables::CellState;

use crate::finding::Facts;
use crate::names::Names;
use crate::rule::{Found, Meta, Rule, Scope, Severity, Words};
use crate::words::counted;
use crate::{Context, Finding, Lang};

/// 单元格使用占位符 · Placeholder in cell.
pub(crate) struct CellPlaceholder;

impl Rule for CellPlaceholder {
    const META: Meta = Meta {
        name: "cell-placeholder",
        severity: Severity::Warning,
        scope: Scope::Current,
        unread: false,
        title_zh: "单元格使用占位符",
        what_zh: "应填数字的单元格写的是“/”“-”“无”等占位符。核对合计时按 0 计算。",
        why_zh: "占位符不是数字，统计汇总时会出错。",
        fix_zh: "没有数据请填 0。",
        title_en: "Placeholder in cell",
        what_en: "A cell holds /, -, 无 or similar instead of a number; sums count it as 0.",
        why_en: "Placeholders are not numbers and break aggregation.",
        fix_en: "Fill 0 where there is no data.",
    };

    fn check(cx: &Context<'_>, found: &mut Found<'_>) {
        super::by_row(cx, found, CellState::Placeholder);
    }

    fn words(finding: &Finding, names: &Names, lang: Lang) -> Words {
        let Facts::Cells { raw } = &finding.facts else { return Words::default() };
        let super::RowCells { table, row, n, columns } = super::row_cells(finding, names, lang);
        // Each placeholder once: a column of 25 "/" is said as "/".
        let mut written: Vec<String> = Vec::new();
        for text in raw {
            if !written.contains(text) {
                written.push(text.clone());
            }
        }
        let raw = crate::words::list(&written, lang);
        let column = names.column_in(finding.cells.first(), lang);
        let message = match (lang, super::is_column(finding)) {
            (Lang::Zh, true) => format!("{table}「{column}」列整列写的是占位符（{n} 格）"),
            (Lang::En, true) => {
                format!("{table}: the column “{column}” holds only placeholders ({n} cells)")
            }
            (Lang::Zh, false) => {
                format!("{table}「{row}」行有 {n} 个单元格写的是占位符：{columns}")
            }
            (Lang::En, false) => {
                format!("{table}, row “{row}” has {}: {columns}", counted(n, "placeholder cell"))
            }
        };
        Words::with(
            message,
            lang.pick(
                format!("原文：{raw}；核对合计时按 0 计算"),
                format!("written: {raw}; counted as 0 in sums"),
            ),
        )
    }
}
