//! V-rules: a number against what its column holds.

pub(crate) mod v001_negative_count;
pub(crate) mod v002_fractional_count;
pub(crate) mod v003_amount_unit;
pub(crate) mod v004_count_too_large;

use nianbao_document::CellRef;
use nianbao_tables::CellValue;

use crate::finding::{Draft, Facts};
use crate::names::{self, Names};
use crate::rule::{Found, Words};
use crate::{Context, Finding, Lang};

/// One finding per cell that `wrong` picks.
pub(super) fn each_cell(cx: &Context<'_>, found: &mut Found<'_>, wrong: fn(&CellValue) -> bool) {
    for (id, table) in super::tables(cx) {
        for row in &table.rows {
            for (column, cell) in row.cells.iter().filter(|(_, c)| wrong(c)) {
                let at = CellRef::new(id, row.key.clone(), *column);
                let facts = Facts::Cells { raw: vec![cell.raw.clone()] };
                found.add(Draft::new(cell.location, facts).cells(vec![at]));
            }
        }
    }
}

/// `{table}{cell}{what}：{raw}`, the shape of every value message.
pub(super) fn words(finding: &Finding, names: &Names, lang: Lang, zh: &str, en: &str) -> Words {
    let Facts::Cells { raw } = &finding.facts else { return Words::default() };
    let raw = raw.first().map_or("", String::as_str);
    let table = names::table(finding.table(), lang);
    let cell = names.cell(finding.cells.first(), lang);
    Words::message(lang.pick(format!("{table}{cell}{zh}：{raw}"), format!("{cell} {en}: {raw}")))
}
