//! T003 `section-order`: the six sections out of order, or numbered otherwise than 一 to 六
//! with one numbering system (`五、` after `四.`, `六、` on the fifth section).

use nianbao_tables::SECTION_TITLES;

use crate::finding::{Draft, Facts};
use crate::names::Names;
use crate::rule::{Found, Meta, Rule, Scope, Severity, Words};
use crate::{Context, Finding, Lang};

/// 章节顺序或编号不规范 · Section order or numbering.
pub(crate) struct SectionOrder;

const NUMERALS: [char; 10] = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

impl Rule for SectionOrder {
    const META: Meta = Meta {
        name: "section-order",
        severity: Severity::Warning,
        scope: Scope::Current,
        unread: false,
        title_zh: "章节顺序或编号不规范",
        what_zh: "六个部分没有按“一、总体情况”到“六、其他需要报告的事项”的顺序排列，或者编号与模板不一致（如第五部分编成“六、”，或有的用“、”有的用“.”）。",
        why_zh: "年报格式规定了六部分的顺序和编号，统一的结构便于公众查找和上级汇总比对。",
        fix_zh: "按模板顺序排列六个部分，依次编号为“一、”至“六、”；本单位需要增加的内容放在第六部分。",
        title_en: "Section order or numbering",
        what_en: "The six sections are out of the template's order, or numbered otherwise than 一、 to 六、 with one numbering style.",
        why_en: "The format fixes the sections' order and numbering so readers and supervisors find things in the same place.",
        fix_en: "Put the six sections in the template's order, numbered 一、 to 六、; add the unit's own matters under section 六.",
    };

    fn check(cx: &Context<'_>, found: &mut Found<'_>) {
        let sections = &cx.extraction.sections;
        let mut highest = 0_u8;
        let first_separator = sections.iter().find_map(|s| s.numbered.map(|n| n.1));
        for section in sections {
            let title = Some(section.title.clone());
            if section.number < highest {
                found.add(Draft::new(
                    section.location,
                    Facts::Section { number: section.number, found: title },
                ));
                continue;
            }
            highest = section.number;
            let expected = NUMERALS.get(usize::from(section.number).saturating_sub(1)).copied();
            let Some((numeral, separator)) = section.numbered else { continue };
            let numeral_char = NUMERALS.get(usize::from(numeral).saturating_sub(1)).copied();
            if Some(numeral) != Some(section.number) || first_separator != Some(separator) {
                let expected = format!("{}、", expected.unwrap_or('?'));
                let written = format!("{}{separator}", numeral_char.unwrap_or('?'));
                found.add(Draft::new(section.location, Facts::Label { found: written, expected }));
            }
        }
    }

    fn words(finding: &Finding, _: &Names, lang: Lang) -> Words {
        match &finding.facts {
            Facts::Section { number, found } => {
                let official = SECTION_TITLES
                    .get(usize::from(*number).saturating_sub(1))
                    .copied()
                    .unwrap_or_default();
                let found = found.as_deref().unwrap_or_default();
                let template = if found == official {
                    String::new()
                } else {
                    lang.pick(format!("（模板「{official}」）"), format!(" (template: {official})"))
                };
                Words::message(lang.pick(
                    format!("第{number}部分「{found}」{template}排在后面的部分之后，顺序与模板不同"),
                    format!("Section {number} \"{found}\"{template} comes after a later section"),
                ))
            }
            Facts::Label { found, expected } => Words::message(lang.pick(
                format!("章节编号「{found}」应为「{expected}」（按模板顺序，全文用同一种编号）"),
                format!("Section numbered \"{found}\" should be \"{expected}\" (template order, one numbering style)"),
            )),
            _ => Words::default(),
        }
    }
}
