//! # nianbao_pdf_wasm — the PDF reader as a module of its own
//!
//! Stage: reader, in the browser. Input: the bytes of a PDF. Output: the JSON of
//! `{document, problems}` ([`nianbao_pdf::Read`]), which the main module's `checkReadJson`
//! checks like any other format's document. The page's first load stays small because this
//! module is fetched (hosted page, embed script) only when the first PDF arrives.
#![warn(clippy::disallowed_methods)]

use nianbao_document::{Document, FormatProblem};
use serde::Serialize;
use wasm_bindgen::prelude::*;

/// Installs the panic hook once, when the module starts.
#[wasm_bindgen(start)]
pub fn start() {
    console_error_panic_hook::set_once();
}

/// What [`read_json`] returns: the reader's document and problems, as the main module's
/// `checkReadJson` takes them.
#[derive(Serialize)]
struct ReadJson<'a> {
    document: &'a Document,
    problems: &'a [FormatProblem],
}

/// Reads one PDF into the JSON `{"document": …, "problems": […]}`.
///
/// # Errors
/// Only when the result cannot be written as JSON, which a document never causes.
pub fn read_to_json(bytes: &[u8]) -> Result<String, serde_json::Error> {
    let read = nianbao_pdf::read(bytes);
    serde_json::to_string(&ReadJson { document: &read.document, problems: &read.problems })
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
