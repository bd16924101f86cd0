//! Which reports of a set belong together: one unit's reports of consecutive years, so the
//! X1xx rules can hold this year's numbers against last year's. Input: each report's unit and
//! year; output: (last, this) pairs by position.

use std::collections::BTreeMap;

use crate::Context;

/// Two reports of one unit: `last` is the year before `this` (positions in the set).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
pub struct Pair {
    /// Last year's report.
    pub last: usize,
    /// This year's report.
    pub this: usize,
}

/// The unit a report is grouped by: the unit its title names, else the one its file name
/// names, with white space removed (a title broken over two lines is one unit).
#[must_use]
pub fn unit_key(cx: &Context<'_>) -> Option<String> {
    let unit = cx.extraction.info.unit.clone().or_else(|| nianbao_tables::unit_of(cx.name))?;
    Some(normalize(&unit))
}

fn normalize(unit: &str) -> String {
    unit.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Every (last, this) pair among reports given as (unit, year): the same unit, years one
/// apart. Reports without a unit or a year pair with nothing (the page lets people pair them
/// by hand). Two reports of one unit and year each pair with the year before: both are shown,
/// neither is picked silently. Ordered by `this`, then `last`; linear in the set's size
/// (after sorting), so a folder of thousands of reports pairs at once.
#[must_use]
pub fn pairs<U: AsRef<str>>(reports: &[(Option<U>, Option<i32>)]) -> Vec<Pair> {
    let mut by_unit_year: BTreeMap<(String, i32), Vec<usize>> = BTreeMap::new();
    for (at, (unit, year)) in reports.iter().enumerate() {
        if let (Some(unit), Some(year)) = (unit, year) {
            by_unit_year.entry((normalize(unit.as_ref()), *year)).or_default().push(at);
        }
    }
    let mut found = Vec::new();
    for ((unit, year), these) in &by_unit_year {
        let Some(before) = year.checked_sub(1) else { continue };
        let Some(lasts) = by_unit_year.get(&(unit.clone(), before)) else { continue };
        for &this in these {
            found.extend(lasts.iter().map(|&last| Pair { last, this }));
        }
    }
    found.sort_by_key(|p| (p.this, p.last));
    found
}

#[cfg(test)]
mod tests {
    use super::{pairs, Pair};

    #[test]
    fn consecutive_years_of_one_unit_pair_up() {
        let set = [
            (Some("忻州市"), Some(2021)),
            (Some("淮安市洪泽区人民政府"), Some(2021)),
            (Some("忻州 市"), Some(2020)),
            (None, Some(2020)),
            (Some("忻州市"), Some(2023)),
            (Some("淮安市洪泽区人民政府"), Some(2022)),
        ];
        assert_eq!(pairs(&set), vec![Pair { last: 2, this: 0 }, Pair { last: 1, this: 5 }]);
    }
}
