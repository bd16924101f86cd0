//! F-rules: files that cannot be read, and why (the reader's problems).

pub(crate) mod f001_unsupported_format;
pub(crate) mod f002_no_text_layer;
pub(crate) mod f003_unreadable_file;

use nianbao_document::{Excess, FormatProblem, Location};

use crate::finding::{Draft, Facts};
use crate::rule::{Found, Words};
use crate::{Context, Finding, Lang};

/// One finding per problem of the reader that `owns` picks.
pub(super) fn report(cx: &Context<'_>, found: &mut Found<'_>, owns: fn(FormatProblem) -> bool) {
    for &problem in cx.problems.iter().filter(|&&p| owns(p)) {
        found.add(Draft::new(Location::default(), Facts::Format { problem }));
    }
}

/// The reader's problem in words; every problem is worded here, whichever rule reports it.
pub(super) fn words(finding: &Finding, lang: Lang) -> Words {
    let Facts::Format { problem } = finding.facts else { return Words::default() };
    let mb = |bytes: u64| bytes / 1_048_576;
    Words::message(match problem {
        FormatProblem::Empty => lang.pick("文件是空的", "The file is empty").to_owned(),
        FormatProblem::TooLarge { bytes, limit } => lang.pick(
            format!("文件有 {} MB，超过 {} MB 的上限，不像是一份年报", mb(bytes), mb(limit)),
            format!("The file is {} MB, over the {} MB limit", mb(bytes), mb(limit)),
        ),
        FormatProblem::Binary => lang
            .pick(
                "文件不是文本，可能已损坏或不是年报",
                "The file is not text: corrupt or not a report",
            )
            .to_owned(),
        FormatProblem::Truncated => lang
            .pick(
                "网页文件不完整：在页面或表格中间被截断，读到的内容可能缺失",
                "The HTML file stops in the middle of the page or a table; content may be missing",
            )
            .to_owned(),
        FormatProblem::LegacyWord => lang
            .pick(
                "这是旧版 Word/WPS 文件（.doc/.wps），请另存为 .docx 后再试",
                "A legacy Word/WPS file (.doc/.wps): save it as .docx",
            )
            .to_owned(),
        FormatProblem::LegacyExcel => lang
            .pick(
                "这是旧版 Excel 文件（.xls），请另存为 .xlsx 后再试",
                "A legacy Excel file (.xls): save it as .xlsx",
            )
            .to_owned(),
        FormatProblem::Pdf => lang
            .pick(
                "这个版本的年报校验不读取 PDF：请改用 Word/WPS 原文件（.docx），或发布年报的网页（另存为 .html）",
                "This build does not read PDFs: use the Word/WPS file (.docx) or the report's web page (saved as .html)",
            )
            .to_owned(),
        FormatProblem::Zip => lang
            .pick(
                "这是压缩包，不是 Word（.docx）或 Excel（.xlsx）文件：请解压后检查其中的年报",
                "A zip archive, not a Word or Excel file: unpack it and check the report inside",
            )
            .to_owned(),
        FormatProblem::Encrypted => lang
            .pick(
                "文件设置了密码，无法读取：请取消密码保护后再试",
                "The file is password-protected: remove the password and try again",
            )
            .to_owned(),
        FormatProblem::Corrupt => lang
            .pick(
                "文件已损坏或不完整：请重新保存或重新下载后再试",
                "The file is damaged or incomplete: save or download it again",
            )
            .to_owned(),
        FormatProblem::Bomb => lang
            .pick(
                "文件解压后超过大小限制，且压缩比远高于任何正常文档（像是“压缩炸弹”），已拒绝读取：请检查文件来源",
                "The file decompresses beyond the size limits and is packed far tighter than any document (a zip bomb); it was refused: check where it came from",
            )
            .to_owned(),
        FormatProblem::Unpacked { bytes, limit } => lang.pick(
            format!("Word/Excel 文件的正文解压后有 {} MB，超过 {} MB 的读取上限，一份年报远没有这么大：请删去与年报无关的内容（如大段附件、嵌入的表格），或只保留年报正文另存后再试", mb(bytes), mb(limit)),
            format!("The Word/Excel file's text unpacks to {} MB, over the {} MB the reader takes (a report is far smaller): remove what is not the report (attachments, embedded tables) or save the report alone and try again", mb(bytes), mb(limit)),
        ),
        FormatProblem::Image => lang
            .pick(
                "这是图片文件（如扫描件或截图），里面没有可读取的文字",
                "An image file (a scan or a screenshot): there is no text in it to read",
            )
            .to_owned(),
        FormatProblem::Scanned => lang
            .pick(
                "没有文字层：这是扫描件，页面上只有图片，数字无法可靠读取。请使用 Word/WPS 原文件，或发布年报的网页（另存为 .html）",
                "No text layer: a scan, the pages are only pictures; use the Word/WPS file or the report's web page (saved as .html)",
            )
            .to_owned(),
        FormatProblem::Undecodable { glyphs } => lang.pick(
            format!("PDF 中有 {glyphs} 个字符的字体没有提供文字编码，无法识别，已跳过：请使用 Word/WPS 原文件或网页版核对这些内容"),
            format!("{glyphs} characters of the PDF use fonts that give no text encoding and were skipped: use the Word/WPS file or the web page for them"),
        ),
        FormatProblem::TooDeep => lang
            .pick("文件嵌套过深，无法安全读取", "The file is nested too deeply to read safely")
            .to_owned(),
        FormatProblem::Glued => lang
            .pick(
                "文本的换行和单元格分隔都已丢失（像是爬虫或网页存档保存的文字），表格无法逐格读出：请使用原网页（另存为 .html）、Word 原件，或从网页重新复制全文",
                "The text lost its line breaks and cell boundaries (a crawler's or an archive's copy): its tables cannot be read cell by cell; use the saved page (.html), the Word file, or copy the page again",
            )
            .to_owned(),
        FormatProblem::TooMuch { excess } => {
            let (zh, en) = match excess {
                Excess::Text => ("文字总量过大", "too much text"),
                Excess::Cells => ("表格单元格总数过多", "too many table cells"),
                Excess::TableCells => ("表格单元格过多", "a table with too many cells"),
                Excess::Spans => ("合并单元格范围过大", "merged cells covering too much"),
                Excess::Rows => ("表格行数过多", "too many table rows"),
                Excess::Paragraphs => ("段落过多", "too many paragraphs"),
                Excess::Glyphs => ("PDF 中的字符过多", "too many characters in the PDF"),
                Excess::Rulings => ("PDF 一页上的线条过多", "too many lines drawn on a PDF page"),
                Excess::Pages => ("页数过多", "too many pages"),
                Excess::Objects => ("PDF 对象过多", "too many PDF objects"),
            };
            lang.pick(
                format!("文件内容超出年报的合理规模（{zh}），可能是程序生成或被篡改的文件，已停止读取：请检查文件来源，或只保留年报正文后再试"),
                format!("The file holds far more than a report ({en}); reading stopped: check where it came from, or keep only the report and try again"),
            )
        }
    })
}
