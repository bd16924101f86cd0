//! T010 `table-missing`: 表二, 表三 or 表四 not found.

use nianbao_document::{Location, TableId};

use crate::finding::{Draft, Facts};
use crate::names;
use crate::names::Names;
use crate::rule::{Found, Meta, Rule, Scope, Severity, Words};
use crate::{Context, Finding, Lang};

/// 缺少统计表 · Table missing.
pub(crate) struct TableMissing;

impl Rule for TableMissing {
    const META: Meta = Meta {
        name: "table-missing",
        severity: Severity::Error,
        scope: Scope::Current,
        unread: false,
        title_zh: "缺少统计表",
        what_zh: "没有找到表二、表三或表四。",
        why_zh: "三张统计表是年报的必备内容。",
        fix_zh: "按官方模板补上整张表格；没有数据的格子填 0。",
        title_en: "Table missing",
        what_en: "Table 2, 3 or 4 was not found.",
        why_en: "The three tables are mandatory.",
        fix_en: "Add the whole table from the official template, filling 0 where there is no data.",
    };

    fn check(cx: &Context<'_>, found: &mut Found<'_>) {
        for table in [TableId::Proactive, TableId::Requests, TableId::Appeals] {
            if cx.tables().get(table).is_none() {
                found.add(Draft::new(Location::default(), Facts::None).table(table));
            }
        }
    }

    fn words(finding: &Finding, _: &Names, lang: Lang) -> Words {
        let table = names::table(finding.table(), lang);
        Words::message(lang.pick(format!("没有找到{table}"), format!("{table} was not found")))
    }
}
