//! # nianbao_wasm_desk — the browser's batch desk, a second module
//!
//! What a supervisor checking many reports needs beyond the checker itself: one unit's
//! consecutive years compared ([`compare_json`]; the page pairs them as `nianbao_rules::pairs`
//! does), and the batch as one
//! Excel workbook ([`export_xlsx`]). The page loads this module only when a batch first needs
//! it, so the first load stays within its budget (this code measured +25.8 KiB gzipped inside
//! the main module). Same glue habits as nianbao_wasm: JSON text out, the browser's JSON
//! parser in.

use wasm_bindgen::prelude::*;

/// `this` year's report compared with the same unit's report of the year before, `last`, as
/// the page pairs them (by unit and year, or by hand): `this`'s report as JSON with the X1xx
/// diagnostics added. Both files are checked again; checking costs milliseconds, and the
/// worker keeps no state between calls.
#[wasm_bindgen(js_name = compareJson)]
pub fn compare_json(
    last: &[u8],
    last_name: &str,
    this: &[u8],
    this_name: &str,
    lang: Option<String>,
) -> Result<String, JsError> {
    let lang = nianbao_report::Lang::parse(lang.as_deref().unwrap_or("zh"));
    let last = nianbao_report::check_kept(last, last_name, lang);
    let this = nianbao_report::check_kept(this, this_name, lang);
    serde_json::to_string(&nianbao_report::compare(&last, this, lang)).map_err(unreturnable)
}

/// The reports' JSON (an array of `nianbao.report/1` objects) as the batch workbook: sheets
/// 汇总, 问题 and 数值, the `.xlsx` bytes `nianbao check --format xlsx` writes for the same
/// reports.
#[wasm_bindgen(js_name = exportXlsx)]
pub fn export_xlsx(reports_json: &str) -> Result<Vec<u8>, JsError> {
    nianbao_report::sheets::workbook(&read_reports(reports_json)?)
        .to_xlsx()
        .map_err(|e| JsError::new(&e.to_string()))
}

fn read_reports(reports_json: &str) -> Result<Vec<nianbao_report::sheets::Checked>, JsError> {
    // The browser parses, as in render_json: serde_json's parser stays out of the module.
    let value = js_sys::JSON::parse(reports_json)
        .map_err(|_| JsError::new("无法读取检查结果 / not a list of reports"))?;
    serde_wasm_bindgen::from_value(value)
        .map_err(|e| JsError::new(&format!("无法读取检查结果 / not a list of reports: {e}")))
}

fn unreturnable(e: serde_json::Error) -> JsError {
    JsError::new(&format!("无法返回结果 / cannot return the result: {e}"))
}
