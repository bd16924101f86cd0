//! The JSON `readPdf` hands the main module holds exactly what the reader read: read back
//! as the main module reads it (`{document, problems}`), it equals `nianbao_pdf::read` for
//! every PDF fixture.

#![allow(clippy::disallowed_methods, reason = "a test harness: reads the fixtures")]

use nianbao_document::{Document, Format, FormatProblem};

#[derive(serde::Deserialize)]
struct ReadElsewhere {
    format: Format,
    document: Document,
    problems: Vec<FormatProblem>,
}

#[test]
fn every_fixture_survives_the_trip_between_modules() -> Result<(), Box<dyn std::error::Error>> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/pdf");
    let mut seen = 0;
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.extension().and_then(|e| e.to_str()) != Some("pdf") {
            continue;
        }
        let bytes = std::fs::read(&path)?;
        let direct = nianbao_pdf::read(&bytes);
        let back: ReadElsewhere = serde_json::from_str(&nianbao_pdf_wasm::read_to_json(&bytes)?)?;
        assert_eq!(back.format, Format::Pdf, "{}", path.display());
        assert_eq!(back.document, direct.document, "{}", path.display());
        assert_eq!(back.problems, direct.problems, "{}", path.display());
        seen += 1;
    }
    assert_eq!(seen, 26, "the PDF fixtures of tests/fixtures/pdf");
    Ok(())
}
