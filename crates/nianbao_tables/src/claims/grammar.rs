//! The claims grammar: which numbers of a sentence are tied to one quantity of this year.
//!
//! A sentence is read only when it talks about the report's year (`2021年`, `本年`, `全年`,
//! or follows such a sentence in its paragraph) and about nothing that makes its numbers
//! something else: another year, a month or quarter, a comparison (`同比`, `较上年`), a
//! running total (`累计`), another unit (`各县`, `所属`, `市本级`). Then it is cut at
//! `，` `、` `：` and brackets into segments, and each number with a unit (`81件`, `0.5万元`,
//! `51.85%`) is tied to the quantity named right before it: a keyword (`收到`, `予以公开`,
//! `行政复议`) followed only by filler words (`政府信息公开申请`, `共计`). The first count
//! it cannot tie ends the sentence: what follows may be a part of it (`网上申请30件，予以
//! 公开10件`). After `其中` only a breakdown of a total stated before is read.

use super::numerals::{chinese, is_chinese_digit, leading};
use super::quantity::{Applicant, Proactive, ProactiveColumn, Quantity, RequestRow};
use super::sentences::{Sentence, LONGEST_SENTENCE};
use super::Stated;
use crate::decimal::Decimal;

/// What a sentence hands to the next one of its paragraph.
#[derive(Debug, Clone, Default)]
pub(super) struct Carry {
    /// The sentence talked about this year, cleanly.
    tied: bool,
    /// The totals it stated, last one last (for `其中` and `占…%` in the next sentence).
    totals: Vec<(Quantity, i64)>,
    /// It talked about requests: the next sentence's `上年结转3件` are requests too.
    requests: bool,
}

/// Words that make a sentence's numbers something other than this year's quantities.
const BLOCKERS: &[&str] = &[
    // comparisons and running totals
    "同比",
    "较上年",
    "比上年",
    "上年同期",
    "较去年",
    "比去年",
    "去年",
    "与上年",
    "相比",
    "增长",
    "下降",
    "增加",
    "减少",
    "持平",
    "累计",
    "以来",
    "历年",
    "截至",
    "截止",
    // parts of the year
    "上半年",
    "下半年",
    "季度",
    "月份",
    "个月",
    "平均",
    "日均",
    "同期",
    // other units
    "各县",
    "各区",
    "各乡",
    "各镇",
    "各街道",
    "各部门",
    "各单位",
    "各地",
    "各级",
    "所属",
    "下属",
    "直属",
    "本级",
    "市直",
    "区直",
    "县直",
    "县(市",
    "区县",
    "县区",
    "县市区",
    "全省",
    "全国",
    "分别",
    "配合",
    "牵头",
    "协助",
    "代为",
    // 「区政府办代表区政府受理…17件」: one office's share, not the report's table
    "代表",
    "转交",
    "转办",
    // intentions, not facts
    "预计",
    "计划",
    "力争",
    "目标",
    "约",
];

/// A sentence must name one of these to hold claims at all.
const ANCHORS: &[&str] =
    &["申请", "复议", "诉讼", "规章", "规范性文件", "行政许可", "行政处罚", "行政强制", "收费"];

/// Words that tie a sentence to the report year (besides `2021年`).
const THIS_YEAR: &[&str] =
    &["本年", "全年", "今年", "年内", "当年", "年度内", "报告期内", "本报告期"];

const RECEIVED: &[&str] = &["新收", "收到", "受理", "接到", "接收"];
const CARRIED_OVER: &[&str] =
    &["上年结转", "上年度结转", "上一年度结转", "上年度转结", "上年转结", "上一年结转"];
