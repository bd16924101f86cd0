use nianbao_document::Format;
use nianbao_rules::{Context, Diagnostic, Finding, Lang, Severity};
use nianbao_tables::{Edition, EditionFound, StandardTables};
use serde::{Deserialize, Serialize};

use crate::tables_json::{ExtraRowJson, TablesJson};

/// The `nianbao.report/1` report of one file.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    /// Always `nianbao.report/1`.
    pub schema: &'static str,
    /// The file.
    pub source: Source,
    /// Title, unit, year, edition.
    pub report: ReportInfo,
    /// 表二/表三/表四 by canonical key.
    #[serde(serialize_with = "TablesJson::serialize")]
    pub tables: StandardTables,
    /// Rows the report has that the template lacks, drawn by the page where they stand.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub extra_rows: Vec<ExtraRowJson>,
    /// Every problem in words, sorted by location then code.
    pub diagnostics: Vec<Diagnostic>,
    /// Counts and the verdict.
    pub summary: Summary,
    /// The same problems as facts, in the same order: what [`Report::reworded`] and the
    /// page's language switch word again.
    pub findings: Vec<Finding>,
    /// The reports this one was compared with: the same unit's report of the year before
    /// (by source name), whose numbers the X1xx diagnostics hold this one's against.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub compared_with: Vec<String>,
}

/// The file checked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    /// File name as given.
    pub name: String,
    /// Format recognised.
    pub format: Format,
    /// Size in bytes.
    pub bytes: usize,
}

/// What the report says about itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportInfo {
    /// The title line.
    pub title: Option<String>,
    /// The issuing unit (单位名称), from the title or else the file name.
    pub unit: Option<String>,
    /// The report year.
    pub year: Option<i32>,
    /// `"2019"`, `"2021"`, `"pre-2019"` or null.
    pub edition: Option<String>,
}

/// Counts by severity and the verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Summary {
    /// Errors.
    pub errors: usize,
    /// Warnings.
    pub warnings: usize,
    /// Infos.
    pub infos: usize,
    /// The verdict.
    pub verdict: Verdict,
}

/// `pass` (no errors, every table read and checked), `fail` (errors), `incomplete` (no error
/// but rows nobody could read: the copy or conversion lost what decides them), `unchecked`
/// (an old, pre-2019 report: read, but its sections and tables are not checked),
/// `unreadable` (nothing could be read).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    /// No errors.
    Pass,
    /// Errors.
    Fail,
    /// No error found, but rows could not be read (only errors of rules whose `unread`
    /// is set): neither pass, since not every table was checked, nor fail, since what is
    /// wrong may be the copy and not the report.
    Incomplete,
    /// An old-format report (T031): neither pass nor fail, since nothing was checked.
    Unchecked,
    /// Nothing could be read.
    Unreadable,
}

impl Summary {
    /// Counts the diagnostics; the verdict follows from the errors and whether anything
    /// could be read.
    fn of(diagnostics: &[Diagnostic], readable: bool, pre_2019: bool) -> Self {
        let count = |s: Severity| diagnostics.iter().filter(|d| d.severity == s).count();
        let errors = count(Severity::Error);
        let verdict = match (readable, errors) {
            (false, _) => Verdict::Unreadable,
            // Only T031 is said of an old report: a unit is not failed for a form it never
            // had to follow, nor passed on tables nobody checked.
            (true, _) if pre_2019 => Verdict::Unchecked,
            (true, 0) => Verdict::Pass,
            (true, _)
                if diagnostics
                    .iter()
                    .filter(|d| d.severity == Severity::Error)
                    .all(|d| d.code.meta().unread) =>
            {
                Verdict::Incomplete
            }
            (true, _) => Verdict::Fail,
        };
        Self { errors, warnings: count(Severity::Warning), infos: count(Severity::Info), verdict }
    }
}

