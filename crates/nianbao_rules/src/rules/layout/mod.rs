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
pub(crate) mod t015_row_label_separated;
pub(crate) mod t016_row_label_unresolved;

use crate::finding::{Draft, Facts};
use crate::rule::Found;
use crate::{Context, Lang};

/// The rows of numbers whose label was cut away: `placed` by order, or not.
fn separated(cx: &Context<'_>, found: &mut Found<'_>, placed: bool) {
    for (id, table) in super::tables(cx) {
        for row in table.separated_rows.iter().filter(|r| r.placed.is_some() == placed) {
            let facts = Facts::Separated {
                found: row.found.clone(),
                values: row.values.clone(),
                placed: row.placed.clone(),
                candidates: row.candidates.clone(),
            };
            found.add(Draft::new(row.location, facts).cells(row.cells.clone()).table(id));
        }
    }
}

/// What was beside the numbers: the pieces of label, or nothing.
fn beside(found: &str, lang: Lang) -> String {
    if found.is_empty() {
        lang.pick("没有行标题".to_owned(), "(no label)".to_owned())
    } else {
        lang.pick(
            format!("旁边的行标题碎片为「{found}」"),
            format!("(label pieces beside it: “{found}”)"),
        )
    }
}