const COMPLETED: &[&str] = &["办结", "答复"];
const GRANTED: &[&str] = &["予以公开", "同意公开", "全部公开"];
const PARTLY: &[&str] = &["部分公开", "同意部分公开", "予以部分公开"];
const GRANTED_OR_PARTLY: &[&str] = &[
    "予以公开及部分公开",
    "予以公开和部分公开",
    "予以公开或部分公开",
    "予以公开与部分公开",
    "公开及部分公开",
    "公开和部分公开",
    "全部或部分公开",
    "全部公开和部分公开",
    "全部公开及部分公开",
];
const REFUSED: &[&str] = &["不予公开"];
const UNABLE: &[&str] = &["无法提供"];
const NOT_PROCESSED: &[&str] = &["不予处理"];
const OTHER_PROCESSED: &[&str] = &["其他处理"];
pub(super) const CARRIED_FORWARD: &[&str] = &[
    "结转下年度",
    "结转至下年度",
    "结转到下年度",
    "结转下一年度",
    "结转至下一年度",
    "结转到下一年度",
    "转入下年度",
    "转入下一年度",
    "结转下年",
    "结转至下年",
    "结转到下年",
    "结转次年",
    "结转至次年",
    "结转到次年",
];

/// What may stand between a 表三 keyword and its number.
const REQUEST_FILLERS: &[&str] = &[
    "政府信息公开申请",
    "信息公开申请",
    "依申请公开",
    "公开申请",
    "申请",
    "政府信息",
    "信息",
    "办件",
    "件",
    "共计",
    "合计",
    "总计",
    "共",
    "了",
    "各类",
    "数量",
    "为",
    "的",
    "按时",
    "按期",
    "依法",
    "全部",
    "均",
    "已",
    "继续办理",
    "办理",
    "数",
];
/// Words before a 表三 keyword that make its number a part (a channel, a topic) or no count.
const REQUEST_PREFIX_BLOCKERS: &[&str] = &[
    "通过",
    "方式",
    "网上",
    "网络",
    "当面",
    "现场",
    "信函",
    "邮寄",
    "传真",
    "邮件",
    "涉及",
    "关于",
    "没有",
    "每",
    "其余",
    "同一",
    "申请人",
];

const APPLICANTS: &[(&str, Applicant)] = &[
    ("自然人", Applicant::NaturalPerson),
    ("商业企业", Applicant::Commercial),
    ("科研机构", Applicant::Research),
    ("社会公益组织", Applicant::Social),
    ("法律服务机构", Applicant::LegalServices),
    ("法人或其他组织", Applicant::Organisations),
    ("法人和其他组织", Applicant::Organisations),
    ("法人及其他组织", Applicant::Organisations),
];
const APPLICANT_FILLERS: &[&str] = &["提出申请", "提出", "申请", "的", "为", "共"];
const APPLICANT_PREFIXES: &[&str] = &["其中", "涉及", "包括", "来自", "为", "含", "共"];

const REVIEW: &[&str] = &["行政复议"];
const LITIGATION: &[&str] = &["行政诉讼"];
const APPEAL_FILLERS: &[&str] = &["案件", "案", "申请", "共计", "共", "为", "的", "了"];
const APPEAL_PREFIX_BLOCKERS: &[&str] =
    &["办理", "审理", "受理", "代理", "参与", "未", "没有", "无"];

const NOUNS: &[(&str, Proactive)] = &[
    ("行政规范性文件", Proactive::NormativeDocuments),
    ("规范性文件", Proactive::NormativeDocuments),
    ("规章", Proactive::Regulations),
];
const VERBS: &[(&str, ProactiveColumn)] = &[
    ("制发", ProactiveColumn::Issued),
    ("制定", ProactiveColumn::Issued),
    ("出台", ProactiveColumn::Issued),
    ("印发", ProactiveColumn::Issued),
    ("废止", ProactiveColumn::Repealed),
    ("现行有效", ProactiveColumn::InForce),
];
const DOCUMENT_FILLERS: &[&str] =
    &["件数", "数量", "共计", "共", "了", "的", "为", "新", "本年", "本年度"];
const DOCUMENT_PREFIX_BLOCKERS: &[&str] = &[
    "公开",
    "清理",
    "审查",
    "审核",
    "备案",
    "起草",
    "解读",
    "参与",
    "征求",
    "未",
    "拟",
    "修订",
    "修改",
    "评估",
    "合法性",
    "不",
];

