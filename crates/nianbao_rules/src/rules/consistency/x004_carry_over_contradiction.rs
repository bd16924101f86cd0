//! X004 `carry-over-contradiction`: the prose says every request was completed ("均已办结",
//! "全部按时答复") while 表三 四、结转下年度继续办理 is above 0, or it speaks of requests
//! carried into next year while the table carries none.
//!
//! Only plain sentences about requests of this year count (`claims::plain`), and a sentence
//! that states how many were completed or carried ("办结1191件…均在法定期限内答复") is left
//! to X002: there "均" speaks of the completed ones.

use nianbao_document::{CellRef, TableId};
use nianbao_tables::claims::{plain, sentences, RequestRow, CARRIED_FORWARD_WORDS};
use nianbao_tables::{claims, Quantity};

use crate::finding::{Draft, Facts};
use crate::names::Names;
use crate::rule::{Found, Meta, Rule, Scope, Severity, Words};
use crate::{Context, Finding, Lang};

/// 正文与结转情况矛盾 · Carry-over contradiction.
pub(crate) struct CarryOverContradiction;

/// Sayings that every request of the year was completed.
const ALL_DONE: &[&str] = &[
    "均已办结",
    "全部办结",
    "均办结",
    "均按时办结",
    "均已按时办结",
    "全部按时办结",
    "均已按期办结",
    "全部按期办结",
    "全部按时答复",
    "均已按时答复",
    "均按时答复",
    "全部予以答复",
    "均已答复",
    "均已全部办结",
    "已全部办结",
    "全部办理完毕",
    "均已办理完毕",
    "全部答复完毕",
    "办结率100%",
    "办结率为100%",
];

/// Words that make "all" a part: "除3件尚在办理外，均已办结".
const EXCEPT: &[&str] = &["除", "尚", "外", "正在", "结转", "其余", "剩余"];

/// Words that negate a mention of carrying over.
const NONE: &[&str] = &["无", "未", "没有", "不存在", "0件", "零"];

impl Rule for CarryOverContradiction {
    const META: Meta = Meta {
        name: "carry-over-contradiction",
        severity: Severity::Warning,
        scope: Scope::Current,
        unread: false,
        title_zh: "正文与结转情况矛盾",
        what_zh: "正文说申请“均已办结”“全部按时答复”，但表三“四、结转下年度继续办理”大于 0；或正文说有申请结转下年度，但表中结转下年度为 0。",
        why_zh: "结转下年度的申请就是本年没有办结的申请，两处说法不能同时成立。",
        fix_zh: "核对表三“四、结转下年度继续办理”，改正正文的说法或表中的数字。",
        title_en: "Carry-over contradiction",
        what_en: "The text says every request was completed while Table 3 carries some into next year, or speaks of carrying requests over while the table carries none.",
        why_en: "Requests carried into next year are the ones not completed this year; both cannot be true.",
        fix_en: "Check Table 3 row 四 and correct the text or the number.",
    };

    fn check(cx: &Context<'_>, found: &mut Found<'_>) {
        let Some(cell) =
            cx.tables().requests.as_ref().and_then(|t| t.cell("carried_forward", "total"))
        else {
            return;
        };
        let Some(carried) = cell.addend() else { return };
        let year = cx.extraction.info.year;
        let stated: Vec<String> = claims(cx.extraction)
            .into_iter()
            .filter(|c| {
                matches!(
                    c.quantity,
                    Quantity::Requests(RequestRow::Completed | RequestRow::CarriedForward, _)
                )
            })
            .map(|c| c.sentence)
            .collect();
        for sentence in sentences(cx.extraction) {
            let s = sentence.key.as_str();
            if !s.contains("申请") || !plain(s, year) || stated.contains(&sentence.text) {
                continue;
            }
            let says_all_done =
                ALL_DONE.iter().any(|w| s.contains(w)) && !EXCEPT.iter().any(|w| s.contains(w));
            let says_carried = CARRIED_FORWARD_WORDS.iter().any(|w| s.contains(w))
                && !NONE.iter().any(|w| s.contains(w));
            let contradiction = (says_all_done && carried > 0) || (says_carried && carried == 0);
            if contradiction {
                let facts = Facts::Prose {
                    sentence: sentence.text.clone(),
                    quantity: None,
                    of: None,
                    stated: if says_all_done { "all".into() } else { "some".into() },
                    table: carried.to_string(),
                };
                let cells = vec![CellRef::new(TableId::Requests, "carried_forward", "total")];
                found.add(Draft::new(sentence.location, facts).cells(cells));
            }
        }
    }

    fn words(finding: &Finding, _: &Names, lang: Lang) -> Words {
        let Facts::Prose { sentence, stated, table, .. } = &finding.facts else {
            return Words::default();
        };
        let message = if stated == "all" {
            lang.pick(
                format!("正文说申请均已办结，但表三“四、结转下年度继续办理”为 {table} 件"),
                format!("The text says every request was completed, but Table 3 carries {table} into next year"),
            )
        } else {
            lang.pick(
                "正文说有申请结转下年度，但表三“四、结转下年度继续办理”为 0".to_owned(),
                "The text speaks of requests carried into next year, but Table 3 carries none"
                    .to_owned(),
            )
        };
        Words::with(
            message,
            lang.pick(format!("原句：「{sentence}」"), format!("sentence: 「{sentence}」")),
        )
    }
}
