//! # nianbao_pdf_wasm — the readers of packaged formats (PDF, Word, Excel) as a module of its own
//!
//! Stage: reader, in the browser. Input: the bytes of a PDF, .docx or .xlsx. Output: the JSON
//! of `{document, problems}` ([`nianbao_pdf::Read`]; Word and Excel add their `format`), which
//! the main module's `checkReadJson` checks like any other format's document. The page's
//! first load stays small because this module is fetched (hosted page, embed script) only
//! when the first such file arrives.
#![warn(clippy::disallowed_methods)]

use nianbao_document::{Document, Format, FormatProblem};
use serde::Serialize;
use wasm_bindgen::prelude::*;

/// Installs the panic hook once, when the module starts.
#[wasm_bindgen(start)]
pub fn start() {
    console_error_panic_hook::set_once();
}

/// What both readers return, as the main module's `checkReadJson` takes it: the format the
/// file turned out to be (Word or Excel: the package decides, not the name), the document and
/// the problems.
#[derive(Serialize)]
struct ReadJson<'a> {
    format: Format,
    document: &'a Document,
    problems: &'a [FormatProblem],
}

fn to_json(
    format: Format,
    document: &Document,
    problems: &[FormatProblem],
) -> Result<String, serde_json::Error> {
    serde_json::to_string(&ReadJson { format, document, problems })
}

/// Reads one PDF into the JSON `{"format": "pdf", "document": …, "problems": […]}`.
///
/// # Errors
/// Only when the result cannot be written as JSON, which a document never causes.
pub fn read_to_json(bytes: &[u8]) -> Result<String, serde_json::Error> {
    let read = nianbao_pdf::read(bytes);
    to_json(Format::Pdf, &read.document, &read.problems)
}

/// Reads one Word or Excel package into `{"format": …, "document": …, "problems": […]}`.
///
/// # Errors
/// Only when the result cannot be written as JSON, which a document never causes.
pub fn read_office_to_json(bytes: &[u8], name: &str) -> Result<String, serde_json::Error> {
    let read = nianbao_formats::read_office(bytes, name);
    to_json(read.format, &read.document, &read.problems)
}

/// Reads one Word or Excel package: `readOffice(bytes, name)` → [`read_office_to_json`]'s
/// string. The page's main module leaves packages to this module, so its first load holds no
/// zip or XML reader.
///
/// # Errors
/// Only when the result cannot be written as JSON, which a document never causes.
#[wasm_bindgen(js_name = readOffice)]
pub fn read_office_json(bytes: &[u8], name: &str) -> Result<String, JsError> {
    read_office_to_json(bytes, name)
        .map_err(|e| JsError::new(&format!("无法返回读取结果 / cannot return what was read: {e}")))
}

/// Reads one PDF: `readPdf(bytes)` → [`read_to_json`]'s string.
///
/// # Errors
/// Only when the result cannot be written as JSON, which a document never causes.
#[wasm_bindgen(js_name = readPdf)]
pub fn read_json(bytes: &[u8]) -> Result<String, JsError> {
    read_to_json(bytes)
        .map_err(|e| JsError::new(&format!("无法返回读取结果 / cannot return what was read: {e}")))
}
