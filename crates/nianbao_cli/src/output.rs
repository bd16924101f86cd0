//! Reports to stdout or a file in the format asked for, and the exit code.

use nianbao_report::sheets::{self, Checked};
use nianbao_report::{render, Lang, Pair, Report, Verdict};

use crate::args::{Format, Output};

/// The reports in the format asked for. `pairs` (by position in `reports`) are the reports
/// compared across years, named in the text output.
pub(crate) fn render(
    reports: &[Report],
    pairs: &[Pair],
    output: &Output,
) -> Result<Vec<u8>, String> {
    let lang = output.lang;
    Ok(match output.format {
        Format::Text => text(reports, pairs, lang).into_bytes(),
        Format::Json => serde_json::to_string_pretty(reports)
            .map(|s| s + "\n")
            .map_err(|e| e.to_string())?
            .into_bytes(),
        Format::Jsonl => reports
            .iter()
            .filter_map(|r| serde_json::to_string(r).ok())
            .map(|s| s + "\n")
            .collect::<String>()
            .into_bytes(),
        Format::Csv => sheets::workbook(&checked(reports)?)
            .sheets
            .get(1)
            .map(nianbao_report::sheets::Sheet::to_csv)
            .unwrap_or_default()
            .into_bytes(),
        Format::Xlsx => {
            sheets::workbook(&checked(reports)?).to_xlsx().map_err(|e| e.to_string())?
        }
    })
}

/// One report: JSON as the object itself (what `compare` prints), else as [`render()`] does.
pub(crate) fn render_one(report: &Report, output: &Output) -> Result<Vec<u8>, String> {
    match output.format {
        Format::Json => serde_json::to_string_pretty(report)
            .map(|s| (s + "\n").into_bytes())
            .map_err(|e| e.to_string()),
        _ => render(std::slice::from_ref(report), &[], output),
    }
}

fn checked(reports: &[Report]) -> Result<Vec<Checked>, String> {
    reports.iter().map(|r| Checked::of(r).map_err(|e| e.to_string())).collect()
}

fn text(reports: &[Report], pairs: &[Pair], lang: Lang) -> String {
    let mut out: String =
        reports.iter().map(|r| render::text(r, lang)).collect::<Vec<_>>().join("\n");
    let name = |at: usize| reports.get(at).map_or("", |r| r.source.name.as_str());
    let year = |at: usize| {
        reports.get(at).and_then(|r| r.report.year).map_or_else(String::new, |y| y.to_string())
    };
    if !pairs.is_empty() {
        out.push('\n');
    }
    for pair in pairs {
        let (last, this) = (pair.last, pair.this);
        out.push_str(&match lang {
            Lang::Zh => format!(
                "对比：{}（{} 年度）→ {}（{} 年度）\n",
                name(last),
                year(last),
                name(this),
                year(this)
            ),
            Lang::En => format!(
                "compared: {} ({}) → {} ({})\n",
                name(last),
                year(last),
                name(this),
                year(this)
            ),
        });
    }
    if reports.len() > 1 {
        out.push('\n');
        out.push_str(&batch_line(reports, lang));
    }
    out
}

/// The batch's last line: how many passed, failed, were not fully checked (rows unread),
/// were not checked (old format) or could not be read.
fn batch_line(reports: &[Report], lang: Lang) -> String {
    let count = |v: Verdict| reports.iter().filter(|r| r.summary.verdict == v).count();
    let (pass, fail) = (count(Verdict::Pass), count(Verdict::Fail));
    let (unchecked, unreadable) = (count(Verdict::Unchecked), count(Verdict::Unreadable));
    let incomplete = count(Verdict::Incomplete);
    let mut line = match lang {
        Lang::Zh => format!("共 {} 份，通过 {pass}，未通过 {fail}", reports.len()),
        Lang::En => format!("{} reports, {pass} pass, {fail} fail", reports.len()),
    };
    if incomplete > 0 {
        line.push_str(&match lang {
            Lang::Zh => format!("，未能完全核对 {incomplete}（有行无法读取）"),
            Lang::En => format!(", {incomplete} not fully checked (rows unread)"),
        });
    }
    if unchecked > 0 {
        line.push_str(&match lang {
            Lang::Zh => format!("，未核对 {unchecked}（2019 年以前的旧格式）"),
            Lang::En => format!(", {unchecked} not checked (pre-2019 format)"),
        });
    }
    if unreadable > 0 {
        line.push_str(&match lang {
            Lang::Zh => format!("，无法读取 {unreadable}"),
            Lang::En => format!(", {unreadable} unreadable"),
        });
    }
    line.push('\n');
    line
}

/// 2 when a file could not be read, else 1 when a report has errors, else 0.
pub(crate) fn exit_code(reports: &[Report]) -> u8 {
    if reports.iter().any(Report::unreadable_file) {
        2
    } else if reports.iter().any(|r| r.summary.errors > 0) {
        1
    } else {
        0
    }
}
