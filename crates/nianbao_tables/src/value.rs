//! What a cell holds (SPEC §4): a number, a blank, a placeholder or text that is not a
//! number — kept apart, because a blank is not a zero and `/` is not a blank.

use nianbao_document::Location;
use serde::Serialize;

use crate::decimal::Decimal;
use crate::normalize::half_width;

/// What a column of the template holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColumnKind {
    /// A non-negative whole number (件, 项).
    Count,
    /// 本年增/减: a signed whole number.
    Change,
    /// Money, with the unit the header states (`None` when each cell must say it).
    Amount(Option<&'static str>),
}

/// The state of a cell, as in the JSON contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum CellState {
    /// A number as written.
    Number,
    /// Nothing written.
    Blank,
    /// `/`, `-`, `—`, `无`, `不适用`.
    Placeholder,
    /// Text that is not a number.
    Invalid,
    /// A number whose column was recovered from the table's arithmetic (T023).
    Inferred,
}

/// A number read from a cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Number {
    /// A whole number.
    Count(i64),
    /// An exact decimal (amounts, or a count written with a fraction).
    Decimal(Decimal),
}

/// The largest count any report holds, with room to spare: a province's 行政处罚 decisions
/// run to millions, never to billions. A larger count is a typo or a crafted file; it is
/// reported (V004) and kept out of every sum, so no message shows a number nobody wrote.
pub const MAX_COUNT: i64 = 1_000_000_000;

/// One cell of a standard table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CellValue {
    /// The text as written.
    pub raw: String,
    /// Number, blank, placeholder, invalid or inferred.
    pub state: CellState,
    /// The number, for `Number` and `Inferred` cells.
    pub number: Option<Number>,
    /// The unit of an amount (`元`, `万元`).
    pub unit: Option<String>,
    /// A note written after the number: `22（其中修订16件）` → `其中修订16件`.
    pub note: Option<String>,
    /// What the template expects here.
    pub kind: ColumnKind,
    /// Where it came from.
    pub location: Location,
}

const PLACEHOLDERS: [&str; 12] =
    ["/", "-", "--", "—", "——", "－", "―", "─", "无", "不适用", "空", "\\"];

/// What a cell's text says, before it becomes a [`CellValue`].
struct Reading {
    state: CellState,
    number: Option<Number>,
    unit: Option<String>,
    note: Option<String>,
}

/// Reads a cell's text as `kind` expects.
fn read(raw: &str, kind: ColumnKind) -> Reading {
    let mut reading = Reading { state: CellState::Invalid, number: None, unit: None, note: None };
    let trimmed = raw.trim();
    // Most cells are plain whole numbers: no allocation for them.
    if !trimmed.is_empty() && trimmed.len() <= 18 && trimmed.bytes().all(|b| b.is_ascii_digit()) {
        let count = trimmed.bytes().fold(0_i64, |acc, b| acc * 10 + i64::from(b - b'0'));
        reading.state = CellState::Number;
        reading.number = Some(match kind {
            ColumnKind::Amount(_) => {
                Number::Decimal(Decimal { units: i128::from(count), scale: 0 })
            }
            ColumnKind::Count | ColumnKind::Change => Number::Count(count),
        });
        if let ColumnKind::Amount(header_unit) = kind {
            reading.unit = header_unit.map(str::to_owned);
        }
        return reading;
    }
    let compact: String = raw
        .chars()
        .map(half_width)
        .filter(|c| !c.is_whitespace() && *c != ',' && *c != '，')
        .collect();
    if compact.is_empty() {
        reading.state = CellState::Blank;
        return reading;
    }
    if PLACEHOLDERS.contains(&compact.as_str()) {
        reading.state = CellState::Placeholder;
        return reading;
    }
    let Some((number, unit, note)) = split_number(&compact) else { return reading };
    let Some(decimal) = Decimal::parse(number) else { return reading };
    let unit_ok = match kind {
        ColumnKind::Amount(_) => matches!(unit, "" | "元" | "万元" | "亿元"),
        ColumnKind::Count | ColumnKind::Change => {
            matches!(unit, "" | "件" | "个" | "项" | "条" | "次")
        }
    };
    if !unit_ok {
        return reading;
    }
    reading.state = CellState::Number;
    reading.note = (!note.is_empty()).then(|| note.to_owned());
    reading.number = Some(match (kind, decimal.as_integer()) {
        (ColumnKind::Amount(_), _) | (_, None) => Number::Decimal(decimal),
        (_, Some(count)) => Number::Count(count),
    });
    if let ColumnKind::Amount(header_unit) = kind {
        reading.unit =
            if unit.is_empty() { header_unit.map(str::to_owned) } else { Some(unit.to_owned()) };
    }
    reading
}

