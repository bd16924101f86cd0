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
mod pairing;
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
pub use self::names::{column_label, row_label};
pub use self::pairing::{pairs, unit_key, Pair};
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
            Scope::Pair => false,
        };
        if applies {
            registry::check_with(code, cx, &mut findings);
        }
    }
    excerpt::attach(&mut findings, cx.document);
    findings.sort_by_key(|f| (f.location, f.code));
    findings
}

/// Findings that need several reports at once: every pair of one unit's consecutive years
/// ([`pairs`]) checked with [`check_pair`]. Each pair is returned, with or without findings,
/// so a caller can show which reports were compared.
#[must_use]
pub fn check_set(reports: &[Context<'_>]) -> Vec<PairFindings> {
    let keys: Vec<(Option<String>, Option<i32>)> =
        reports.iter().map(|cx| (unit_key(cx), cx.extraction.info.year)).collect();
    pairs(&keys)
        .into_iter()
        .filter_map(|pair| {
            let (last, this) = (reports.get(pair.last)?, reports.get(pair.this)?);
            Some(PairFindings { pair, findings: check_pair(last, this) })
        })
        .collect()
}

/// Two reports compared, and what the comparison found about `pair.this`.
#[derive(Debug, Clone, PartialEq)]
pub struct PairFindings {
    /// Which reports of the set.
    pub pair: Pair,
    /// Findings about `this` (their cells name `last` through `CellRef::report`).
    pub findings: Vec<Finding>,
}

/// Findings about `this` year's report against the same unit's report of the year before,
/// `last` (the rules of [`Scope::Pair`]). Nothing when either is not in a current edition.
#[must_use]
pub fn check_pair(last: &Context<'_>, this: &Context<'_>) -> Vec<Finding> {
    let mut findings = Vec::new();
    if !(last.current() && this.current()) {
        return findings;
    }
    for &code in Code::ALL {
        if code.meta().scope == Scope::Pair {
            registry::check_pair_with(code, last, this, &mut findings);
        }
    }
    findings.sort_by_key(|f| (f.location, f.code));
    findings
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
