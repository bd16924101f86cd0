//! # nianbao_rules — stage 3: one report (or several) → findings → diagnostics
//!
//! Input: a [`Context`] — the document a reader made, the problems it met, and the
//! extraction (title, unit, year, edition, sections, 表二/三/四). Output: [`Finding`]s, facts
//! without words ([`check`], [`check_set`]), and at the very end [`Diagnostic`]s, the same
//! findings in Chinese or English ([`render`]), so a page can switch language without
//! checking again.
//!
//! Every rule lives in one file under `rules/<group>/<code>_<name>.rs`: its documentation
//! (what / why / how to fix, zh and en), metadata, detection and wording. `registry.rs`
//! lists them, one line each.
#![warn(clippy::disallowed_methods)]

mod blank_lines;
mod context;
mod diagnostic;
mod docs;
mod excerpt;
mod finding;
mod names;
mod names_en;
mod place;
mod registry;
mod rule;
mod rules;
mod suspect;
mod words;

use nianbao_document::Format;
use nianbao_tables::Edition;

pub use self::context::Context;
pub use self::diagnostic::{Diagnostic, Lang};
pub use self::docs::markdown;
pub use self::finding::{Facts, Finding};
pub use self::registry::{Code, RuleDoc, RULES};
pub use self::rule::{Meta, Scope, Severity};
pub use self::suspect::Suspect;

use self::names::Names;

/// Every finding about one report, sorted by location then code, each with the visible
/// text at its place.
#[must_use]
pub fn check(cx: &Context<'_>) -> Vec<Finding> {
    let mut findings = Vec::new();
    for &code in Code::ALL {
        let applies = match code.meta().scope {
            Scope::File => true,
            Scope::Readable => cx.readable(),
            Scope::Current => cx.current(),
        };
        if applies {
            registry::check_with(code, cx, &mut findings);
        }
    }
    excerpt::attach(&mut findings, cx.document);
    findings.sort_by_key(|f| (f.location, f.code));
    findings
}

/// Findings that need several reports at once (a unit's two years, a parent and its
/// children). No rule of this kind exists yet; their findings name the other report's
/// cells through `CellRef::report`.
#[must_use]
pub fn check_set(reports: &[Context<'_>]) -> Vec<Finding> {
    let _ = reports;
    Vec::new()
}

/// The findings in words, in their order. `edition` picks the row labels; `format` how
/// places are said.
#[must_use]
pub fn render(
    findings: &[Finding],
    edition: Option<Edition>,
    format: Format,
    lang: Lang,
) -> Vec<Diagnostic> {
    let names = Names::new(edition);
    findings
        .iter()
        .map(|finding| {
            let meta = finding.code.meta();
            let mut words = registry::words(finding, &names, lang);
            if let Some(suspect) = &finding.suspect {
                words.message.push_str(&words::suspect(suspect, &names, lang));
            }
            Diagnostic {
                code: finding.code,
                rule: meta.name,
                severity: meta.severity,
                message: words.message,
                help: lang.pick(meta.fix_zh, meta.fix_en).to_owned(),
                evidence: words.evidence,
                cells: finding.cells.clone(),
                table: finding.table(),
                location: finding.location,
                place: place::describe(&finding.location, finding.table(), format, lang),
                excerpt: finding.excerpt.clone(),
                suspect: finding.suspect.clone(),
            }
        })
        .collect()
}
