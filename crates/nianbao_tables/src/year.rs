//! The report's title and year: from the title, the statistics period, and the years the
//! text talks about; the rules compare them.

use nianbao_document::Location;

use crate::stream::Item;

/// What the text says about its year.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Years {
    /// The title, if the document opens with one.
    pub title: Option<String>,
    /// The year in the title.
    pub title_year: Option<i32>,
    /// The year of "统计期限…自2020年1月1日起至2020年12月31日止".
    pub period_year: Option<i32>,
    /// The year the report is about.
    pub year: Option<i32>,
    /// Where the title is.
    pub title_at: Location,
}

/// Reads the years from the paragraphs.
pub(crate) fn detect(items: &[Item<'_>]) -> Years {
    // A workbook holds its title and notes in cells; other formats in paragraphs.
    let all_cells = items.iter().all(|i| i.cell);
    let paragraphs: Vec<&Item<'_>> = items.iter().filter(|i| !i.cell || all_cells).collect();
    let mut years = Years::default();
    // Page chrome (menus, breadcrumbs) comes first on saved pages: look a little further.
    if let Some(title) = paragraphs.iter().take(12).find(|p| is_title(&p.key)) {
        years.title = Some(title.text.to_owned());
        years.title_year = years_in(&title.key).first().copied();
        years.title_at = title.location;
    }
    years.period_year = paragraphs.iter().find_map(|p| period_year(&p.key));
    let mut counts: Vec<(i32, usize)> = Vec::new();
    for p in &paragraphs {
        for year in years_followed_by(p.text, "年度") {
            match counts.iter_mut().find(|(y, _)| *y == year) {
                Some((_, n)) => *n += 1,
                None => counts.push((year, 1)),
            }
        }
    }
    let most_mentioned = counts.iter().max_by_key(|&&(y, n)| (n, -y)).map(|&(y, _)| y);
    years.year = years.title_year.or(years.period_year).or(most_mentioned);
    years
}

/// `忻州市2020年政府信息公开工作年报`: names the report and its year, and is not a sentence
/// or a breadcrumb (`首页 | 政务公开 | 信息公开年报`).
fn is_title(key: &str) -> bool {
    let names_report = key.contains("报告") || key.contains("年报");
    let chrome = key.contains(['|', '>', '»', '/', '。']);
    names_report && !chrome && key.chars().count() <= 80 && !years_in(key).is_empty()
}

/// `…自2020年1月1日…` after 统计 → 2020.
fn period_year(key: &str) -> Option<i32> {
    let at = key.find("统计")?;
    let rest = key.get(at..)?;
    let one_one = rest.find("年1月1日")?;
    let before = rest.get(..one_one)?;
    let digits: String = before
        .chars()
        .rev()
        .take_while(char::is_ascii_digit)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    plausible(digits.parse().ok()?)
}

/// Four-digit years (1990–2099) in a text.
fn years_in(key: &str) -> Vec<i32> {
    years_followed_by(key, "年")
}

fn years_followed_by(key: &str, suffix: &str) -> Vec<i32> {
    let bytes = key.as_bytes();
    key.match_indices(suffix)
        .filter_map(|(at, _)| {
            let digits = bytes.get(at.checked_sub(4)?..at)?;
            let preceded_by_digit = at >= 5 && bytes.get(at - 5).is_some_and(u8::is_ascii_digit);
            if preceded_by_digit || !digits.iter().all(u8::is_ascii_digit) {
                return None;
            }
            let year = digits.iter().fold(0_i32, |acc, &d| acc * 10 + i32::from(d - b'0'));
            plausible(year)
        })
        .collect()
}

fn plausible(year: i32) -> Option<i32> {
    (1990..=2099).contains(&year).then_some(year)
}

#[cfg(test)]
mod tests {
    #[test]
    fn years_in_titles_and_periods() {
        assert_eq!(super::years_in("忻州市2020年政府信息公开工作年报"), vec![2020]);
        assert_eq!(
            super::period_year("本年度报告中所列数据的统计期限自2020年1月1日起至2020年12月31日止"),
            Some(2020)
        );
        assert_eq!(
            super::period_year("报告中所列数据的统计期限从2020年1月1日至12月31日止"),
            Some(2020)
        );
        assert_eq!(super::years_in("共12020年"), Vec::<i32>::new());
    }
}
