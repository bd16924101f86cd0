//! F003 `unreadable-file`: a file that is empty, damaged, cut short, encrypted or over the
//! limits — every reader problem that F001 and F002 do not claim.

use nianbao_document::FormatProblem;

use super::{f001_unsupported_format, f002_no_text_layer};
use crate::names::Names;
use crate::rule::{Found, Meta, Rule, Scope, Severity, Words};
use crate::{Context, Finding, Lang};

/// The problems this rule reports: all the others, so none is ever dropped.
fn owns(problem: FormatProblem) -> bool {
    !f001_unsupported_format::owns(problem) && !f002_no_text_layer::owns(problem)
}

/// 文件无法读取 · Unreadable file.
pub(crate) struct UnreadableFile;

impl Rule for UnreadableFile {
    const META: Meta = Meta {
        name: "unreadable-file",
        severity: Severity::Error,
        scope: Scope::File,
        unread: false,
        title_zh: "文件无法读取",
        what_zh: "文件为空、已损坏、被截断、加密或超过大小限制。",
        why_zh: "内容不完整时，核对结果不可信。",
        fix_zh: "按上面的说明处理：多数情况下重新导出或重新下载完整文件即可；文字残缺的副本请换用原网页或 Word 原件。",
        title_en: "Unreadable file",
        what_en: "The file is empty, corrupt, truncated, encrypted or over the size limits.",
        why_en: "Results from an incomplete file cannot be trusted.",
        fix_en: "Do as the message says: usually export or download the complete file again; for a damaged copy use the saved page or the Word file.",
    };

    fn check(cx: &Context<'_>, found: &mut Found<'_>) {
        super::report(cx, found, owns);
    }

    fn words(finding: &Finding, _: &Names, lang: Lang) -> Words {
        super::words(finding, lang)
    }
}
