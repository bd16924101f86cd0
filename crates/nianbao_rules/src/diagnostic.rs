use nianbao_document::{CellRef, Location, TableId};
use serde::Serialize;

use crate::registry::Code;
use crate::rule::Severity;
use crate::suspect::Suspect;

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
    /// Where, in words a person uses with the document open: 第 2 个表格第 10 行第 3 格.
    pub place: String,
    /// The visible text at that place.
    pub excerpt: Option<String>,
    /// The one cell that explains the broken sums of its table (then first in `cells`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suspect: Option<Suspect>,
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

impl Lang {
    /// `"en"` is English; anything else Chinese.
    #[must_use]
    pub fn parse(text: &str) -> Self {
        if text.eq_ignore_ascii_case("en") {
            Self::En
        } else {
            Self::Zh
        }
    }

    /// Picks the phrase of this language.
    #[must_use]
    pub fn pick<T>(self, zh: T, en: T) -> T {
        match self {
            Self::Zh => zh,
            Self::En => en,
        }
    }
}
