//! T012 `row-unknown`: a row the template does not have.

use crate::finding::{Draft, Facts};
use crate::names;
use crate::names::Names;
use crate::rule::{Found, Meta, Rule, Scope, Severity, Words};
use crate::{Context, Finding, Lang};

/// 模板之外的行 · Row not in template.
pub(crate) struct RowUnknown;

impl Rule for RowUnknown {
    const META: Meta = Meta {
        name: "row-unknown",
        severity: Severity::Info,
        scope: Scope::Current,
        unread: false,
        title_zh: "模板之外的行",
        what_zh: "表格中有模板没有的行（例如“其他主动公开文件”）。",
        why_zh: "多出的行不参与核对，也可能是改动了模板。",
        fix_zh: "确认是否需要；如需保留，建议移到表外用文字说明。",
        title_en: "Row not in template",
        what_en: "A row the template does not have.",
        why_en: "Extra rows are not checked and suggest an altered template.",
        fix_en: "Check whether it is needed; otherwise describe it in the text instead.",
    };

    fn check(cx: &Context<'_>, found: &mut Found<'_>) {
        for (id, table) in super::super::tables(cx) {
            for row in &table.extra_rows {
                let facts = Facts::Row { label: row.label.clone() };
                found.add(Draft::new(row.location, facts).table(id));
            }
        }
    }

    fn words(finding: &Finding, _: &Names, lang: Lang) -> Words {
        let Facts::Row { label } = &finding.facts else { return Words::default() };
        let table = names::table(finding.table(), lang);
        Words::message(lang.pick(
            format!("{table}中有模板没有的行「{label}」，这一行不参与核对"),
            format!("The row \"{label}\" is not in the template and is not checked"),
        ))
    }
}
