//! The report for people (text). JSON is the serde form of [`Report`]; spreadsheets (CSV,
//! Excel) are made from the JSON by [`crate::sheets`].

use std::fmt::Write as _;

use nianbao_rules::{Diagnostic, Lang, Severity};

use crate::{Report, Verdict};

/// The report as text: a verdict line, then each problem with its place, arithmetic and fix.
#[must_use]
pub fn text(report: &Report, lang: Lang) -> String {
    let zh = lang == Lang::Zh;
    let mut out = String::new();
    let verdict = match (report.summary.verdict, zh) {
        (Verdict::Pass, true) => "✓ 通过",
        (Verdict::Fail, true) => "✗ 不通过",
        (Verdict::Incomplete, true) => "－ 未能完全核对",
        (Verdict::Unchecked, true) => "－ 未核对",
        (Verdict::Unreadable, true) => "✗ 无法读取",
        (Verdict::Pass, false) => "✓ pass",
        (Verdict::Fail, false) => "✗ fail",
        (Verdict::Incomplete, false) => "－ not fully checked",
        (Verdict::Unchecked, false) => "－ not checked",
        (Verdict::Unreadable, false) => "✗ unreadable",
    };
    let edition = report.report.edition.as_deref().map(|e| match (e, zh) {
        ("pre-2019", true) => "2019 年以前的旧格式".to_owned(),
        ("pre-2019", false) => "pre-2019 format".to_owned(),
        (e, true) => format!("{e} 版模板"),
        (e, false) => format!("{e} edition"),
    });
    let about = match (report.report.year, edition) {
        (Some(y), Some(e)) if zh => format!("{y} 年度 · {e}"),
        (Some(y), Some(e)) => format!("year {y} · {e}"),
        (None, Some(e)) => e,
        _ => String::new(),
    };
    let s = report.summary;
    let counts = if zh {
        format!("错误 {} · 警告 {} · 提示 {}", s.errors, s.warnings, s.infos)
    } else {
        let n = |count: usize, one: &str| match count {
            1 => format!("1 {one}"),
            _ => format!("{count} {one}s"),
        };
        format!("{} · {} · {}", n(s.errors, "error"), n(s.warnings, "warning"), n(s.infos, "info"))
    };
    let about = if about.is_empty() { String::new() } else { format!("  ({about})") };
    let _ = writeln!(out, "{verdict}  {}{about}  {counts}", report.source.name);
    for d in &report.diagnostics {
        out.push_str(&diagnostic(d, lang));
    }
    out
}

/// One diagnostic as people read it: level, code and message; the arithmetic; the place
/// with the text found there; the fix.
#[must_use]
pub fn diagnostic(d: &Diagnostic, lang: Lang) -> String {
    let zh = lang == Lang::Zh;
    let mut out = String::new();
    let level = match (d.severity, zh) {
        (Severity::Error, true) => "错误",
        (Severity::Warning, true) => "警告",
        (Severity::Info, true) => "提示",
        (Severity::Error, false) => "error",
        (Severity::Warning, false) => "warning",
        (Severity::Info, false) => "info",
    };
    let _ = writeln!(out, "  {level}[{}] {}", d.code.as_str(), d.message);
    if let Some(evidence) = &d.evidence {
        let _ = writeln!(out, "      {evidence}");
    }
    if !d.place.is_empty() {
        let excerpt = d.excerpt.as_deref().map_or_else(String::new, |e| format!("「{e}」"));
        let _ = writeln!(out, "      {}{}{excerpt}", if zh { "位置：" } else { "at " }, d.place);
    }
    let _ = writeln!(out, "      {}{}", if zh { "改正：" } else { "fix: " }, d.help);
    out
}
