//! Shared pieces of the fuzz targets: the whole-pipeline invariants every target asserts,
//! the template's words, a table model with the spans and merges the readers lay out, and
//! writers that turn it into the formats the readers take (txt, Markdown, HTML, Word,
//! Excel). Targets stay thin: each builds one kind of structure from the fuzz bytes and
//! hands the rendered file to [`invariants::check`].

pub mod document;
pub mod forms;
pub mod grid;
pub mod invariants;
pub mod ooxml;
pub mod words;

pub use libfuzzer_sys::arbitrary::{Result, Unstructured};
