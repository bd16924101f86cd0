//! T020 `cell-blank`: a blank where the template expects a number.

use nianbao_tables::CellState;

use crate::finding::Facts;
use crate::names::Names;
use crate::rule::{Found, Meta, Rule, Scope, Severity, Words};
use crate::words::counted;
use crate::{Context, Finding, Lang};

/// 空白单元格 · Blank cell.
pub(crate) struct CellBlank;

impl Rule for CellBlank {
    const META: Meta = Meta {
        name: "cell-blank",
        severity: Severity::Warning,
        scope: Scope::Current,
        unread: false,
        title_zh: "空白单元格",
        what_zh: "应填数字的单元格是空白。核对合计时空白按 0 计算。",
        why_zh: "空白不等于 0：读者无法判断是没有数据还是漏填。",
        fix_zh: "没有数据的单元格请填 0。",
        title_en: "Blank cell",
        what_en: "A cell that should hold a number is blank; sums count it as 0.",
        why_en: "A blank is not a zero: readers cannot tell missing data from none.",
        fix_en: "Fill 0 where there is no data.",
    };

    fn check(cx: &Context<'_>, found: &mut Found<'_>) {
        super::by_row(cx, found, CellState::Blank);
    }

    fn words(finding: &Finding, names: &Names, lang: Lang) -> Words {
        let Facts::Cells { .. } = finding.facts else { return Words::default() };
        let super::RowCells { table, row, n, columns } = super::row_cells(finding, names, lang);
        let column = names.column_in(finding.cells.first(), lang);
        let message = match (lang, super::is_column(finding)) {
            (Lang::Zh, true) => format!("{table}「{column}」列整列空白（{n} 格）"),
            (Lang::En, true) => format!("{table}: the column “{column}” is blank ({n} cells)"),
            (Lang::Zh, false) => format!("{table}「{row}」行有 {n} 个空白单元格：{columns}"),
            (Lang::En, false) => {
                format!("{table}, row “{row}” has {}: {columns}", counted(n, "blank cell"))
            }
        };
        Words::with(message, lang.pick("核对合计时按 0 计算", "counted as 0 in sums").to_owned())
    }
}
