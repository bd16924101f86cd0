//! The HTML reader and everything after it: any bytes, named as an .html file.
#![no_main]

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| {
    let extracted = nianbao_formats::read(bytes, "fuzz.html");
    let _ = nianbao_report::check(bytes, "fuzz.html", nianbao_report::Lang::Zh);
    drop(extracted);
});
