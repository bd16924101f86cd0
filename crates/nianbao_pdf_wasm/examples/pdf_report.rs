//! The reports the page should show for PDFs, computed natively through the browser's two
//! steps: this crate's JSON (what `readPdf` returns), read back as the main module's
//! `checkReadJson` reads it, then `nianbao_report::check_document`. A harness for
//! tests/browser/pdf.test.mjs, which compares the page with it.
//!
//! Usage: `cargo run -p nianbao_pdf_wasm --example pdf_report -- FILE…` → a JSON array of
//! reports, each under its file's base name (the name the page shows).

#![allow(clippy::disallowed_methods, reason = "a test harness: reads the files it is given")]

use std::error::Error;
use std::io::Write;
use std::path::Path;

use nianbao_document::{Document, Format, FormatProblem};
use nianbao_report::{Extracted, Lang};

/// The JSON as the main module reads it back.
#[derive(serde::Deserialize)]
struct ReadElsewhere {
    format: Format,
    document: Document,
    problems: Vec<FormatProblem>,
}

fn main() -> Result<(), Box<dyn Error>> {
    let mut reports = Vec::new();
    for path in std::env::args().skip(1) {
        let bytes = std::fs::read(&path)?;
        let read: ReadElsewhere = serde_json::from_str(&nianbao_pdf_wasm::read_to_json(&bytes)?)?;
        let extracted =
            Extracted { format: read.format, document: read.document, problems: read.problems };
        let name = Path::new(&path).file_name().and_then(|n| n.to_str()).unwrap_or(&path);
        reports.push(nianbao_report::check_document(&extracted, bytes.len(), name, Lang::Zh));
    }
    let mut out = std::io::stdout().lock();
    serde_json::to_writer(&mut out, &reports)?;
    writeln!(out)?;
    Ok(())
}
