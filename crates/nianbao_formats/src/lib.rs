//! # nianbao_formats — stage 1: bytes → [`Document`]
//!
//! Input: the bytes of one file and its name (a hint only). Output: an [`Extracted`] — the
//! paragraphs and tables the file holds, each with its source [`Location`], plus F-findings
//! for what could not be read. Readers never panic and never fail: a broken file gives an
//! empty or partial document and a finding that says why.
//!
//! Formats: plain text as copied from portal pages (UTF-8, UTF-16 with BOM, GB18030/GBK),
//! Markdown pipe tables, HTML pages (any charset in `<meta>`), Word (.docx) and Excel
//! (.xlsx) packages. Legacy Office binaries, PDFs, images and other containers are
//! recognised and refused with a clear finding.
//!
//! [`Location`]: nianbao_document::Location
#![warn(clippy::disallowed_methods)]

mod budget;
mod docx;
mod docx_numbering;
mod encoding;
mod html;
mod html_table;
mod limits;
mod ooxml;
mod sniff;
mod txt;
mod xlsx;

use nianbao_document::{Code, Detail, Document, Finding, Format, FormatProblem, Location};

use self::budget::Budget;

pub use self::limits::MAX_INPUT_BYTES;

/// What a reader made of one file.
#[derive(Debug, Clone, PartialEq)]
pub struct Extracted {
    /// The format recognised.
    pub format: Format,
    /// Paragraphs and tables (empty when nothing could be read).
    pub document: Document,
    /// F-findings: why (part of) the file could not be read.
    pub findings: Vec<Finding>,
}

/// Reads one file. `name` is only a hint (its extension); the bytes decide.
#[must_use]
pub fn read(bytes: &[u8], name: &str) -> Extracted {
    if bytes.is_empty() {
        return refuse(Format::Unknown, Code::F003, FormatProblem::Empty);
    }
    let size = u64::try_from(bytes.len()).unwrap_or(u64::MAX);
    if size > MAX_INPUT_BYTES {
        let problem = FormatProblem::TooLarge { bytes: size, limit: MAX_INPUT_BYTES };
        return refuse(sniff::by_name(name), Code::F003, problem);
    }
    if let Some((format, code, problem)) = sniff::refusal(bytes, name) {
        return refuse(format, code, problem);
    }
    if sniff::is_zip(bytes) {
        return read_package(bytes, name);
    }
    let Some(text) = encoding::decode(bytes) else {
        return refuse(sniff::by_name(name), Code::F003, FormatProblem::Binary);
    };
    let mut budget = Budget::default();
    let (format, read) = if sniff::is_html(name, &text) {
        (Format::Html, html::read(&text, &mut budget))
    } else {
        (Format::Txt, txt::read(&text, &mut budget))
    };
    read.unwrap_or_else(|problem| refuse(format, Code::F003, problem))
}

/// Word and Excel packages, told apart by their parts rather than their names.
fn read_package(bytes: &[u8], name: &str) -> Extracted {
    let mut package = match ooxml::Package::open(bytes) {
        Ok(package) => package,
        Err(problem) => return refuse(sniff::by_name(name), Code::F003, problem),
    };
    let mut budget = Budget::default();
    let (format, outcome) = if package.has("word/document.xml") {
        (Format::Docx, docx::read(&mut package, &mut budget))
    } else if package.has("xl/workbook.xml") {
        (Format::Xlsx, xlsx::read(&mut package, &mut budget))
    } else {
        return refuse(sniff::by_name(name), Code::F001, FormatProblem::Zip);
    };
    match outcome {
        Ok(document) => Extracted { format, document, findings: Vec::new() },
        Err(problem) => refuse(format, Code::F003, problem),
    }
}

/// Nothing read, and the one finding that says why.
fn refuse(format: Format, code: Code, problem: FormatProblem) -> Extracted {
    Extracted {
        format,
        document: Document::default(),
        findings: vec![Finding::new(code, Location::default(), Detail::Format(problem))],
    }
}
