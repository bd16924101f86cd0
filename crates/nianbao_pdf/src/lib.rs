//! Stage: reader. Input: the bytes of a PDF. Output: a [`nianbao_document::Document`]
//! (paragraphs and tables, located by page) and the [`FormatProblem`]s met on the way.
//!
//! Two halves meet at [`page::Page`]:
//! - `parse`: the file (objects, cross-reference, filters, encryption, page tree, fonts and
//!   content streams) into pages of positioned glyphs and ruling lines;
//! - `layout`: those pages into lines, words and tables (grids from ruling, spans from merged
//!   cells, one table across pages), in reading order.
//!
//! Geometry is in PDF points as `f32`: positions are measurements, not report numbers, so
//! this crate allows float arithmetic that the rest of the workspace forbids.
#![allow(clippy::float_arithmetic)]

mod layout;
pub mod page;
mod parse;

use nianbao_document::{Document, FormatProblem};

/// What the reader made of one PDF.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Read {
    /// Paragraphs and tables in reading order (empty when nothing could be read).
    pub document: Document,
    /// Why (part of) the file could not be read.
    pub problems: Vec<FormatProblem>,
}

/// Lays out pages that are already parsed (the second half of [`read`]): for tests and
/// fuzzing of the layout on pages made another way.
///
/// # Errors
/// A scan (pages of images without text), no pages, or more than a report holds.
pub fn lay_out(pages: &[page::Page]) -> Result<Document, FormatProblem> {
    layout::document(pages)
}

/// The first half alone: the pages of positioned glyphs and rulings that the layout reads
/// (for tests and tools that look at what the layout receives).
pub fn pages(bytes: &[u8]) -> Result<page::Parsed, FormatProblem> {
    parse::pages(bytes)
}

/// Reads one PDF.
#[must_use]
pub fn read(bytes: &[u8]) -> Read {
    match parse::pages(bytes) {
        Ok(parsed) => {
            let mut problems = parsed.problems.clone();
            match layout::document(&parsed.pages) {
                Ok(document) => Read { document, problems },
                Err(problem) => {
                    problems.push(problem);
                    Read { document: Document::default(), problems }
                }
            }
        }
        Err(problem) => Read { document: Document::default(), problems: vec![problem] },
    }
}
