//! Reports checked together: each report kept with what the checks across reports need
//! ([`Kept`]), one unit's consecutive years paired and compared ([`check_set`]), or two
//! reports compared as the caller pairs them ([`compare`]). Input: files' bytes; output: the
//! reports with the X1xx diagnostics added to this year's, and the pairs made.

use nianbao_document::{Document, Format, FormatProblem};
use nianbao_rules::{Context, Pair};

use crate::{read, Extraction, Lang, Report};

/// The empty document the set checks see: they read the extraction only, and a kept report
/// does not hold on to its whole document.
static NO_DOCUMENT: Document = Document { blocks: Vec::new() };

/// A checked report with its extraction, ready to be compared with others.
#[derive(Debug, Clone)]
pub struct Kept {
    /// The report.
    pub report: Report,
    extraction: Extraction,
    format: Format,
    /// Empty when anything could be read: with [`NO_DOCUMENT`] that tells the rules whether
    /// the report was readable, as the whole document would.
    problems: Vec<FormatProblem>,
}

impl Kept {
    fn context(&self) -> Context<'_> {
        Context {
            name: &self.report.source.name,
            format: self.format,
            document: &NO_DOCUMENT,
            problems: &self.problems,
            extraction: &self.extraction,
        }
    }
}

/// Checks one file as [`crate::check`] does, keeping what comparing it needs.
#[must_use]
pub fn check_kept(bytes: &[u8], name: &str, lang: Lang) -> Kept {
    let extracted = read(bytes, name);
    let extraction = crate::extract(&extracted.document);
    // The report serializes the tables, the comparisons read them: one copy each.
    let report = crate::checked(&extracted, &extraction, bytes.len(), name, lang)
        .with_tables(extraction.tables.clone());
    let readable = report.summary.verdict != crate::Verdict::Unreadable;
    let problems = if readable { Vec::new() } else { extracted.problems };
    Kept { report, extraction, format: extracted.format, problems }
}

/// Pairs one unit's consecutive years among `reports` (by the unit and year each names) and
/// adds what comparing each pair finds to this year's report. Returns the pairs, by position.
pub fn check_set(reports: &mut [Kept], lang: Lang) -> Vec<Pair> {
    let contexts: Vec<Context<'_>> = reports.iter().map(Kept::context).collect();
    let found = nianbao_rules::check_set(&contexts);
    drop(contexts);
    let mut pairs = Vec::with_capacity(found.len());
    for pair_findings in found {
        let pair = pair_findings.pair;
        let last = reports.get(pair.last).map(|k| k.report.source.name.clone());
        if let (Some(last), Some(this)) = (last, reports.get_mut(pair.this)) {
            this.report =
                this.report.clone().with_pair_findings(&last, pair_findings.findings, lang);
            pairs.push(pair);
        }
    }
    pairs
}

/// `this` year's report compared with `last` year's, as the caller pairs them (whatever
/// their units and years say): `this`'s report with the X1xx diagnostics added.
#[must_use]
pub fn compare(last: &Kept, this: Kept, lang: Lang) -> Report {
    let findings = nianbao_rules::check_pair(&last.context(), &this.context());
    this.report.with_pair_findings(&last.report.source.name, findings, lang)
}
