//! Every rule, one line each. Adding a rule is one file under `rules/` and one line here;
//! the macro makes the [`Code`] enum, the catalogue ([`RULES`]) and the dispatch from them,
//! as exhaustive `match`es, so a code without its documentation, detection or wording does
//! not compile.

use std::ops::Deref;

use serde::{Deserialize, Serialize};

use crate::context::Context;
use crate::finding::Finding;
use crate::names::Names;
use crate::rule::{Found, Meta, Rule, Words};
use crate::rules;
use crate::Lang;

macro_rules! registry {
    ($($code:ident => $rule:ty,)*) => {
        /// Every rule code of the catalogue. Codes are stable and never reused.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Code {
            $(#[doc = stringify!($code)] $code,)*
        }

        impl Code {
            /// All codes, in catalogue order.
            pub const ALL: &'static [Code] = &[$(Code::$code,)*];

            /// The short code, e.g. `"R301"`.
            #[must_use]
            pub fn as_str(self) -> &'static str {
                match self { $(Code::$code => stringify!($code),)* }
            }

            /// A code from its short form.
            #[must_use]
            pub fn parse(text: &str) -> Option<Self> {
                match text { $(stringify!($code) => Some(Code::$code),)* _ => None }
            }

            /// The rule's name, severity, scope and documentation.
            #[must_use]
            pub fn meta(self) -> &'static Meta {
                match self { $(Code::$code => { const META: &Meta = &<$rule as Rule>::META; META })* }
            }
        }

        /// The catalogue: every rule's code and documentation, in code order.
        pub static RULES: &[RuleDoc] = &[
            $(RuleDoc { code: Code::$code, meta: &<$rule as Rule>::META },)*
        ];

        /// Runs one rule over one report.
        pub(crate) fn check_with(code: Code, cx: &Context<'_>, out: &mut Vec<Finding>) {
            match code {
                $(Code::$code => <$rule as Rule>::check(cx, &mut Found::new(code, out)),)*
            }
        }

        /// Runs one rule over a unit's two consecutive reports.
        pub(crate) fn check_pair_with(
            code: Code,
            last: &Context<'_>,
            this: &Context<'_>,
            out: &mut Vec<Finding>,
        ) {
            match code {
                $(Code::$code => <$rule as Rule>::check_pair(last, this, &mut Found::new(code, out)),)*
            }
        }

        /// A finding in the words of the rule that made it.
        pub(crate) fn words(finding: &Finding, names: &Names, lang: Lang) -> Words {
            match finding.code {
                $(Code::$code => <$rule as Rule>::words(finding, names, lang),)*
            }
        }
    };
}

registry! {
    F001 => rules::file::f001_unsupported_format::UnsupportedFormat,
    F002 => rules::file::f002_no_text_layer::NoTextLayer,
    F003 => rules::file::f003_unreadable_file::UnreadableFile,
    T001 => rules::layout::t001_section_missing::SectionMissing,
    T002 => rules::layout::t002_section_title_variant::SectionTitleVariant,
    T003 => rules::layout::t003_section_order::SectionOrder,
    T004 => rules::layout::t004_problems_section_thin::ProblemsSectionThin,
    T010 => rules::layout::t010_table_missing::TableMissing,
    T011 => rules::layout::t011_row_missing::RowMissing,
    T012 => rules::layout::t012_row_unknown::RowUnknown,
    T013 => rules::layout::t013_row_label_variant::RowLabelVariant,
    T014 => rules::layout::t014_header_garbled::HeaderGarbled,
    T015 => rules::layout::t015_row_label_separated::RowLabelSeparated,
    T016 => rules::layout::t016_row_label_unresolved::RowLabelUnresolved,
    T020 => rules::cells::t020_cell_blank::CellBlank,
    T021 => rules::cells::t021_cell_placeholder::CellPlaceholder,
    T022 => rules::cells::t022_cell_not_number::CellNotNumber,
    T023 => rules::cells::t023_row_inferred::RowInferred,
    T024 => rules::cells::t024_row_unresolved::RowUnresolved,
    T025 => rules::cells::t025_table_blank::TableBlank,
    T026 => rules::cells::t026_digits_split::DigitsSplit,
    T027 => rules::cells::t027_digits_undecided::DigitsUndecided,
    T030 => rules::edition::t030_edition_mismatch::EditionMismatch,
    T031 => rules::edition::t031_edition_pre_2019::EditionPre2019,
    V001 => rules::values::v001_negative_count::NegativeCount,
    V002 => rules::values::v002_fractional_count::FractionalCount,
    V003 => rules::values::v003_amount_unit::AmountUnit,
    V004 => rules::values::v004_count_too_large::CountTooLarge,
    R201 => rules::arithmetic::r201_published_exceeds_total::PublishedExceedsTotal,
    R301 => rules::arithmetic::r301_requests_balance::RequestsBalance,
    R302 => rules::arithmetic::r302_requests_row_total::RequestsRowTotal,
    R303 => rules::arithmetic::r303_requests_outcome_total::RequestsOutcomeTotal,
    R401 => rules::arithmetic::r401_appeals_group_total::AppealsGroupTotal,
    X001 => rules::consistency::x001_year_mismatch::YearMismatch,
    X002 => rules::consistency::x002_prose_table_mismatch::ProseTableMismatch,
    X003 => rules::consistency::x003_fee_not_reported::FeeNotReported,
    X004 => rules::consistency::x004_carry_over_contradiction::CarryOverContradiction,
    X005 => rules::consistency::x005_published_late::PublishedLate,
    X101 => rules::consistency::x101_carry_over_mismatch::CarryOverMismatch,
    X102 => rules::consistency::x102_in_force_mismatch::InForceMismatch,
}

/// One catalogue entry: a code and its rule's documentation (fields of [`Meta`] read
/// through it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RuleDoc {
    /// The code.
    pub code: Code,
    /// Name, severity and documentation.
    pub meta: &'static Meta,
}

impl Deref for RuleDoc {
    type Target = Meta;

    fn deref(&self) -> &Meta {
        self.meta
    }
}

impl Serialize for RuleDoc {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Flat<'a> {
            code: Code,
            #[serde(flatten)]
            meta: &'a Meta,
        }
        Flat { code: self.code, meta: self.meta }.serialize(serializer)
    }
}

impl Serialize for Code {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Code {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = std::borrow::Cow::<'de, str>::deserialize(deserializer)?;
        Code::parse(&text)
            .ok_or_else(|| serde::de::Error::custom(format!("unknown rule code {text}")))
    }
}
