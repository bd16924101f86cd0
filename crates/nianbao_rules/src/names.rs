//! The names people read for canonical keys: 表三「（一）予以公开」行「自然人」列.

use nianbao_document::{CellRef, TableId};
use nianbao_tables::{Edition, APPEAL_COLUMNS, APPEAL_GROUPS, REQUEST_COLUMNS};

/// The printed label of a row.
#[must_use]
pub(crate) fn row(table: TableId, key: &str) -> String {
    match table {
        TableId::Requests => [Edition::E2021, Edition::E2019]
            .iter()
            .flat_map(|e| e.request_rows())
            .find(|r| r.key == key)
            .and_then(|r| r.labels.first())
            .map_or_else(
                || if key == "other" { "（六）其他处理".to_owned() } else { key.to_owned() },
                |l| strip_note(l),
            ),
        TableId::Appeals => APPEAL_GROUPS
            .iter()
            .find(|(k, _)| *k == key)
            .map_or_else(|| key.to_owned(), |(_, l)| (*l).to_owned()),
        TableId::Proactive => {
            let (block, row) = key.split_once('.').unwrap_or((key, ""));
            [Edition::E2021, Edition::E2019]
                .iter()
                .flat_map(|e| e.proactive())
                .filter(|b| b.key == block)
                .find_map(|b| b.rows.iter().find(|r| r.key == row).map(|r| (b, r)))
                .map_or_else(
                    || key.to_owned(),
                    |(b, r)| {
                        format!("{}·{}", b.caption, r.labels.first().copied().unwrap_or_default())
                    },
                )
        }
    }
}

/// The printed header of a column.
#[must_use]
pub(crate) fn column(table: TableId, row_key: &str, key: &str) -> String {
    let found = match table {
        TableId::Requests => REQUEST_COLUMNS.iter().find(|c| c.key == key).map(|c| c.label),
        TableId::Appeals => APPEAL_COLUMNS.iter().find(|c| c.key == key).map(|c| c.label),
        TableId::Proactive => {
            let block = row_key.split_once('.').map_or(row_key, |(b, _)| b);
            [Edition::E2021, Edition::E2019]
                .iter()
                .flat_map(|e| e.proactive())
                .filter(|b| b.key == block)
                .flat_map(|b| b.columns)
                .find(|c| c.key == key)
                .map(|c| c.label)
        }
    };
    found.map_or_else(|| key.to_owned(), str::to_owned)
}

/// `表三「（一）予以公开」行「自然人」列`.
#[must_use]
pub(crate) fn cell_zh(at: &CellRef) -> String {
    format!("「{}」行「{}」列", row(at.table, &at.row), column(at.table, &at.row, &at.column))
}

/// `requests › received › total`.
#[must_use]
pub(crate) fn cell_en(at: &CellRef) -> String {
    format!("{} › {} › {}", at.table.key(), at.row, at.column)
}

fn strip_note(label: &str) -> String {
    label
        .split_once('（')
        .filter(|(head, _)| head.chars().count() > 3)
        .map_or(label, |(head, _)| head)
        .to_owned()
}
