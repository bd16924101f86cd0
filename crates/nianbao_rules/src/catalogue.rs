//! The rule catalogue (SPEC §5): every rule in one place, with its code, name, default
//! severity, and what / why / how-to-fix in Chinese and English. `nianbao rules` prints it
//! and docs/rules.md is generated from it.

use nianbao_document::{Code, Severity};
use serde::Serialize;

/// One rule's documentation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Rule {
    /// Stable code.
    pub code: Code,
    /// Kebab-case name.
    pub name: &'static str,
    /// Default severity.
    pub severity: Severity,
    /// Chinese title.
    pub title_zh: &'static str,
    /// What it checks (Chinese).
    pub what_zh: &'static str,
    /// Why it matters (Chinese).
    pub why_zh: &'static str,
    /// How to fix (Chinese).
    pub fix_zh: &'static str,
    /// English title.
    pub title_en: &'static str,
    /// What it checks.
    pub what_en: &'static str,
    /// Why it matters.
    pub why_en: &'static str,
    /// How to fix.
    pub fix_en: &'static str,
}

use Severity::{Error, Info, Warning};

macro_rules! rule {
    ($code:ident, $name:literal, $sev:ident, $tz:literal, $wz:literal, $yz:literal, $fz:literal, $te:literal, $we:literal, $ye:literal, $fe:literal) => {
        Rule {
            code: Code::$code,
            name: $name,
            severity: $sev,
            title_zh: $tz,
            what_zh: $wz,
            why_zh: $yz,
            fix_zh: $fz,
            title_en: $te,
            what_en: $we,
            why_en: $ye,
            fix_en: $fe,
        }
    };
}

