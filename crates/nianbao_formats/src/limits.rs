//! Bounds that keep hostile input from costing unbounded time or memory.

/// The largest file read at all. Real reports are under 5 MB even as Word files with
/// pictures; anything far above is not a report.
pub const MAX_INPUT_BYTES: u64 = 50 * 1024 * 1024;

/// Tables nested deeper than this are read as text of their enclosing cell.
pub(crate) const MAX_TABLE_DEPTH: usize = 8;

/// A `rowspan`/`colspan` above this is clamped: no report table is wider or taller.
pub(crate) const MAX_SPAN: u32 = 256;

/// Cells kept per table; beyond this a table is not a report table.
pub(crate) const MAX_CELLS_PER_TABLE: usize = 100_000;