const DECISIONS: &[(&str, Quantity)] = &[
    ("行政许可", Quantity::Licensing),
    ("行政处罚", Quantity::Penalty),
    ("行政强制", Quantity::Enforcement),
];
const DECISION_FILLERS: &[&str] = &["处理决定", "决定", "共计", "共", "了", "的", "为"];
const DECISION_PREFIX_BLOCKERS: &[&str] = &["公开", "公示", "信息", "涉及", "未", "撤销", "纠正"];

const FEES: &[&str] = &["行政事业性收费", "收费金额", "收费", "收取费用"];
const FEE_FILLERS: &[&str] = &["金额", "收入", "总额", "共计", "合计", "共", "为", "了", "的"];
const FEE_PREFIX_BLOCKERS: &[&str] = &["减免", "免收", "免", "减", "降", "退", "未", "不"];

/// Filler after `占` before a percentage.
const SHARE_FILLERS: &[&str] =
    &["比", "总数的", "申请总数的", "收到申请的", "全部申请的", "办结总数的", "总量的", "的", "为"];

/// The unit after a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Unit {
    Count,
    /// A count said roughly (`600余件`): never a claim, and nothing after it is read.
    Rough,
    Wan,
    Yuan,
    Percent,
}

/// The claims state of one sentence, segment after segment.
#[derive(Default)]
struct Reading {
    claims: Vec<(Quantity, Stated)>,
    /// The 表三 totals stated (收到, 办结), for `其中` and `占…%`.
    totals: Vec<(Quantity, i64)>,
    /// `其中` was met: only breakdowns of `total` follow.
    within: bool,
    /// A 表三 quantity named without its number (`收到申请，共计81件`).
    pending: Option<Quantity>,
}

/// The claims of one sentence, and what it hands to the next.
pub(super) fn read(
    sentence: &Sentence,
    year: Option<i32>,
    carried: &Carry,
) -> (Vec<(Quantity, Stated)>, Carry) {
    let s = sentence.key.as_str();
    if s.chars().count() > LONGEST_SENTENCE || !clean(s, year) {
        return (Vec::new(), Carry::default());
    }
    let tied = THIS_YEAR.iter().any(|w| s.contains(w))
        || year.is_some_and(|year| s.contains(&format!("{year}年")))
        || carried.tied;
    // Sections 一, 三 and 四 report the year's counts: there a plain statement is this year's.
    let counts_section = matches!(sentence.section, 1 | 3 | 4);
    let about_requests = s.contains("申请") || carried.requests;
    if !(tied || counts_section) || !(about_requests || ANCHORS.iter().any(|a| s.contains(a))) {
        return (Vec::new(), Carry { tied, totals: Vec::new(), requests: false });
    }
    let about_appeals = s.contains("信息公开") || sentence.section == 4;
    let fee_words_are_fees = !s.contains("处理费");
    let mut reading = Reading { totals: carried.totals.clone(), ..Reading::default() };
    'clauses: for clause in s.split([',', ':', '(', ')', ';', '。', '!', '?']) {
        if let Some(zeros) = negation(clause, about_requests, about_appeals) {
            reading.claims.extend(zeros);
            continue;
        }
        for segment in clause.split('、') {
            if segment.contains("其中") {
                reading.within = true;
            }
            let mut numbered = false;
            for (start, text, unit, after) in numbers(segment) {
                numbered = true;
                let lead = segment.get(..start).unwrap_or_default();
                let trail = segment.get(after..).unwrap_or_default();
                match unit {
                    Unit::Rough => break 'clauses,
                    Unit::Percent => {
                        if let Some(claim) = share(lead, text, &reading) {
                            reading.claims.push(claim);
                        }
                    }
                    Unit::Wan | Unit::Yuan => {
                        let Some(mut amount) = Decimal::parse(text) else { continue };
                        if unit == Unit::Yuan {
                            amount.scale += 4;
                        }
                        if fee_words_are_fees && fee(lead) {
                            reading.claims.push((Quantity::Fees, Stated::Amount(amount)));
                        }
                    }
                    Unit::Count => {
                        let value = if text.starts_with(|c: char| c.is_ascii_digit()) {
                            text.parse::<i64>().ok()
                        } else {
                            chinese(text)
                        };
                        let Some(value) = value else { break 'clauses };
                        let flags = Flags { about_requests, about_appeals };
                        let Some(quantity) = count(lead, trail, &mut reading, flags) else {
                            break 'clauses;
                        };
                        reading.claims.push((quantity, Stated::Count(value)));
                        if let Quantity::Requests(
                            RequestRow::Received | RequestRow::Completed,
                            Applicant::Total,
                        ) = quantity
                        {
                            reading.totals.push((quantity, value));
                        }
                        reading.pending = None;
                    }
                }
            }
            if !numbered && about_requests && !reading.within {
                reading.pending =
                    request_row(segment).map(|row| Quantity::Requests(row, Applicant::Total));
            }
        }
    }
    let carry = Carry { tied, totals: reading.totals, requests: about_requests };
    (reading.claims, carry)
}

