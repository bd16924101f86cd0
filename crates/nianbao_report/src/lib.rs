//! # nianbao_report — the pipeline and the `nianbao.report/1` contract
//!
//! [`check`] runs the stages in order and gathers what each found:
//!
//! 1. `nianbao_formats::read` — bytes → document (F-findings);
//! 2. `nianbao_tables::extract` — document → 表二/表三/表四, year, edition (T-findings);
//! 3. `nianbao_rules::check` — tables → R- and V-findings;
//! 4. `nianbao_rules::render` — every finding in words; sorted by location, then code.
//!
//! The [`Report`] serializes to the JSON contract of SPEC §6; [`render`] also writes it as
//! text for people and as CSV rows.
#![warn(clippy::disallowed_methods)]

mod forms;
pub mod render;
mod report;
mod tables_json;

pub use nianbao_rules::Lang;

pub use self::forms::{forms, Forms};
pub use self::report::{Report, ReportInfo, Source, Summary, Verdict};

use nianbao_document::{Code, Severity};

/// Checks one file. `name` is shown in the report and hints at the format.
#[must_use]
pub fn check(bytes: &[u8], name: &str, lang: Lang) -> Report {
    let extracted = nianbao_formats::read(bytes, name);
    let extraction = nianbao_tables::extract(&extracted.document);
    let mut findings = extracted.findings;
    let unreadable = findings.iter().any(|f| matches!(f.code, Code::F001 | Code::F002))
        || (findings.iter().any(|f| f.code == Code::F003) && extracted.document.blocks.is_empty());
    if !unreadable {
        findings.extend(extraction.findings);
        let edition = match extraction.info.edition {
            Some(nianbao_tables::EditionFound::Current(e)) => Some(e),
            _ => None,
        };
        findings.extend(nianbao_rules::check(&extraction.tables, edition));
    }
    let mut diagnostics: Vec<_> = findings.iter().map(|f| nianbao_rules::render(f, lang)).collect();
    diagnostics.sort_by_key(|d| (d.location, d.code));
    let count = |s: Severity| diagnostics.iter().filter(|d| d.severity == s).count();
    let errors = count(Severity::Error);
    let verdict = if unreadable {
        Verdict::Unreadable
    } else if errors > 0 {
        Verdict::Fail
    } else {
        Verdict::Pass
    };
    Report {
        schema: "nianbao.report/1",
        source: Source { name: name.to_owned(), format: extracted.format, bytes: bytes.len() },
        report: if unreadable { ReportInfo::unknown() } else { ReportInfo::from(&extraction.info) },
        tables: if unreadable { Default::default() } else { extraction.tables },
        summary: Summary {
            errors,
            warnings: count(Severity::Warning),
            infos: count(Severity::Info),
            verdict,
        },
        diagnostics,
    }
}

/// The largest input the readers accept; callers need not read more than one byte past it.
#[must_use]
pub fn max_input_bytes() -> u64 {
    nianbao_formats::MAX_INPUT_BYTES
}
