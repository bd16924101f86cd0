//! X002 `prose-table-mismatch`: a count the prose states for the year differs from the
//! tables ("全年共收到政府信息公开申请81件" while 表三 says 80).
//!
//! The claims come from `nianbao_tables::claims`, which reads a number only when its
//! sentence ties it to exactly one quantity of this year. A warning, not an error: the
//! tables are what the R-rules check and what supervisors aggregate; a sentence that
//! disagrees must be fixed, but the prose is read by a grammar that can misjudge an unusual
//! sentence, and a report must not fail on a reading that may be ours.

use nianbao_tables::claims::{share_matches, share_of, RequestRow, TableNumber};
use nianbao_tables::{claims, Quantity, Stated};

use crate::finding::{Draft, Facts};
use crate::names::Names;
use crate::rule::{Found, Meta, Rule, Scope, Severity, Words};
use crate::{Context, Finding, Lang};

/// 正文与表格不符 · Prose contradicts the tables.
pub(crate) struct ProseTableMismatch;

impl Rule for ProseTableMismatch {
    const META: Meta = Meta {
        name: "prose-table-mismatch",
        severity: Severity::Warning,
        scope: Scope::Current,
        unread: false,
        title_zh: "正文与表格不符",
        what_zh: "正文中写明的本年度数字（收到、办结、予以公开等申请件数及其占比，结转，行政复议、行政诉讼件数，规章和规范性文件件数，处理决定数量，收费金额）与统计表不一致。只核对明确指向本年度某一项数字的句子。",
        why_zh: "正文和表格是同一份年报的两种写法，数字不一致会让读者不知道哪个是真的，通常是改了表格忘了改正文，或沿用了上一年的文字。",
        fix_zh: "核对这句话和表格中对应的格子，改正错误的一方，使正文与表格一致。",
        title_en: "Prose contradicts the tables",
        what_en: "A number the text states for the year (requests received, completed, granted and their shares, carried over, reviews and lawsuits, regulations and normative documents, decisions, fees) differs from the tables. Only sentences that tie a number to exactly one quantity of the year are checked.",
        why_en: "Text and tables describe the same year; a mismatch usually means the table was corrected and the text was not, or last year's text was reused.",
        fix_en: "Check the sentence and the matching table cells and correct whichever is wrong.",
    };

    fn check(cx: &Context<'_>, found: &mut Found<'_>) {
        let Some(edition) = cx.edition() else { return };
        let tables = cx.tables();
        let all = claims(cx.extraction);
        let mut wrong_counts: Vec<(&str, Quantity)> = Vec::new();
        // "收到申请75件" often counts last year's carried-over requests too (74 new + 1):
        // that reading of 收到 is accepted, as it is the report's own arithmetic.
        let with_carried_over = |quantity: Quantity, stated: i64| {
            let Quantity::Requests(RequestRow::Received, applicant) = quantity else {
                return false;
            };
            let count = |q: Quantity| match q.in_tables(tables, edition) {
                Some(TableNumber::Count(n)) => Some(n),
                _ => None,
            };
            let new = count(quantity);
            let carried = count(Quantity::Requests(RequestRow::CarriedOver, applicant));
            matches!((new, carried), (Some(n), Some(c)) if n.checked_add(c) == Some(stated))
        };
        for claim in &all {
            let table = claim.quantity.in_tables(tables, edition);
            let facts = |stated: String, table: String, of: Option<Quantity>| Facts::Prose {
                sentence: claim.sentence.clone(),
                quantity: Some(claim.quantity.key()),
                of: of.map(Quantity::key),
                stated,
                table,
            };
            let finding = match (claim.stated, table) {
                (Stated::Count(stated), Some(TableNumber::Count(value)))
                    if stated != value && !with_carried_over(claim.quantity, stated) =>
                {
                    wrong_counts.push((&claim.sentence, claim.quantity));
                    Some(facts(stated.to_string(), value.to_string(), None))
                }
                (Stated::Amount(stated), Some(TableNumber::Amount(value)))
                    if !stated.same_value(value) =>
                {
                    Some(facts(format!("{stated}万元"), format!("{value}万元"), None))
                }
                (Stated::Percent { percent, of }, Some(TableNumber::Count(part))) => {
                    let whole = of.in_tables(tables, edition);
                    let counted_wrong = wrong_counts
                        .iter()
                        .any(|(s, q)| *s == claim.sentence && (*q == claim.quantity || *q == of));
                    match whole {
                        Some(TableNumber::Count(whole))
                            if whole > 0
                                && !counted_wrong
                                && !share_matches(percent, part, whole) =>
                        {
                            let computed = share_of(part, whole, percent.scale)
                                .map_or_else(String::new, |p| format!(" = {p}%"));
                            let table = format!("{part} / {whole}{computed}");
                            Some(facts(format!("{percent}%"), table, Some(of)))
                        }
                        _ => None,
                    }
                }
                _ => None,
            };
            if let Some(facts) = finding {
                found.add(Draft::new(claim.location, facts));
            }
        }
    }

    fn words(finding: &Finding, _: &Names, lang: Lang) -> Words {
        let Facts::Prose { sentence, quantity, of, stated, table } = &finding.facts else {
            return Words::default();
        };
        let name = |key: &Option<String>| {
            key.as_deref()
                .and_then(Quantity::from_key)
                .map(Quantity::names)
                .map_or_else(|| key.clone().unwrap_or_default(), |(zh, en)| lang.pick(zh, en))
        };
        let what = name(quantity);
        let message = match of {
            None => lang.pick(
                format!("正文写{what}为 {stated}，表中为 {table}"),
                format!("The text says {what} is {stated}; the table says {table}"),
            ),
            Some(_) => {
                let whole = name(of);
                lang.pick(
                    format!("正文写{what}占{whole}的 {stated}，按表中数字为 {table}"),
                    format!("The text says {what} is {stated} of {whole}; the table gives {table}"),
                )
            }
        };
        Words::with(
            message,
            lang.pick(format!("原句：「{sentence}」"), format!("sentence: 「{sentence}」")),
        )
    }
}
