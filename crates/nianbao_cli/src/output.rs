//! Reports to stdout in the format asked for, and the exit code.

use nianbao_report::{render, Lang, Report, Verdict};

use crate::args::Format;

pub(crate) fn render(reports: &[Report], format: Format, lang: Lang) -> String {
    match format {
        Format::Text => {
            let mut out: String =
                reports.iter().map(|r| render::text(r, lang)).collect::<Vec<_>>().join("\n");
            if reports.len() > 1 {
                let failed = reports.iter().filter(|r| r.summary.verdict != Verdict::Pass).count();
                out.push_str(&match lang {
                    Lang::Zh => format!(
                        "\n共 {} 份，通过 {}，未通过 {}\n",
                        reports.len(),
                        reports.len() - failed,
                        failed
                    ),
                    Lang::En => format!(
                        "\n{} reports, {} pass, {} fail\n",
                        reports.len(),
                        reports.len() - failed,
                        failed
                    ),
                });
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
