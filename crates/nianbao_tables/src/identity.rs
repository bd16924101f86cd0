//! The arithmetic a table must satisfy (勾稽关系), as data shared by the placement of lossy
//! rows (T023) and the R-rules, so both agree on what "consistent" means.

use std::borrow::Cow;

use nianbao_document::{CellRef, TableId};

use crate::model::TableValues;
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
    let at = |row: &Cow<'static, str>, column: &'static str| {
        CellRef::new(TableId::Requests, row.clone(), column)
    };
    let fixed =
        |row: &'static str, column: &'static str| CellRef::new(TableId::Requests, row, column);
    let mut identities = Vec::new();
    for column in REQUEST_COLUMNS {
        let c = column.key;
        identities.push(Identity {
            kind: IdentityKind::RequestsBalance,
            left: vec![fixed("received", c), fixed("carried_over", c)],
            right: vec![fixed("outcome_total", c), fixed("carried_forward", c)],
        });
    }
    for row in &table.rows {
        let parts = REQUEST_COLUMNS.iter().filter(|c| c.key != "total");
        identities.push(Identity {
            kind: IdentityKind::RequestsRowTotal,
            left: vec![at(&row.key, "total")],
            right: parts.map(|c| at(&row.key, c.key)).collect(),
        });
    }
    let outcomes: Vec<&Cow<'static, str>> =
        table.rows.iter().map(|r| &r.key).filter(|k| !NOT_OUTCOMES.contains(&k.as_ref())).collect();
    for column in REQUEST_COLUMNS {
        identities.push(Identity {
            kind: IdentityKind::RequestsOutcomeTotal,
            left: vec![fixed("outcome_total", column.key)],
            right: outcomes.iter().map(|row| at(row, column.key)).collect(),
        });
    }
    identities
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
