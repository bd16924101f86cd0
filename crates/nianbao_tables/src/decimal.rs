//! Exact decimals for amounts (`13411588.43元`, `27326.00万元`): never floats.

use std::fmt;

/// `units × 10^-scale`, keeping the precision as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Decimal {
    /// The digits as one integer.
    pub units: i128,
    /// Digits after the point.
    pub scale: u32,
}

impl Decimal {
    /// Parses `-12`, `+3.50`, `0.208`: an optional sign, digits, an optional fraction.
    #[must_use]
    pub fn parse(text: &str) -> Option<Self> {
        let (negative, digits) = match text.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, text.strip_prefix('+').unwrap_or(text)),
        };
        let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
        let valid = |s: &str| s.chars().all(|c| c.is_ascii_digit());
        if whole.is_empty() || !valid(whole) || !valid(fraction) || digits.ends_with('.') {
            return None;
        }
        if whole.len() + fraction.len() > 30 {
            return None;
        }
        let scale = u32::try_from(fraction.len()).ok()?;
        let units = whole
            .bytes()
            .chain(fraction.bytes())
            .fold(0_i128, |acc, b| acc * 10 + i128::from(b - b'0'));
        Some(Self { units: if negative { -units } else { units }, scale })
    }

    /// The value as a whole number, when it has no fractional part.
    #[must_use]
    pub fn as_integer(self) -> Option<i64> {
        let divisor = 10_i128.checked_pow(self.scale)?;
        if self.units % divisor != 0 {
            return None;
        }
        i64::try_from(self.units / divisor).ok()
    }

    /// Whether it is zero.
    #[must_use]
    pub fn is_zero(self) -> bool {
        self.units == 0
    }
}

impl fmt::Display for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.units < 0 { "-" } else { "" };
        let digits = self.units.unsigned_abs().to_string();
        let scale = self.scale as usize;
        if scale == 0 {
            return write!(f, "{sign}{digits}");
        }
        let padded = format!("{digits:0>width$}", width = scale + 1);
        let (whole, fraction) = padded.split_at(padded.len() - scale);
        write!(f, "{sign}{whole}.{fraction}")
    }
}

#[cfg(test)]
mod tests {
    use super::Decimal;

    #[test]
    fn keeps_the_written_precision() {
        for text in ["13411588.43", "27326.00", "0.208", "-8", "0"] {
            assert_eq!(Decimal::parse(text).map(|d| d.to_string()).as_deref(), Some(text));
        }
        assert_eq!(Decimal::parse("+13").map(|d| d.to_string()).as_deref(), Some("13"));
        assert_eq!(Decimal::parse("1.").or(Decimal::parse("a1")).or(Decimal::parse("")), None);
        assert_eq!(Decimal::parse("22.00").and_then(Decimal::as_integer), Some(22));
        assert_eq!(Decimal::parse("2.5").and_then(Decimal::as_integer), None);
    }
}
