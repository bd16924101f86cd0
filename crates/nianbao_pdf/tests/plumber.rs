//! The layout half on real glyph data: what pdfplumber reads from the real report
//! `hongze-district-2024.wps.pdf` (dumped by `scripts/pdf_glyphs.py` into
//! `tests/fixtures/*.plumber.json`), laid out and compared cell for cell with the PDF as a
//! person reads it.

use nianbao_document::{Block, Document, Table};

#[path = "support/plumber.rs"]
mod plumber;

fn hongze() -> Document {
    let json = include_str!("fixtures/hongze-district-2024.plumber.json");
    nianbao_pdf::lay_out(&plumber::pages(json)).unwrap_or_default()
}

fn tables(document: &Document) -> Vec<&Table> {
    document
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Table(t) => Some(t),
            Block::Paragraph(_) => None,
        })
        .collect()
}

/// A table's rows as text, cells by `|`, for a readable comparison.
fn rows(table: &Table) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut row = None;
    for cell in &table.cells {
        if row != Some(cell.row) {
            out.push(String::new());
            row = Some(cell.row);
        }
        if let Some(line) = out.last_mut() {
            if !line.is_empty() {
                line.push('|');
            }
            line.push_str(&cell.text);
        }
    }
    out
}

/// What the report's three tables show (read off the PDF rendered as pictures): 表二 over
/// pages 2–3, 表三 over pages 3–4 without its header repeated, 表四 on page 4.
const PROACTIVE: &[&str] = &[
    "第二十条第（一）项",
    "信息内容|本年制发件数|本年废止件数|现行有效件数",
    "规章|0|0|0",
    "行政规范性文件|3|0|8",
    "第二十条第（五）项",
    "信息内容|本年处理决定数量",
    "行政许可|9487",
    "第二十条第（六）项",
    "信息内容|本年处理决定数量",
    "行政处罚|2776",
    "行政强制|84",
    "第二十条第（八）项",
    "信息内容|本年收费金额（单位：万元）",
    "行政事业性收费|7545",
];

const REQUESTS: &[&str] = &[
    "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）|申请人情况",
    "自然人|法人或其他组织|总计",
    "商业企业|科研机构|社会公益组织|法律服务机构|其他",
    "一、本年新收政府信息公开申请数量|95|0|0|0|0|0|95",
    "二、上年结转政府信息公开申请数量|0|0|0|0|0|0|0",
    "三、本年度办理结果|（一）予以公开|50|0|0|0|0|0|50",
    "（二）部分公开（区分处理的，只计这一情形，不计其他情形）|9|0|0|0|0|0|9",
    "（三）不予公开|1.属于国家秘密|0|0|0|0|0|0|0",
    "2.其他法律行政止公开|0|0|0|0|0|0|0",
    "3.危及“三安全一稳定”|1|0|0|0|0|0|1",
    "4.保护第三方合法权益|0|0|0|0|0|0|0",
    "5.属于三类内部事务信息|0|0|0|0|0|0|0",
    "6.属于四类过程性信息|1|0|0|0|0|0|1",
    "7.属于行政执法案卷|1|0|0|0|0|0|1",
    "8.属于行政查询事项|0|0|0|0|0|0|0",
    "（四）无法提供|1.本机关不掌握相关政府信息|31|0|0|0|0|0|31",
    "2.没有现成信息需要另行制作|1|0|0|0|0|0|1",
    "3.补正后申请内容仍不明确|0|0|0|0|0|0|0",
    "（五）不予处理|1.信访举报投诉类申请|1|0|0|0|0|0|1",
    "2.重复申请|0|0|0|0|0|0|0",
    "3.要求提供公开出版物|0|0|0|0|0|0|0",
    "4.无正当理由大量反复申请|0|0|0|0|0|0|0",
    "5.要求行政机关确认或重新出具已获取信息|0|0|0|0|0|0|0",
    "（六）其他处理||0|0|0|0|0|0|0",
    "（七）总计||95|0|0|0|0|0|95",
    "四、结转下年度继续办理|0|0|0|0|0|0|0",
];

const APPEALS: &[&str] = &[
    "行政复议||行政诉讼",
    "结果维持|结果纠正|其他结果|尚未审结|总计|未经复议直接起诉|复议后起诉",
    "结果维持|结果纠正|其他结果|尚未审结|总计|结果维持|结果纠正|其他结果|尚未审结|总计",
    "1|1|0|0|2|1|0|0|0|1|2|0|1|0|3",
];

#[test]
fn the_three_tables_cell_for_cell() {
    let document = hongze();
    let tables = tables(&document);
    let read: Vec<Vec<String>> = tables.iter().map(|t| rows(t)).collect();
    assert_eq!(read, vec![PROACTIVE, REQUESTS, APPEALS]);
    assert!(tables.iter().all(|t| t.positions_exact));
}

#[test]
fn merged_cells_span_and_run_over_the_page_break() {
    let document = hongze();
    let tables = tables(&document);
    let requests = tables.get(1).map(|t| t.cells.as_slice()).unwrap_or_default();
    let find = |text: &str| requests.iter().find(|c| c.text == text);
    // (row, col, row_span, col_span, page, cell in its row)
    let place = |text: &str| {
        find(text).map(|c| (c.row, c.col, c.row_span, c.col_span, c.location.page, c.location.cell))
    };
    // The vertical label runs from 予以公开 on page 3 down to 总计 on page 4.
    assert_eq!(place("三、本年度办理结果"), Some((5, 0, 20, 1, Some(3), Some(0))));
    // （四）无法提供: one row on page 3, two more on page 4.
    assert_eq!(place("（四）无法提供"), Some((15, 1, 3, 1, Some(3), Some(0))));
    assert_eq!(place("2.没有现成信息需要另行制作"), Some((16, 2, 1, 1, Some(4), Some(0))));
    assert_eq!(place("法人或其他组织"), Some((1, 4, 1, 5, Some(3), Some(1))));
    assert_eq!(place("（六）其他处理"), Some((23, 1, 1, 1, Some(4), Some(0))));
    assert!(requests.iter().all(|c| c.location.table == Some(1)));
}

#[test]
fn page_numbers_are_no_paragraphs_and_wrapped_lines_and_the_title_are_one() {
    let document = hongze();
    let paragraphs: Vec<(Option<u32>, Option<u32>, &str)> = document
        .paragraphs()
        .map(|p| (p.location.page, p.location.paragraph, p.text.as_str()))
        .collect();
    assert_eq!(paragraphs.len(), 18);
    assert!(paragraphs.iter().all(|(_, _, text)| !text.contains("-3-") && !text.starts_with('-')));
    let title = "淮安市洪泽区人民政府2024年政府信息公开工作年度报告";
    assert_eq!(paragraphs.first(), Some(&(Some(1), Some(0), title)));
    assert!(paragraphs
        .get(1)
        .is_some_and(|p| p.2.contains("统计期限自2024年1月1日起至2024年12月31日止")));
    assert_eq!(paragraphs.get(9), Some(&(Some(2), Some(9), "二、主动公开政府信息情况")));
    assert_eq!(
        paragraphs.get(10),
        Some(&(Some(3), Some(10), "三、收到和处理政府信息公开申请情况"))
    );
}
