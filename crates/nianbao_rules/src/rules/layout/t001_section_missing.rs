//! T001 `section-missing`: one of the six sections is absent.

use nianbao_document::Location;
use nianbao_tables::SECTION_TITLES;

use crate::finding::{Draft, Facts};
use crate::names::Names;
use crate::rule::{Found, Meta, Rule, Scope, Severity, Words};
use crate::{Context, Finding, Lang};

/// 缺少章节 · Section missing.
pub(crate) struct SectionMissing;

impl Rule for SectionMissing {
    const META: Meta = Meta {
        name: "section-missing",
        severity: Severity::Warning,
        scope: Scope::Current,
        unread: false,
        title_zh: "缺少章节",
        what_zh: "年报格式规定的六个部分（一、总体情况……六、其他需要报告的事项）中缺少某一部分。",
        why_zh: "年报格式要求六部分齐全，“不能遗漏”。",
        fix_zh: "按模板补上缺少的章节标题和内容；没有内容的写“无”。",
        title_en: "Section missing",
        what_en: "One of the six sections the format prescribes is absent.",
        why_en: "The format requires all six sections.",
        fix_en: "Add the missing section; write 无 when there is nothing to report.",
    };

    fn check(cx: &Context<'_>, found: &mut Found<'_>) {
        let sections = &cx.extraction.sections;
        for number in 1..=6_u8 {
            if !sections.iter().any(|s| s.number == number) {
                found.add(Draft::new(Location::default(), Facts::Section { number, found: None }));
            }
        }
    }

    fn words(finding: &Finding, _: &Names, lang: Lang) -> Words {
        let Facts::Section { number, .. } = finding.facts else { return Words::default() };
        let official =
            SECTION_TITLES.get(usize::from(number).saturating_sub(1)).copied().unwrap_or_default();
        Words::message(lang.pick(
            format!("缺少第{number}部分「{official}」"),
            format!("Section {number} ({official}) is missing"),
        ))
    }
}
