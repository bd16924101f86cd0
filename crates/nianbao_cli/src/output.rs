//! Reports to stdout in the format asked for, and the exit code.

use nianbao_report::{render, Lang, Report, Verdict};

use crate::args::Format;

pub(crate) fn render(reports: &[Report], format: Format, lang: Lang) -> String {
    match format {
        Format::Text => {
            let mut out: String =
                reports.iter().map(|r| render::text(r, lang)).collect::<Vec<_>>().join("\n");
            if reports.len() > 1 {
                out.push('\n');
                out.push_str(&batch_line(reports, lang));
            }
            out
        }
        Format::Json => serde_json::to_string_pretty(reports).map(|s| s + "\n").unwrap_or_default(),
        Format::Jsonl => {
            reports.iter().filter_map(|r| serde_json::to_string(r).ok()).map(|s| s + "\n").collect()
        }
        Format::Csv => {
            let mut out = String::from(render::CSV_HEADER);
            out.push('\n');
            out.extend(reports.iter().map(render::csv));
            out
        }
    }
}

/// The batch's last line: how many passed, failed, were not checked (old format) or could
/// not be read.
fn batch_line(reports: &[Report], lang: Lang) -> String {
    let count = |v: Verdict| reports.iter().filter(|r| r.summary.verdict == v).count();
    let (pass, fail) = (count(Verdict::Pass), count(Verdict::Fail));
    let (unchecked, unreadable) = (count(Verdict::Unchecked), count(Verdict::Unreadable));
    let mut line = match lang {
        Lang::Zh => format!("共 {} 份，通过 {pass}，未通过 {fail}", reports.len()),
        Lang::En => format!("{} reports, {pass} pass, {fail} fail", reports.len()),
    };
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
