//! T024 `row-unresolved`: a row whose numbers cannot be placed in its columns.

use crate::finding::Facts;
use crate::names;
use crate::names::Names;
use crate::rule::{Found, Meta, Rule, Scope, Severity, Words};
use crate::words::counted;
use crate::{Context, Finding, Lang};

/// 无法确定数字所在的列 · Row unresolved.
pub(crate) struct RowUnresolved;

impl Rule for RowUnresolved {
    const META: Meta = Meta {
        name: "row-unresolved",
        severity: Severity::Error,
        scope: Scope::Current,
        unread: true,
        title_zh: "无法确定数字所在的列",
        what_zh: "这一行的数字个数与列数不符，且无法根据勾稽关系唯一确定每个数字的位置。",
        why_zh: "无法确定数字的含义，这一行不参与核对。",
        fix_zh: "对照原件核对这一行：原件中空着的格子写上数字，没有数据的写 0；原件完整的，是复制或转换时丢了格子，请直接检查原件（Word、Excel 或网页）。",
        title_en: "Row unresolved",
        what_en: "The row's numbers do not match the columns and cannot be placed uniquely.",
        why_en: "Their meaning is unknown, so the row is not checked.",
        fix_en: "Compare the row with the original: write a number in every empty cell, 0 where there is no data; if the original is complete, copying or conversion lost cells, so check the original (Word, Excel or web page).",
    };

    fn check(cx: &Context<'_>, found: &mut Found<'_>) {
        super::lossy(cx, found, false);
    }

    fn words(finding: &Finding, _: &Names, lang: Lang) -> Words {
        let Facts::Lossy { label, values, columns, placements } = &finding.facts else {
            return Words::default();
        };
        let table = names::table(finding.table(), lang);
        let k = values.len();
        let list = crate::words::list(values, lang);
        let ways = match placements {
            0 => lang.pick("没有".to_owned(), "none".to_owned()),
            n if *n >= 64 => lang.pick("很多种".to_owned(), "many".to_owned()),
            n => lang.pick(format!("{n} 种"), n.to_string()),
        };
        Words::with(
            lang.pick(
                format!("{table}「{label}」行有 {k} 个数字，应有 {columns} 列，无法确定每个数字所在的列"),
                format!("{table}, row “{label}” holds {} for {columns} columns; their columns cannot be determined", counted(k, "number")),
            ),
            lang.pick(format!("原文数字：{list}；满足勾稽关系的摆放：{ways}"), format!("numbers: {list}; consistent placements: {ways}")),
        )
    }
}
