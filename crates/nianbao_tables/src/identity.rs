//! The arithmetic a table must satisfy (勾稽关系), as data shared by the placement of lossy
//! rows (T023) and the R-rules, so both agree on what "consistent" means.

use std::borrow::Cow;

use nianbao_document::{CellRef, TableId};

use crate::model::{StandardTables, TableValues};
use crate::template::{APPEAL_COLUMNS, APPEAL_GROUPS, REQUEST_COLUMNS};

/// Which identity of the printed forms.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdentityKind {
    /// 表三 per column: 一 + 二 = （七）总计 + 四.
    RequestsBalance,
    /// 表三 per row: 总计 = the six applicant columns.
    RequestsRowTotal,
    /// 表三 per column: （七）总计 = the outcome rows.
    RequestsOutcomeTotal,
    /// 表四 per group: 维持 + 纠正 + 其他 + 尚未审结 = 总计.
    AppealsGroupTotal,
}

/// One identity between cells.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Identity {
    /// Which one.
    pub kind: IdentityKind,
    /// Σ `left` = Σ `right`. For sums, `left` is the single total cell.
    pub left: Vec<CellRef>,
    /// The other side.
    pub right: Vec<CellRef>,
}

/// 表三 rows that are not outcomes.
const NOT_OUTCOMES: [&str; 4] = ["received", "carried_over", "outcome_total", "carried_forward"];

/// The identities of 表三 over the rows present.
#[must_use]
pub fn requests(table: &TableValues) -> Vec<Identity> {
    [
        IdentityKind::RequestsBalance,
        IdentityKind::RequestsRowTotal,
        IdentityKind::RequestsOutcomeTotal,
    ]
    .into_iter()
    .flat_map(|kind| requests_of(table, kind))
    .collect()
}

/// The identities of one kind over the tables present: what one rule checks.
#[must_use]
pub fn of_kind(tables: &StandardTables, kind: IdentityKind) -> Vec<Identity> {
    match (kind, &tables.requests, &tables.appeals) {
        (IdentityKind::AppealsGroupTotal, _, Some(_)) => appeals(),
        (IdentityKind::AppealsGroupTotal, _, None) | (_, None, _) => Vec::new(),
        (kind, Some(requests), _) => requests_of(requests, kind),
    }
}

/// The identities of 表三 of one kind.
fn requests_of(table: &TableValues, kind: IdentityKind) -> Vec<Identity> {
    let at = |row: &Cow<'static, str>, column: &'static str| {
        CellRef::new(TableId::Requests, row.clone(), column)
    };
    let fixed =
        |row: &'static str, column: &'static str| CellRef::new(TableId::Requests, row, column);
    match kind {
        IdentityKind::RequestsBalance => REQUEST_COLUMNS
            .iter()
            .map(|column| Identity {
                kind,
                left: vec![fixed("received", column.key), fixed("carried_over", column.key)],
                right: vec![
                    fixed("outcome_total", column.key),
                    fixed("carried_forward", column.key),
                ],
            })
            .collect(),
        IdentityKind::RequestsRowTotal => table
            .rows
            .iter()
            .map(|row| Identity {
                kind,
                left: vec![at(&row.key, "total")],
                right: REQUEST_COLUMNS
                    .iter()
                    .filter(|c| c.key != "total")
                    .map(|c| at(&row.key, c.key))
                    .collect(),
            })
            .collect(),
        IdentityKind::RequestsOutcomeTotal => {
            let outcomes: Vec<&Cow<'static, str>> = table
                .rows
                .iter()
                .map(|r| &r.key)
                .filter(|k| !NOT_OUTCOMES.contains(&k.as_ref()))
                .collect();
            REQUEST_COLUMNS
                .iter()
                .map(|column| Identity {
                    kind,
                    left: vec![fixed("outcome_total", column.key)],
                    right: outcomes.iter().map(|row| at(row, column.key)).collect(),
                })
                .collect()
        }
        IdentityKind::AppealsGroupTotal => Vec::new(),
    }
}

/// The identities of 表四: per group, 维持 + 纠正 + 其他 + 尚未审结 = 总计.
#[must_use]
pub fn appeals() -> Vec<Identity> {
    APPEAL_GROUPS
        .iter()
        .map(|(group, _)| Identity {
            kind: IdentityKind::AppealsGroupTotal,
            left: vec![CellRef::new(TableId::Appeals, *group, "total")],
            right: APPEAL_COLUMNS
                .iter()
                .filter(|c| c.key != "total")
                .map(|c| CellRef::new(TableId::Appeals, *group, c.key))
                .collect(),
        })
        .collect()
}
