//! PDFs: read by `nianbao_pdf` when this crate is built with the `pdf` feature (native
//! builds); refused with [`FormatProblem::Pdf`] without it (the browser's main module,
//! which hands PDFs to a separately loaded reader).

use nianbao_document::Format;
#[cfg(not(feature = "pdf"))]
use nianbao_document::{Document, FormatProblem};

use crate::{sniff, Extracted};

/// Where the `%PDF-` header may start in a file named .pdf: PDF viewers accept it after
/// some junk (a mail header, a BOM) within the first kilobyte.
const HEADER_WITHIN: usize = 1024;

/// Whether the bytes are a PDF: they start with its header, or a file named .pdf has the
/// header within its first kilobyte (a text that mentions `%PDF-` is still a text).
pub(crate) fn is_pdf(bytes: &[u8], name: &str) -> bool {
    let head = bytes.get(..HEADER_WITHIN).unwrap_or(bytes);
    bytes.starts_with(b"%PDF-")
        || (sniff::by_name(name) == Format::Pdf && head.windows(5).any(|w| w == b"%PDF-"))
}

/// Reads a PDF.
#[cfg(feature = "pdf")]
pub(crate) fn read(bytes: &[u8]) -> Extracted {
    let read = nianbao_pdf::read(bytes);
    Extracted { format: Format::Pdf, document: read.document, problems: read.problems }
}

/// Refuses a PDF: this build has no PDF reader.
#[cfg(not(feature = "pdf"))]
pub(crate) fn read(_bytes: &[u8]) -> Extracted {
    Extracted {
        format: Format::Pdf,
        document: Document::default(),
        problems: vec![FormatProblem::Pdf],
    }
}

#[cfg(test)]
mod tests {
    use nianbao_document::Format;

    #[test]
    fn pdfs_are_known_by_their_header() {
        assert!(super::is_pdf(b"%PDF-1.7\n", "x"));
        assert!(super::is_pdf(b"\xEF\xBB\xBF%PDF-1.4\n", "a.PDF"));
        assert!(!super::is_pdf(b"\xEF\xBB\xBF%PDF-1.4\n", "notes.txt"));
        assert!(!super::is_pdf(b"%PD", "a.pdf"));
    }

    #[test]
    fn only_a_build_without_the_reader_hands_pdfs_on() {
        let handed = if cfg!(feature = "pdf") { None } else { Some(Format::Pdf) };
        assert_eq!(crate::separate_reader(b"%PDF-1.7\n", "x"), handed);
        assert_eq!(crate::separate_reader(b"\xEF\xBB\xBF%PDF-1.4\n", "a.pdf"), handed);
        assert_eq!(crate::separate_reader(b"\xEF\xBB\xBF%PDF-1.4\n", "notes.txt"), None);
        assert_eq!(crate::separate_reader(b"", "a.pdf"), None);
        // Too large for any reader: read() refuses it itself, whatever it is.
        let mut huge = b"%PDF-1.7\n".to_vec();
        huge.resize(usize::try_from(crate::MAX_INPUT_BYTES).unwrap_or(usize::MAX) + 1, b' ');
        assert_eq!(crate::separate_reader(&huge, "a.pdf"), None);
    }

    #[cfg(not(feature = "pdf"))]
    #[test]
    fn without_the_reader_a_pdf_is_refused_as_a_pdf() {
        let read = crate::read(b"%PDF-1.7\n", "report.txt");
        let refused = vec![nianbao_document::FormatProblem::Pdf];
        assert_eq!((read.format, read.problems), (Format::Pdf, refused));
    }

    #[cfg(feature = "pdf")]
    #[test]
    fn with_the_reader_a_pdf_goes_to_it() {
        // A header and nothing else: the PDF reader says why it could not read it.
        let read = crate::read(b"%PDF-1.7\n", "report.txt");
        assert_eq!(read.format, Format::Pdf);
        assert_eq!(read.document, nianbao_document::Document::default());
        assert_eq!(read.problems.len(), 1);
    }
}