impl Report {
    /// The report of one checked document: `findings` in words, counted. The tables are
    /// added with [`Report::with_tables`], so they are moved rather than copied.
    #[must_use]
    pub fn new(cx: &Context<'_>, bytes: usize, findings: Vec<Finding>, lang: Lang) -> Self {
        let readable = cx.readable();
        let info = &cx.extraction.info;
        let report = if readable {
            ReportInfo {
                title: info.title.clone(),
                unit: info.unit.clone().or_else(|| nianbao_tables::unit_of(cx.name)),
                year: info.year,
                edition: info.edition.map(|e| match e {
                    EditionFound::Current(e) => e.as_str().to_owned(),
                    EditionFound::Pre2019 => "pre-2019".to_owned(),
                }),
            }
        } else {
            ReportInfo { title: None, unit: None, year: None, edition: None }
        };
        let diagnostics = nianbao_rules::render(&findings, cx.edition(), cx.format, lang);
        Self {
            schema: "nianbao.report/1",
            source: Source { name: cx.name.to_owned(), format: cx.format, bytes },
            report,
            tables: StandardTables::default(),
            extra_rows: Vec::new(),
            summary: Summary::of(&diagnostics, readable, cx.pre_2019()),
            diagnostics,
            findings,
            compared_with: Vec::new(),
        }
    }

    /// The report with what comparing it with `last`, the same unit's report of the year
    /// before, found ([`nianbao_rules::check_pair`]): findings added in order, worded in
    /// `lang`, counted again.
    #[must_use]
    pub fn with_pair_findings(mut self, last: &str, findings: Vec<Finding>, lang: Lang) -> Self {
        self.compared_with.push(last.to_owned());
        self.findings.extend(findings);
        self.findings.sort_by_key(|f| (f.location, f.code));
        self.diagnostics =
            reword(&self.findings, self.report.edition.as_deref(), self.source.format, lang);
        let readable = self.summary.verdict != Verdict::Unreadable;
        let pre_2019 = self.summary.verdict == Verdict::Unchecked;
        self.summary = Summary::of(&self.diagnostics, readable, pre_2019);
        self
    }

    /// The report with its tables, when anything could be read.
    #[must_use]
    pub fn with_tables(mut self, tables: StandardTables) -> Self {
        if self.summary.verdict != Verdict::Unreadable {
            self.extra_rows = ExtraRowJson::all(&tables);
            self.tables = tables;
        }
        self
    }

    /// The same report in another language: the findings worded again, nothing re-checked.
    #[must_use]
    pub fn reworded(mut self, lang: Lang) -> Self {
        self.diagnostics =
            reword(&self.findings, self.report.edition.as_deref(), self.source.format, lang);
        self
    }

    /// The codes of the diagnostics, in order (handy in tests and summaries).
    #[must_use]
    pub fn codes(&self) -> Vec<&'static str> {
        self.diagnostics.iter().map(|d| d.code.as_str()).collect()
    }

    /// Whether a file-level problem (F-code) was found: the CLI exits 2.
    #[must_use]
    pub fn unreadable_file(&self) -> bool {
        self.diagnostics.iter().any(|d| d.code.as_str().starts_with('F'))
    }
}

/// Findings of a report in words, given the report's edition (`"2019"`, `"2021"`, …) and
/// format: what the page calls to switch language.
#[must_use]
pub fn reword(
    findings: &[Finding],
    edition: Option<&str>,
    format: Format,
    lang: Lang,
) -> Vec<Diagnostic> {
    nianbao_rules::render(findings, edition.and_then(Edition::parse), format, lang)
}

/// What the page sends back to be worded again: the parts of a report JSON that carry the
/// findings and what their words depend on. Other fields are ignored.
#[derive(Debug, Clone, Deserialize)]
pub struct Rewordable {
    /// The source (its format says how places are named).
    pub source: Source,
    /// The report info (its edition picks the labels).
    pub report: ReportInfo,
    /// The findings.
    pub findings: Vec<Finding>,
}

impl Rewordable {
    /// The diagnostics in `lang`.
    #[must_use]
    pub fn diagnostics(&self, lang: Lang) -> Vec<Diagnostic> {
        reword(&self.findings, self.report.edition.as_deref(), self.source.format, lang)
    }
}