/// All rules, in code order.
pub const RULES: &[Rule] = &[
    rule!(F001, "unsupported-format", Error, "不支持的文件格式",
        "文件不是本工具能读取的年报格式（.docx、.xlsx、.txt、.html、Markdown）。",
        "无法读取就无法核对表格。",
        "旧版 Word/WPS（.doc/.wps）请另存为 .docx；Excel（.xls）请另存为 .xlsx；也可以把网页上的报告全文复制后粘贴进来，或另存为网页（.html）。",
        "Unsupported format", "The file is not a report format this tool reads (.docx, .xlsx, .txt, .html, Markdown).",
        "Nothing can be checked without reading it.",
        "Save legacy .doc/.wps as .docx and .xls as .xlsx, or paste the report's text, or save the page as .html."),
    rule!(F002, "no-text-layer", Error, "没有文字层",
        "文件是扫描图片，没有可读取的文字。", "图片里的数字无法可靠读取。",
        "请使用 Word/WPS 导出的原始文件或可复制文字的 PDF，不要上传扫描件或截图。",
        "No text layer", "The file is a scanned image with no text to read.", "Numbers in pictures cannot be read reliably.",
        "Use the original Word/WPS file or a PDF with selectable text, not a scan or screenshot."),
    rule!(F003, "unreadable-file", Error, "文件无法读取",
        "文件为空、已损坏、被截断、加密或超过大小限制。", "内容不完整时，核对结果不可信。",
        "请重新导出或重新下载完整文件后再试。",
        "Unreadable file", "The file is empty, corrupt, truncated, encrypted or over the size limits.",
        "Results from an incomplete file cannot be trusted.", "Export or download the complete file again."),
    rule!(T001, "section-missing", Warning, "缺少章节",
        "年报格式规定的六个部分（一、总体情况……六、其他需要报告的事项）中缺少某一部分。",
        "年报格式要求六部分齐全，“不能遗漏”。", "按模板补上缺少的章节标题和内容；没有内容的写“无”。",
        "Section missing", "One of the six sections the format prescribes is absent.",
        "The format requires all six sections.", "Add the missing section; write 无 when there is nothing to report."),
    rule!(T002, "section-title-variant", Info, "章节标题与模板不同",
        "章节标题的措辞与模板不同。", "统一的标题便于检索和比对。", "建议使用模板原文作为标题。",
        "Section title variant", "A section title is worded differently from the template.",
        "Uniform titles help search and comparison.", "Use the template's wording."),
    rule!(T010, "table-missing", Error, "缺少统计表",
        "没有找到表二、表三或表四。", "三张统计表是年报的必备内容。", "按官方模板补上整张表格；没有数据的格子填 0。",
        "Table missing", "Table 2, 3 or 4 was not found.", "The three tables are mandatory.",
        "Add the whole table from the official template, filling 0 where there is no data."),
    rule!(T011, "row-missing", Warning, "缺少行",
        "表格中缺少模板规定的某一行。", "缺行会让合计无法核对，也不符合模板。", "按模板补上这一行，没有数据填 0。",
        "Row missing", "A row of the template is absent.", "Totals cannot be checked and the template is not followed.",
        "Add the row from the template; fill 0 where there is no data."),
    rule!(T012, "row-unknown", Info, "模板之外的行",
        "表格中有模板没有的行（例如“其他主动公开文件”）。", "多出的行不参与核对，也可能是改动了模板。",
        "确认是否需要；如需保留，建议移到表外用文字说明。",
        "Row not in template", "A row the template does not have.", "Extra rows are not checked and suggest an altered template.",
        "Check whether it is needed; otherwise describe it in the text instead."),
    rule!(T013, "row-label-variant", Info, "行标题与模板不同",
        "行标题的措辞与模板不同（错字、漏字），已按位置和相似度对应到模板行。",
        "标题有误容易让读者误解，也可能是模板被改动。", "按模板原文改正行标题。",
        "Row label variant", "A row label differs from the template (typo, dropped character) but was matched.",
        "Wrong labels mislead readers.", "Use the template's wording."),
    rule!(T014, "header-garbled", Warning, "表头错乱",
        "表头中出现了数字或缺少模板的列名，表头可能被错误复制。", "表头错乱时，读者无法判断每个数字的含义。",
        "按模板重新制作表头：行政复议、行政诉讼（未经复议直接起诉、复议后起诉），每组为结果维持、结果纠正、其他结果、尚未审结、总计。",
        "Header garbled", "The header holds numbers or lacks the template's column names.",
        "Readers cannot tell what each number means.", "Rebuild the header from the template."),
    rule!(T020, "cell-blank", Warning, "空白单元格",
        "应填数字的单元格是空白。核对合计时空白按 0 计算。", "空白不等于 0：读者无法判断是没有数据还是漏填。",
        "没有数据的单元格请填 0。",
        "Blank cell", "A cell that should hold a number is blank; sums count it as 0.",
        "A blank is not a zero: readers cannot tell missing data from none.", "Fill 0 where there is no data."),
    rule!(T021, "cell-placeholder", Warning, "单元格使用占位符",
        "应填数字的单元格写的是“/”“-”“无”等占位符。核对合计时按 0 计算。", "占位符不是数字，统计汇总时会出错。",
        "没有数据请填 0。",
        "Placeholder in cell", "A cell holds /, -, 无 or similar instead of a number; sums count it as 0.",
        "Placeholders are not numbers and break aggregation.", "Fill 0 where there is no data."),
    rule!(T022, "cell-not-number", Error, "单元格不是数字",
        "应填数字的单元格写的是文字。", "文字无法参与统计和核对。", "改为数字；需要说明的内容写在表格下方的文字中。",
        "Cell is not a number", "A cell that should hold a number holds text.", "Text cannot be counted or checked.",
        "Write the number; put explanations in the text below the table."),
    rule!(T023, "row-inferred", Warning, "已推断缺失单元格的位置",
        "这一行的数字少于列数（复制网页时空白格被丢掉），已根据表格自身的勾稽关系唯一确定了每个数字所在的列。",
        "推断出的位置是唯一满足所有合计关系的摆放，但原文本身缺少空白格，读者可能误读。",
        "在原文中把空白单元格补上 0，使每行数字个数与列数一致。",
        "Row inferred", "The row holds fewer numbers than columns; the only placement keeping every identity true was used.",
        "The source lost its blank cells and may mislead readers.", "Fill the blank cells with 0 in the source."),
    rule!(T024, "row-unresolved", Error, "无法确定数字所在的列",
        "这一行的数字个数与列数不符，且无法根据勾稽关系唯一确定每个数字的位置。",
        "无法确定数字的含义，这一行不参与核对。", "补全这一行：每列都写上数字，没有数据的写 0。",
        "Row unresolved", "The row's numbers do not match the columns and cannot be placed uniquely.",
        "Their meaning is unknown, so the row is not checked.", "Write a number in every column, 0 where there is no data."),
    rule!(T030, "edition-mismatch", Warning, "模板版本与年度不符",
        "表格使用的模板版本与报告年度不符：2019、2020 年度用 2019 版（国办公开办函〔2019〕60号），2021 年度起用 2021 版（国办公开办函〔2021〕30号）。",
        "用错模板会漏报或错报项目。", "按报告年度适用的模板重新填写表格。",
        "Edition mismatch", "The tables follow a template edition that does not match the report year.",
        "The wrong template omits or misreports items.", "Redo the tables with the edition for the report year."),
    rule!(T031, "edition-pre-2019", Error, "旧版格式年报",
        "这是 2019 年以前格式的年报（统计表按申请方式分列），本工具不核对。", "旧格式的统计口径与现行模板不同。",
        "2019 年度及以后的年报请使用现行模板。",
        "Pre-2019 format", "An old-format report; not checked.", "Its statistics differ from the current templates.",
        "Use the current template for reports from 2019 on."),
    rule!(V001, "negative-count", Error, "数量为负数",
        "件数、项数不能是负数（“本年增/减”除外）。", "负数的件数没有意义，多半是填错。", "改为正确的非负整数。",
        "Negative count", "A count is below zero (本年增/减 excepted).", "A negative count is meaningless.",
        "Write the correct non-negative whole number."),
    rule!(V002, "fractional-count", Error, "数量不是整数",
        "件数、项数应为整数。", "带小数的件数多半是填错或列错位。", "改为正确的整数。",
        "Fractional count", "A count is not a whole number.", "It is almost always a typo or a shifted column.",
        "Write the correct whole number."),
    rule!(V003, "amount-unit", Warning, "金额单位不明",
        "金额没有写单位，或单位与表头不符（收费金额的单位是万元）。", "单位不明时金额可能相差一万倍。",
        "写明单位，并与表头一致。",
        "Amount unit", "An amount has no unit, or a unit other than the header's (万元 for fees).",
        "Amounts may be off by a factor of 10,000.", "State the unit and match the header."),
    rule!(R201, "published-exceeds-total", Warning, "新公开数量超过对外公开总数",
        "2019 版表二第（一）项：本年新公开数量大于对外公开总数量。", "本年新公开的文件应包含在对外公开总数中。",
        "核对两个数字，对外公开总数量应不小于本年新公开数量。",
        "Published exceeds total", "2019 edition item 1: 本年新公开数量 exceeds 对外公开总数量.",
        "This year's published documents are part of the total.", "Check both numbers."),
    rule!(R301, "requests-balance", Error, "表三勾稽关系不平",
        "表三每一列：一、本年新收 + 二、上年结转 = （七）总计 + 四、结转下年度继续办理（模板印明的勾稽关系）。",
        "收到的申请要么办结，要么结转下年，两边必须相等。", "逐项核对这一列的四个数字，改正填错的那一个。",
        "Requests balance", "Per column of table 3: received + carried over = outcome total + carried forward.",
        "Every request is either handled or carried forward.", "Check the four numbers of the column and correct the wrong one."),
    rule!(R302, "requests-row-total", Error, "表三行合计不符",
        "表三每一行：总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他。",
        "总计应等于各类申请人之和。", "核对这一行的各列数字和总计，改正填错的那一个。",
        "Requests row total", "Per row of table 3: 总计 = the six applicant columns.",
        "The total must be the sum of the applicants.", "Check the row and correct the wrong number."),
    rule!(R303, "requests-outcome-total", Error, "表三办理结果合计不符",
        "表三每一列：（七）总计 = （一）予以公开 +（二）部分公开 +（三）1–8 +（四）1–3 +（五）1–5 +（六）各项。",
        "（七）总计应等于各项办理结果之和。", "核对这一列的各项办理结果和（七）总计，改正填错的那一个。",
        "Requests outcome total", "Per column of table 3: （七）总计 = the sum of all outcome rows.",
        "The outcome total must be the sum of the outcomes.", "Check the column's outcomes and correct the wrong number."),
    rule!(R401, "appeals-group-total", Error, "表四合计不符",
        "表四行政复议、未经复议直接起诉、复议后起诉三组：结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 总计。",
        "总计应等于各种结果之和。", "核对这一组的五个数字，改正填错的那一个。",
        "Appeals group total", "Per group of table 4: 维持 + 纠正 + 其他 + 尚未审结 = 总计.",
        "The total must be the sum of the results.", "Check the group's five numbers and correct the wrong one."),
    rule!(X001, "year-mismatch", Warning, "年度不一致",
        "标题中的年度与统计期限的年度不一致。", "年度写错通常是沿用了上一年的报告。", "统一改为报告所属年度。",
        "Year mismatch", "The title's year and the statistics period's year disagree.",
        "It usually means last year's report was reused.", "Use the report year throughout."),
];

/// A rule by code.
#[must_use]
pub fn rule(code: Code) -> Option<&'static Rule> {
    RULES.iter().find(|r| r.code == code)
}

#[cfg(test)]
mod tests {
    use super::RULES;
    use nianbao_document::Code;

    #[test]
    fn every_code_is_documented_once_in_order() {
        let codes: Vec<Code> = RULES.iter().map(|r| r.code).collect();
        assert_eq!(codes, Code::ALL);
        assert!(RULES.iter().all(|r| !r.fix_zh.is_empty() && !r.why_en.is_empty()));
    }
}
