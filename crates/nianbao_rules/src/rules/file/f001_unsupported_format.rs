//! F001 `unsupported-format`: a format this tool does not read (legacy Office binaries,
//! archives, and PDFs in a build without the PDF reader).

use nianbao_document::FormatProblem;

use crate::names::Names;
use crate::rule::{Found, Meta, Rule, Scope, Severity, Words};
use crate::{Context, Finding, Lang};

/// The problems this rule reports.
pub(crate) fn owns(problem: FormatProblem) -> bool {
    matches!(
        problem,
        FormatProblem::Pdf
            | FormatProblem::OfficeElsewhere
            | FormatProblem::LegacyWord
            | FormatProblem::LegacyExcel
            | FormatProblem::Zip
    )
}

/// 不支持的文件格式 · Unsupported format.
pub(crate) struct UnsupportedFormat;

impl Rule for UnsupportedFormat {
    const META: Meta = Meta {
        name: "unsupported-format",
        severity: Severity::Error,
        scope: Scope::File,
        unread: false,
        title_zh: "不支持的文件格式",
        what_zh: "文件不是本工具能读取的年报格式（.docx、.xlsx、有文字层的 .pdf、.txt、.html、Markdown）。",
        why_zh: "无法读取就无法核对表格。",
        fix_zh: "旧版 Word/WPS（.doc/.wps）请另存为 .docx；Excel（.xls）请另存为 .xlsx；也可以把网页上的报告全文复制后粘贴进来，或另存为网页（.html）。",
        title_en: "Unsupported format",
        what_en: "The file is not a report format this tool reads (.docx, .xlsx, .pdf with a text layer, .txt, .html, Markdown).",
        why_en: "Nothing can be checked without reading it.",
        fix_en: "Save legacy .doc/.wps as .docx and .xls as .xlsx, or paste the report's text, or save the page as .html.",
    };

    fn check(cx: &Context<'_>, found: &mut Found<'_>) {
        super::report(cx, found, owns);
    }

    fn words(finding: &Finding, _: &Names, lang: Lang) -> Words {
        super::words(finding, lang)
    }
}
