//! # nianbao — the command line
//!
//! The only crate that touches the machine: it walks the paths given, reads each file,
//! checks them in parallel through `nianbao_report::check`, and prints the reports.
//!
//! ```text
//! nianbao check [--format text|json|jsonl|csv|xlsx] [-o FILE] [--lang zh|en] PATH…
//! nianbao compare [--format …] [-o FILE] [--lang zh|en] LAST THIS
//! nianbao rules [--format text|md]
//! nianbao forms [--format json]
//! ```
//! Exit codes: 0 no report has errors; 1 some report has errors; 2 a file could not be read
//! or does not exist, or bad usage.
#![expect(clippy::print_stdout, clippy::print_stderr, reason = "a command line prints")]

mod args;
mod batch;
mod output;

use std::process::ExitCode;

/// Writes the rendered reports to the file asked for, or stdout; says on stderr when that fails.
#[expect(clippy::disallowed_methods, reason = "the command line is the crate that writes files")]
fn emit(rendered: Result<Vec<u8>, String>, output: &args::Output) -> bool {
    use std::io::Write as _;
    let bytes = match rendered {
        Ok(bytes) => bytes,
        Err(error) => {
            eprintln!("nianbao: 无法生成输出 / cannot write the output: {error}");
            return false;
        }
    };
    let written = match &output.file {
        Some(file) => std::fs::write(file, &bytes).map_err(|e| format!("{file}: {e}")),
        None => std::io::stdout().write_all(&bytes).map_err(|e| e.to_string()),
    };
    if let Err(error) = &written {
        eprintln!("nianbao: 无法写出结果 / cannot write the result: {error}");
    }
    written.is_ok()
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args::parse(&args) {
        Ok(args::Command::Check { output, paths }) => {
            let collected = batch::collect(&paths);
            let mut kept = Vec::new();
            let mut unreadable = Vec::new();
            for (path, checked) in
                collected.files.iter().zip(batch::check_all(&collected.files, output.lang))
            {
                match checked {
                    Ok(one) => kept.push(one),
                    Err(error) => unreadable.push((path.display().to_string(), error)),
                }
            }
            let pairs = nianbao_report::check_set(&mut kept, output.lang);
            let reports: Vec<_> = kept.into_iter().map(|k| k.report).collect();
            let written = emit(output::render(&reports, &pairs, &output), &output);
            // After the reports, so the notes are the last thing a person sees.
            for note in batch::notes(&collected, &unreadable, output.lang) {
                eprintln!("nianbao: {note}");
            }
            let lost = !collected.missing.is_empty() || !unreadable.is_empty() || !written;
            ExitCode::from(if lost { 2 } else { output::exit_code(&reports) })
        }
        Ok(args::Command::Compare { output, last, this }) => {
            let read = |path: &str| {
                batch::read_bounded(std::path::Path::new(path))
                    .map(|bytes| nianbao_report::check_kept(&bytes, path, output.lang))
                    .map_err(|e| match output.lang {
                        nianbao_report::Lang::Zh => format!("无法读取文件：{path}（{e}）"),
                        nianbao_report::Lang::En => format!("cannot read the file: {path} ({e})"),
                    })
            };
            match (read(&last), read(&this)) {
                (Ok(last), Ok(this)) => {
                    let report = nianbao_report::compare(&last, this, output.lang);
                    // Text shows both reports, then the pair; the other formats carry
                    // THIS's report, which holds the comparison.
                    let rendered = if output.format == args::Format::Text {
                        let pair = nianbao_report::Pair { last: 0, this: 1 };
                        output::render(&[last.report, report.clone()], &[pair], &output)
                    } else {
                        output::render_one(&report, &output)
                    };
                    let written = emit(rendered, &output);
                    ExitCode::from(if written { output::exit_code(&[report]) } else { 2 })
                }
                (last, this) => {
                    for error in [last.err(), this.err()].into_iter().flatten() {
                        eprintln!("nianbao: {error}");
                    }
                    ExitCode::from(2)
                }
            }
        }
        Ok(args::Command::Forms) => match serde_json::to_string_pretty(&nianbao_report::forms()) {
            Ok(json) => {
                println!("{json}");
                ExitCode::SUCCESS
            }
            Err(error) => {
                eprintln!("nianbao: 无法输出表格模板 / cannot write the forms: {error}");
                ExitCode::from(2)
            }
        },
        Ok(args::Command::Rules { markdown }) => {
            if markdown {
                print!("{}", nianbao_rules::markdown());
            } else {
                for rule in nianbao_rules::RULES {
                    println!(
                        "{}  {:<26} {:<8} {}",
                        rule.code.as_str(),
                        rule.name,
                        format!("{:?}", rule.severity).to_lowercase(),
                        rule.title_zh
                    );
                }
            }
            ExitCode::SUCCESS
        }
        Ok(args::Command::Help) => {
            print!("{}", args::USAGE);
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("nianbao: {message}\n\n{}", args::USAGE);
            ExitCode::from(2)
        }
    }
}
