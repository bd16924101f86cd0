//! English names of the canonical row and column keys, so English messages say
//! "(1) granted › natural persons", never a key such as `granted` or `natural_person`.
//! A test holds every key of both editions to a name here.

/// 表三's rows, numbered as the form numbers them.
const REQUEST_ROWS: &[(&str, &str)] = &[
    ("received", "1. new requests this year"),
    ("carried_over", "2. carried over from last year"),
    ("granted", "(1) granted"),
    ("partly_granted", "(2) partly granted"),
    ("refused.state_secret", "(3)1 refused: state secret"),
    ("refused.prohibited_by_law", "(3)2 refused: barred by other laws"),
    ("refused.three_safeties", "(3)3 refused: endangers security or stability"),
    ("refused.third_party", "(3)4 refused: third-party rights"),
    ("refused.internal_affairs", "(3)5 refused: internal affairs"),
    ("refused.process_info", "(3)6 refused: process information"),
    ("refused.enforcement_files", "(3)7 refused: enforcement files"),
    ("refused.query_matters", "(3)8 refused: query matters"),
    ("unable.not_held", "(4)1 unable: not held"),
    ("unable.needs_creation", "(4)2 unable: would have to be made"),
    ("unable.unclear", "(4)3 unable: still unclear"),
    ("not_processed.petition", "(5)1 not processed: petitions and complaints"),
    ("not_processed.duplicate", "(5)2 not processed: repeated request"),
    ("not_processed.publication", "(5)3 not processed: publications"),
    ("not_processed.excessive", "(5)4 not processed: excessive requests"),
    ("not_processed.confirmation", "(5)5 not processed: confirmation asked"),
    ("other", "(6) other handling"),
    ("other.no_correction", "(6)1 other: not corrected in time"),
    ("other.no_fee", "(6)2 other: fee not paid"),
    ("other.other", "(6)3 other"),
    ("outcome_total", "(7) total handled"),
    ("carried_forward", "4. carried forward"),
];

/// 表三's columns.
const REQUEST_COLUMNS: &[(&str, &str)] = &[
    ("natural_person", "natural persons"),
    ("commercial", "businesses"),
    ("research", "research bodies"),
    ("social", "public-interest bodies"),
    ("legal_services", "legal services"),
    ("other_org", "other bodies"),
    ("total", "total"),
];

/// 表四's groups and columns.
const APPEAL_GROUPS: &[(&str, &str)] = &[
    ("review", "administrative review"),
    ("litigation_direct", "litigation without review"),
    ("litigation_after_review", "litigation after review"),
];
const APPEAL_COLUMNS: &[(&str, &str)] = &[
    ("upheld", "upheld"),
    ("corrected", "corrected"),
    ("other", "other result"),
    ("pending", "pending"),
    ("total", "total"),
];

/// 表二's blocks, rows and columns (both editions).
const PROACTIVE_BLOCKS: &[(&str, &str)] = &[
    ("item1", "Art. 20(1)"),
    ("item5", "Art. 20(5)"),
    ("item6", "Art. 20(6)"),
    ("item8", "Art. 20(8)"),
    ("item9", "Art. 20(9)"),
];
const PROACTIVE_ROWS: &[(&str, &str)] = &[
    ("regulations", "regulations"),
    ("normative_documents", "normative documents"),
    ("licensing", "licensing"),
    ("other_services", "other services"),
    ("penalty", "penalties"),
    ("enforcement", "enforcement"),
    ("fees", "fees"),
    ("procurement", "central procurement"),
];
const PROACTIVE_COLUMNS: &[(&str, &str)] = &[
    ("made", "made this year"),
    ("published", "published this year"),
    ("total", "total published"),
    ("last_year_items", "items last year"),
    ("change", "change this year"),
    ("decisions", "decisions"),
    ("projects", "projects"),
    ("amount", "amount"),
    ("issued", "issued this year"),
    ("repealed", "repealed this year"),
    ("in_force", "in force"),
];

fn find(names: &[(&str, &'static str)], key: &str) -> Option<&'static str> {
    names.iter().find(|(k, _)| *k == key).map(|&(_, name)| name)
}

/// A row's English name: `(1) granted`, `Art. 20(1) › regulations`.
pub(crate) fn row(table: nianbao_document::TableId, key: &str) -> Option<String> {
    use nianbao_document::TableId;
    match table {
        TableId::Requests => find(REQUEST_ROWS, key).map(str::to_owned),
        TableId::Appeals => find(APPEAL_GROUPS, key).map(str::to_owned),
        TableId::Proactive => {
            let (block, row) = key.split_once('.')?;
            Some(format!("{} › {}", find(PROACTIVE_BLOCKS, block)?, find(PROACTIVE_ROWS, row)?))
        }
    }
}

/// A column's English name.
pub(crate) fn column(table: nianbao_document::TableId, key: &str) -> Option<&'static str> {
    use nianbao_document::TableId;
    match table {
        TableId::Requests => find(REQUEST_COLUMNS, key),
        TableId::Appeals => find(APPEAL_COLUMNS, key),
        TableId::Proactive => find(PROACTIVE_COLUMNS, key),
    }
}

#[cfg(test)]
mod tests {
    use nianbao_document::TableId;
    use nianbao_tables::{Edition, APPEAL_COLUMNS, APPEAL_GROUPS, REQUEST_COLUMNS};

    /// Every key of both editions has an English name.
    #[test]
    fn every_key_has_an_english_name() {
        for edition in [Edition::E2019, Edition::E2021] {
            for row in edition.request_rows() {
                assert!(super::row(TableId::Requests, row.key).is_some(), "{}", row.key);
            }
            for block in edition.proactive() {
                for row in block.rows {
                    let key = format!("{}.{}", block.key, row.key);
                    assert!(super::row(TableId::Proactive, &key).is_some(), "{key}");
                }
                for column in block.columns {
                    assert!(super::column(TableId::Proactive, column.key).is_some());
                }
            }
        }
        assert_eq!(super::row(TableId::Requests, "other").as_deref(), Some("(6) other handling"));
        assert!(REQUEST_COLUMNS.iter().all(|c| super::column(TableId::Requests, c.key).is_some()));
        assert!(APPEAL_COLUMNS.iter().all(|c| super::column(TableId::Appeals, c.key).is_some()));
        assert!(APPEAL_GROUPS.iter().all(|(g, _)| super::row(TableId::Appeals, g).is_some()));
    }
}
