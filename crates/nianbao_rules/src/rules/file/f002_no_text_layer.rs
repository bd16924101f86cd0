//! F002 `no-text-layer`: a picture or scan with no text to read.

use nianbao_document::FormatProblem;

use crate::names::Names;
use crate::rule::{Found, Meta, Rule, Scope, Severity, Words};
use crate::{Context, Finding, Lang};

/// The problems this rule reports.
pub(crate) fn owns(problem: FormatProblem) -> bool {
    matches!(problem, FormatProblem::Image | FormatProblem::Scanned)
}

/// 没有文字层 · No text layer.
pub(crate) struct NoTextLayer;

impl Rule for NoTextLayer {
    const META: Meta = Meta {
        name: "no-text-layer",
        severity: Severity::Error,
        scope: Scope::File,
        unread: false,
        title_zh: "没有文字层",
        what_zh: "文件是扫描图片，没有可读取的文字。",
        why_zh: "图片里的数字无法可靠读取。",
        fix_zh: "请改用年报的 Word/WPS 原文件（.docx），或发布年报的网页（另存为 .html）；扫描件和截图里的数字无法可靠读取。",
        title_en: "No text layer",
        what_en: "The file is a scanned image with no text to read.",
        why_en: "Numbers in pictures cannot be read reliably.",
        fix_en: "Use the report's Word/WPS file (.docx) or its web page (saved as .html); numbers in scans and screenshots cannot be read reliably.",
    };

    fn check(cx: &Context<'_>, found: &mut Found<'_>) {
        super::report(cx, found, owns);
    }

    fn words(finding: &Finding, _: &Names, lang: Lang) -> Words {
        super::words(finding, lang)
    }
}
