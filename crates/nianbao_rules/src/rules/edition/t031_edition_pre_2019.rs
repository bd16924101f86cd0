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
        unread: false,
        title_zh: "旧版格式年报",
        what_zh: "报告年度早于 2019 年，或统计表是 2019 年以前的旧表（按当面、网络、信函等申请方式和答复类型统计）：这种年报不按现行模板核对。",
        why_zh: "旧表的统计口径与 2019 版、2021 版模板不同，无法套用现行模板的行列和勾稽关系；检查结果是“未核对”，不是“不通过”。",
        fix_zh: "2018 年度及以前的年报无需修改。2019 年度及以后的年报请改用现行模板填写统计表：2019、2020 年度用 2019 版，2021 年度起用 2021 版。",
        title_en: "Pre-2019 format",
        what_en: "The report is for a year before 2019, or its statistics table is the old one (applications by channel, replies by kind): it is not checked against the current templates.",
        why_en: "The old table counts differently from the 2019 and 2021 templates; the verdict is “not checked”, not “fail”.",
        fix_en: "Reports for 2018 and before need no change. Reports for 2019 on must use the current template: the 2019 edition for 2019 and 2020, the 2021 edition from 2021.",
    };

    fn check(cx: &Context<'_>, found: &mut Found<'_>) {
        if cx.pre_2019() {
            found.add(Draft::new(Location::default(), Facts::None));
        }
    }

    fn words(_: &Finding, _: &Names, lang: Lang) -> Words {
        Words::message(
            lang.pick(
                "这是 2019 年以前格式的年报，本工具只核对 2019 版和 2021 版模板，没有核对它的章节和表格",
                "This report is in the pre-2019 format; only the 2019 and 2021 templates are checked, so its sections and tables were not checked",
            )
            .to_owned(),
        )
    }
}
