//! The reader's limits: a report is tens of pages and thousands of objects; a crafted file
//! that claims or builds more is refused instead of read for minutes.

/// Objects in the cross-reference.
pub(crate) const MAX_OBJECTS: usize = 2_000_000;
/// Object loads while reading (each resolution of a reference that misses the cache).
pub(crate) const MAX_LOADS: usize = 4_000_000;
/// Pages in the page tree (annual reports have a few dozen).
pub(crate) const MAX_PAGES: usize = 2_000;
/// Decoded bytes of all streams together.
pub(crate) const MAX_DECODED: usize = 512 << 20;
/// Form XObjects drawn inside one another.
pub(crate) const MAX_FORM_DEPTH: usize = 12;
/// Content operators interpreted in the whole file (a report's page has a few thousand;
/// forms drawn inside forms multiply them).
pub(crate) const MAX_OPERATORS: usize = 5_000_000;
/// Glyphs in the whole file.
pub(crate) const MAX_GLYPHS: usize = 2_000_000;
/// Rulings in the whole file.
pub(crate) const MAX_RULINGS: usize = 1_000_000;
/// References followed from one reference to the next before giving up (a loop).
pub(crate) const MAX_HOPS: usize = 32;
