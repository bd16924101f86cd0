//! Claims: the counts the prose states for the report's year, each tied to one quantity of
//! the standard tables ("全年共收到政府信息公开申请81件" → 表三 一、本年新收 · 总计 = 81).
//!
//! Input: the sections with their paragraphs and the report year (an [`Extraction`]).
//! Output: [`Claim`]s — the quantity, the number as stated, the sentence and where it is.
//! It judges nothing; rule X002 compares the claims with the tables. The reader is
//! deliberately narrow (`grammar.rs`): a number becomes a claim only when its sentence ties
//! it to exactly one quantity of this year; anything else (a sub-period, another unit, a
//! comparison with last year, a number it cannot explain before it) ends the sentence's
//! claims, because a false claim blames a consistent report.

mod grammar;
pub(crate) mod numerals;
mod quantity;
mod sentences;

use nianbao_document::Location;

use crate::decimal::Decimal;
use crate::Extraction;

pub use self::quantity::{
    Applicant, Proactive, ProactiveColumn, Quantity, RequestRow, TableNumber,
};
pub use self::sentences::{sentences, Sentence};

/// What the prose states about a quantity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stated {
    /// A count (件).
    Count(i64),
    /// An amount in 万元, exact (`0.35万元`, or `3500元` as 0.3500).
    Amount(Decimal),
    /// `占51.85%`: the quantity as a share of `of`, in percent as written.
    Percent {
        /// The percentage as written.
        percent: Decimal,
        /// What it divides by (a total stated earlier in the sentence).
        of: Quantity,
    },
}

impl std::fmt::Display for Stated {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Count(n) => write!(f, "{n}"),
            Self::Amount(amount) => write!(f, "{amount}万元"),
            Self::Percent { percent, of } => write!(f, "{percent}% of {}", of.key()),
        }
    }
}

/// One number the prose states for the report's year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Claim {
    /// What it counts.
    pub quantity: Quantity,
    /// The number as stated.
    pub stated: Stated,
    /// The sentence, as written.
    pub sentence: String,
    /// The paragraph it is in.
    pub location: Location,
    /// The section (1–6) it is in.
    pub section: u8,
}

/// Every claim of the report's prose, in document order. Without a report year, sentences
/// that name any year hold none.
#[must_use]
pub fn claims(extraction: &Extraction) -> Vec<Claim> {
    let year = extraction.info.year;
    let mut out = Vec::new();
    let all = sentences(extraction);
    let mut previous: Option<&Sentence> = None;
    let mut carried: grammar::Carry = grammar::Carry::default();
    for sentence in &all {
        let same_paragraph = previous.is_some_and(|p| p.piece == sentence.piece);
        if !same_paragraph {
            carried = grammar::Carry::default();
        }
        let (found, carry) = grammar::read(sentence, year, &carried);
        carried = carry;
        out.extend(found.into_iter().map(|(quantity, stated)| Claim {
            quantity,
            stated,
            sentence: sentence.text.clone(),
            location: sentence.location,
            section: sentence.section,
        }));
        previous = Some(sentence);
    }
    out
}

/// Whether a sentence (its matching key) speaks plainly of the report's year: no other
/// year, month or quarter, no comparison, running total or other unit (see `grammar.rs`).
#[must_use]
pub fn plain(key: &str, year: Option<i32>) -> bool {
    grammar::clean(key, year)
}

/// The words that say requests were carried into next year (`结转下年度`, `转入下一年度`).
pub const CARRIED_FORWARD_WORDS: &[&str] = grammar::CARRIED_FORWARD;

/// Whether `percent` (as written, with its own number of decimals) is `part` of `whole`,
/// rounded half up or cut off at those decimals — the two ways reports round.
#[must_use]
pub fn share_matches(percent: Decimal, part: i64, whole: i64) -> bool {
    if whole <= 0 || part < 0 || percent.units < 0 {
        return false;
    }
    let Some(scale) = 10_i128.checked_pow(percent.scale) else { return false };
    let (part, whole) = (i128::from(part), i128::from(whole));
    let Some(scaled) = part.checked_mul(100).and_then(|p| p.checked_mul(scale)) else {
        return false;
    };
    let truncated = scaled / whole;
    let half_up = scaled.checked_mul(2).and_then(|s| s.checked_add(whole)).map(|s| s / (whole * 2));
    percent.units == truncated || Some(percent.units) == half_up
}

