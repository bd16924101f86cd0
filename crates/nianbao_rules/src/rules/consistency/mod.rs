//! X-rules: parts of one report that contradict each other.

pub(crate) mod x001_year_mismatch;
pub(crate) mod x002_prose_table_mismatch;
pub(crate) mod x003_fee_not_reported;
pub(crate) mod x004_carry_over_contradiction;
pub(crate) mod x005_published_late;
