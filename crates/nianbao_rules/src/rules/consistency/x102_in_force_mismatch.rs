//! X102 `in-force-mismatch`: 2021 edition in both years — this year's 现行有效件数 = last
//! year's 现行有效件数 + 本年制发件数 − 本年废止件数, for 规章 and 行政规范性文件.

use nianbao_document::{CellRef, TableId};
use nianbao_tables::Edition;

use crate::finding::{Draft, Facts};
use crate::names::Names;
use crate::rule::{Found, Meta, Rule, Scope, Severity, Words};
use crate::{Context, Finding, Lang};

/// The rows of 表二's 第二十条第（一）项 the rule follows.
const ROWS: [&str; 2] = ["item1.regulations", "item1.normative_documents"];

/// 现行有效件数接不上 · In-force count mismatch.
pub(crate) struct InForceMismatch;

impl Rule for InForceMismatch {
    const META: Meta = Meta {
        name: "in-force-mismatch",
        severity: Severity::Warning,
        scope: Scope::Pair,
        unread: false,
        title_zh: "现行有效件数接不上",
        what_zh: "同一单位相邻两年的报告都用 2021 版模板时：本年「现行有效件数」应等于上年「现行有效件数」+ 本年制发件数 − 本年废止件数（规章、行政规范性文件各算一次）。",
        why_zh: "现行有效的文件只因制发而增加、因废止而减少；数字接不上，常见原因是失效、清理或统计口径变化，读者需要知道是哪一种。",
        fix_zh: "核对两年的数字；若因文件到期失效、清理或口径调整而不同，在报告正文中说明原因。",
        title_en: "In-force count mismatch",
        what_en: "Two consecutive 2021-edition reports of one unit: in force = last year's in force + issued − repealed, for regulations and normative documents.",
        why_en: "Documents in force change only by issuing and repealing; a gap needs an explanation (expiry, clean-up, a new count).",
        fix_en: "Check both years' numbers; if they differ for a reason, explain it in the report's text.",
    };

    fn check(_: &Context<'_>, _: &mut Found<'_>) {}

    fn check_pair(last: &Context<'_>, this: &Context<'_>, found: &mut Found<'_>) {
        let both_2021 =
            last.edition() == Some(Edition::E2021) && this.edition() == Some(Edition::E2021);
        let (Some(last_table), Some(this_table)) =
            (&last.tables().proactive, &this.tables().proactive)
        else {
            return;
        };
        if !both_2021 {
            return;
        }
        for row in ROWS {
            let count = |table: &nianbao_tables::TableValues, column: &str| {
                table.cell(row, column).and_then(|c| c.addend().map(|n| (n, c.location)))
            };
            let (Some((now, at)), Some((before, _)), Some((issued, _)), Some((repealed, _))) = (
                count(this_table, "in_force"),
                count(last_table, "in_force"),
                count(this_table, "issued"),
                count(this_table, "repealed"),
            ) else {
                continue;
            };
            let expected = i128::from(before) + i128::from(issued) - i128::from(repealed);
            if i128::from(now) != expected {
                let cells = vec![
                    CellRef::new(TableId::Proactive, row, "in_force"),
                    CellRef::new(TableId::Proactive, row, "in_force").of_report(last.name),
                    CellRef::new(TableId::Proactive, row, "issued"),
                    CellRef::new(TableId::Proactive, row, "repealed"),
                ];
                let facts = Facts::Pair {
                    values: vec![now, before, issued, repealed],
                    other: last.name.to_owned(),
                    other_year: last.extraction.info.year,
                };
                found.add(Draft::new(at, facts).cells(cells));
            }
        }
    }

    fn words(finding: &Finding, names: &Names, lang: Lang) -> Words {
        let Facts::Pair { values, other, other_year } = &finding.facts else {
            return Words::default();
        };
        let &[now, before, issued, repealed] = values.as_slice() else { return Words::default() };
        let expected = i128::from(before) + i128::from(issued) - i128::from(repealed);
        let diff = (i128::from(now) - expected).abs();
        let row = names.row_in(finding.cells.first(), lang);
        let year = other_year.map_or_else(String::new, |y| y.to_string());
        Words::with(
            lang.pick(
                format!("表二「{row}」现行有效件数 {now} 与上年接不上，请在报告正文中说明原因"),
                format!("Table 2 {row}: {now} in force does not follow from last year; explain why in the text"),
            ),
            lang.pick(
                format!("{year} 年度报告（{other}）现行有效 {before} + 本年制发 {issued} − 本年废止 {repealed} = {expected} ≠ 本年现行有效 {now}，差 {diff}"),
                format!("{before} in force in the {year} report ({other}) + {issued} issued − {repealed} repealed = {expected} ≠ {now} in force now, off by {diff}"),
            ),
        )
    }
}
