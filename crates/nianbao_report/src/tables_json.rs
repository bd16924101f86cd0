//! The `tables` object of the contract: `{"requests": {"received": {"total": CELL}}}`, rows
//! and columns in template order, absent ones absent. Beside it, the report's `extra_rows`:
//! rows the template lacks, `[{"table", "label", "after", "values", "location"}]`, so the page
//! can draw them where they stand (a table object holds template rows only).

use nianbao_document::Location;
use nianbao_tables::{CellState, CellValue, ExtraRow, Number, StandardTables, TableValues};
use serde::ser::{SerializeMap, Serializer};
use serde::Serialize;

pub(crate) struct TablesJson;

impl TablesJson {
    pub(crate) fn serialize<S: Serializer>(
        tables: &StandardTables,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        if let Some(table) = &tables.proactive {
            map.serialize_entry("proactive", &BlocksJson(table))?;
        }
        for (key, table) in [("requests", &tables.requests), ("appeals", &tables.appeals)] {
            if let Some(table) = table {
                map.serialize_entry(key, &TableJson(table))?;
            }
        }
        map.end()
    }
}

struct TableJson<'a>(&'a TableValues);

/// 表二 nests its rows under their blocks: `{"item1": {"regulations": {…}}}`.
struct BlocksJson<'a>(&'a TableValues);

impl Serialize for BlocksJson<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let rows: Vec<(&str, &str, &nianbao_tables::RowValues)> = self
            .0
            .rows
            .iter()
            .filter(|r| !r.unresolved)
            .map(|r| {
                let (block, row) = r.key.split_once('.').unwrap_or((r.key.as_ref(), ""));
                (block, row, r)
            })
            .collect();
        let mut blocks: Vec<&str> = rows.iter().map(|(b, _, _)| *b).collect();
        blocks.dedup();
        let mut map = serializer.serialize_map(None)?;
        for block in blocks {
            let inner: Vec<(&str, &nianbao_tables::RowValues)> =
                rows.iter().filter(|(b, _, _)| *b == block).map(|(_, r, v)| (*r, *v)).collect();
            map.serialize_entry(block, &BlockJson(inner))?;
        }
        map.end()
    }
}

struct BlockJson<'a>(Vec<(&'a str, &'a nianbao_tables::RowValues)>);

impl Serialize for BlockJson<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        for (key, row) in &self.0 {
            map.serialize_entry(key, &RowJson(&row.cells))?;
        }
        map.end()
    }
}

impl Serialize for TableJson<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        for row in self.0.rows.iter().filter(|r| !r.unresolved) {
            map.serialize_entry(&row.key, &RowJson(&row.cells))?;
        }
        map.end()
    }
}

struct RowJson<'a>(&'a [(&'static str, CellValue)]);

impl Serialize for RowJson<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        for (key, cell) in self.0 {
            map.serialize_entry(key, &CellJson::from(cell))?;
        }
        map.end()
    }
}

#[derive(Serialize)]
#[serde(untagged)]
enum ValueJson {
    Count(i64),
    Decimal(String),
}

#[derive(Serialize)]
struct CellJson<'a> {
    value: Option<ValueJson>,
    raw: &'a str,
    state: CellState,
    #[serde(skip_serializing_if = "Option::is_none")]
    unit: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    note: Option<&'a str>,
    location: Location,
}

impl<'a> From<&'a CellValue> for CellJson<'a> {
    fn from(cell: &'a CellValue) -> Self {
        Self {
            value: cell.number.map(|n| match n {
                Number::Count(n) => ValueJson::Count(n),
                Number::Decimal(d) => ValueJson::Decimal(d.to_string()),
            }),
            raw: &cell.raw,
            state: cell.state,
            unit: cell.unit.as_deref(),
            note: cell.note.as_deref(),
            location: cell.location,
        }
    }
}

/// A row the template lacks, as the report has it (not checked): its table, label and values
/// as written, and `after`, the key of the template row it follows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ExtraRowJson {
    /// `proactive`, `requests` or `appeals`.
    pub table: &'static str,
    /// The label as written.
    pub label: String,
    /// The key of the template row just before it.
    pub after: Option<String>,
    /// The value cells as written.
    pub values: Vec<String>,
    /// Where the label is.
    pub location: Location,
}

impl ExtraRowJson {
    /// Every extra row of the tables, 表二 then 表三 then 表四.
    pub(crate) fn all(tables: &StandardTables) -> Vec<Self> {
        [
            ("proactive", &tables.proactive),
            ("requests", &tables.requests),
            ("appeals", &tables.appeals),
        ]
        .into_iter()
        .filter_map(|(key, table)| table.as_ref().map(|t| (key, t)))
        .flat_map(|(table, t)| t.extra_rows.iter().map(move |row| Self::new(table, row)))
        .collect()
    }

    fn new(table: &'static str, row: &ExtraRow) -> Self {
        Self {
            table,
            label: row.label.clone(),
            after: row.after.clone(),
            values: row.values.clone(),
            location: row.location,
        }
    }
}
