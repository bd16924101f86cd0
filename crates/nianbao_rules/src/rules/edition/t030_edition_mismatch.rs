//! T030 `edition-mismatch`: the layout's edition does not match the report year.

use nianbao_document::Location;
use nianbao_tables::Edition;

use crate::finding::{Draft, Facts};
use crate::names::Names;
use crate::rule::{Found, Meta, Rule, Scope, Severity, Words};
use crate::{Context, Finding, Lang};

/// 模板版本与年度不符 · Edition mismatch.
pub(crate) struct EditionMismatch;

impl Rule for EditionMismatch {
    const META: Meta = Meta {
        name: "edition-mismatch",
        severity: Severity::Warning,
        scope: Scope::Current,
        unread: false,
        title_zh: "模板版本与年度不符",
        what_zh: "表格使用的模板版本与报告年度不符：2019、2020 年度用 2019 版（国办公开办函〔2019〕60号），2021 年度起用 2021 版（国办公开办函〔2021〕30号）。",
        why_zh: "用错模板会漏报或错报项目。",
        fix_zh: "按报告年度适用的模板重新填写表格。",
        title_en: "Edition mismatch",
        what_en: "The tables follow a template edition that does not match the report year.",
        why_en: "The wrong template omits or misreports items.",
        fix_en: "Redo the tables with the edition for the report year.",
    };

    fn check(cx: &Context<'_>, found: &mut Found<'_>) {
        let (Some(layout), Some(year)) = (cx.edition(), cx.extraction.info.year) else { return };
        if Edition::for_year(year).is_some_and(|expected| expected != layout) {
            let facts = Facts::Edition { layout: layout.as_str().to_owned(), year };
            found.add(Draft::new(Location::default(), facts));
        }
    }

    fn words(finding: &Finding, _: &Names, lang: Lang) -> Words {
        let Facts::Edition { layout, year } = &finding.facts else { return Words::default() };
        let (expected, notice) = if *year >= 2021 {
            ("2021", "国办公开办函〔2021〕30号")
        } else {
            ("2019", "国办公开办函〔2019〕60号")
        };
        // A form older than the year's is out of date (the common case: townships kept the
        // 2019 form); a newer one was used too early.
        let out_of_date = layout.as_str() < expected;
        Words::message(match (lang, out_of_date) {
            (Lang::Zh, true) => format!(
                "表格仍使用 {layout} 版模板，{year} 年度应使用 {expected} 版模板（{notice}）"
            ),
            (Lang::Zh, false) => format!(
                "表格使用了 {layout} 版模板，{year} 年度应使用 {expected} 版模板（{notice}）"
            ),
            (Lang::En, true) => format!(
                "The tables still follow the {layout} edition; reports for {year} use the {expected} edition ({notice})"
            ),
            (Lang::En, false) => format!(
                "The tables follow the {layout} edition; reports for {year} use the {expected} edition ({notice})"
            ),
        })
    }
}