/// The sentence says nothing that makes its numbers another year's, a part's or a change.
pub(super) fn clean(s: &str, year: Option<i32>) -> bool {
    if BLOCKERS.iter().any(|b| s.contains(b)) {
        return false;
    }
    // A month (`1-6月`, `十二月`) is a part of the year.
    let month = s.match_indices('月').any(|(at, _)| {
        s.get(..at)
            .and_then(|before| before.chars().last())
            .is_some_and(|c| c.is_ascii_digit() || is_chinese_digit(c))
    });
    // Any other year.
    let other_year = s.match_indices('年').any(|(at, _)| {
        let digits: String = s
            .get(..at)
            .unwrap_or_default()
            .chars()
            .rev()
            .take_while(char::is_ascii_digit)
            .collect();
        digits.len() == 4
            && year.is_none_or(|year| digits.chars().rev().collect::<String>() != year.to_string())
    });
    !month && !other_year
}

/// Whether `gap` is made of `fillers` only (a short text; bounded search).
fn only_fillers(gap: &str, fillers: &[&str]) -> bool {
    fn go(gap: &str, fillers: &[&str], depth: u8) -> bool {
        gap.is_empty()
            || (depth < 12
                && fillers
                    .iter()
                    .any(|f| gap.strip_prefix(f).is_some_and(|rest| go(rest, fillers, depth + 1))))
    }
    gap.chars().count() <= 24 && go(gap, fillers, 0)
}

/// The keyword of `terms` that `lead` ends with, past filler: the one ending latest, the
/// longest of those. Returns the term's index and the text before it.
fn ends_with_term<'a>(lead: &'a str, terms: &[&str], fillers: &[&str]) -> Option<(usize, &'a str)> {
    let mut best: Option<(usize, usize, usize, &str)> = None; // (end, len, index, before)
    for (index, term) in terms.iter().enumerate() {
        for (at, _) in lead.match_indices(term) {
            let end = at + term.len();
            let gap = lead.get(end..).unwrap_or_default();
            if !only_fillers(gap, fillers) {
                continue;
            }
            let better = best.is_none_or(|(e, l, _, _)| (end, term.len()) > (e, l));
            if better {
                best = Some((end, term.len(), index, lead.get(..at).unwrap_or_default()));
            }
        }
    }
    best.map(|(_, _, index, before)| (index, before))
}

/// Words before a keyword that make it another quantity: a negation right before it
/// (`不同意公开`, `未收到`), or one of `blockers` anywhere before it.
fn blocked(prefix: &str, blockers: &[&str]) -> bool {
    prefix.ends_with(['不', '未', '无', '非'])
        || prefix.ends_with("没有")
        || blockers.iter().any(|b| prefix.contains(b))
}

