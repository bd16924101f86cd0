//! What a rule sees of one report: the source, the document with its prose, the problems the
//! reader met, and the extraction (title, unit, year, edition, sections, standard tables).

use nianbao_document::{Document, Format, FormatProblem};
use nianbao_tables::{Edition, EditionFound, Extraction, StandardTables};

/// One report, read and extracted, as the rules see it.
#[derive(Debug, Clone, Copy)]
pub struct Context<'a> {
    /// The source's name (a file name or what the caller calls it).
    pub name: &'a str,
    /// The format recognised.
    pub format: Format,
    /// Paragraphs and tables as read.
    pub document: &'a Document,
    /// Why (part of) the file could not be read.
    pub problems: &'a [FormatProblem],
    /// Title, unit, year, edition, sections and the standard tables.
    pub extraction: &'a Extraction,
}

impl<'a> Context<'a> {
    /// Whether anything could be read: a file refused outright has problems and no content.
    #[must_use]
    pub fn readable(&self) -> bool {
        self.problems.is_empty() || !self.document.blocks.is_empty()
    }

    /// Whether the tables follow a current edition (and are therefore checked).
    #[must_use]
    pub fn current(&self) -> bool {
        self.readable() && self.edition().is_some()
    }

    /// The edition the tables follow.
    #[must_use]
    pub fn edition(&self) -> Option<Edition> {
        self.extraction.info.current_edition()
    }

    /// Whether the report is in the old, pre-2019 format.
    #[must_use]
    pub fn pre_2019(&self) -> bool {
        self.extraction.info.edition == Some(EditionFound::Pre2019)
    }

    /// The standard tables.
    #[must_use]
    pub fn tables(&self) -> &'a StandardTables {
        &self.extraction.tables
    }
}
