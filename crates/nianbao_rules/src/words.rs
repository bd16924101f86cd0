//! Phrases several rules share: a list of addends, the note on blanks counted as 0.

use crate::names::Names;
use crate::suspect::Suspect;
use crate::Lang;

/// The sum of counts; `i128` so no report can overflow it and no message prints a wrapped
/// number.
pub(crate) fn sum(values: &[i64]) -> i128 {
    values.iter().map(|&v| i128::from(v)).sum()
}

/// `12 + 3 + 0`; long lists keep only the non-zero terms and say how many zeros they hide.
pub(crate) fn terms(values: &[i64], lang: Lang) -> String {
    if values.len() <= 7 {
        return values.iter().map(i64::to_string).collect::<Vec<_>>().join(" + ");
    }
    let nonzero: Vec<String> = values.iter().filter(|&&v| v != 0).map(i64::to_string).collect();
    let zeros = values.len() - nonzero.len();
    let shown = if nonzero.is_empty() { "0".to_owned() } else { nonzero.join(" + ") };
    match zeros {
        0 => shown,
        n => lang.pick(format!("{shown}（其余 {n} 项为 0）"), format!("{shown} (and {n} zeros)")),
    }
}

/// The note that blanks and placeholders were counted as 0, when they were.
pub(crate) fn blank_note(blanks: bool, lang: Lang) -> &'static str {
    match blanks {
        false => "",
        true => lang.pick("（空白、占位符按 0 计）", " (blanks and placeholders counted as 0)"),
    }
}

/// `a = 12 ≠ total 15，差 3`: a sum against its stated total.
pub(crate) fn sum_against(
    parts: &[i64],
    total: i64,
    total_name: &str,
    blanks: bool,
    lang: Lang,
) -> String {
    let got = sum(parts);
    let diff = (got - i128::from(total)).abs();
    let terms = terms(parts, lang);
    let note = blank_note(blanks, lang);
    lang.pick(
        format!("{terms} = {got} ≠ {total_name} {total}，差 {diff}{note}"),
        format!("{terms} = {got} ≠ {total_name} {total}, off by {diff}{note}"),
    )
}

/// `1 blank cell`, `3 blank cells`: an English count with its noun.
pub(crate) fn counted(n: usize, noun: &str) -> String {
    match n {
        1 => format!("1 {noun}"),
        n => format!("{n} {noun}s"),
    }
}

/// Items joined for a list: `自然人、总计` or `natural_person, total`.
pub(crate) fn list(items: &[String], lang: Lang) -> String {
    items.join(lang.pick("、", ", "))
}

/// `；最可能填错的是「（一）予以公开·自然人」215，按合计应为 251`: the suspect cell, said
/// after a message about a sum it explains.
pub(crate) fn suspect(suspect: &Suspect, names: &Names, lang: Lang) -> String {
    let Suspect { cell, found, expected, raw } = suspect;
    let name = names.cell_short(cell, lang);
    match (lang, raw.trim().is_empty()) {
        (Lang::Zh, false) => format!("；最可能填错的是「{name}」{found}，按合计应为 {expected}"),
        (Lang::Zh, true) => {
            format!("；最可能填错的是「{name}」（空白，按 0 计），按合计应为 {expected}")
        }
        (Lang::En, false) => {
            format!("; most likely wrong: {name}, {found} where the totals ask for {expected}")
        }
        (Lang::En, true) => {
            format!("; most likely wrong: {name}, blank where the totals ask for {expected}")
        }
    }
}
