//! X001 `year-mismatch`: the title's year and the statistics period's year disagree.

use crate::finding::{Draft, Facts};
use crate::names::Names;
use crate::rule::{Found, Meta, Rule, Scope, Severity, Words};
use crate::{Context, Finding, Lang};

/// 年度不一致 · Year mismatch.
pub(crate) struct YearMismatch;

impl Rule for YearMismatch {
    const META: Meta = Meta {
        name: "year-mismatch",
        severity: Severity::Warning,
        scope: Scope::Current,
        title_zh: "年度不一致",
        what_zh: "标题中的年度与统计期限的年度不一致。",
        why_zh: "年度写错通常是沿用了上一年的报告。",
        fix_zh: "统一改为报告所属年度。",
        title_en: "Year mismatch",
        what_en: "The title's year and the statistics period's year disagree.",
        why_en: "It usually means last year's report was reused.",
        fix_en: "Use the report year throughout.",
    };

    fn check(cx: &Context<'_>, found: &mut Found<'_>) {
        let info = &cx.extraction.info;
        if let (Some(title), Some(period), Some(year)) =
            (info.title_year, info.period_year, info.year)
        {
            if title != period {
                let facts = Facts::Years { title: Some(title), period: Some(period), year };
                found.add(Draft::new(info.title_location, facts));
            }
        }
    }

    fn words(finding: &Finding, _: &Names, lang: Lang) -> Words {
        let Facts::Years { title, period, year } = &finding.facts else { return Words::default() };
        let show = |y: &Option<i32>| y.map_or_else(|| "?".to_owned(), |y| y.to_string());
        let (title, period) = (show(title), show(period));
        Words::with(
            lang.pick(
                format!("标题年度 {title} 与统计期限年度 {period} 不一致"),
                format!("Title year {title} and statistics period year {period} disagree"),
            ),
            lang.pick(format!("按 {year} 年度核对"), format!("checked as {year}")),
        )
    }
}
