//! T022 `cell-not-number`: text where a number is expected.

use nianbao_document::CellRef;
use nianbao_tables::CellState;

use crate::finding::{Draft, Facts};
use crate::names;
use crate::names::Names;
use crate::rule::{Found, Meta, Rule, Scope, Severity, Words};
use crate::{Context, Finding, Lang};

/// 单元格不是数字 · Cell is not a number.
pub(crate) struct CellNotNumber;

impl Rule for CellNotNumber {
    const META: Meta = Meta {
        name: "cell-not-number",
        severity: Severity::Error,
        scope: Scope::Current,
        unread: false,
        title_zh: "单元格不是数字",
        what_zh: "应填数字的单元格写的是文字。",
        why_zh: "文字无法参与统计和核对。",
        fix_zh: "改为数字；需要说明的内容写在表格下方的文字中。",
        title_en: "Cell is not a number",
        what_en: "A cell that should hold a number holds text.",
        why_en: "Text cannot be counted or checked.",
        fix_en: "Write the number; put explanations in the text below the table.",
    };

    fn check(cx: &Context<'_>, found: &mut Found<'_>) {
        for (id, table) in super::super::tables(cx) {
            for row in &table.rows {
                for (column, cell) in
                    row.cells.iter().filter(|(_, c)| c.state == CellState::Invalid)
                {
                    let at = CellRef::new(id, row.key.clone(), *column);
                    let facts = Facts::Cells { raw: vec![cell.raw.clone()] };
                    found.add(Draft::new(cell.location, facts).cells(vec![at]));
                }
            }
        }
    }

    fn words(finding: &Finding, names: &Names, lang: Lang) -> Words {
        let Facts::Cells { raw } = &finding.facts else { return Words::default() };
        let raw = raw.first().map_or("", String::as_str);
        let table = names::table(finding.table(), lang);
        let cell = names.cell(finding.cells.first(), lang);
        Words::message(lang.pick(
            format!("{table}{cell}不是数字：「{raw}」"),
            format!("{cell} is not a number: \"{raw}\""),
        ))
    }
}
