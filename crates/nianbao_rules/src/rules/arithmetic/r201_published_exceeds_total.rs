//! R201 `published-exceeds-total`: in 表二 item 1 of the 2019 edition, 本年新公开数量 must not exceed 对外公开总数量.

use nianbao_document::{CellRef, TableId};
use nianbao_tables::{CellValue, Edition};

use crate::finding::{Draft, Facts};
use crate::names::Names;
use crate::rule::{Found, Meta, Rule, Scope, Severity, Words};
use crate::{Context, Finding, Lang};

/// 新公开数量超过对外公开总数 · Published exceeds total.
pub(crate) struct PublishedExceedsTotal;

impl Rule for PublishedExceedsTotal {
    const META: Meta = Meta {
        name: "published-exceeds-total",
        severity: Severity::Warning,
        scope: Scope::Current,
        unread: false,
        title_zh: "新公开数量超过对外公开总数",
        what_zh: "2019 版表二第（一）项：本年新公开数量大于对外公开总数量。",
        why_zh: "本年新公开的文件应包含在对外公开总数中。",
        fix_zh: "核对两个数字，对外公开总数量应不小于本年新公开数量。",
        title_en: "Published exceeds total",
        what_en: "2019 edition item 1: 本年新公开数量 exceeds 对外公开总数量.",
        why_en: "This year's published documents are part of the total.",
        fix_en: "Check both numbers.",
    };

    fn check(cx: &Context<'_>, found: &mut Found<'_>) {
        if cx.edition() != Some(Edition::E2019) {
            return;
        }
        let Some(proactive) = &cx.tables().proactive else { return };
        let count =
            |cell: Option<&CellValue>| cell.filter(|c| c.is_number()).and_then(CellValue::addend);
        for row in ["item1.regulations", "item1.normative_documents"] {
            let published = proactive.cell(row, "published");
            let (Some(value), Some(bound)) =
                (count(published), count(proactive.cell(row, "total")))
            else {
                continue;
            };
            if value > bound {
                let cells = vec![
                    CellRef::new(TableId::Proactive, row, "published"),
                    CellRef::new(TableId::Proactive, row, "total"),
                ];
                let location = published.map(|c| c.location).unwrap_or_default();
                found.add(Draft::new(location, Facts::Comparison { value, bound }).cells(cells));
            }
        }
    }

    fn words(finding: &Finding, names: &Names, lang: Lang) -> Words {
        let Facts::Comparison { value, bound } = &finding.facts else { return Words::default() };
        let row = names.row_in(finding.cells.first(), lang);
        Words::with(
            lang.pick(
                format!("{row}：本年新公开数量大于对外公开总数量"),
                format!("{row}: published this year exceeds the total published"),
            ),
            format!("{value} > {bound}"),
        )
    }
}
