//! # nianbao_rules — stage 3: standard tables → findings → diagnostics
//!
//! Input: the [`nianbao_tables::Extraction`]'s tables and edition. Output: the R- and
//! V-findings ([`check`]), and every finding of every stage in words ([`render`]). The rule
//! catalogue ([`RULES`]) documents each rule once: code, name, severity, what / why / fix.
#![warn(clippy::disallowed_methods)]

mod arithmetic;
mod catalogue;
mod diagnostic;
mod docs;
mod message;
mod names;
mod values;

use nianbao_document::Finding;
use nianbao_tables::{Edition, StandardTables};

pub use self::catalogue::{rule, Rule, RULES};
pub use self::diagnostic::{Diagnostic, Lang};
pub use self::docs::markdown;
pub use self::message::render;

/// The R- and V-findings of the tables.
#[must_use]
pub fn check(tables: &StandardTables, edition: Option<Edition>) -> Vec<Finding> {
    let mut findings = arithmetic::findings(tables, edition);
    findings.extend(values::findings(tables));
    findings
}
