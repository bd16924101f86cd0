//! X003 `fee-not-reported`: 表三 （六）2 counts requests dropped because the applicant did
//! not pay the 信息处理费 asked for, yet the report never mentions 信息处理费.
//!
//! The 2021 format asks for fees to be reported in section 六 ("收取信息处理费情况在此处
//! 报告"); a fee notice that went unpaid is such a case. 表二's 行政事业性收费 is the
//! agency's fee revenue, not 信息处理费, and is not used here. An amount of 行政事业性收费
//! stated in the prose against 表二 is X002's.

use nianbao_document::{CellRef, TableId};

use crate::finding::{Draft, Facts};
use crate::names::Names;
use crate::rule::{Found, Meta, Rule, Scope, Severity, Words};
use crate::{Context, Finding, Lang};

/// 未报告信息处理费 · Fee not reported.
pub(crate) struct FeeNotReported;

const ROW: &str = "other.no_fee";

impl Rule for FeeNotReported {
    const META: Meta = Meta {
        name: "fee-not-reported",
        severity: Severity::Warning,
        scope: Scope::Current,
        unread: false,
        title_zh: "未报告信息处理费",
        what_zh: "2021 版表三「（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用」大于 0，但报告正文没有提到信息处理费。",
        why_zh: "发出收费通知说明本年度涉及信息处理费；格式要求在“六、其他需要报告的事项”中报告收取信息处理费的情况。表二的行政事业性收费不是信息处理费。",
        fix_zh: "在第六部分写明本年度信息处理费的收取情况（发出收费通知的件数、实际收取的金额，未收取也要写明）。",
        title_en: "Fee not reported",
        what_en: "Table 3 (六)2 (applicant did not pay the fee) is above 0, but the text never mentions 信息处理费.",
        why_en: "A fee notice means information-processing fees were involved; the 2021 format asks for them in section 六. Table 2's administrative fees are something else.",
        fix_en: "State in section 六 the fee notices issued and the fees collected (or that none were collected).",
    };

    fn check(cx: &Context<'_>, found: &mut Found<'_>) {
        let Some(requests) = cx.tables().requests.as_ref() else { return };
        let Some(cell) = requests.cell(ROW, "total") else { return };
        let Some(count) = cell.addend().filter(|&n| n > 0) else { return };
        let mentioned = cx
            .extraction
            .sections
            .iter()
            .flat_map(|s| &s.paragraphs)
            .any(|(text, _)| mentions_fee(text));
        if !mentioned {
            let facts = Facts::Comparison { value: count, bound: 0 };
            let draft = Draft::new(cell.location, facts).cells(vec![CellRef::new(
                TableId::Requests,
                ROW,
                "total",
            )]);
            found.add(draft);
        }
    }

    fn words(finding: &Finding, _: &Names, lang: Lang) -> Words {
        let Facts::Comparison { value, .. } = finding.facts else { return Words::default() };
        Words::message(lang.pick(
            format!("表三「（六）2.申请人逾期未按收费通知要求缴纳费用」有 {value} 件，但正文没有提到信息处理费"),
            format!("Table 3 (六)2 counts {value} requests dropped for unpaid fees, but the text never mentions 信息处理费"),
        ))
    }
}

/// 信息处理费 in any spelling (traditional characters too).
fn mentions_fee(text: &str) -> bool {
    ["信息处理费", "信息處理費", "信息处理费用"].iter().any(|w| text.contains(w))
}
