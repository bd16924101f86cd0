//! T027 `digits-undecided`: a row whose digits ran together (a crawler's copy) and cannot
//! be split into its columns one way only — the cells the possible splits disagree on are
//! left unread, never guessed.

use crate::finding::Facts;
use crate::names;
use crate::names::Names;
use crate::rule::{Found, Meta, Rule, Scope, Severity, Words};
use crate::{Context, Finding, Lang};

/// 连写的数字无法唯一拆分 · Digits undecided.
pub(crate) struct DigitsUndecided;

impl Rule for DigitsUndecided {
    const META: Meta = Meta {
        name: "digits-undecided",
        severity: Severity::Error,
        scope: Scope::Current,
        unread: true,
        title_zh: "连写的数字无法唯一拆分",
        what_zh: "这份文本的换行和单元格分隔都已丢失，一行的数字连成了一串，而模板的列和表格的勾稽关系允许不止一种拆法（或一种也不允许），无法确定每列的数字。",
        why_zh: "这一行的数字含义不确定，不参与核对；表二没有勾稽关系，多列的行往往只能这样处理。",
        fix_zh: "用原始文件（网页、Word 或 Excel）检查，或在文本中用 | 或换行把这一行的各列数字分开。",
        title_en: "Digits undecided",
        what_en: "The text lost its cell boundaries and a row's digits ran together; more than one split into the columns (or none) keeps the table's identities.",
        why_en: "The row's numbers are unknown, so it is not checked.",
        fix_en: "Check the original file, or separate the row's numbers with | or line breaks.",
    };

    fn check(cx: &Context<'_>, found: &mut Found<'_>) {
        super::glued(cx, found, false);
    }

    fn words(finding: &Finding, names: &Names, lang: Lang) -> Words {
        let Facts::Split { label, written, readings, count, exhausted } = &finding.facts else {
            return Words::default();
        };
        let table = names::table(finding.table(), lang);
        let written = crate::words::list(written, lang);
        let columns: Vec<String> =
            finding.cells.iter().map(|c| names.column_in(Some(c), lang)).collect();
        let columns = crate::words::list(&columns, lang);
        let shown: Vec<String> = readings.iter().map(|r| super::reading(r, lang)).collect();
        let shown = shown.join(lang.pick("；", "; "));
        let detail = match (exhausted, count) {
            (true, _) => lang.pick(
                "可能的拆法过多，未逐一核对".to_owned(),
                "too many possible splits to try".to_owned(),
            ),
            (false, 0) => lang.pick(
                "没有一种拆法满足表格的勾稽关系".to_owned(),
                "no split keeps the table's identities".to_owned(),
            ),
            (false, n) if *n >= 64 => lang.pick(
                format!("可能的读法很多，例如 {shown}"),
                format!("many possible readings, e.g. {shown}"),
            ),
            (false, n) => lang.pick(
                format!("可能的读法有 {n} 种，例如 {shown}"),
                format!("{n} possible readings, e.g. {shown}"),
            ),
        };
        Words::with(
            lang.pick(
                format!("{table}「{label}」行的数字连写为「{written}」，无法唯一拆分：{columns} 未能确定"),
                format!("Row \"{label}\" reads \"{written}\" with its digits run together; undecided: {columns}"),
            ),
            detail,
        )
    }
}
