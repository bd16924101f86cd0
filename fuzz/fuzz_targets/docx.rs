//! The Word reader and everything after it: any bytes, named as a .docx file.
#![no_main]

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| {
    let _ = nianbao_report::check(bytes, "fuzz.docx", nianbao_report::Lang::Zh);
});
