//! The file into pages of positioned glyphs and rulings ([`crate::page`]).

use nianbao_document::FormatProblem;

use crate::page::Parsed;

/// Parses a PDF into pages; a file that cannot be opened at all is refused with its reason.
pub(crate) fn pages(bytes: &[u8]) -> Result<Parsed, FormatProblem> {
    if bytes.starts_with(b"%PDF") {
        Err(FormatProblem::Pdf)
    } else {
        Err(FormatProblem::Corrupt)
    }
}
