//! # nianbao_formats — stage 1: bytes → [`Document`]
//!
//! Input: the bytes of one file and its name (a hint only). Output: an [`Extracted`] — the
//! paragraphs and tables the file holds, each with its source [`Location`], plus the problems
//! met ([`FormatProblem`]). Readers never panic and never fail: a broken file gives an
//! empty or partial document and a problem that says why.
//!
//! Formats: plain text as copied from portal pages (UTF-8, UTF-16 with BOM, GB18030/GBK),
//! Markdown pipe tables, HTML pages (any charset in `<meta>`), Word (.docx) and Excel
//! (.xlsx) packages, and PDFs with a text layer (with the `pdf` feature, through
//! `nianbao_pdf`). Legacy Office binaries, images and other containers are recognised and
//! refused with a clear finding.
//!
//! [`Location`]: nianbao_document::Location
#![warn(clippy::disallowed_methods)]

mod budget;
#[cfg(feature = "office")]
mod docx;
#[cfg(feature = "office")]
mod docx_numbering;
mod encoding;
mod glued;
mod html;
mod html_table;
mod limits;
#[cfg(feature = "office")]
mod ooxml;
mod pdf;
mod sniff;
mod txt;
#[cfg(feature = "office")]
mod xlsx;

use nianbao_document::{Document, Format, FormatProblem};

use self::budget::Budget;

pub use self::limits::MAX_INPUT_BYTES;

/// What a reader made of one file.
#[derive(Debug, Clone, PartialEq)]
pub struct Extracted {
    /// The format recognised.
    pub format: Format,
    /// Paragraphs and tables (empty when nothing could be read).
    pub document: Document,
    /// Why (part of) the file could not be read; the F-rules word them.
    pub problems: Vec<FormatProblem>,
}

/// Reads one file. `name` is only a hint (its extension); the bytes decide.
#[must_use]
pub fn read(bytes: &[u8], name: &str) -> Extracted {
    if bytes.is_empty() {
        return refuse(Format::Unknown, FormatProblem::Empty);
    }
    let size = u64::try_from(bytes.len()).unwrap_or(u64::MAX);
    if size > MAX_INPUT_BYTES {
        let problem = FormatProblem::TooLarge { bytes: size, limit: MAX_INPUT_BYTES };
        return refuse(sniff::by_name(name), problem);
    }
    if pdf::is_pdf(bytes, name) {
        return pdf::read(bytes);
    }
    if let Some((format, problem)) = sniff::refusal(bytes, name) {
        return refuse(format, problem);
    }
    if sniff::is_zip(bytes) {
        return read_package(bytes, name);
    }
    let Some(text) = encoding::decode(bytes) else {
        return refuse(sniff::by_name(name), FormatProblem::Binary);
    };
    let mut budget = Budget::default();
    let (format, read) = if sniff::is_html(name, &text) {
        (Format::Html, html::read(&text, &mut budget))
    } else {
        (Format::Txt, txt::read(&text, &mut budget))
    };
    read.unwrap_or_else(|problem| refuse(format, problem))
}

/// The format of a file that [`read`] leaves to a separately loaded reader: `Some(Pdf)` for a
/// PDF that this build (without the `pdf` feature: the browser's main module) would refuse
/// only for being a PDF. The same tests as [`read`], in the same order, so a caller that
/// routes by it reads exactly the files `read` would have handed on.
#[must_use]
pub fn separate_reader(bytes: &[u8], name: &str) -> Option<Format> {
    let size = u64::try_from(bytes.len()).unwrap_or(u64::MAX);
    if bytes.is_empty() || size > MAX_INPUT_BYTES {
        return None;
    }
    if pdf::is_pdf(bytes, name) {
        return (!cfg!(feature = "pdf")).then_some(Format::Pdf);
    }
    if sniff::refusal(bytes, name).is_some() || !sniff::is_zip(bytes) || cfg!(feature = "office") {
        return None;
    }
    // Word or Excel: the package's parts decide; the name is the best guess before opening it.
    Some(if sniff::by_name(name) == Format::Xlsx { Format::Xlsx } else { Format::Docx })
}

/// Reads a Word or Excel package (or refuses another zip): what [`read`] does with a zip,
/// for the browser's separately loaded reader module.
#[cfg(feature = "office")]
#[must_use]
pub fn read_office(bytes: &[u8], name: &str) -> Extracted {
    read_package(bytes, name)
}

/// Without the `office` feature a package is not opened here: [`separate_reader`] sends it to
/// the reader module, so only a caller that skipped that test gets this refusal.
#[cfg(not(feature = "office"))]
fn read_package(_bytes: &[u8], name: &str) -> Extracted {
    refuse(sniff::by_name(name), FormatProblem::OfficeElsewhere)
}

/// Word and Excel packages, told apart by their parts rather than their names.
#[cfg(feature = "office")]
fn read_package(bytes: &[u8], name: &str) -> Extracted {
    let mut package = match ooxml::Package::open(bytes) {
        Ok(package) => package,
        Err(problem) => return refuse(sniff::by_name(name), problem),
    };
    let mut budget = Budget::default();
    let (format, outcome) = if package.has("word/document.xml") {
        (Format::Docx, docx::read(&mut package, &mut budget))
    } else if package.has("xl/workbook.xml") {
        (Format::Xlsx, xlsx::read(&mut package, &mut budget))
    } else {
        return refuse(sniff::by_name(name), FormatProblem::Zip);
    };
    match outcome {
        Ok(document) => Extracted { format, document, problems: Vec::new() },
        Err(problem) => refuse(format, problem),
    }
}

/// Nothing read, and the one problem that says why.
fn refuse(format: Format, problem: FormatProblem) -> Extracted {
    Extracted { format, document: Document::default(), problems: vec![problem] }
}
