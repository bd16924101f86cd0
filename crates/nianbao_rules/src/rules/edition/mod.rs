//! T-rules on the template edition against the report year.

pub(crate) mod t030_edition_mismatch;
pub(crate) mod t031_edition_pre_2019;
