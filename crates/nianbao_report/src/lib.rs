//! # nianbao_report — the pipeline and the `nianbao.report/1` contract
//!
//! Four stages, each callable on its own and all of them pure:
//!
//! 1. [`read`] — bytes → [`Extracted`]: the document and the problems the reader met;
//! 2. [`extract`] — document → [`Extraction`]: title, unit, year, edition, sections, 表二/三/四;
//! 3. [`nianbao_rules::check`] — a [`Context`] of both → findings (facts, no words);
//! 4. [`Report::new`] — the findings in words ([`nianbao_rules::render`]) and the contract.
//!
//! [`check`] runs them in order for one file. A [`Report`] keeps its findings, so
//! [`Report::reworded`] says it again in another language without checking again. The
//! report serializes to the JSON contract of SPEC §6; [`render`] also writes it as text for
//! people, and [`sheets`] a batch of reports as one workbook (汇总, 问题, 数值) or CSV.
//!
//! Reports checked together ([`check_kept`], [`check_set`]) are paired by unit and year and
//! compared across years (the X1xx rules); [`compare`] pairs two as the caller says.
#![warn(clippy::disallowed_methods)]

mod forms;
pub mod render;
mod report;
mod set;
pub mod sheets;
mod tables_json;

pub use nianbao_formats::{read, separate_reader, Extracted};
pub use nianbao_rules::{Context, Lang};
pub use nianbao_tables::{extract, Extraction};

pub use self::forms::{forms, Forms};
pub use self::report::{reword, Report, ReportInfo, Rewordable, Source, Summary, Verdict};
pub use self::set::{check_kept, check_set, compare, Kept};
pub use self::tables_json::ExtraRowJson;
pub use nianbao_rules::Pair;

/// Checks one file: read, extract, check, word. `name` is shown in the report and hints at
/// the format.
#[must_use]
pub fn check(bytes: &[u8], name: &str, lang: Lang) -> Report {
    let extracted = read(bytes, name);
    check_document(&extracted, bytes.len(), name, lang)
}

/// Checks a document some reader made (this crate's or another module's).
#[must_use]
pub fn check_document(extracted: &Extracted, bytes: usize, name: &str, lang: Lang) -> Report {
    let extraction = extract(&extracted.document);
    checked(extracted, &extraction, bytes, name, lang).with_tables(extraction.tables)
}

/// Stages 3 and 4 on a read and extracted document: the report, tables not yet added.
fn checked(
    extracted: &Extracted,
    extraction: &Extraction,
    bytes: usize,
    name: &str,
    lang: Lang,
) -> Report {
    let cx = Context {
        name,
        format: extracted.format,
        document: &extracted.document,
        problems: &extracted.problems,
        extraction,
    };
    Report::new(&cx, bytes, nianbao_rules::check(&cx), lang)
}

/// The largest input the readers accept; callers need not read more than one byte past it.
#[must_use]
pub fn max_input_bytes() -> u64 {
    nianbao_formats::MAX_INPUT_BYTES
}
