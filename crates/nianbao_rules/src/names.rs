//! The names people read for canonical keys (表三「（一）予以公开」行「自然人」列), in the
//! wording of the report's own edition: a 2019 report's rows carry 2019 labels.

use nianbao_document::{CellRef, TableId};
use nianbao_tables::{Edition, APPEAL_COLUMNS, APPEAL_GROUPS, REQUEST_COLUMNS};

use crate::Lang;

/// Names of rows and columns for one report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Names {
    /// The report's edition first, then the other (a key only one edition has).
    editions: [Edition; 2],
}

impl Names {
    /// Names in the wording of `edition` (2021 when unknown).
    pub(crate) fn new(edition: Option<Edition>) -> Self {
        let editions = match edition {
            Some(Edition::E2019) => [Edition::E2019, Edition::E2021],
            _ => [Edition::E2021, Edition::E2019],
        };
        Self { editions }
    }

    /// The printed label of a row.
    pub(crate) fn row(&self, table: TableId, key: &str) -> String {
        match table {
            TableId::Requests => self
                .editions
                .iter()
                .flat_map(|e| e.request_rows())
                .find(|r| r.key == key)
                .and_then(|r| r.labels.first())
                .map_or_else(
                    || {
                        if key == "other" {
                            "（六）其他处理".to_owned()
                        } else {
                            key.to_owned()
                        }
                    },
                    |l| strip_note(l),
                ),
            TableId::Appeals => APPEAL_GROUPS
                .iter()
                .find(|(k, _)| *k == key)
                .map_or_else(|| key.to_owned(), |(_, l)| (*l).to_owned()),
            TableId::Proactive => {
                let (block, row) = key.split_once('.').unwrap_or((key, ""));
                self.editions
                    .iter()
                    .flat_map(|e| e.proactive())
                    .filter(|b| b.key == block)
                    .find_map(|b| b.rows.iter().find(|r| r.key == row).map(|r| (b, r)))
                    .map_or_else(
                        || key.to_owned(),
                        |(b, r)| {
                            let label = r.labels.first().copied().unwrap_or_default();
                            format!("{}·{label}", b.caption)
                        },
                    )
            }
        }
    }

    /// The printed header of a column.
    pub(crate) fn column(&self, table: TableId, row_key: &str, key: &str) -> String {
        let found = match table {
            TableId::Requests => REQUEST_COLUMNS.iter().find(|c| c.key == key).map(|c| c.label),
            TableId::Appeals => APPEAL_COLUMNS.iter().find(|c| c.key == key).map(|c| c.label),
            TableId::Proactive => {
                let block = row_key.split_once('.').map_or(row_key, |(b, _)| b);
                self.editions
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

    /// A row in the language asked for: the printed label, or its English name.
    pub(crate) fn row_in(&self, at: Option<&CellRef>, lang: Lang) -> String {
        at.map_or_else(String::new, |c| match lang {
            Lang::Zh => self.row(c.table, &c.row),
            Lang::En => crate::names_en::row(c.table, &c.row).unwrap_or_else(|| c.row.to_string()),
        })
    }

    /// A column in the language asked for.
    pub(crate) fn column_in(&self, at: Option<&CellRef>, lang: Lang) -> String {
        at.map_or_else(String::new, |c| match lang {
            Lang::Zh => self.column(c.table, &c.row, &c.column),
            Lang::En => crate::names_en::column(c.table, &c.column)
                .map_or_else(|| c.column.to_string(), str::to_owned),
        })
    }

    /// `（一）予以公开·自然人`: a cell by its row and column, as one name.
    pub(crate) fn cell_short(&self, at: &CellRef, lang: Lang) -> String {
        let row = self.row_in(Some(at), lang);
        let column = self.column_in(Some(at), lang);
        match lang {
            Lang::Zh => format!("{row}·{column}"),
            Lang::En => format!("{row} › {column}"),
        }
    }

    /// `「（一）予以公开」行「自然人」列` or `(1) granted › natural persons`.
    pub(crate) fn cell(&self, at: Option<&CellRef>, lang: Lang) -> String {
        at.map_or_else(String::new, |c| match lang {
            Lang::Zh => {
                format!(
                    "「{}」行「{}」列",
                    self.row(c.table, &c.row),
                    self.column(c.table, &c.row, &c.column)
                )
            }
            Lang::En => self.cell_short(c, lang),
        })
    }
}

/// The name of a table: 表三（收到和处理政府信息公开申请情况） or Table 3 (…).
pub(crate) fn table(table: Option<TableId>, lang: Lang) -> &'static str {
    table.map_or("", |t| match lang {
        Lang::Zh => t.name_zh(),
        Lang::En => t.name_en(),
    })
}

fn strip_note(label: &str) -> String {
    label
        .split_once('（')
        .filter(|(head, _)| head.chars().count() > 3)
        .map_or(label, |(head, _)| head)
        .to_owned()
}

/// The printed label of a row, in the wording of `edition` (表二's rows as
/// `第二十条第（一）项·规章`): what spreadsheets of many reports show beside the keys.
#[must_use]
pub fn row_label(edition: Option<Edition>, table: TableId, key: &str) -> String {
    Names::new(edition).row(table, key)
}

/// The printed header of a column (`row_key` picks 表二's block).
#[must_use]
pub fn column_label(edition: Option<Edition>, table: TableId, row_key: &str, key: &str) -> String {
    Names::new(edition).column(table, row_key, key)
}
