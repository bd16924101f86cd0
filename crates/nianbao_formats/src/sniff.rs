//! Which reader a file needs, from its first bytes (the name only breaks ties).

use nianbao_document::{Format, FormatProblem};

/// Whether the bytes are a zip container (Word, Excel, or another zip).
pub(crate) fn is_zip(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06")
}

/// A file no reader here takes: its format and the reason.
pub(crate) type Refusal = (Format, FormatProblem);

pub(crate) fn by_name(name: &str) -> Format {
    let lower = name.to_ascii_lowercase();
    let ext = lower.rsplit('.').next().unwrap_or("");
    match ext {
        "html" | "htm" | "xhtml" | "shtml" => Format::Html,
        "docx" => Format::Docx,
        "xlsx" => Format::Xlsx,
        "pdf" => Format::Pdf,
        "txt" | "md" | "markdown" | "csv" => Format::Txt,
        _ => Format::Unknown,
    }
}

pub(crate) fn refusal(bytes: &[u8], name: &str) -> Option<Refusal> {
    const OLE: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    let named = by_name(name);
    let lower = name.to_ascii_lowercase();
    if bytes.starts_with(OLE) {
        // Password-protected .docx/.xlsx files are OLE containers around the encrypted package.
        if matches!(named, Format::Docx | Format::Xlsx) {
            return Some((named, FormatProblem::Encrypted));
        }
        let problem = if lower.ends_with(".xls") || lower.ends_with(".et") {
            FormatProblem::LegacyExcel
        } else {
            FormatProblem::LegacyWord
        };
        return Some((Format::Unknown, problem));
    }
    let images: [&[u8]; 6] = [b"\x89PNG", b"\xFF\xD8\xFF", b"GIF8", b"II*\x00", b"MM\x00*", b"BM"];
    if images.iter().any(|magic| bytes.starts_with(magic)) {
        return Some((Format::Unknown, FormatProblem::Image));
    }
    None
}

/// Whether decoded text is an HTML page: by name, or by tags that text copied from a page
/// never has.
pub(crate) fn is_html(name: &str, text: &str) -> bool {
    if by_name(name) == Format::Html {
        return true;
    }
    let end = text.char_indices().nth(4096).map_or(text.len(), |(i, _)| i);
    let head = text.get(..end).unwrap_or(text).to_ascii_lowercase();
    ["<!doctype html", "<html", "<table", "<body"].iter().any(|tag| head.contains(tag))
        || (head.contains("<p") && head.contains("</p>"))
}
