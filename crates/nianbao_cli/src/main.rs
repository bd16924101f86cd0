//! # nianbao — the command line
//!
//! The only crate that touches the machine: it walks the paths given, reads each file,
//! checks them in parallel through `nianbao_report::check`, and prints the reports.
//!
//! ```text
//! nianbao check [--format text|json|jsonl|csv] [--lang zh|en] PATH…
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

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args::parse(&args) {
        Ok(args::Command::Check { format, lang, paths }) => {
            let collected = batch::collect(&paths);
            let mut reports = Vec::new();
            let mut unreadable = Vec::new();
            for (path, checked) in
                collected.files.iter().zip(batch::check_all(&collected.files, lang))
            {
                match checked {
                    Ok(report) => reports.push(report),
                    Err(error) => unreadable.push((path.display().to_string(), error)),
                }
            }
            print!("{}", output::render(&reports, format, lang));
            // After the reports, so the notes are the last thing a person sees.
            for note in batch::notes(&collected, &unreadable, lang) {
                eprintln!("nianbao: {note}");
            }
            let lost = !collected.missing.is_empty() || !unreadable.is_empty();
            ExitCode::from(if lost { 2 } else { output::exit_code(&reports) })
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
