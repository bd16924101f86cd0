//! # nianbao_document — the shared model at the bottom of the pipeline
//!
//! Stage: none of its own. Every stage (formats → tables → rules → report) speaks these
//! types, so each can report problems without depending "upward":
//!
//! - [`Document`]: what a reader made of the bytes — paragraphs and tables, each piece with
//!   the [`Location`] it came from.
//! - [`Finding`]: a detected problem as data (a [`Code`], the cells involved, the numbers).
//!   Wording lives in `nianbao_rules`, so detection and messages stay separate.
#![warn(clippy::disallowed_methods)]

mod cell_ref;
mod code;
mod document;
mod finding;
mod location;

pub use self::cell_ref::{CellRef, TableId};
pub use self::code::{Code, Severity};
pub use self::document::{Block, Cell, Document, Format, Paragraph, Table};
pub use self::finding::{Detail, Excess, Finding, FormatProblem};
pub use self::location::Location;
