//! X-rules: parts of one report that contradict each other.

pub(crate) mod x001_year_mismatch;
