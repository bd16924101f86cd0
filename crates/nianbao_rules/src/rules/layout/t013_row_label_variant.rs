//! T013 `row-label-variant`: a row label worded differently from the template but matched.

use crate::finding::{Draft, Facts};
use crate::names::Names;
use crate::rule::{Found, Meta, Rule, Scope, Severity, Words};
use crate::{Context, Finding, Lang};

/// 行标题与模板不同 · Row label variant.
pub(crate) struct RowLabelVariant;

impl Rule for RowLabelVariant {
    const META: Meta = Meta {
        name: "row-label-variant",
        severity: Severity::Info,
        scope: Scope::Current,
        unread: false,
        title_zh: "行标题与模板不同",
        what_zh: "行标题的措辞与模板不同（错字、漏字），已按位置和相似度对应到模板行。",
        why_zh: "标题有误容易让读者误解，也可能是模板被改动。",
        fix_zh: "按模板原文改正行标题。",
        title_en: "Row label variant",
        what_en: "A row label differs from the template (typo, dropped character) but was matched.",
        why_en: "Wrong labels mislead readers.",
        fix_en: "Use the template's wording.",
    };

    fn check(cx: &Context<'_>, found: &mut Found<'_>) {
        for (_, table) in super::super::tables(cx) {
            for variant in &table.label_variants {
                let facts = Facts::Label {
                    found: variant.found.clone(),
                    expected: variant.expected.clone(),
                };
                found.add(Draft::new(variant.location, facts).cells(variant.cells.clone()));
            }
        }
    }

    fn words(finding: &Finding, _: &Names, lang: Lang) -> Words {
        let Facts::Label { found, expected } = &finding.facts else { return Words::default() };
        Words::message(lang.pick(
            format!("行标题「{found}」与模板「{expected}」不同，已按模板行核对"),
            format!("Row label \"{found}\" differs from the template's \"{expected}\"; matched"),
        ))
    }
}
