//! Pages of glyphs and rulings into paragraphs and tables ([`nianbao_document::Document`]).

use nianbao_document::{Document, FormatProblem};

use crate::page::Page;

/// Lays out the pages as a document in reading order.
pub(crate) fn document(pages: &[Page]) -> Result<Document, FormatProblem> {
    if pages.is_empty() {
        return Err(FormatProblem::Empty);
    }
    Ok(Document::default())
}
