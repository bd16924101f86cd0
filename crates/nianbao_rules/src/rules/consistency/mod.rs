//! X-rules: parts of one report that contradict each other (X0xx), and reports of one unit
//! that contradict each other (X1xx, [`crate::Scope::Pair`]).

pub(crate) mod x001_year_mismatch;
pub(crate) mod x002_prose_table_mismatch;
pub(crate) mod x003_fee_not_reported;
pub(crate) mod x004_carry_over_contradiction;
pub(crate) mod x005_published_late;
pub(crate) mod x101_carry_over_mismatch;
pub(crate) mod x102_in_force_mismatch;
