//! Chinese CID fonts without a ToUnicode map (tests/fixtures/pdf/, made by
//! scripts/make_pdf_cid_fixtures.py): reportlab's non-embedded STSong-Light with UniGB-UCS2-H,
//! the same file turned by pikepdf to Identity-H over Adobe-GB1 CIDs and to GBK-EUC-H bytes
//! (both read through the Adobe-GB1 table), and one whose CIDs claim no collection at all
//! (Adobe-Identity), which must be said to be undecodable, never guessed.

#![allow(clippy::unwrap_used, clippy::indexing_slicing, reason = "a test harness")]

use nianbao_document::{Block, FormatProblem, Table};
use nianbao_pdf::page::Parsed;

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/pdf");
const SEED: &str = "000_f23864eff4c512cb";

#[expect(clippy::disallowed_methods, reason = "a test harness reads its fixtures")]
fn bytes(name: &str) -> Vec<u8> {
    std::fs::read(format!("{FIXTURES}/{name}.pdf")).unwrap()
}

fn parsed(name: &str) -> Parsed {
    nianbao_pdf::pages(&bytes(name)).unwrap()
}

fn page_texts(parsed: &Parsed) -> Vec<String> {
    parsed.pages.iter().map(|p| p.glyphs.iter().map(|g| g.text.as_str()).collect()).collect()
}

fn tables(name: &str) -> Vec<Table> {
    let read = nianbao_pdf::read(&bytes(name));
    assert_eq!(read.problems, vec![], "{name}");
    read.document
        .blocks
        .into_iter()
        .filter_map(|b| match b {
            Block::Table(t) => Some(t),
            Block::Paragraph(_) => None,
        })
        .collect()
}

/// Row `row` of a table, its cells' texts by `|`.
fn row(table: &Table, row: u32) -> String {
    table
        .cells
        .iter()
        .filter(|c| c.row == row)
        .map(|c| c.text.as_str())
        .collect::<Vec<_>>()
        .join("|")
}

#[test]
fn unigb_ucs2_codes_are_their_text() {
    let parsed = parsed(&format!("{SEED}.reportlab"));
    assert_eq!(parsed.problems, vec![]);
    let texts = page_texts(&parsed);
    assert_eq!(texts.len(), 4);
    assert!(texts[0]
        .starts_with("根据中央和省市区关于政府信息公开工作要求,特编制东湖高新区九峰街2020年度"));
    assert_eq!(texts[3], "扫一扫在手机上查看当前页面");
    let tables = tables(&format!("{SEED}.reportlab"));
    assert_eq!(tables.iter().map(|t| t.cells.len()).collect::<Vec<_>>(), [57, 198, 34]);
    assert_eq!(row(&tables[0], 7), "其他对外管理服务事项|54|+13|28243");
    assert_eq!(row(&tables[0], 17), "政府集中采购|10|13411588.43元|");
    assert_eq!(row(&tables[1], 2), "商业企业|科研机构|社会公益组织|法律服务机构|其他");
    assert_eq!(row(&tables[1], 9), "3.危及“三安全一稳定”|0|0|0|0|0|0|0");
    assert_eq!(row(&tables[1], 25), "四、结转下年度继续办理|0|0|0|0|0|0|0");
    assert_eq!(
        row(&tables[2], 1),
        "结果维持|结果纠正|其他结果|尚未审结|总计|未经复议直接起诉|复议后起诉"
    );
}

#[test]
fn identity_h_over_gb1_cids_reads_like_the_unicode_file() {
    let unicode = parsed(&format!("{SEED}.reportlab"));
    let identity = parsed(&format!("{SEED}.reportlab-identity"));
    assert_eq!(identity.problems, vec![]);
    assert_eq!(page_texts(&identity), page_texts(&unicode));
    assert_eq!(tables(&format!("{SEED}.reportlab-identity")), tables(&format!("{SEED}.reportlab")));
}

#[test]
fn gbk_euc_bytes_read_like_the_unicode_file_with_ascii_digits() {
    let unicode = parsed(&format!("{SEED}.reportlab"));
    let gbk = parsed(&format!("{SEED}.reportlab-gbk"));
    assert_eq!(gbk.problems, vec![]);
    // GBK-EUC-H's single bytes are half-width CIDs: they read as ASCII, not full-width forms.
    assert_eq!(page_texts(&gbk), page_texts(&unicode));
    let tables = tables(&format!("{SEED}.reportlab-gbk"));
    assert_eq!(row(&tables[0], 17), "政府集中采购|10|13411588.43元|");
    assert_eq!(tables, self::tables(&format!("{SEED}.reportlab")));
}

#[test]
fn cids_of_no_known_collection_are_said_to_be_undecodable() {
    // The Identity-H file's page 1 with its CIDSystemInfo's Ordering set to Identity.
    let parsed = parsed("cid-adobe-identity");
    assert_eq!(parsed.problems, vec![FormatProblem::Undecodable { glyphs: 1434 }]);
    let glyphs = &parsed.pages[0].glyphs;
    assert_eq!(glyphs.len(), 1434);
    assert!(glyphs.iter().all(|g| g.undecoded && g.text.is_empty()));
}

/// A fixture with same-length replacements (each found once), so every offset still holds.
fn patched(name: &str, replacements: &[(&str, &str)]) -> Vec<u8> {
    let mut data = bytes(name);
    for (from, to) in replacements {
        assert_eq!(from.len(), to.len());
        let found: Vec<usize> = data
            .windows(from.len())
            .enumerate()
            .filter(|(_, w)| *w == from.as_bytes())
            .map(|(at, _)| at)
            .collect();
        assert_eq!(found.len(), 1, "{from}");
        data[found[0]..found[0] + to.len()].copy_from_slice(to.as_bytes());
    }
    data
}

#[test]
fn a_truetype_font_claiming_gb1_is_trusted_only_when_its_cids_cannot_be_glyph_numbers() {
    let unicode = page_texts(&parsed(&format!("{SEED}.reportlab")));
    let identity = format!("{SEED}.reportlab-identity");
    // Not embedded: a viewer draws each CID from a GB1 font, so the CIDs are GB1's.
    let type2 = patched(&identity, &[("/CIDFontType0", "/CIDFontType2")]);
    let parsed = nianbao_pdf::pages(&type2).unwrap();
    assert_eq!((parsed.problems.clone(), page_texts(&parsed)), (vec![], unicode));
    // Embedded (its descriptor names a FontFile2) without a CIDToGIDMap: the CIDs are glyph
    // numbers of its own file, whatever the CIDSystemInfo says.
    let embedded = patched(
        &identity,
        &[("/CIDFontType0", "/CIDFontType2"), ("/ItalicAngle 0", "/FontFile2 [] ")],
    );
    let parsed = nianbao_pdf::pages(&embedded).unwrap();
    assert_eq!(parsed.problems, vec![FormatProblem::Undecodable { glyphs: 2779 }]);
    assert!(parsed.pages.iter().flat_map(|p| &p.glyphs).all(|g| g.undecoded));
}
