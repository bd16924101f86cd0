//! The Excel reader and everything after it: any bytes, named as an .xlsx file.
#![no_main]

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| {
    let _ = nianbao_report::check(bytes, "fuzz.xlsx", nianbao_report::Lang::Zh);
});