/// The numbers of a segment with a unit: (start, digits, unit, end after the unit).
fn numbers(segment: &str) -> Vec<(usize, &str, Unit, usize)> {
    let mut out = Vec::new();
    let mut previous: Option<char> = None;
    for (at, c) in segment.char_indices() {
        let starts = match previous {
            Some(p) => {
                (c.is_ascii_digit() && !p.is_ascii_digit() && p != '.')
                    || (is_chinese_digit(c) && !is_chinese_digit(p) && p != '第')
            }
            None => c.is_ascii_digit() || is_chinese_digit(c),
        };
        previous = Some(c);
        if !starts {
            continue;
        }
        let rest = segment.get(at..).unwrap_or_default();
        let Some((text, len)) = leading(rest) else { continue };
        let after = rest.get(len..).unwrap_or_default();
        let ascii = text.starts_with(|c: char| c.is_ascii_digit());
        let unit = if let Some(tail) = after.strip_prefix('件') {
            if tail.starts_with(['事', '实']) {
                continue; // 一件事, 十件实事: no count of requests
            }
            Some((Unit::Count, 1))
        } else if ascii
            && (after.starts_with('起') && !after.starts_with("起诉") || after.starts_with('宗'))
        {
            Some((Unit::Count, 1))
        } else if ["余件", "多件", "余起", "多起"].iter().any(|r| after.starts_with(r)) {
            Some((Unit::Rough, 2))
        } else if ascii && after.starts_with("万元") {
            Some((Unit::Wan, 2))
        } else if ascii && after.starts_with('元') {
            Some((Unit::Yuan, 1))
        } else if ascii && after.starts_with('%') {
            Some((Unit::Percent, 1))
        } else {
            None
        };
        let Some((unit, unit_chars)) = unit else { continue };
        let unit_len: usize = after.chars().take(unit_chars).map(char::len_utf8).sum();
        if unit == Unit::Count && text.contains('.') {
            out.push((at, text, Unit::Rough, at + len + unit_len));
            continue;
        }
        out.push((at, text, unit, at + len + unit_len));
    }
    out
}

#[derive(Clone, Copy)]
struct Flags {
    about_requests: bool,
    about_appeals: bool,
}

/// The quantity a counted number is tied to, if exactly one.
fn count(lead: &str, trail: &str, reading: &mut Reading, flags: Flags) -> Option<Quantity> {
    let lead_core = lead.strip_prefix("其中").unwrap_or(lead);
    // An applicant of the total stated before.
    if let Some((index, before)) = ends_with_term(lead_core, &names(APPLICANTS), APPLICANT_FILLERS)
    {
        let Quantity::Requests(row, Applicant::Total) = reading
            .claims
            .iter()
            .rev()
            .map(|c| c.0)
            .find(|q| matches!(q, Quantity::Requests(_, Applicant::Total)))
            .or_else(|| reading.totals.last().map(|t| t.0))?
        else {
            return None;
        };
        let applicant = APPLICANTS.get(index)?.1;
        return only_fillers(before, APPLICANT_PREFIXES)
            .then_some(Quantity::Requests(row, applicant));
    }
    if flags.about_requests {
        if let Some((row, before)) = request_row_with_prefix(lead_core) {
            if blocked(before, REQUEST_PREFIX_BLOCKERS) {
                return None;
            }
            let outcome = !matches!(
                row,
                RequestRow::Received | RequestRow::CarriedOver | RequestRow::Completed
            );
            if reading.within && (!outcome || reading.totals.is_empty()) {
                return None;
            }
            return Some(Quantity::Requests(row, Applicant::Total));
        }
        // `收到申请，共计81件`.
        if let Some(pending) = reading.pending.filter(|_| only_fillers(lead_core, REQUEST_FILLERS))
        {
            return Some(pending);
        }
        // `尚有3件结转下年度办理`.
        if only_fillers(lead_core, &["有", "尚有", "另有", "仍有", "共有", "其余", "剩余", "共"])
            && CARRIED_FORWARD.iter().any(|k| {
                trail.find(k).is_some_and(|at| {
                    only_fillers(
                        trail.get(..at).unwrap_or_default(),
                        &["申请", "已", "需", "均", "将"],
                    )
                })
            })
        {
            return Some(Quantity::Requests(RequestRow::CarriedForward, Applicant::Total));
        }
    }
    if reading.within {
        return None;
    }
    if flags.about_appeals {
        let appeals = [REVIEW, LITIGATION].concat();
        if let Some((index, before)) = ends_with_term(lead_core, &appeals, APPEAL_FILLERS) {
            if blocked(before, APPEAL_PREFIX_BLOCKERS) {
                return None;
            }
            return Some(if index < REVIEW.len() {
                Quantity::Review
            } else {
                Quantity::Litigation
            });
        }
    }
    if let Some(quantity) = document(lead_core, reading) {
        return quantity;
    }
    if let Some((index, before)) = ends_with_term(lead_core, &names(DECISIONS), DECISION_FILLERS) {
        let gap_says_decisions =
            lead_core.get(before.len()..).is_some_and(|rest| rest.contains("决定"));
        if blocked(before, DECISION_PREFIX_BLOCKERS)
            || !(gap_says_decisions || before.ends_with("作出"))
        {
            return None;
        }
        return DECISIONS.get(index).map(|d| d.1);
    }
    None
}

