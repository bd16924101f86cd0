//! The issuing unit (单位名称) named by a title or a file name: what the batch view lists and
//! what pairs two years of one unit's reports.

/// The unit a title names: `淮安市洪泽区人民政府2024年政府信息公开工作年度报告` → `淮安市洪泽区人民政府`,
/// `2020年忻州市政府信息公开工作年度报告` → `忻州市`. `None` when the title names none.
#[must_use]
pub fn unit_of(title: &str) -> Option<String> {
    // Matched on the label key: a title in traditional characters or with pinyin glosses
    // (`政府信息公開(kāi)`) names its unit, or none, as its simplified twin does.
    let title = crate::normalize::key(title);
    let title = title.trim_start_matches("关于");
    let year_at = year_position(title)?;
    let before = title.get(..year_at).unwrap_or_default();
    let unit = if before.trim().is_empty() {
        // The year first: the unit sits between 年(度) and 政府信息公开.
        let after_year = title.get(year_at..).unwrap_or_default();
        let after = after_year.trim_start_matches(|c: char| c.is_ascii_digit());
        let after = after.trim_start_matches("年度").trim_start_matches('年');
        after.split("政府信息公开").next().unwrap_or_default()
    } else {
        before
    };
    let unit = unit.trim_matches(|c: char| {
        c.is_whitespace()
            || matches!(c, '《' | '》' | '“' | '”' | '"' | '_' | '-' | '—' | '（' | '(')
    });
    let length = unit.chars().count();
    let chinese = unit.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
    (chinese && (2..=40).contains(&length)).then(|| unit.to_owned())
}

/// Where the report year starts: four digits 19xx or 20xx followed by 年.
fn year_position(title: &str) -> Option<usize> {
    title.char_indices().find_map(|(at, _)| {
        let rest = title.get(at..)?;
        let digits = rest.get(..4)?;
        let plausible = digits.bytes().all(|b| b.is_ascii_digit())
            && (digits.starts_with("19") || digits.starts_with("20"));
        (plausible && rest.get(4..)?.starts_with('年')).then_some(at)
    })
}

#[cfg(test)]
mod tests {
    use super::unit_of;

    #[test]
    fn units_before_or_after_the_year() {
        let cases = [
            ("淮安市洪泽区人民政府2024年政府信息公开工作年度报告", Some("淮安市洪泽区人民政府")),
            ("2020年忻州市政府信息公开工作年度报告", Some("忻州市")),
            ("2025年度上海市人民政府办公厅政府信息公开工作年度报告", Some("上海市人民政府办公厅")),
            ("关于《平潭综合实验区2022年政府信息公开工作年度报告》", Some("平潭综合实验区")),
            ("2021年政府信息公开工作年度报告", None),
            ("政府信息公开工作年度报告", None),
            ("000_f23864eff4c512cb.html", None),
            ("忻州市2020年报.docx", Some("忻州市")),
            ("2023年政府信息公開(kāi)工作年度報(bào)告", None),
            ("磚路鎮(zhèn)2023年政府信息公開(kāi)工作年度報(bào)告", Some("砖路镇")),
        ];
        for (title, unit) in cases {
            assert_eq!(unit_of(title).as_deref(), unit, "{title}");
        }
    }
}
