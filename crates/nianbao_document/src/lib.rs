//! # nianbao_document — the shared model at the bottom of the pipeline
//!
//! Stage: none of its own. Readers (`nianbao_formats`) produce these types and every later
//! stage reads them:
//!
//! - [`Document`]: what a reader made of the bytes — paragraphs and tables, each piece with
//!   the [`Location`] it came from. It serializes both ways, so a reader built elsewhere
//!   (a separately loaded module) can hand one to the rest of the pipeline.
//! - [`FormatProblem`]: why a file, or part of it, could not be read.
//! - [`CellRef`]: one cell of a standard table (表二/三/四) by canonical key, optionally of
//!   another report in a set.
#![warn(clippy::disallowed_methods)]

mod cell_ref;
mod document;
mod location;
mod problem;

pub use self::cell_ref::{CellRef, TableId};
pub use self::document::{Block, Cell, Document, Format, Paragraph, Table};
pub use self::location::Location;
pub use self::problem::{Excess, FormatProblem};
