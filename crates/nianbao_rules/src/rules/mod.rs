//! The rules, one file each, grouped by what they look at. `registry.rs` lists them.

pub(crate) mod arithmetic;
pub(crate) mod cells;
pub(crate) mod consistency;
pub(crate) mod edition;
pub(crate) mod file;
pub(crate) mod layout;
pub(crate) mod values;

use nianbao_document::TableId;
use nianbao_tables::TableValues;

use crate::Context;

/// The standard tables found, with their ids, in form order.
pub(crate) fn tables<'a>(cx: &Context<'a>) -> impl Iterator<Item = (TableId, &'a TableValues)> {
    let tables = cx.tables();
    [TableId::Proactive, TableId::Requests, TableId::Appeals]
        .into_iter()
        .filter_map(move |id| tables.get(id).map(|t| (id, t)))
}