/// The state a cell's text would have as a count, without building the cell.
pub(crate) fn state_of(raw: &str) -> CellState {
    read(raw, ColumnKind::Count).state
}

impl CellValue {
    /// Reads a cell's text as the template's `kind` expects.
    #[must_use]
    pub fn parse(raw: &str, kind: ColumnKind, location: Location) -> Self {
        let Reading { state, number, unit, note } = read(raw, kind);
        Self { raw: raw.trim().to_owned(), state, number, unit, note, kind, location }
    }

    /// A blank cell that the source did not write (a dropped cell, placed by T023).
    #[must_use]
    pub fn missing(kind: ColumnKind, location: Location) -> Self {
        Self {
            raw: String::new(),
            state: CellState::Blank,
            number: None,
            unit: None,
            note: None,
            kind,
            location,
        }
    }

    /// The cell's worth in a sum: its count, 0 for blank and placeholder, `None` when it
    /// cannot take part (text, fractions, amounts, counts beyond [`MAX_COUNT`]).
    #[must_use]
    pub fn addend(&self) -> Option<i64> {
        match (self.state, self.number) {
            (CellState::Blank | CellState::Placeholder, _) => Some(0),
            (CellState::Number | CellState::Inferred, Some(Number::Count(n)))
                if n.unsigned_abs() <= MAX_COUNT.unsigned_abs() =>
            {
                Some(n)
            }
            _ => None,
        }
    }

    /// Whether the cell holds a number (as written or inferred).
    #[must_use]
    pub fn is_number(&self) -> bool {
        self.number.is_some()
    }
}

/// `22（其中修订16件）` → (`22`, ``, `其中修订16件`); `13411588.43元` → (`13411588.43`, `元`, ``).
fn split_number(compact: &str) -> Option<(&str, &str, &str)> {
    let end = compact
        .char_indices()
        .find(|&(i, c)| !(c.is_ascii_digit() || c == '.' || (i == 0 && (c == '+' || c == '-'))))
        .map_or(compact.len(), |(i, _)| i);
    let (number, rest) = compact.split_at(end);
    if number.is_empty() {
        return None;
    }
    let (unit, note) = match rest.find('(') {
        Some(open) => {
            let (unit, note) = rest.split_at(open);
            let note = note.trim_start_matches('(');
            (unit, note.strip_suffix(')').unwrap_or(note))
        }
        None => (rest, ""),
    };
    Some((number, unit, note))
}

#[cfg(test)]
mod tests {
    use super::{CellState, CellValue, ColumnKind, Number};
    use crate::decimal::Decimal;
    use nianbao_document::Location;

    fn parse(raw: &str, kind: ColumnKind) -> CellValue {
        CellValue::parse(raw, kind, Location::default())
    }

    #[test]
    fn counts_changes_and_amounts() {
        assert_eq!(parse("1,392", ColumnKind::Count).number, Some(Number::Count(1392)));
        assert_eq!(parse("＋13", ColumnKind::Change).number, Some(Number::Count(13)));
        let amount = parse("27326.00万元", ColumnKind::Amount(None));
        assert_eq!(amount.number, Some(Number::Decimal(Decimal { units: 2_732_600, scale: 2 })));
        assert_eq!(amount.unit.as_deref(), Some("万元"));
        assert_eq!(
            parse("4068.208", ColumnKind::Amount(Some("万元"))).unit.as_deref(),
            Some("万元")
        );
        let noted = parse("22（其中修订16件）", ColumnKind::Count);
        assert_eq!(
            (noted.number, noted.note.as_deref()),
            (Some(Number::Count(22)), Some("其中修订16件"))
        );
    }

    #[test]
    fn blank_placeholder_and_text_stay_apart() {
        let states: Vec<CellState> = ["", "\u{a0}", "/", "—", "无", "不适用", "见附件", "3人次"]
            .iter()
            .map(|raw| parse(raw, ColumnKind::Count).state)
            .collect();
        use CellState::{Blank, Invalid, Placeholder};
        assert_eq!(
            states,
            vec![
                Blank,
                Blank,
                Placeholder,
                Placeholder,
                Placeholder,
                Placeholder,
                Invalid,
                Invalid
            ]
        );
    }
}
