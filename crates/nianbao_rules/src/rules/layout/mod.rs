//! T-rules on the report's layout: sections, tables, rows and labels against the template.

pub(crate) mod t001_section_missing;
pub(crate) mod t002_section_title_variant;
pub(crate) mod t003_section_order;
pub(crate) mod t004_problems_section_thin;
pub(crate) mod t010_table_missing;
pub(crate) mod t011_row_missing;
pub(crate) mod t012_row_unknown;
pub(crate) mod t013_row_label_variant;
pub(crate) mod t014_header_garbled;
