//! V001–V003: a cell's number against what its column holds.

use nianbao_document::{CellRef, Code, Detail, Finding, TableId};
use nianbao_tables::{CellValue, ColumnKind, Number, StandardTables};

/// Every value finding.
#[must_use]
pub(crate) fn findings(tables: &StandardTables) -> Vec<Finding> {
    let mut findings = Vec::new();
    for table_id in [TableId::Proactive, TableId::Requests, TableId::Appeals] {
        let Some(table) = tables.get(table_id) else { continue };
        for row in &table.rows {
            for (column, cell) in &row.cells {
                if let Some(code) = problem(cell) {
                    findings.push(
                        Finding::new(
                            code,
                            cell.location,
                            Detail::Cells { raw: vec![cell.raw.clone()] },
                        )
                        .with_cells(vec![CellRef::new(
                            table_id,
                            row.key.clone(),
                            *column,
                        )]),
                    );
                }
            }
        }
    }
    findings
}

fn problem(cell: &CellValue) -> Option<Code> {
    match (cell.kind, cell.number?) {
        (ColumnKind::Count, Number::Count(n)) if n < 0 => Some(Code::V001),
        (ColumnKind::Count | ColumnKind::Change, Number::Decimal(_)) => Some(Code::V002),
        (ColumnKind::Amount(expected), Number::Decimal(amount)) => {
            let unit = cell.unit.as_deref();
            let wrong = match expected {
                Some(header) => unit != Some(header),
                None => unit.is_none() && !amount.is_zero(),
            };
            wrong.then_some(Code::V003)
        }
        _ => None,
    }
}
