//! The hostile PDFs of tests/fixtures/pdf/hostile/ (scripts/make_hostile_pdfs.py, see its
//! README): each answered with its problem, or read where the attack can be stepped around.
//! (That they are answered in milliseconds is measured, not asserted: see the README.)
#![allow(clippy::unwrap_used, reason = "a test harness")]

use nianbao_document::{Excess, FormatProblem};

const HOSTILE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/pdf/hostile");

#[expect(clippy::disallowed_methods, reason = "a test harness reads its fixtures")]
fn parse(name: &str) -> Result<String, FormatProblem> {
    let bytes = std::fs::read(format!("{HOSTILE}/{name}")).unwrap();
    let parsed = nianbao_pdf::pages(&bytes)?;
    assert_eq!(parsed.problems, vec![], "{name}");
    Ok(parsed.pages.iter().flat_map(|p| &p.glyphs).map(|g| g.text.as_str()).collect())
}

#[test]
fn bombs_are_refused() {
    assert_eq!(parse("flate-bomb-64MiB.pdf"), Err(FormatProblem::Bomb));
    assert_eq!(parse("flate-bomb-1GiB-two-filters.pdf"), Err(FormatProblem::Bomb));
}

#[test]
fn deep_nesting_is_refused() {
    for name in [
        "nested-arrays-50k-object.pdf",
        "nested-dicts-20k-object.pdf",
        "nested-arrays-50k-content.pdf",
        "unclosed-arrays-50k.pdf",
    ] {
        assert_eq!(parse(name), Err(FormatProblem::TooDeep), "{name}");
    }
}

#[test]
fn page_tree_loops_and_claims_are_refused() {
    assert_eq!(parse("page-tree-loop.pdf"), Err(FormatProblem::TooDeep));
    assert_eq!(parse("page-tree-self-loop.pdf"), Err(FormatProblem::TooDeep));
    let too_many = Err(FormatProblem::TooMuch { excess: Excess::Pages });
    assert_eq!(parse("page-count-claims-100000.pdf"), too_many);
    assert_eq!(parse("page-tree-shared-kids-1e9.pdf"), too_many);
}

#[test]
fn wrong_lengths_and_xref_loops_are_stepped_around() {
    for name in [
        "huge-length.pdf",
        "negative-length.pdf",
        "length-reference-loop.pdf",
        "xref-prev-loop.pdf",
    ] {
        assert_eq!(parse(name).as_deref(), Ok("2024"), "{name}");
    }
}
