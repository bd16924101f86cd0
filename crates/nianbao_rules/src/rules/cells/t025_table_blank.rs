//! T025 `table-blank`: a table whose number cells are all blank or placeholders — a form never filled in, which must not pass.

use nianbao_document::CellRef;

use crate::blank_lines;
use crate::finding::{Draft, Facts};
use crate::names;
use crate::names::Names;
use crate::rule::{Found, Meta, Rule, Scope, Severity, Words};
use crate::{Context, Finding, Lang};

/// 整张表格空白 · Table left blank.
pub(crate) struct TableBlank;

impl Rule for TableBlank {
    const META: Meta = Meta {
        name: "table-blank",
        severity: Severity::Error,
        scope: Scope::Current,
        unread: false,
        title_zh: "整张表格空白",
        what_zh: "表二、表三或表四的所有数字单元格都是空白或占位符，整张表没有填写。",
        why_zh: "空白表格无法核对，也不能说明“没有发生”：年报必须如实填报每一项，没有数据的填 0。",
        fix_zh: "按实际情况填写整张表格；确实没有发生的项目填 0。",
        title_en: "Table left blank",
        what_en: "Every number cell of table 2, 3 or 4 is blank or a placeholder: the table was not filled in.",
        why_en: "A blank table cannot be checked and does not say “none”: every item must be reported, 0 where nothing happened.",
        fix_en: "Fill in the whole table; write 0 for items with nothing to report.",
    };

    fn check(cx: &Context<'_>, found: &mut Found<'_>) {
        for (id, table) in super::super::tables(cx) {
            if !blank_lines::wholly_blank(table) {
                continue;
            }
            let Some(at) = table.rows.first().map(|r| r.location) else { continue };
            // Every cell of the table, so a page can mark the whole form.
            let cells = table
                .rows
                .iter()
                .flat_map(|r| r.cells.iter().map(|(c, _)| CellRef::new(id, r.key.clone(), *c)))
                .collect();
            found.add(Draft::new(at, Facts::None).table(id).cells(cells));
        }
    }

    fn words(finding: &Finding, _: &Names, lang: Lang) -> Words {
        let table = names::table(finding.table(), lang);
        Words::message(lang.pick(
            format!("{table}整张表没有填写：所有数字单元格都是空白或占位符"),
            format!("{table} was left blank: every number cell is blank or a placeholder"),
        ))
    }
}
