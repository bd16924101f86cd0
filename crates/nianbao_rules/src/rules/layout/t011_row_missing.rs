//! T011 `row-missing`: a template row is absent.

use nianbao_document::Location;

use crate::finding::{Draft, Facts};
use crate::names;
use crate::names::Names;
use crate::rule::{Found, Meta, Rule, Scope, Severity, Words};
use crate::{Context, Finding, Lang};

/// 缺少行 · Row missing.
pub(crate) struct RowMissing;

impl Rule for RowMissing {
    const META: Meta = Meta {
        name: "row-missing",
        severity: Severity::Warning,
        scope: Scope::Current,
        unread: false,
        title_zh: "缺少行",
        what_zh: "表格中缺少模板规定的某一行。",
        why_zh: "缺行会让合计无法核对，也不符合模板。",
        fix_zh: "按模板补上这一行，没有数据填 0。",
        title_en: "Row missing",
        what_en: "A row of the template is absent.",
        why_en: "Totals cannot be checked and the template is not followed.",
        fix_en: "Add the row from the template; fill 0 where there is no data.",
    };

    fn check(cx: &Context<'_>, found: &mut Found<'_>) {
        for (_, table) in super::super::tables(cx) {
            for row in &table.missing_rows {
                let facts = Facts::Row { label: row.label.clone() };
                found.add(Draft::new(Location::default(), facts).cells(row.cells.clone()));
            }
        }
    }

    fn words(finding: &Finding, _: &Names, lang: Lang) -> Words {
        let Facts::Row { label } = &finding.facts else { return Words::default() };
        let table = names::table(finding.table(), lang);
        Words::message(lang.pick(
            format!("{table}缺少「{label}」行"),
            format!("{table} lacks the row \"{label}\""),
        ))
    }
}
