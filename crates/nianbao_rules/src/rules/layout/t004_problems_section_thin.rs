//! T004 `problems-section-thin`: section 五 (存在的主要问题及改进情况) is empty, says only
//! "无", or is a single sentence.

use nianbao_document::Format;
use nianbao_tables::claims::sentences;

use crate::finding::{Draft, Facts};
use crate::names::Names;
use crate::rule::{Found, Meta, Rule, Scope, Severity, Words};
use crate::{Context, Finding, Lang};

/// 第五部分内容过简 · Problems section too thin.
pub(crate) struct ProblemsSectionThin;

/// What a section says when it says nothing.
const NOTHING: &[&str] =
    &["无", "无。", "暂无", "暂无。", "没有", "没有。", "无问题", "不涉及", "不涉及。"];

impl Rule for ProblemsSectionThin {
    const META: Meta = Meta {
        name: "problems-section-thin",
        severity: Severity::Warning,
        scope: Scope::Current,
        unread: false,
        title_zh: "第五部分内容过简",
        what_zh: "“五、存在的主要问题及改进情况”没有内容（只有模板的“（文字描述）”）、只写“无”，或只有一句话。",
        why_zh: "格式要求如实说明工作中存在的主要问题和改进措施；这一部分空着或一句带过，是上级通报中常见的扣分项。",
        fix_zh: "写明本年度工作中存在的主要问题，以及针对每个问题的改进措施和上一年问题的整改情况。",
        title_en: "Problems section too thin",
        what_en: "Section 五 (problems and improvements) is empty, says only 无, or is one sentence.",
        why_en: "The format asks for the year's main problems and what is done about them; an empty section is a common criticism in supervisors' reviews.",
        fix_en: "State the year's main problems, the improvements planned and how last year's were addressed.",
    };

    fn check(cx: &Context<'_>, found: &mut Found<'_>) {
        // A workbook holds its words in cells: its sections have no paragraphs to judge.
        if cx.format == Format::Xlsx {
            return;
        }
        let Some(section) = cx.extraction.sections.iter().find(|s| s.number == 5) else { return };
        // The template's own note `（文字描述）` is no content.
        let said: Vec<String> = sentences(cx.extraction)
            .into_iter()
            .filter(|s| s.section == 5 && !s.key.starts_with("(文字描述"))
            .map(|s| s.key)
            .collect();
        let empty = said.iter().all(|s| NOTHING.contains(&s.as_str()));
        if empty || said.len() == 1 {
            let facts =
                Facts::Section { number: 5, found: said.first().cloned().filter(|_| !empty) };
            found.add(Draft::new(section.location, facts));
        }
    }

    fn words(finding: &Finding, _: &Names, lang: Lang) -> Words {
        let Facts::Section { found, .. } = &finding.facts else { return Words::default() };
        Words::message(match found {
            None => lang.pick(
                "第五部分“存在的主要问题及改进情况”没有实际内容".to_owned(),
                "Section 五 (problems and improvements) says nothing".to_owned(),
            ),
            Some(sentence) => lang.pick(
                format!("第五部分“存在的主要问题及改进情况”只有一句话：「{sentence}」"),
                format!("Section 五 (problems and improvements) is one sentence: 「{sentence}」"),
            ),
        })
    }
}
