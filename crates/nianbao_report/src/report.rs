use nianbao_document::{Code, Format};
use nianbao_rules::Diagnostic;
use nianbao_tables::{EditionFound, StandardTables};
use serde::Serialize;

use crate::tables_json::TablesJson;

/// The `nianbao.report/1` report of one file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Report {
    /// Always `nianbao.report/1`.
    pub schema: &'static str,
    /// The file.
    pub source: Source,
    /// Title, year, edition.
    pub report: ReportInfo,
    /// 表二/表三/表四 by canonical key.
    #[serde(serialize_with = "TablesJson::serialize")]
    pub tables: StandardTables,
    /// Every problem, sorted by location then code.
    pub diagnostics: Vec<Diagnostic>,
    /// Counts and the verdict.
    pub summary: Summary,
}

/// The file checked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Source {
    /// File name as given.
    pub name: String,
    /// Format recognised.
    pub format: Format,
    /// Size in bytes.
    pub bytes: usize,
}

/// What the report says about itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReportInfo {
    /// The title line.
    pub title: Option<String>,
    /// The report year.
    pub year: Option<i32>,
    /// `"2019"`, `"2021"`, `"pre-2019"` or null.
    pub edition: Option<&'static str>,
}

impl ReportInfo {
    /// Nothing known (the file could not be read).
    #[must_use]
    pub fn unknown() -> Self {
        Self { title: None, year: None, edition: None }
    }
}

impl From<&nianbao_tables::ReportInfo> for ReportInfo {
    fn from(info: &nianbao_tables::ReportInfo) -> Self {
        Self {
            title: info.title.clone(),
            year: info.year,
            edition: info.edition.map(|e| match e {
                EditionFound::Current(e) => e.as_str(),
                EditionFound::Pre2019 => "pre-2019",
            }),
        }
    }
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

/// `pass` (no errors), `fail` (errors), `unreadable` (nothing could be read).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    /// No errors.
    Pass,
    /// Errors.
    Fail,
    /// Nothing could be read.
    Unreadable,
}

impl Report {
    /// The codes of the diagnostics, in order (handy in tests and summaries).
    #[must_use]
    pub fn codes(&self) -> Vec<&'static str> {
        self.diagnostics.iter().map(|d| d.code.as_str()).collect()
    }

    /// Whether a file-level problem (F-code) was found: the CLI exits 2.
    #[must_use]
    pub fn unreadable_file(&self) -> bool {
        self.diagnostics.iter().any(|d| matches!(d.code, Code::F001 | Code::F002 | Code::F003))
    }
}
