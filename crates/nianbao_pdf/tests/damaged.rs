//! Real files damaged the way files are damaged in the wild, in memory: a wrong `startxref`,
//! bytes before `%PDF` (every offset off), a cross-reference stream lost (objects then found
//! inside their object streams by the recovery scan). Each must read like the intact file.
#![allow(clippy::unwrap_used, clippy::indexing_slicing, reason = "a test harness")]

use nianbao_document::FormatProblem;
use nianbao_pdf::page::Parsed;

const WPS: &[u8] = include_bytes!("../../../tests/fixtures/pdf/hongze-district-2024.wps.pdf");
const OBJECT_STREAMS: &[u8] = include_bytes!("fixtures/qpdf/object-streams.pdf");

/// The file with the number after its last `startxref` replaced.
fn wrong_startxref(bytes: &[u8]) -> Vec<u8> {
    let at = bytes.windows(9).rposition(|w| w == b"startxref").unwrap() + 9;
    let mut damaged = bytes[..at].to_vec();
    damaged.extend_from_slice(b"\n123\n%%EOF\n");
    damaged
}

fn text(parsed: &Parsed) -> Vec<String> {
    parsed.pages.iter().map(|p| p.glyphs.iter().map(|g| g.text.as_str()).collect()).collect()
}

#[test]
fn a_wrong_startxref_is_recovered_by_scanning() {
    let intact = nianbao_pdf::pages(WPS).unwrap();
    assert_eq!(nianbao_pdf::pages(&wrong_startxref(WPS)).unwrap(), intact);
}

#[test]
fn bytes_before_the_header_shift_every_offset_and_are_recovered() {
    let intact = nianbao_pdf::pages(WPS).unwrap();
    let mut shifted = b"Content-Type: application/pdf\r\n\r\n".to_vec();
    shifted.extend_from_slice(WPS);
    let recovered = nianbao_pdf::pages(&shifted).unwrap();
    assert_eq!(text(&recovered), text(&intact));
    assert_eq!(recovered, intact);
}

#[test]
fn objects_inside_object_streams_are_found_without_the_xref_stream() {
    let intact = nianbao_pdf::pages(OBJECT_STREAMS).unwrap();
    assert_eq!(text(&intact)[0].replace(' ', ""), "政府信息公开工作年度报告2024行政许可9487");
    assert_eq!(nianbao_pdf::pages(&wrong_startxref(OBJECT_STREAMS)).unwrap(), intact);
}

#[test]
fn a_file_cut_short_keeps_the_page_it_still_has_and_says_what_is_lost() {
    // Cut at 40 %: the cross-reference, pages 2 to 5 and page 1's heading font are gone.
    let parsed = nianbao_pdf::pages(&WPS[..WPS.len() * 2 / 5]).unwrap();
    assert_eq!(parsed.pages.len(), 1);
    // The lost font's codes are drawn as undecoded glyphs, one per byte (its code length
    // went with it), never dropped silently.
    assert_eq!(
        parsed.problems,
        vec![FormatProblem::Corrupt, FormatProblem::Undecodable { glyphs: 54 }]
    );
    let intact = nianbao_pdf::pages(WPS).unwrap();
    let decoded: String = parsed.pages[0].glyphs.iter().map(|g| g.text.as_str()).collect();
    assert!(decoded.starts_with("-1-淮安市洪泽区人民政府2024年政府信息公开工作年度报告"));
    // The lost font is the headings' (一、总体情况).
    assert!(text(&intact)[0].contains("一、总体情况") && !decoded.contains("一、总体情况"));
}