/// `part` of `whole` in percent, rounded half up to `scale` decimals (for messages).
#[must_use]
pub fn share_of(part: i64, whole: i64, scale: u32) -> Option<Decimal> {
    let factor = 10_i128.checked_pow(scale)?;
    let scaled = i128::from(part).checked_mul(100)?.checked_mul(factor)?;
    let whole = i128::from(whole);
    (whole > 0).then(|| Decimal { units: (scaled * 2 + whole) / (whole * 2), scale })
}

#[cfg(test)]
mod tests {
    use nianbao_document::Location;

    use super::{claims, Applicant, Quantity, RequestRow, Stated};
    use crate::{Extraction, ReportInfo, Section};

    /// The claims of one paragraph in section `section` of a 2021 report, as `key=stated`.
    fn read(section: u8, paragraph: &str) -> Vec<String> {
        let extraction = Extraction {
            info: ReportInfo { year: Some(2021), ..ReportInfo::default() },
            sections: vec![Section {
                number: section,
                title: String::new(),
                official: true,
                location: Location::default(),
                numbered: None,
                paragraphs: vec![(paragraph.to_owned(), Location::default())],
            }],
            ..Extraction::default()
        };
        claims(&extraction).iter().map(|c| format!("{}={}", c.quantity.key(), c.stated)).collect()
    }

    #[test]
    fn phrasings_tie_numbers_to_quantities() {
        assert_eq!(
            read(1, "2021年，本机关共收到政府信息公开申请81件，其中自然人80件、商业企业1件；予以公开及部分公开42件，占51.85%。"),
            [
                "requests.received.total=81",
                "requests.received.natural_person=80",
                "requests.received.commercial=1",
                "requests.granted+partly_granted.total=42",
                "requests.granted+partly_granted.total=51.85% of requests.received.total",
            ]
        );
        assert_eq!(
            read(4, "本年度发生行政复议案件2件、行政诉讼案件7件。"),
            ["appeals.review=2", "appeals.litigation=7"]
        );
        assert_eq!(
            read(1, "全年共受理申请一百二十三件，办结两件。"),
            ["requests.received.total=123", "requests.outcome_total.total=2"]
        );
        assert_eq!(read(1, "本年共收到申请８１件。"), ["requests.received.total=81"]);
        assert_eq!(
            read(2, "2021年制发行政规范性文件5件，废止2件，现行有效30件。"),
            [
                "proactive.item1.normative_documents.issued=5",
                "proactive.item1.normative_documents.repealed=2",
                "proactive.item1.normative_documents.in_force=30",
            ]
        );
        assert_eq!(
            read(2, "本年行政事业性收费金额12.50万元。"),
            ["proactive.item8.fees.amount=12.50万元"]
        );
        assert_eq!(
            read(1, "本年度收到申请5件，尚有1件结转下年度办理。"),
            ["requests.received.total=5", "requests.carried_forward.total=1"]
        );
        let percent = Quantity::Requests(RequestRow::GrantedOrPartly, Applicant::Total);
        assert_eq!(Quantity::from_key(&percent.key()), Some(percent));
        assert!(matches!(Stated::Count(1), Stated::Count(1)));
    }

    #[test]
    fn ambiguous_numbers_are_no_claims() {
        for paragraph in [
            "2020年共收到政府信息公开申请81件。",
            "本年度收到申请81件，同比增长20%。",
            "1-6月共收到政府信息公开申请30件。",
            "各县（市、区）共收到政府信息公开申请81件。",
            "全年通过信函方式收到申请3件。",
            "本年度收到涉及征地拆迁的申请12件。",
            "累计收到政府信息公开申请1200件。",
            "本年度收到申请600余件。",
            "全年收到群众投诉7件。",
            "本年度审查规范性文件12件。",
            "本年度办理行政复议案件120件。",
            "本年度收取信息处理费0.5万元。",
            "全年落实一件事改革。",
        ] {
            assert_eq!(read(1, paragraph), Vec::<String>::new(), "{paragraph}");
        }
        // A count it cannot place ends the sentence: what follows may be its part.
        assert_eq!(read(1, "本年度网上申请30件，予以公开10件。"), Vec::<String>::new());
        // In sections 二, 五 and 六 a sentence must say it is this year's.
        assert_eq!(read(5, "收到政府信息公开申请81件。"), Vec::<String>::new());
    }
}
