//! # nianbao_tables — stage 2: [`Document`] → the standard tables
//!
//! Input: the [`Document`] a reader made. Output: an [`Extraction`] — the report's title,
//! issuing unit, years and template edition, its sections with their prose, and 表二/表三/表四
//! by canonical key ([`StandardTables`]) with what the reading met on the way (rows missing
//! or extra, labels worded differently, rows that lost cells). It judges nothing: the rules
//! of `nianbao_rules` read these facts and decide what is a problem.
//!
//! The document is read as one stream of paragraphs and cells (`stream.rs`), each table is
//! located by the cells only it has, rows are found by their labels (`rows.rs`), rows
//! that lost blank cells are placed by the table's own arithmetic (`placement.rs`), and rows
//! of numbers whose label was cut away by the template's row order (`separated.rs`).
#![warn(clippy::disallowed_methods)]

mod appeals;
mod cells;
pub mod claims;
mod decimal;
mod edition;
mod glued;
mod identity;
mod lossy;
mod model;
mod normalize;
mod placement;
mod proactive;
mod requests;
mod rows;
mod search;
mod sections;
mod segmentation;
mod separated;
mod stream;
mod t2s;
mod t2s_table;
mod template;
mod unit;
mod value;
mod year;

use nianbao_document::{Document, Location};

pub use self::claims::{claims, Claim, Quantity, Stated};
pub use self::decimal::Decimal;
pub use self::identity::{
    appeals as appeal_identities, of_kind as identities_of_kind, requests as request_identities,
    Identity, IdentityKind,
};
pub use self::model::{
    ExtraRow, GarbledHeader, GluedReading, LabelVariant, LossyReading, MissingRow, RowValues,
    SeparatedRow, StandardTables, TableValues,
};
pub use self::sections::{Section, SECTION_TITLES};
pub use self::template::{
    Block, Column, Edition, HeaderWords, Row, APPEAL_COLUMNS, APPEAL_GROUPS, HEADER_WORDS,
    REQUEST_COLUMNS, REQUEST_GROUPS,
};
pub use self::unit::unit_of;
pub use self::value::{CellState, CellValue, ColumnKind, Number, MAX_COUNT};

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
    /// Where the title is.
    pub title_location: Location,
    /// The issuing unit named by the title.
    pub unit: Option<String>,
    /// The report year.
    pub year: Option<i32>,
    /// The year the title names.
    pub title_year: Option<i32>,
    /// The year of the statistics period (统计期限自2020年1月1日起…).
    pub period_year: Option<i32>,
    /// The template edition the tables follow.
    pub edition: Option<EditionFound>,
}

impl ReportInfo {
    /// The edition in force for the tables, when they follow one.
    #[must_use]
    pub fn current_edition(&self) -> Option<Edition> {
        match self.edition {
            Some(EditionFound::Current(edition)) => Some(edition),
            _ => None,
        }
    }
}

/// Everything stage 2 produces.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Extraction {
    /// Title, unit, years, edition.
    pub info: ReportInfo,
    /// The six sections as found, in document order.
    pub sections: Vec<Section>,
    /// The tables.
    pub tables: StandardTables,
}

/// Reads the standard tables out of a document.
#[must_use]
pub fn extract(document: &Document) -> Extraction {
    let items = stream::items(document);
    let headings = sections::headings(&items);
    let years = year::detect(&items);
    let edition = edition::decide(edition::layout(&items), years.year);
    let info = ReportInfo {
        unit: years.title.as_deref().and_then(unit_of),
        title: years.title,
        title_location: years.title_at,
        year: years.year,
        title_year: years.title_year,
        period_year: years.period_year,
        edition: Some(edition.map_or(EditionFound::Pre2019, EditionFound::Current)),
    };
    let sections = sections::read(&items, &headings);
    let Some(edition) = edition else {
        return Extraction { info, sections, tables: StandardTables::default() };
    };
    let regions = stream::locate(&items, &headings);
    let tables = StandardTables {
        proactive: proactive::extract(
            &stream::cells(&items, regions.proactive.as_ref()),
            &stream::lines_before(&items, regions.proactive.as_ref(), &headings, 2),
            edition,
        ),
        requests: requests::extract(
            &stream::cells(&items, regions.requests.as_ref()),
            &stream::all(&items, regions.requests.as_ref()),
            edition,
        ),
        appeals: appeals::extract(&stream::cells(&items, regions.appeals.as_ref())),
    };
    Extraction { info, sections, tables }
}
