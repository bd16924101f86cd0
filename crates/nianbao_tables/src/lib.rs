//! # nianbao_tables — stage 2: [`Document`] → the standard tables
//!
//! Input: the [`Document`] a reader made. Output: an [`Extraction`] — the report's title,
//! year and template edition, 表二/表三/表四 by canonical key ([`StandardTables`]), and the
//! T-findings met on the way (sections, tables, rows, labels, cells, lossy rows, edition).
//!
//! The document is read as one stream of paragraphs and cells ([`stream`]), each table is
//! located by the cells only it has, rows are found by their labels ([`rows`]), and rows
//! that lost blank cells are placed by the table's own arithmetic ([`placement`]).
#![warn(clippy::disallowed_methods)]

mod appeals;
mod cells;
mod decimal;
mod edition;
mod identity;
mod lossy;
mod model;
mod normalize;
mod placement;
mod proactive;
mod requests;
mod rows;
mod sections;
mod stream;
mod t2s;
mod t2s_table;
mod template;
mod value;
mod year;

use nianbao_document::{Document, Finding};

pub use self::decimal::Decimal;
pub use self::identity::{appeals as appeal_identities, requests as request_identities, Identity};
pub use self::model::{RowValues, StandardTables, TableValues};
pub use self::sections::SECTION_TITLES;
pub use self::template::{
    Block, Column, Edition, HeaderWords, Row, APPEAL_COLUMNS, APPEAL_GROUPS, HEADER_WORDS,
    REQUEST_COLUMNS, REQUEST_GROUPS,
};
pub use self::value::{CellState, CellValue, ColumnKind, Number};

/// The edition as reported: one of the two in force, or the old pre-2019 format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EditionFound {
    /// A current edition.
    Current(Edition),
    /// An old-format report (T031).
    Pre2019,
}

/// What the report says about itself.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReportInfo {
    /// The title line, if the document opens with one.
    pub title: Option<String>,
    /// The report year.
    pub year: Option<i32>,
    /// The template edition the tables follow.
    pub edition: Option<EditionFound>,
}

/// Everything stage 2 produces.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Extraction {
    /// Title, year, edition.
    pub info: ReportInfo,
    /// The tables.
    pub tables: StandardTables,
    /// T-findings (and X001).
    pub findings: Vec<Finding>,
}

/// Reads the standard tables out of a document.
#[must_use]
pub fn extract(document: &Document) -> Extraction {
    let items = stream::items(document);
    let headings = sections::headings(&items);
    let years = year::detect(&items);
    let mut findings = sections::findings(&items, &headings);
    findings.extend(year::findings(&years));
    let (edition, edition_findings) = edition::decide(edition::layout(&items), years.year);
    findings.extend(edition_findings);
    let mut info = ReportInfo { title: years.title.clone(), year: years.year, edition: None };
    let Some(edition) = edition else {
        info.edition = Some(EditionFound::Pre2019);
        return Extraction { info, tables: StandardTables::default(), findings };
    };
    info.edition = Some(EditionFound::Current(edition));
    let regions = stream::locate(&items, &headings);
    let (proactive, f2) =
        proactive::extract(&stream::cells(&items, regions.proactive.as_ref()), edition);
    let (requests, f3) =
        requests::extract(&stream::cells(&items, regions.requests.as_ref()), edition);
    let (appeals, f4) = appeals::extract(&stream::cells(&items, regions.appeals.as_ref()));
    findings.extend(f2.into_iter().chain(f3).chain(f4));
    Extraction { info, tables: StandardTables { proactive, requests, appeals }, findings }
}
