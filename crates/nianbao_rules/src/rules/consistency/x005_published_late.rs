//! X005 `published-late`: the document carries a publication date (发布日期) after the
//! deadline of 《条例》第四十九条 — 1月31日 of the following year for a department, 3月31日
//! for a local government.
//!
//! A department is a unit whose name ends in 局, 委, 办公室, 中心 and the like (but not
//! 人民政府 or 街道办事处); any other unit, a place's name included, and a report whose unit
//! is unknown, is held to the later deadline, so no date is blamed on a guess. Info: a late report is a fact for the supervisor, not a defect of
//! the document.

use nianbao_document::Block;

use crate::finding::{Draft, Facts};
use crate::names::Names;
use crate::rule::{Found, Meta, Rule, Scope, Severity, Words};
use crate::{Context, Finding, Lang};

/// 发布晚于法定期限 · Published late.
pub(crate) struct PublishedLate;

/// Labels of a publication date on portal pages.
const LABELS: &[&str] = &["发布日期", "发布时间", "公开日期", "发文日期", "发布于"];

/// Unit names that end so are local governments (第四十九条: 3月31日), whatever precedes.
const LOCAL: &[&str] = &["人民政府", "政府", "街道办事处", "管委会", "管理委员会"];

/// Unit names that end so are departments (1月31日); any other name (`忻州市`,
/// `平潭综合实验区`) is a place, and so its government.
const DEPARTMENT: &[&str] = &[
    "局",
    "委员会",
    "委",
    "办公室",
    "办公厅",
    "办",
    "厅",
    "中心",
    "站",
    "院",
    "所",
    "队",
    "馆",
    "处",
    "部",
    "署",
];

impl Rule for PublishedLate {
    const META: Meta = Meta {
        name: "published-late",
        severity: Severity::Info,
        scope: Scope::Readable,
        unread: false,
        title_zh: "发布晚于法定期限",
        what_zh: "文中的发布日期晚于《中华人民共和国政府信息公开条例》第四十九条规定的期限：县级以上人民政府部门为次年1月31日前，地方人民政府为次年3月31日前。",
        why_zh: "年度报告应当按期向社会公布；逾期发布是上级检查和第三方评估的常见扣分项。",
        fix_zh: "今后按期限发布年度报告；如发布日期写错，请改正。",
        title_en: "Published late",
        what_en: "The publication date is after the deadline of article 49 of the Regulations: 31 January of the next year for departments, 31 March for local governments.",
        why_en: "Annual reports must be published on time; lateness is a common criticism in reviews.",
        fix_en: "Publish by the deadline; correct the date if it is wrong.",
    };

    fn check(cx: &Context<'_>, found: &mut Found<'_>) {
        let Some(year) = cx.extraction.info.year else { return };
        let local = cx.extraction.info.unit.as_deref().is_none_or(|unit| {
            LOCAL.iter().any(|end| unit.ends_with(end))
                || !DEPARTMENT.iter().any(|end| unit.ends_with(end))
        });
        let deadline = (year + 1, if local { 3 } else { 1 }, 31);
        let published = cx.document.blocks.iter().find_map(|block| match block {
            Block::Paragraph(p) => publication_date(&p.text).map(|date| (date, p.location)),
            Block::Table(_) => None,
        });
        let Some((date, location)) = published else { return };
        if date > deadline {
            let show = |(y, m, d): (i32, u32, u32)| format!("{y}-{m:02}-{d:02}");
            let facts = Facts::Published { date: show(date), deadline: show(deadline), local };
            found.add(Draft::new(location, facts));
        }
    }

    fn words(finding: &Finding, _: &Names, lang: Lang) -> Words {
        let Facts::Published { date, deadline, local } = &finding.facts else {
            return Words::default();
        };
        let who = if *local {
            lang.pick("地方人民政府", "a local government")
        } else {
            lang.pick("政府部门", "a department")
        };
        Words::with(
            lang.pick(
                format!("发布日期 {date} 晚于法定期限 {deadline}"),
                format!("Published {date}, after the deadline {deadline}"),
            ),
            lang.pick(
                format!("《条例》第四十九条：{who}应于 {deadline} 前公布上一年度报告"),
                format!("Regulations art. 49: {who} publishes by {deadline}"),
            ),
        )
    }
}

/// `发布日期：2021-04-06`, `发布时间：2021年4月6日 10:00` → (2021, 4, 6).
fn publication_date(text: &str) -> Option<(i32, u32, u32)> {
    let at = LABELS.iter().filter_map(|l| text.find(l).map(|at| at + l.len())).min()?;
    let rest = text.get(at..)?.trim_start_matches([':', '：', ' ', '\u{3000}']);
    let mut fields = rest
        .split(|c: char| !c.is_ascii_digit())
        .take(5)
        .filter(|f| !f.is_empty())
        .map(str::parse::<u32>);
    let (year, month, day) = (fields.next()?.ok()?, fields.next()?.ok()?, fields.next()?.ok()?);
    // The date must follow its label at once: `2021-04-06`, `2021年4月6日`, `2021/4/6`.
    let plain = rest.chars().take(4).all(|c| c.is_ascii_digit());
    let sane =
        (1990..=2099).contains(&year) && (1..=12).contains(&month) && (1..=31).contains(&day);
    let year = i32::try_from(year).ok()?;
    (plain && sane).then_some((year, month, day))
}

#[cfg(test)]
mod tests {
    #[test]
    fn dates_after_their_label() {
        for text in [
            "发布日期：2021-04-06",
            "发布时间:2021年4月6日 10:00",
            "发布日期 2021/4/6 来源：办公室",
        ] {
            assert_eq!(super::publication_date(text), Some((2021, 4, 6)), "{text}");
        }
        assert_eq!(super::publication_date("发布日期：见附件"), None);
        assert_eq!(super::publication_date("统计期限自2020年1月1日起"), None);
    }
}
