//! T002 `section-title-variant`: a section title worded differently from the template.

use nianbao_tables::SECTION_TITLES;

use crate::finding::{Draft, Facts};
use crate::names::Names;
use crate::rule::{Found, Meta, Rule, Scope, Severity, Words};
use crate::{Context, Finding, Lang};

/// 章节标题与模板不同 · Section title variant.
pub(crate) struct SectionTitleVariant;

impl Rule for SectionTitleVariant {
    const META: Meta = Meta {
        name: "section-title-variant",
        severity: Severity::Info,
        scope: Scope::Current,
        unread: false,
        title_zh: "章节标题与模板不同",
        what_zh: "章节标题的措辞与模板不同。",
        why_zh: "统一的标题便于检索和比对。",
        fix_zh: "建议使用模板原文作为标题。",
        title_en: "Section title variant",
        what_en: "A section title is worded differently from the template.",
        why_en: "Uniform titles help search and comparison.",
        fix_en: "Use the template's wording.",
    };

    fn check(cx: &Context<'_>, found: &mut Found<'_>) {
        for section in cx.extraction.sections.iter().filter(|s| !s.official) {
            let facts =
                Facts::Section { number: section.number, found: Some(section.title.clone()) };
            found.add(Draft::new(section.location, facts));
        }
    }

    fn words(finding: &Finding, _: &Names, lang: Lang) -> Words {
        let Facts::Section { number, found } = &finding.facts else { return Words::default() };
        let official =
            SECTION_TITLES.get(usize::from(*number).saturating_sub(1)).copied().unwrap_or_default();
        let found = found.as_deref().unwrap_or_default();
        Words::message(lang.pick(
            format!("第{number}部分标题「{found}」与模板「{official}」不同"),
            format!("Section {number} is titled \"{found}\", the template says \"{official}\""),
        ))
    }
}
