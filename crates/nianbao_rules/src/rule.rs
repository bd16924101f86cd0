//! What a rule is: its documentation and metadata ([`Meta`]), its detection and its wording
//! (the [`Rule`] trait). Each rule implements it in a file of its own under `rules/`; the
//! registry (`registry.rs`) lists them.

use serde::Serialize;

use crate::context::Context;
use crate::finding::{Draft, Finding};
use crate::names::Names;
use crate::registry::Code;
use crate::Lang;

/// How much a problem matters. `Error` fails the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Worth knowing; nothing to fix.
    Info,
    /// Should be fixed; the report still passes.
    Warning,
    /// Must be fixed before publishing.
    Error,
}

/// Which reports a rule looks at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Every file, also one that could not be read (the F-rules).
    File,
    /// Every readable report, also one in the old pre-2019 format: only T031, which says
    /// that such a report is not checked.
    Readable,
    /// Readable reports in a current template edition: the old format is not checked.
    Current,
    /// Two reports of one unit, last year's and this year's, both in a current edition
    /// ([`crate::check_pair`]); never run on a report alone.
    Pair,
}

/// A rule's name, severity and documentation: what it checks, why it matters and how to fix
/// it, in Chinese and English. `docs/rules.md` and the page's rule help are made from these.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Meta {
    /// Kebab-case name.
    pub name: &'static str,
    /// Default severity.
    pub severity: Severity,
    /// Which reports it looks at.
    #[serde(skip)]
    pub scope: Scope,
    /// Whether its findings say that part of the tables could not be read (a copy,
    /// conversion or extraction lost what decides a row), rather than that the report is
    /// wrong: a report whose only errors are these is not fully checked, not failed.
    #[serde(skip)]
    pub unread: bool,
    /// Chinese title.
    pub title_zh: &'static str,
    /// What it checks (Chinese).
    pub what_zh: &'static str,
    /// Why it matters (Chinese).
    pub why_zh: &'static str,
    /// How to fix (Chinese).
    pub fix_zh: &'static str,
    /// English title.
    pub title_en: &'static str,
    /// What it checks.
    pub what_en: &'static str,
    /// Why it matters.
    pub why_en: &'static str,
    /// How to fix.
    pub fix_en: &'static str,
}

/// A finding in words: the one-line message and the arithmetic or text behind it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) struct Words {
    /// What is wrong.
    pub message: String,
    /// The numbers or text behind it.
    pub evidence: Option<String>,
}

impl Words {
    /// A message alone.
    pub(crate) fn message(message: String) -> Self {
        Self { message, evidence: None }
    }

    /// A message with its evidence.
    pub(crate) fn with(message: String, evidence: String) -> Self {
        Self { message, evidence: Some(evidence) }
    }
}

/// One rule: documentation, detection and wording in one place.
pub(crate) trait Rule {
    /// Name, severity, scope and documentation.
    const META: Meta;

    /// Adds this rule's findings about one report.
    fn check(cx: &Context<'_>, found: &mut Found<'_>);

    /// Adds this rule's findings about this year's report `this` against the same unit's
    /// report of the year before, `last`. Only rules of [`Scope::Pair`] have any.
    fn check_pair(last: &Context<'_>, this: &Context<'_>, found: &mut Found<'_>) {
        let _ = (last, this, found);
    }

    /// One of this rule's findings in words. `names` follow the report's edition.
    fn words(finding: &Finding, names: &Names, lang: Lang) -> Words;
}

/// Where a rule puts its findings; it stamps them with the rule's code, so detection never
/// names a code.
pub(crate) struct Found<'a> {
    code: Code,
    out: &'a mut Vec<Finding>,
}

impl<'a> Found<'a> {
    pub(crate) fn new(code: Code, out: &'a mut Vec<Finding>) -> Self {
        Self { code, out }
    }

    /// Adds one finding.
    pub(crate) fn add(&mut self, draft: Draft) {
        self.out.push(draft.finish(self.code));
    }
}
