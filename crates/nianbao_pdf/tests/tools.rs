//! PDFs made by real tools (tests/fixtures/pdf/, see its README): LibreOffice (CFF Type 1
//! subsets with ToUnicode, TrueType WinAnsi digits), Chromium (CID TrueType Identity-H and
//! Type 3 fonts with ToUnicode), qpdf's encryption (owner password only: read; user
//! password: refused) and an image-only scan.

#![allow(
    clippy::unwrap_used,
    clippy::indexing_slicing,
    clippy::float_arithmetic,
    reason = "a test harness"
)]

use nianbao_document::FormatProblem;
use nianbao_pdf::page::Page;

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/pdf");

#[expect(clippy::disallowed_methods, reason = "a test harness reads its fixtures")]
fn pages(name: &str) -> Vec<Page> {
    let bytes = std::fs::read(format!("{FIXTURES}/{name}")).unwrap();
    let parsed = nianbao_pdf::pages(&bytes).unwrap();
    assert_eq!(parsed.problems, vec![], "{name}: every glyph decodes");
    parsed.pages
}

fn text(page: &Page) -> String {
    page.glyphs.iter().map(|g| g.text.as_str()).collect()
}

fn assert_contains(pages: &[Page], number: usize, pieces: &[&str]) {
    let text = text(&pages[number - 1]);
    for piece in pieces {
        assert!(text.contains(piece), "page {number}: {piece}\n{text}");
    }
}

#[test]
fn libreoffice_word_export() {
    // LibreOffice Writer/Web's export of the seed's HTML (its Word export runs past the page).
    let pages = pages("000_f23864eff4c512cb.lo.pdf");
    assert_eq!(pages.len(), 6);
    assert!((pages[0].width - 595.304).abs() < 0.01 && (pages[0].height - 841.89).abs() < 0.01);
    assert_contains(&pages, 3, &["信息内容采购项目数量采购总金额"]);
    assert_contains(
        &pages,
        4,
        &[
            "政府集中采购1013411588.43元",
            "三、行政机关收到和处理政府信息公开申请情况",
            "一、本年新收政府信息公开申请数量0000000",
            "2.其他法律行政法规禁",
        ],
    );
    // 表三 fills page 5, where each cell's borders are drawn.
    assert!(pages[4].rulings.len() > 100, "LibreOffice draws each cell's borders");
}

#[test]
fn chromium_print_with_type3_fonts() {
    let pages = pages("001_ef584ed5d68128ab.chromium.pdf");
    assert_eq!((pages.len(), pages[0].width, pages[0].height), (3, 612.0, 792.0));
    assert_contains(
        &pages,
        1,
        &[
            "区计生站(疾控中心)2020年政府信息公开工作年度报告",
            "本报告依据《中华人民共和国政府信息公开条例》(国务院令第711号,以下简称新《条例》)",
        ],
    );
    assert_contains(&pages, 2, &["第二十条第（五）项", "行政许可40197"]);
    assert!(pages[1].rulings.len() > 100, "cell borders drawn as filled paths");
}

#[test]
fn owner_password_only_files_read_like_the_plain_file() {
    let plain = pages("template-random-1.lo.pdf");
    assert_contains(
        &plain,
        1,
        &["2022年政府信息公开工作年度报告", "行政规范性文件0013", "行政事业性收费307.54"],
    );
    assert_contains(&plain, 2, &["一、本年新收政府信息公开申请数量29699364903712089686923"]);
    for name in ["encrypted-owner-aes256.pdf", "encrypted-owner-rc4-128.pdf"] {
        assert_eq!(pages(name), plain, "{name}");
    }
}

#[test]
#[expect(clippy::disallowed_methods, reason = "a test harness reads its fixtures")]
fn a_user_password_is_refused() {
    let bytes = std::fs::read(format!("{FIXTURES}/encrypted-user-password.pdf")).unwrap();
    assert_eq!(nianbao_pdf::pages(&bytes), Err(FormatProblem::Encrypted));
}

#[test]
fn a_scan_is_images_without_glyphs() {
    let pages = pages("scanned.pdf");
    assert_eq!(pages.len(), 2);
    assert!(pages.iter().all(|p| p.images == 1 && p.glyphs.is_empty() && p.rulings.is_empty()));
}

#[test]
#[expect(clippy::disallowed_methods, reason = "a test harness reads its fixtures")]
fn every_security_revision_and_object_streams_read_like_the_plain_file() {
    // crates/nianbao_pdf/tests/fixtures/qpdf/, made by scripts/make_pdf_qpdf_fixtures.sh.
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/qpdf");
    let read = |name: &str| nianbao_pdf::pages(&std::fs::read(format!("{dir}/{name}")).unwrap());
    let plain = read("plain.lo.pdf").unwrap();
    assert_eq!(plain.problems, vec![]);
    let text: String = plain.pages[0].glyphs.iter().map(|g| g.text.as_str()).collect();
    assert_eq!(text.replace(' ', ""), "政府信息公开工作年度报告2024行政许可9487");
    assert_eq!(plain.pages[0].rulings.len(), 5, "the two cells' borders");
    for name in
        ["owner-rc4-40.pdf", "owner-aesv2-128.pdf", "owner-aesv3-r5.pdf", "object-streams.pdf"]
    {
        assert_eq!(read(name).as_ref(), Ok(&plain), "{name}");
    }
}

#[test]
#[expect(clippy::disallowed_methods, reason = "a test harness reads its fixtures")]
fn an_incremental_update_shows_the_updated_page() {
    // PDFium added a line to the page and saved the change after the original bytes: a new
    // content stream and page object, a second cross-reference table with /Prev.
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/qpdf");
    let bytes = std::fs::read(format!("{dir}/incremental-update.pdfium.pdf")).unwrap();
    assert_eq!(bytes.windows(9).filter(|w| w == b"startxref").count(), 2);
    let parsed = nianbao_pdf::pages(&bytes).unwrap();
    assert_eq!(parsed.problems, vec![]);
    let text: String = parsed.pages[0].glyphs.iter().map(|g| g.text.as_str()).collect();
    assert_eq!(text.replace(' ', ""), "政府信息公开工作年度报告2024行政许可9487Updated2025");
    let updated = parsed.pages[0].glyphs.iter().find(|g| g.text == "U").unwrap();
    // Helvetica 12 at (72, 700) on a 792 pt high page: baseline 92 pt from the top.
    assert!(
        (updated.x0 - 72.0).abs() < 0.01 && (updated.y1 - (92.0 + 0.12 * 12.0)).abs() < 0.01,
        "{updated:?}"
    );
}
