//! R301 `requests-balance`: per column of 表三, 一 + 二 = （七）总计 + 四 (the printed 勾稽关系).

use nianbao_tables::IdentityKind;

use crate::finding::Facts;
use crate::names::Names;
use crate::rule::{Found, Meta, Rule, Scope, Severity, Words};
use crate::words::{blank_note, sum, terms};
use crate::{Context, Finding, Lang};

/// 表三勾稽关系不平 · Requests balance.
pub(crate) struct RequestsBalance;

impl Rule for RequestsBalance {
    const META: Meta = Meta {
        name: "requests-balance",
        severity: Severity::Error,
        scope: Scope::Current,
        unread: false,
        title_zh: "表三勾稽关系不平",
        what_zh: "表三每一列：一、本年新收 + 二、上年结转 = （七）总计 + 四、结转下年度继续办理（模板印明的勾稽关系）。",
        why_zh: "收到的申请要么办结，要么结转下年，两边必须相等。",
        fix_zh: "逐项核对这一列的四个数字，改正填错的那一个。",
        title_en: "Requests balance",
        what_en: "Per column of table 3: received + carried over = outcome total + carried forward.",
        why_en: "Every request is either handled or carried forward.",
        fix_en: "Check the four numbers of the column and correct the wrong one.",
    };

    fn check(cx: &Context<'_>, found: &mut Found<'_>) {
        super::check(cx, found, IdentityKind::RequestsBalance, |left, right, blanks_as_zero| {
            Facts::Balance { left: left.values, right: right.values, blanks_as_zero }
        });
    }

    fn words(finding: &Finding, names: &Names, lang: Lang) -> Words {
        if let Facts::BlankLine { .. } = finding.facts {
            return super::blank_line_words(finding, names, lang, ("勾稽关系", "column balance"));
        }
        let Facts::Balance { left, right, blanks_as_zero } = &finding.facts else {
            return Words::default();
        };
        let (l, r) = (sum(left), sum(right));
        let diff = (l - r).abs();
        let note = blank_note(*blanks_as_zero, lang);
        let column = names.column_in(finding.cells.first(), lang);
        let (left, right) = (terms(left, lang), terms(right, lang));
        Words::with(
            lang.pick(
                format!("表三「{column}」列勾稽关系不平：一、本年新收 + 二、上年结转 ≠ （七）总计 + 四、结转下年度"),
                format!("Table 3, column “{column}”: received + carried over ≠ total handled + carried forward"),
            ),
            lang.pick(
                format!("{left} = {l} ≠ {right} = {r}，差 {diff}{note}"),
                format!("{left} = {l} ≠ {right} = {r}, off by {diff}{note}"),
            ),
        )
    }
}
