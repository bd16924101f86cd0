//! # nianbao_wasm — the browser's entry point
//!
//! Thin glue: bytes and a file name in, the `nianbao.report/1` object out, as a plain JS
//! object (maps become objects, numbers stay numbers). Panics are logged by
//! `console_error_panic_hook` and surface as a thrown error, never a hang.
//!
//! A format read by a module of its own (PDF: `nianbao_pdf_wasm`, fetched only when a PDF
//! arrives) comes back here as that reader's document: `checkReadJson` checks it exactly as
//! `checkJson` checks a file this module reads itself.

use nianbao_document::{Document, Format, FormatProblem};
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

/// Installs the panic hook once, when the module starts.
#[wasm_bindgen(start)]
pub fn start() {
    console_error_panic_hook::set_once();
}

/// Checks one file: `check(bytes, name, lang?)` → the report object. `lang` is `"zh"`
/// (default) or `"en"`.
#[wasm_bindgen]
pub fn check(bytes: &[u8], name: &str, lang: Option<String>) -> Result<JsValue, JsError> {
    let json = check_json(bytes, name, lang)?;
    js_sys::JSON::parse(&json).map_err(|_| JsError::new("无法返回结果 / cannot return the result"))
}

/// The same report as a JSON string. A report holds hundreds of small cell objects;
/// building them through one `JSON.parse` is several times faster than one by one.
#[wasm_bindgen(js_name = checkJson)]
pub fn check_json(bytes: &[u8], name: &str, lang: Option<String>) -> Result<String, JsError> {
    let lang = nianbao_report::Lang::parse(lang.as_deref().unwrap_or("zh"));
    serde_json::to_string(&nianbao_report::check(bytes, name, lang)).map_err(unreturnable)
}

/// The reader module a file needs when this module does not read it itself: `"pdf"` or
/// `"office"` (Word, Excel: both in the one reader module), or `undefined` for a file `checkJson` reads (the same tests, in the same order, as its reader).
#[wasm_bindgen(js_name = separateReader)]
#[must_use]
pub fn separate_reader(bytes: &[u8], name: &str) -> Option<String> {
    match nianbao_report::separate_reader(bytes, name)? {
        Format::Pdf => Some("pdf".to_owned()),
        Format::Docx | Format::Xlsx => Some("office".to_owned()),
        Format::Txt | Format::Html | Format::Unknown => None,
    }
}

/// What another module's reader made of a file: `{format, document, problems}`, as
/// `nianbao_pdf_wasm`'s `readPdf` and `readOffice` write it.
#[derive(Deserialize)]
struct ReadElsewhere {
    format: Format,
    document: Document,
    problems: Vec<FormatProblem>,
}

/// Checks a document read by another module: `checkReadJson(readJson, byteLength, name,
/// lang?)` → the report as a JSON string, the same report `checkJson` gives for any
/// format it reads itself. `bytes` is the size of the file that was read.
#[wasm_bindgen(js_name = checkReadJson)]
pub fn check_read_json(
    read_json: &str,
    bytes: usize,
    name: &str,
    lang: Option<String>,
) -> Result<String, JsError> {
    // The browser's JSON parser and serde-wasm-bindgen, as in render_json: no serde_json
    // parser in this module.
    let unreadable =
        || JsError::new("无法读取另一个模块读出的文档 / not a document read by a reader module");
    let value = js_sys::JSON::parse(read_json).map_err(|_| unreadable())?;
    let read: ReadElsewhere = serde_wasm_bindgen::from_value(value).map_err(|_| unreadable())?;
    let extracted = nianbao_report::Extracted {
        format: read.format,
        document: read.document,
        problems: read.problems,
    };
    let lang = nianbao_report::Lang::parse(lang.as_deref().unwrap_or("zh"));
    serde_json::to_string(&nianbao_report::check_document(&extracted, bytes, name, lang))
        .map_err(unreturnable)
}

/// A checked report's diagnostics in another language, from its JSON (the `findings` it
/// carries): `renderJson(reportJson, "en")` → the diagnostics as JSON. Nothing is checked
/// again, so switching language costs no re-read of any file.
#[wasm_bindgen(js_name = renderJson)]
pub fn render_json(report_json: &str, lang: &str) -> Result<String, JsError> {
    // Parsed by the browser and read through serde-wasm-bindgen: serde_json's own parser
    // (its float tables above all) would add tens of KiB to the module for this one call.
    let value = js_sys::JSON::parse(report_json)
        .map_err(|_| JsError::new("无法读取检查结果 / not a report"))?;
    let report: nianbao_report::Rewordable = serde_wasm_bindgen::from_value(value)
        .map_err(|e| JsError::new(&format!("无法读取检查结果 / not a report: {e}")))?;
    let diagnostics = report.diagnostics(nianbao_report::Lang::parse(lang));
    serde_json::to_string(&diagnostics).map_err(unreturnable)
}

/// [`render_json`] returning the diagnostics as a JS array.
#[wasm_bindgen]
pub fn render(report_json: &str, lang: &str) -> Result<JsValue, JsError> {
    let json = render_json(report_json, lang)?;
    js_sys::JSON::parse(&json).map_err(|_| JsError::new("无法返回结果 / cannot return the result"))
}

fn unreturnable(e: serde_json::Error) -> JsError {
    JsError::new(&format!("无法返回结果 / cannot return the result: {e}"))
}

/// The rule catalogue: code, name, severity, and what / why / fix in both languages.
#[wasm_bindgen]
pub fn rules() -> Result<JsValue, JsError> {
    to_js(nianbao_rules::RULES)
}

/// The official forms of both editions, for drawing the tables.
#[wasm_bindgen]
pub fn forms() -> Result<JsValue, JsError> {
    to_js(&nianbao_report::forms())
}

/// The version of the checker.
#[wasm_bindgen]
#[must_use]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}

fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&format!("无法返回结果 / cannot return the result: {e}")))
}
