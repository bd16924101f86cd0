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

/// Which reader a file goes to, decided from its bytes (the name only breaks ties): the one
/// place the order of the tests is written, for [`read`] and [`separate_reader`] alike.
enum Route {
    /// Refused before any reader: empty, too large, a format no build reads.
    Refused(Format, FormatProblem),
    Pdf,
    Package,
    Text,
}

fn route(bytes: &[u8], name: &str) -> Route {
    if bytes.is_empty() {
        return Route::Refused(Format::Unknown, FormatProblem::Empty);
    }
    let size = u64::try_from(bytes.len()).unwrap_or(u64::MAX);
    if size > MAX_INPUT_BYTES {
        let problem = FormatProblem::TooLarge { bytes: size, limit: MAX_INPUT_BYTES };
        return Route::Refused(sniff::by_name(name), problem);
    }
    if pdf::is_pdf(bytes, name) {
        return Route::Pdf;
    }
    if let Some((format, problem)) = sniff::refusal(bytes, name) {
        return Route::Refused(format, problem);
    }
    if sniff::is_zip(bytes) {
        Route::Package
    } else {
        Route::Text
    }
}

/// Reads one file. `name` is only a hint (its extension); the bytes decide.
#[must_use]
pub fn read(bytes: &[u8], name: &str) -> Extracted {
    match route(bytes, name) {
        Route::Refused(format, problem) => refuse(format, problem),
        Route::Pdf => pdf::read(bytes),
        Route::Package => read_package(bytes, name),
        Route::Text => read_text(bytes, name),
    }
}

fn read_text(bytes: &[u8], name: &str) -> Extracted {
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

/// The format of a file that [`read`] leaves to a separately loaded reader because this build
/// lacks its reader (the browser's main module): `Some(Pdf)` without the `pdf` feature,
/// `Some(Docx)` or `Some(Xlsx)` (the name's guess; the package decides) without `office`.
/// It routes as [`read`] does, so a caller reads exactly the files `read` would hand on.
#[must_use]
pub fn separate_reader(bytes: &[u8], name: &str) -> Option<Format> {
    match route(bytes, name) {
        Route::Pdf if !cfg!(feature = "pdf") => Some(Format::Pdf),
        Route::Package if !cfg!(feature = "office") => {
            Some(if sniff::by_name(name) == Format::Xlsx { Format::Xlsx } else { Format::Docx })
        }
        Route::Refused(..) | Route::Pdf | Route::Package | Route::Text => None,
    }
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

#[cfg(test)]
mod tests {
    use nianbao_document::Format;

    #[test]
    fn only_a_build_without_the_office_readers_hands_packages_on() {
        let handed = |format| if cfg!(feature = "office") { None } else { Some(format) };
        assert_eq!(super::separate_reader(b"PK\x03\x04rest", "report.xlsx"), handed(Format::Xlsx));
        assert_eq!(super::separate_reader(b"PK\x03\x04rest", "report.docx"), handed(Format::Docx));
        assert_eq!(super::separate_reader(b"PK\x03\x04rest", "report"), handed(Format::Docx));
        // Refused before any reader, in every build: a password-protected .docx (OLE), text.
        let ole = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1rest";
        assert_eq!(super::separate_reader(ole, "report.docx"), None);
        assert_eq!(super::separate_reader("一、总体情况".as_bytes(), "report.docx"), None);
    }

    #[cfg(not(feature = "office"))]
    #[test]
    fn without_the_office_readers_a_package_is_refused_as_elsewhere() {
        let read = super::read(b"PK\x03\x04rest", "report.docx");
        let refused = vec![nianbao_document::FormatProblem::OfficeElsewhere];
        assert_eq!((read.format, read.problems), (Format::Docx, refused));
    }
}
