//! R201, R301–R303 and R401: the 勾稽关系. Blank and placeholder cells count as 0 (and the
//! message says so); an identity that involves text, a fraction or an unresolved row is not
//! checked, because that would turn one reading problem into many arithmetic errors.

use nianbao_document::{CellRef, Code, Detail, Finding, Location, TableId};
use nianbao_tables::{
    appeal_identities, request_identities, CellState, CellValue, Edition, Identity, StandardTables,
};

/// One side of an identity, evaluated.
struct Side {
    values: Vec<i64>,
    blanks: bool,
    location: Option<Location>,
}

/// The addends of `cells`, or `None` when one cannot take part.
fn evaluate(tables: &StandardTables, cells: &[CellRef]) -> Option<Side> {
    let mut side = Side { values: Vec::new(), blanks: false, location: None };
    for at in cells {
        let table = tables.get(at.table)?;
        let row = table.row(&at.row);
        if row.is_some_and(|r| r.unresolved) {
            return None;
        }
        match row.and_then(|r| r.cell(&at.column)) {
            // A row the document lacks (T011) counts as 0.
            None => side.values.push(0),
            Some(cell) => {
                side.values.push(cell.addend()?);
                side.blanks |= matches!(cell.state, CellState::Blank | CellState::Placeholder);
                side.location = side.location.or(Some(cell.location));
            }
        }
    }
    Some(side)
}

fn check(tables: &StandardTables, identity: &Identity) -> Option<Finding> {
    let left = evaluate(tables, &identity.left)?;
    let right = evaluate(tables, &identity.right)?;
    let (l, r): (i64, i64) = (left.values.iter().sum(), right.values.iter().sum());
    if l == r {
        return None;
    }
    let blanks_as_zero = left.blanks || right.blanks;
    let detail = if identity.code == Code::R301 {
        Detail::Balance { left: left.values, right: right.values, blanks_as_zero }
    } else {
        Detail::Sum { parts: right.values, total: l, blanks_as_zero }
    };
    let cells = identity.left.iter().chain(&identity.right).cloned().collect();
    let location = left.location.or(right.location).unwrap_or_default();
    Some(Finding::new(identity.code, location, detail).with_cells(cells))
}

/// Every arithmetic finding.
#[must_use]
pub(crate) fn findings(tables: &StandardTables, edition: Option<Edition>) -> Vec<Finding> {
    let mut identities = Vec::new();
    if let Some(requests) = &tables.requests {
        identities.extend(request_identities(requests));
    }
    if tables.appeals.is_some() {
        identities.extend(appeal_identities());
    }
    let mut findings: Vec<Finding> = identities.iter().filter_map(|i| check(tables, i)).collect();
    if edition == Some(Edition::E2019) {
        findings.extend(published_exceeds_total(tables));
    }
    findings
}

/// R201: 本年新公开数量 ≤ 对外公开总数量, per row of the 2019 item 1.
fn published_exceeds_total(tables: &StandardTables) -> Vec<Finding> {
    let Some(proactive) = &tables.proactive else { return Vec::new() };
    let count =
        |cell: Option<&CellValue>| cell.filter(|c| c.is_number()).and_then(CellValue::addend);
    ["item1.regulations", "item1.normative_documents"]
        .iter()
        .filter_map(|row| {
            let published = proactive.cell(row, "published");
            let (value, bound) = (count(published)?, count(proactive.cell(row, "total"))?);
            (value > bound).then(|| {
                let cells = vec![
                    CellRef::new(TableId::Proactive, *row, "published"),
                    CellRef::new(TableId::Proactive, *row, "total"),
                ];
                let location = published.map(|c| c.location).unwrap_or_default();
                Finding::new(Code::R201, location, Detail::Exceeds { value, bound })
                    .with_cells(cells)
            })
        })
        .collect()
}
