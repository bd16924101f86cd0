//! Text drawn from the fuzz bytes: the template's own words (taken from `nianbao_tables`,
//! so they follow the template if it changes), numbers at the edges of what the readers
//! and rules parse, separators the text reader splits on, raw fuzz strings, and
//! repetitions that let a small input stand for a large file.

use std::sync::OnceLock;

use nianbao_tables::{
    Edition, APPEAL_COLUMNS, APPEAL_GROUPS, REQUEST_COLUMNS, REQUEST_GROUPS, SECTION_TITLES,
};

use crate::{Result, Unstructured};

/// Words of real reports that the template data does not hold.
const REPORT_WORDS: &[&str] = &[
    "申请人情况",
    "法人或其他组织",
    "信息内容",
    "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
    "政府信息公开工作年度报告",
    "2021年度",
    "单位：件",
    "合计",
    "小计",
    "表三",
    "行政诉讼",
    "无",
    "注：",
];

/// Numbers and non-numbers where cells are read: integer edges, exponents, decimals,
/// full-width digits, signs, units and the marks reports use for "none".
const NUMBERS: &[&str] = &[
    "0",
    "1",
    "7",
    "-8",
    "+13",
    "28243",
    "13411588.43",
    "0.00",
    "1.5E-3",
    "1E+3",
    "1E2147483647",
    "1E-2147483648",
    "9.9E+307",
    "2147483647",
    "2147483648",
    "4294967295",
    "4294967296",
    "9223372036854775807",
    "9223372036854775808",
    "-9223372036854775808",
    "18446744073709551615",
    "99999999999999999999999999999999",
    "１２３",
    "－５",
    "1,234",
    "12件",
    "3.5万元",
    "—",
    "/",
    "-",
    "无",
    " ",
    "",
];

/// Separators and marks the text reader and the label matcher act on.
const MARKS: &[&str] = &[
    " ", "\t", "|", "||", "|||", " |", "\n", "\r\n", "\n\n", "\u{3000}", "\u{a0}", "、", "，",
    "。", "：", "（", "）", "(", ")", "“", "”", "%1", "<", "&", "\u{feff}",
];

/// Every word of both template editions and of real reports, without repeats.
#[must_use]
pub fn vocabulary() -> &'static [&'static str] {
    static WORDS: OnceLock<Vec<&'static str>> = OnceLock::new();
    WORDS.get_or_init(|| {
        let mut words: Vec<&'static str> = Vec::new();
        for edition in [Edition::E2019, Edition::E2021] {
            for row in edition.request_rows() {
                words.extend(row.labels);
                words.extend(row.group);
            }
            for block in edition.proactive() {
                words.push(block.caption);
                words.extend(block.columns.iter().map(|c| c.label));
                for row in block.rows {
                    words.extend(row.labels);
                }
            }
        }
        words.extend(REQUEST_COLUMNS.iter().map(|c| c.label));
        words.extend(REQUEST_GROUPS);
        words.extend(APPEAL_GROUPS.iter().map(|&(_, label)| label));
        words.extend(APPEAL_COLUMNS.iter().map(|c| c.label));
        words.extend(SECTION_TITLES);
        words.extend(REPORT_WORDS);
        words.sort_unstable();
        words.dedup();
        words
    })
}

/// How many times to repeat something: mostly 1–4, sometimes a power of two up to 16384,
/// so that amplification (one string copied into many cells, many blank lines, many
/// merges) is a few bytes away for the fuzzer.
pub fn repeat(u: &mut Unstructured<'_>) -> Result<usize> {
    let byte: u8 = u.arbitrary()?;
    Ok(if byte < 224 { 1 + usize::from(byte % 4) } else { 1 << ((byte - 224) % 15) })
}

/// True once in `n` times; false when the fuzz bytes have run out, so that a short input
/// stands for the unchanged template rather than for every rare change at once.
pub fn one_in(u: &mut Unstructured<'_>, n: u8) -> Result<bool> {
    Ok(u.int_in_range(0..=n.saturating_sub(1))? == n.saturating_sub(1) && n > 0)
}

/// One template word.
pub fn word(u: &mut Unstructured<'_>) -> Result<&'static str> {
    u.choose(vocabulary()).copied()
}

/// A number as a report writes it: a listed edge case or an arbitrary integer.
pub fn number(u: &mut Unstructured<'_>) -> Result<String> {
    Ok(match u.int_in_range(0u8..=3)? {
        0 | 1 => u.choose(NUMBERS)?.to_string(),
        2 => u.int_in_range(0u32..=99_999)?.to_string(),
        _ => u.arbitrary::<i64>()?.to_string(),
    })
}

/// A raw string from the fuzz bytes, up to `max` bytes. Control characters other than
/// tab and line breaks, and the replacement characters of invalid UTF-8, are dropped: a
/// few of them make a whole text file "binary", which the raw-bytes targets already cover,
/// and would hide the structure built around them.
pub fn raw(u: &mut Unstructured<'_>, max: usize) -> Result<String> {
    let len = u.int_in_range(0..=max)?;
    let bytes = u.bytes(len.min(u.len()))?;
    let text = String::from_utf8_lossy(bytes);
    Ok(text
        .chars()
        .filter(|&c| c != char::REPLACEMENT_CHARACTER)
        .filter(|&c| !c.is_control() || matches!(c, '\t' | '\n' | '\r'))
        .collect())
}

/// Text of up to `pieces` pieces: words, numbers, marks, raw strings, repetitions.
pub fn text(u: &mut Unstructured<'_>, pieces: usize) -> Result<String> {
    let mut out = String::new();
    for _ in 0..u.int_in_range(0..=pieces)? {
        match u.int_in_range(0u8..=9)? {
            0..=3 => out.push_str(word(u)?),
            4 | 5 => out.push_str(&number(u)?),
            6 | 7 => out.push_str(u.choose(MARKS)?),
            8 => out.push_str(&raw(u, 64)?),
            _ => {
                let piece = match u.int_in_range(0u8..=2)? {
                    0 => word(u)?.to_owned(),
                    1 => u.choose(MARKS)?.to_string(),
                    _ => raw(u, 8)?,
                };
                out.push_str(&piece.repeat(repeat(u)?));
            }
        }
    }
    Ok(out)
}

/// What a value cell holds: mostly a number, sometimes nothing or text.
pub fn cell(u: &mut Unstructured<'_>) -> Result<String> {
    Ok(match u.int_in_range(0u8..=9)? {
        0..=5 => number(u)?,
        6 => String::new(),
        7 => word(u)?.to_owned(),
        _ => text(u, 3)?,
    })
}

/// Escapes text for XML and HTML character data and attribute values.
#[must_use]
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Characters XML 1.0 does not allow: dropped, as a writer would.
            '\u{0}'..='\u{8}'
            | '\u{b}'
            | '\u{c}'
            | '\u{e}'..='\u{1f}'
            | '\u{fffe}'
            | '\u{ffff}' => {}
            c => out.push(c),
        }
    }
    out
}