/// `制发规范性文件5件`, `规范性文件现行有效30件`, `废止2件` (of the documents named before):
/// `Some(None)` when the lead names documents but not clearly one count of them.
fn document(lead: &str, reading: &Reading) -> Option<Option<Quantity>> {
    let last = reading.claims.iter().rev().find_map(|c| match c.0 {
        Quantity::Documents(row, column) => Some((row, column)),
        _ => None,
    });
    let verbs = names(VERBS);
    let nouns = names(NOUNS);
    let (row, column, before) =
        if let Some((verb, before)) = ends_with_term(lead, &verbs, DOCUMENT_FILLERS) {
            let column = VERBS.get(verb)?.1;
            match ends_with_term(before, &nouns, DOCUMENT_FILLERS) {
                Some((noun, earlier)) => (NOUNS.get(noun)?.1, column, earlier),
                None if before.is_empty() || only_fillers(before, DOCUMENT_FILLERS) => {
                    (last.map(|l| l.0)?, column, "")
                }
                None => {
                    // The verb may stand before the noun (`制发规范性文件`): then the lead ends
                    // with a noun, handled below.
                    return ends_noun(lead, &nouns, &verbs, last);
                }
            }
        } else {
            return ends_noun(lead, &nouns, &verbs, last);
        };
    if blocked(before, DOCUMENT_PREFIX_BLOCKERS) {
        return Some(None);
    }
    Some(Some(Quantity::Documents(row, column)))
}

fn ends_noun(
    lead: &str,
    nouns: &[&str],
    verbs: &[&str],
    last: Option<(Proactive, ProactiveColumn)>,
) -> Option<Option<Quantity>> {
    let (noun, before) = ends_with_term(lead, nouns, DOCUMENT_FILLERS)?;
    let row = NOUNS.get(noun)?.1;
    let (column, earlier) = match ends_with_term(before, verbs, DOCUMENT_FILLERS) {
        Some((verb, earlier)) => (VERBS.get(verb)?.1, earlier),
        None if only_fillers(before, DOCUMENT_FILLERS) => match last {
            Some((_, column)) => (column, ""),
            None => return Some(None),
        },
        None => return Some(None),
    };
    if blocked(earlier, DOCUMENT_PREFIX_BLOCKERS) {
        return Some(None);
    }
    Some(Some(Quantity::Documents(row, column)))
}

/// `占51.85%` or `（17.46%）` right after a count of 表三, as a share of a total stated
/// before: the total whose stated count gives the percentage, else the first one.
fn share(lead: &str, text: &str, reading: &Reading) -> Option<(Quantity, Stated)> {
    let after = if lead.is_empty() { "" } else { lead.strip_prefix('占')? };
    if !only_fillers(after, SHARE_FILLERS) {
        return None;
    }
    let &(numerator, Stated::Count(count)) = reading.claims.last()? else { return None };
    if !matches!(numerator, Quantity::Requests(_, Applicant::Total)) {
        return None;
    }
    let percent = Decimal::parse(text)?;
    let candidates: Vec<&(Quantity, i64)> =
        reading.totals.iter().filter(|(total, _)| *total != numerator).collect();
    let of = candidates
        .iter()
        .find(|(_, whole)| super::share_matches(percent, count, *whole))
        .or_else(|| candidates.first())?
        .0;
    Some((numerator, Stated::Percent { percent, of }))
}

