//! Bounds that keep hostile input from costing unbounded time or memory.

/// The largest file read at all. Real reports are under 5 MB even as Word files with
/// pictures; anything far above is not a report.
pub const MAX_INPUT_BYTES: u64 = 50 * 1024 * 1024;

/// Tables nested deeper than this are read as text of their enclosing cell.
pub(crate) const MAX_TABLE_DEPTH: usize = 8;

/// A `rowspan`/`colspan` above this is clamped: no report table is wider or taller.
pub(crate) const MAX_SPAN: u32 = 256;

/// Entries in a Word/Excel package; real files have a few dozen.
#[cfg(feature = "office")] // Word and Excel packages only
pub(crate) const MAX_ZIP_ENTRIES: usize = 5_000;

/// Decompressed size of one package part (document.xml, a sheet). A 200-page report's
/// document.xml is about 5 MB.
#[cfg(feature = "office")] // Word and Excel packages only
pub(crate) const MAX_PART_BYTES: u64 = 24 * 1024 * 1024;

/// Decompressed bytes read from one package in all.
#[cfg(feature = "office")] // Word and Excel packages only
pub(crate) const MAX_PACKAGE_BYTES: u64 = 64 * 1024 * 1024;

/// How much tighter than this a part may be packed before it is taken for a zip bomb rather
/// than a large document. Word and Excel XML packs 10–30 times, a document built of one
/// repeated table a few hundred times; data built to inflate packs near deflate's limit
/// of 1032 times.
#[cfg(feature = "office")] // Word and Excel packages only
pub(crate) const MAX_HONEST_RATIO: u64 = 500;

/// Element nesting in a package part.
#[cfg(feature = "office")] // Word and Excel packages only
pub(crate) const MAX_XML_DEPTH: usize = 256;
