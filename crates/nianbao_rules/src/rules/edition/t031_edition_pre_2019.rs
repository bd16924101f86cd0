//! T031 `edition-pre-2019`: an old-format report (before the 2019 template); its tables are not checked.

use nianbao_document::Location;

use crate::finding::{Draft, Facts};

use crate::names::Names;
use crate::rule::{Found, Meta, Rule, Scope, Severity, Words};
use crate::{Context, Finding, Lang};

/// 旧版格式年报 · Pre-2019 format.
pub(crate) struct EditionPre2019;

impl Rule for EditionPre2019 {
    const META: Meta = Meta {
        name: "edition-pre-2019",
        severity: Severity::Error,
        scope: Scope::Readable,
        title_zh: "旧版格式年报",
        what_zh: "这是 2019 年以前格式的年报（统计表按申请方式分列），本工具不核对。",
        why_zh: "旧格式的统计口径与现行模板不同。",
        fix_zh: "2019 年度及以后的年报请使用现行模板。",
        title_en: "Pre-2019 format",
        what_en: "An old-format report; not checked.",
        why_en: "Its statistics differ from the current templates.",
        fix_en: "Use the current template for reports from 2019 on.",
    };

    fn check(cx: &Context<'_>, found: &mut Found<'_>) {
        if cx.pre_2019() {
            found.add(Draft::new(Location::default(), Facts::None));
        }
    }

    fn words(_: &Finding, _: &Names, lang: Lang) -> Words {
        Words::message(
            lang.pick(
                "这是 2019 年以前格式的年报（统计表按申请方式分列），本工具不核对其表格",
                "This is a pre-2019 format report; its tables are not checked",
            )
            .to_owned(),
        )
    }
}
