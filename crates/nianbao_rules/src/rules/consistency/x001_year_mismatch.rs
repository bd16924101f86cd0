//! X001 `year-mismatch`: the title's year and the statistics period's year disagree, or a
//! paragraph of sections 一 to 四 opens with another year ("2019年，我局…" in a 2020
//! report: last year's text reused). A year elsewhere in a sentence is left alone: reports
//! compare with last year and cite plans.

use nianbao_tables::claims::sentences;

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
        unread: false,
        title_zh: "年度不一致",
        what_zh: "标题中的年度与统计期限的年度不一致，或正文第一至第四部分有段落以别的年度开头（如 2020 年度报告中“2019年，我局……”）。",
        why_zh: "年度写错通常是沿用了上一年的报告。",
        fix_zh: "统一改为报告所属年度。",
        title_en: "Year mismatch",
        what_en: "The title's year and the statistics period's year disagree, or a paragraph of sections 一 to 四 opens with another year.",
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
        // The year the report states of itself (title or period), not one guessed from text.
        let Some(year) = info.title_year.or(info.period_year) else { return };
        let mut piece = None;
        for sentence in sentences(cx.extraction) {
            let opens = piece != Some(sentence.piece);
            piece = Some(sentence.piece);
            if !opens || !(1..=4).contains(&sentence.section) {
                continue;
            }
            if let Some(other) = opening_year(&sentence.key).filter(|&y| y != year) {
                let facts = Facts::Prose {
                    sentence: sentence.text.clone(),
                    quantity: None,
                    of: None,
                    stated: other.to_string(),
                    table: year.to_string(),
                };
                found.add(Draft::new(sentence.location, facts));
            }
        }
    }

    fn words(finding: &Finding, _: &Names, lang: Lang) -> Words {
        if let Facts::Prose { sentence, stated, table, .. } = &finding.facts {
            return Words::with(
                lang.pick(
                    format!("正文段落以 {stated} 年开头，报告年度为 {table}"),
                    format!("A paragraph opens with the year {stated}; the report is for {table}"),
                ),
                lang.pick(format!("原句：「{sentence}」"), format!("sentence: 「{sentence}」")),
            );
        }
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

/// `2019年，…`, `2019年度,…` → 2019: a year that opens a sentence as its time.
fn opening_year(key: &str) -> Option<i32> {
    let digits = key.get(..4).filter(|d| d.bytes().all(|b| b.is_ascii_digit()))?;
    let rest = key.get(4..)?;
    let rest = rest.strip_prefix("年度").or_else(|| rest.strip_prefix('年'))?;
    let year: i32 = digits.parse().ok()?;
    (rest.starts_with(',') && (1990..=2099).contains(&year)).then_some(year)
}

#[cfg(test)]
mod tests {
    #[test]
    fn opening_years() {
        assert_eq!(super::opening_year("2019年,我局收到申请"), Some(2019));
        assert_eq!(super::opening_year("2019年度,本机关"), Some(2019));
        assert_eq!(super::opening_year("2019年以来,我局"), None);
        assert_eq!(super::opening_year("2019年1月"), None);
    }
}
