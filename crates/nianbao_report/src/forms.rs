//! The official forms as data for drawing them (the page draws 表二/三/四 like the printed
//! template from this, so labels live in one place: the templates of `nianbao_tables`).

use nianbao_document::TableId;
use nianbao_tables::{
    Edition, HeaderWords, APPEAL_COLUMNS, APPEAL_GROUPS, HEADER_WORDS, REQUEST_COLUMNS,
    SECTION_TITLES,
};
use serde::Serialize;

/// A key and the label printed for it.
#[derive(Debug, Clone, Serialize)]
pub struct Labelled {
    /// Canonical key.
    pub key: &'static str,
    /// Printed label.
    pub label: &'static str,
    /// The group label printed to its left, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group: Option<&'static str>,
}

/// A block of 表二.
#[derive(Debug, Clone, Serialize)]
pub struct BlockForm {
    /// `item1`.
    pub key: &'static str,
    /// `第二十条第（一）项`.
    pub caption: &'static str,
    /// Value columns.
    pub columns: Vec<Labelled>,
    /// Rows.
    pub rows: Vec<Labelled>,
}

/// One edition's three forms.
#[derive(Debug, Clone, Serialize)]
pub struct EditionForms {
    /// 表二.
    pub proactive: Vec<BlockForm>,
    /// 表三 columns.
    pub request_columns: Vec<Labelled>,
    /// 表三 rows.
    pub request_rows: Vec<Labelled>,
    /// 表四 groups.
    pub appeal_groups: Vec<Labelled>,
    /// 表四 columns of each group.
    pub appeal_columns: Vec<Labelled>,
}

/// A standard table's printed name.
#[derive(Debug, Clone, Serialize)]
pub struct TableName {
    /// `proactive`, `requests`, `appeals`.
    pub key: &'static str,
    /// 表二（主动公开政府信息情况）.
    pub zh: &'static str,
    /// Table 2 (proactive disclosure).
    pub en: &'static str,
}

/// Both editions, keyed `"2019"` and `"2021"`, and the words they share: the template
/// vocabulary in one place for the page and the fixture scripts (`nianbao forms`).
#[derive(Debug, Clone, Serialize)]
pub struct Forms {
    /// The six section titles, 一、总体情况 … 六、其他需要报告的事项.
    pub sections: [&'static str; 6],
    /// 表二, 表三, 表四 by key.
    pub tables: Vec<TableName>,
    /// Header words besides column labels.
    pub words: HeaderWords,
    /// 国办公开办函〔2019〕60号.
    #[serde(rename = "2019")]
    pub e2019: EditionForms,
    /// 国办公开办函〔2021〕30号.
    #[serde(rename = "2021")]
    pub e2021: EditionForms,
}

fn labelled(key: &'static str, label: &'static str) -> Labelled {
    Labelled { key, label, group: None }
}

fn edition(edition: Edition) -> EditionForms {
    EditionForms {
        proactive: edition
            .proactive()
            .iter()
            .map(|b| BlockForm {
                key: b.key,
                caption: b.caption,
                columns: b.columns.iter().map(|c| labelled(c.key, c.label)).collect(),
                rows: b
                    .rows
                    .iter()
                    .map(|r| labelled(r.key, r.labels.first().copied().unwrap_or(r.key)))
                    .collect(),
            })
            .collect(),
        request_columns: REQUEST_COLUMNS.iter().map(|c| labelled(c.key, c.label)).collect(),
        request_rows: edition
            .request_rows()
            .iter()
            .map(|r| Labelled {
                key: r.key,
                label: r.labels.first().copied().unwrap_or(r.key),
                group: r.group,
            })
            .collect(),
        appeal_groups: APPEAL_GROUPS.iter().map(|(k, l)| labelled(k, l)).collect(),
        appeal_columns: APPEAL_COLUMNS.iter().map(|c| labelled(c.key, c.label)).collect(),
    }
}

/// The forms of both editions.
#[must_use]
pub fn forms() -> Forms {
    Forms {
        sections: SECTION_TITLES,
        tables: [TableId::Proactive, TableId::Requests, TableId::Appeals]
            .into_iter()
            .map(|t| TableName { key: t.key(), zh: t.name_zh(), en: t.name_en() })
            .collect(),
        words: HEADER_WORDS,
        e2019: edition(Edition::E2019),
        e2021: edition(Edition::E2021),
    }
}
