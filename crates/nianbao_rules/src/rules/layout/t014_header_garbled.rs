//! T014 `header-garbled`: a header that holds numbers instead of the template's words.

use crate::finding::{Draft, Facts};
use crate::names;
use crate::names::Names;
use crate::rule::{Found, Meta, Rule, Scope, Severity, Words};
use crate::{Context, Finding, Lang};

/// 表头错乱 · Header garbled.
pub(crate) struct HeaderGarbled;

impl Rule for HeaderGarbled {
    const META: Meta = Meta {
        name: "header-garbled",
        severity: Severity::Warning,
        scope: Scope::Current,
        unread: false,
        title_zh: "表头错乱",
        what_zh: "表头中出现了数字或缺少模板的列名，表头可能被错误复制。",
        why_zh: "表头错乱时，读者无法判断每个数字的含义。",
        fix_zh: "按模板重新制作表头：行政复议、行政诉讼（未经复议直接起诉、复议后起诉），每组为结果维持、结果纠正、其他结果、尚未审结、总计。",
        title_en: "Header garbled",
        what_en: "The header holds numbers or lacks the template's column names.",
        why_en: "Readers cannot tell what each number means.",
        fix_en: "Rebuild the header from the template.",
    };

    fn check(cx: &Context<'_>, found: &mut Found<'_>) {
        for (id, table) in super::super::tables(cx) {
            if let Some(header) = &table.garbled_header {
                let facts =
                    Facts::Label { found: header.found.clone(), expected: header.expected.clone() };
                found.add(Draft::new(header.location, facts).table(id));
            }
        }
    }

    fn words(finding: &Finding, _: &Names, lang: Lang) -> Words {
        let Facts::Label { found, expected } = &finding.facts else { return Words::default() };
        let table = names::table(finding.table(), lang);
        Words::with(
            lang.pick(
                format!("{table}表头错乱，表头中出现了数字"),
                format!("The header of {table} is garbled: it holds numbers"),
            ),
            lang.pick(
                format!("表头：{found}；模板：{expected}"),
                format!("header: {found}; template: {expected}"),
            ),
        )
    }
}