fn fee(lead: &str) -> bool {
    ends_with_term(lead, FEES, FEE_FILLERS)
        .is_some_and(|(_, before)| !blocked(before, FEE_PREFIX_BLOCKERS))
}

const ROW_TERMS: &[(&[&str], RequestRow)] = &[
    (RECEIVED, RequestRow::Received),
    (CARRIED_OVER, RequestRow::CarriedOver),
    (COMPLETED, RequestRow::Completed),
    (GRANTED, RequestRow::Granted),
    (PARTLY, RequestRow::PartlyGranted),
    (GRANTED_OR_PARTLY, RequestRow::GrantedOrPartly),
    (REFUSED, RequestRow::Refused),
    (UNABLE, RequestRow::Unable),
    (NOT_PROCESSED, RequestRow::NotProcessed),
    (OTHER_PROCESSED, RequestRow::OtherProcessed),
    (CARRIED_FORWARD, RequestRow::CarriedForward),
];

fn request_row_with_prefix(lead: &str) -> Option<(RequestRow, &str)> {
    let terms: Vec<&str> = ROW_TERMS.iter().flat_map(|(t, _)| t.iter().copied()).collect();
    let rows: Vec<RequestRow> =
        ROW_TERMS.iter().flat_map(|(t, row)| t.iter().map(|_| *row)).collect();
    let (index, before) = ends_with_term(lead, &terms, REQUEST_FILLERS)?;
    Some((*rows.get(index)?, before))
}

fn request_row(segment: &str) -> Option<RequestRow> {
    request_row_with_prefix(segment)
        .filter(|(_, before)| !blocked(before, REQUEST_PREFIX_BLOCKERS))
        .map(|(row, _)| row)
}

/// Zero stated by negation: `未收到政府信息公开申请`, `未因政府信息公开工作被申请行政复议
/// 或提起行政诉讼`.
fn negation(
    clause: &str,
    about_requests: bool,
    about_appeals: bool,
) -> Option<Vec<(Quantity, Stated)>> {
    let at = clause.find('未').or_else(|| clause.find("没有"))?;
    let after = clause.get(at..)?.trim_start_matches('未').trim_start_matches("没有");
    let zero = Stated::Count(0);
    if about_requests {
        for verb in RECEIVED {
            if let Some(rest) = after.strip_prefix(verb) {
                if rest.contains("申请") && only_fillers(rest, REQUEST_FILLERS) {
                    return Some(vec![(
                        Quantity::Requests(RequestRow::Received, Applicant::Total),
                        zero,
                    )]);
                }
            }
        }
    }
    if !about_appeals {
        return None;
    }
    const CONNECTIVES: &[&str] = &[
        "因政府信息公开工作",
        "因政府信息公开",
        "被申请",
        "被提起",
        "提起",
        "发生",
        "出现",
        "被",
        "或",
        "和",
        "及",
        "与",
        "、",
        "案件",
        "情况",
        "的",
        "也",
    ];
    let mut rest = after;
    let mut found = Vec::new();
    while !rest.is_empty() {
        if let Some(tail) = rest.strip_prefix("行政复议") {
            found.push((Quantity::Review, zero));
            rest = tail;
        } else if let Some(tail) = rest.strip_prefix("行政诉讼") {
            found.push((Quantity::Litigation, zero));
            rest = tail;
        } else if let Some(tail) = CONNECTIVES.iter().find_map(|c| rest.strip_prefix(c)) {
            rest = tail;
        } else {
            return None;
        }
    }
    (!found.is_empty()).then_some(found)
}

fn names<T>(list: &[(&'static str, T)]) -> Vec<&'static str> {
    list.iter().map(|(name, _)| *name).collect()
}
