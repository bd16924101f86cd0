//! X101 `carry-over-mismatch`: per column of 表三, this year's 二、上年结转 = last year's
//! 四、结转下年度继续办理 of the same unit (also across the 2019 → 2021 edition change: both
//! rows and all seven columns are the same in both editions).

use nianbao_document::{CellRef, TableId};
use nianbao_tables::REQUEST_COLUMNS;

use crate::finding::{Draft, Facts};
use crate::names::Names;
use crate::rule::{Found, Meta, Rule, Scope, Severity, Words};
use crate::{Context, Finding, Lang};

/// 上年结转与上年报告不符 · Carry-over mismatch.
pub(crate) struct CarryOverMismatch;

impl Rule for CarryOverMismatch {
    const META: Meta = Meta {
        name: "carry-over-mismatch",
        severity: Severity::Warning,
        scope: Scope::Pair,
        unread: false,
        title_zh: "上年结转与上年报告不符",
        what_zh: "同一单位相邻两年的报告：本年表三「二、上年结转政府信息公开申请数量」每一列应等于上一年度报告表三「四、结转下年度继续办理」的同一列。",
        why_zh: "上年没办完的申请结转到本年，两份报告的数字必须接得上；接不上说明有一份填错，或有申请下落不明。",
        fix_zh: "对照上一年度报告核对「上年结转」；确有差异（如上年报告已更正），在报告正文中说明原因。",
        title_en: "Carry-over mismatch",
        what_en: "Two consecutive reports of one unit: per column of table 3, this year's carried over equals last year's carried forward.",
        why_en: "Requests carried forward last year are this year's carried over; a gap means one report is wrong or requests went missing.",
        fix_en: "Check carried over against last year's report; if they differ for a reason, explain it in the text.",
    };

    fn check(_: &Context<'_>, _: &mut Found<'_>) {}

    fn check_pair(last: &Context<'_>, this: &Context<'_>, found: &mut Found<'_>) {
        let (Some(last_table), Some(this_table)) =
            (&last.tables().requests, &this.tables().requests)
        else {
            return;
        };
        for column in REQUEST_COLUMNS {
            let (Some(before), Some(now)) = (
                last_table.cell("carried_forward", column.key),
                this_table.cell("carried_over", column.key),
            ) else {
                continue;
            };
            let (Some(before_n), Some(now_n)) = (before.addend(), now.addend()) else { continue };
            if before_n != now_n {
                let cells = vec![
                    CellRef::new(TableId::Requests, "carried_over", column.key),
                    CellRef::new(TableId::Requests, "carried_forward", column.key)
                        .of_report(last.name),
                ];
                let facts = Facts::Pair {
                    values: vec![now_n, before_n],
                    other: last.name.to_owned(),
                    other_year: last.extraction.info.year,
                };
                found.add(Draft::new(now.location, facts).cells(cells));
            }
        }
    }

    fn words(finding: &Finding, names: &Names, lang: Lang) -> Words {
        let Facts::Pair { values, other, other_year } = &finding.facts else {
            return Words::default();
        };
        let (Some(now), Some(before)) = (values.first(), values.get(1)) else {
            return Words::default();
        };
        let column = names.column_in(finding.cells.first(), lang);
        let year = other_year.map_or_else(String::new, |y| y.to_string());
        let diff = (i128::from(*now) - i128::from(*before)).abs();
        Words::with(
            lang.pick(
                format!("表三「{column}」列「二、上年结转」{now} 与上一年度报告的「四、结转下年度继续办理」{before} 不符"),
                format!("Table 3 column {column}: carried over {now} differs from last year's carried forward {before}"),
            ),
            lang.pick(
                format!("本年 {now} ≠ {year} 年度报告（{other}）{before}，差 {diff}"),
                format!("this year {now} ≠ {before} in the {year} report ({other}), off by {diff}"),
            ),
        )
    }
}
