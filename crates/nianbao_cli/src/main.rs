//! # nianbao — the command line
//!
//! The only crate that touches the machine: it walks the paths given, reads each file,
//! checks them in parallel through `nianbao_report::check`, and prints the reports.
//!
//! ```text
//! nianbao check [--format text|json|jsonl|csv] [--lang zh|en] PATH…
//! nianbao rules [--format text|md]
//! ```
//! Exit codes: 0 no report has errors; 1 some report has errors; 2 a file could not be read,
//! or bad usage.
#![expect(clippy::print_stdout, clippy::print_stderr, reason = "a command line prints")]

mod args;
mod batch;
mod output;

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args::parse(&args) {
        Ok(args::Command::Check { format, lang, paths }) => {
            let files = batch::collect(&paths);
            let reports = batch::check_all(&files, lang);
            print!("{}", output::render(&reports, format, lang));
            ExitCode::from(output::exit_code(&reports))
        }
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
