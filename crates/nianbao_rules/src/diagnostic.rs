use nianbao_document::{CellRef, Code, Location, Severity, TableId};
use serde::Serialize;

/// A finding in words: what the JSON contract calls a diagnostic.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// Stable code.
    pub code: Code,
    /// Kebab-case rule name.
    pub rule: &'static str,
    /// Severity.
    pub severity: Severity,
    /// What is wrong, in one line.
    pub message: String,
    /// What to do.
    pub help: String,
    /// The arithmetic or the text behind it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub evidence: Option<String>,
    /// Every cell involved, primary first.
    pub cells: Vec<CellRef>,
    /// The standard table concerned (also when no cell names it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub table: Option<TableId>,
    /// Where in the source.
    pub location: Location,
}

/// The language of messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    /// 中文.
    #[default]
    Zh,
    /// English.
    En,
}
