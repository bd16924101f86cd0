//! The real WPS report (tests/fixtures/pdf/hongze-district-2024.wps.pdf, 5 pages, CID
//! TrueType Identity-H fonts with ToUnicode, one Identity-V font): the text of every page as
//! `pdftotext -layout` shows it, the glyph boxes, the table borders and the vertical labels.
#![allow(
    clippy::float_arithmetic,
    clippy::unwrap_used,
    clippy::indexing_slicing,
    reason = "geometry in points; a test harness"
)]

use nianbao_pdf::page::{Glyph, Page, Ruling};

const WPS: &[u8] = include_bytes!("../../../tests/fixtures/pdf/hongze-district-2024.wps.pdf");

fn pages() -> Vec<Page> {
    let parsed = nianbao_pdf::pages(WPS).unwrap();
    assert_eq!(parsed.problems, vec![], "every glyph has a ToUnicode entry");
    parsed.pages
}

/// The page's glyph texts in drawing order.
fn text(page: &Page) -> String {
    page.glyphs.iter().map(|g| g.text.as_str()).collect()
}

/// The glyphs drawing `wanted`, the first time it appears in drawing order.
fn glyphs<'p>(page: &'p Page, wanted: &str) -> &'p [Glyph] {
    let count = wanted.chars().count();
    (0..page.glyphs.len().saturating_sub(count - 1))
        .map(|start| &page.glyphs[start..start + count])
        .find(|run| run.iter().map(|g| g.text.as_str()).collect::<String>() == wanted)
        .unwrap_or_else(|| panic!("{wanted} not on page {}", page.number))
}

fn near(a: f32, b: f32) -> bool {
    (a - b).abs() < 0.05
}

#[test]
fn five_a4_pages_with_their_numbers() {
    let pages = pages();
    assert_eq!(pages.len(), 5);
    for (index, page) in pages.iter().enumerate() {
        assert_eq!((page.number, page.width, page.height), (index as u32 + 1, 595.0, 842.0));
        assert!(
            text(page).starts_with(&format!("-{}-", index + 1)),
            "footer first on page {}",
            index + 1
        );
        assert_eq!(page.images, 0);
    }
}

#[test]
fn every_page_reads_as_pdftotext_shows_it() {
    let pages = pages();
    let expected: [&[&str]; 5] = [
        &[
            "淮安市洪泽区人民政府",
            "2024年政府信息公开工作年度报告",
            "本报告由淮安市洪泽区人民政府办公室根据《中华人民共和国政府信息公开条例》（国令第711号）",
            "号，邮编：223100，电话：0517-87290606）。一、总体情况",
            "2024年，区政府办代表区政府受理政府信息公开申请17件，均已在法定期限内予以答复。",
        ],
        &[
            "（三）政府信息管理情况。",
            "二、主动公开政府信息情况第二十条第（一）项",
            "信息内容本年制发件数本年废止件数现行有效件数规章000行政规范性文件308",
            "第二十条第（五）项信息内容本年处理决定数量行政许可9487",
        ],
        &[
            "第二十条第（六）项信息内容本年处理决定数量行政处罚2776行政强制84",
            "第二十条第（八）项信息内容本年收费金额（单位：万元）行政事业性收费7545",
            "三、收到和处理政府信息公开申请情况",
            "一、本年新收政府信息公开申请数量950000095二、上年结转政府信息公开申请数量0000000",
            "（一）予以公开500000050",
            "2.其他法律行政止公开0000000",
            "（四）无法提供1.本机关不掌握相关政府信息310000031",
        ],
        &[
            "（六）其他处理0000000（七）总计950000095四、结转下年度继续办理0000000",
            "四、政府信息公开行政复议、行政诉讼情况",
            "110021000120103",
            "五、存在的主要问题及改进情况",
        ],
        &["六、其他需要报告的事项", "全年收取政府信息公开信息处理费0元。"],
    ];
    for (page, wanted) in pages.iter().zip(expected) {
        let text = text(page);
        for piece in wanted {
            assert!(text.contains(piece), "page {}: {piece}\n{text}", page.number);
        }
        assert!(!text.contains('\u{fffd}'));
    }
}

#[test]
fn glyph_boxes_follow_the_text_matrix() {
    let pages = pages();
    // 淮 of the title: `/FT14 439 Tf` and `0.05 0 0 -0.05 186.359 101.93 Tm` under the
    // page's `1 0 0 -1 0 842 cm` (so y is already measured downwards).
    let title = glyphs(&pages[0], "淮安市");
    let first = &title[0];
    assert!(near(first.size, 21.95), "{first:?}");
    assert!(near(first.x0, 186.36), "{first:?}");
    // The baseline lies 0.12 em above the box's bottom; the box is one em high and, for
    // this full-width glyph (width 1000), one em wide.
    assert!(near(first.y1, 101.93 + 0.12 * 21.95), "{first:?}");
    assert!(near(first.y1 - first.y0, 21.95), "{first:?}");
    assert!(near(first.x1 - first.x0, 21.95), "{first:?}");
    // The glyphs of a line stand side by side from left to right.
    assert!(title.windows(2).all(|p| p[0].x1 <= p[1].x0 + 0.5 && near(p[0].y0, p[1].y0)));
    assert!(title.iter().all(|g| !g.vertical && !g.undecoded));
}

#[test]
fn identity_v_labels_are_vertical_glyphs_stacked_downwards() {
    let pages = pages();
    let label = glyphs(&pages[2], "三、本年度办理结果");
    assert!(label.iter().all(|g| g.vertical));
    assert!(label.windows(2).all(|p| near(p[0].x0, p[1].x0) && p[1].y0 > p[0].y0 + 5.0));
    let vertical: String = pages
        .iter()
        .flat_map(|p| &p.glyphs)
        .filter(|g| g.vertical)
        .map(|g| g.text.as_str())
        .collect();
    assert!(vertical.starts_with("三、本年度办理结果"), "{vertical}");
}

#[test]
fn table_borders_are_rulings() {
    let pages = pages();
    assert_eq!(pages[0].rulings, vec![], "page 1 has no table (its white cell fills draw none)");
    let has = |page: &Page, wanted: Ruling| {
        page.rulings.iter().any(|r| {
            r.horizontal == wanted.horizontal
                && near(r.at, wanted.at)
                && near(r.from, wanted.from)
                && near(r.to, wanted.to)
        })
    };
    // 第二十条第（一）项's table on page 2: its top border and its left edge.
    assert!(has(&pages[1], Ruling { horizontal: true, at: 498.89, from: 75.41, to: 517.39 }));
    assert!(has(&pages[1], Ruling { horizontal: false, at: 75.65, from: 498.65, to: 765.08 }));
    for page in &pages[1..4] {
        assert!(
            page.rulings.len() >= 14,
            "page {} has {} rulings",
            page.number,
            page.rulings.len()
        );
        assert!(page.rulings.iter().all(|r| r.from < r.to && r.at > 0.0 && r.at < 842.0));
    }
}
