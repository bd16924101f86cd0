//! The text reader and everything after it: any bytes, named as a .txt file.
#![no_main]

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| {
    let extracted = nianbao_formats::read(bytes, "fuzz.txt");
    let _ = nianbao_report::check(bytes, "fuzz.txt", nianbao_report::Lang::Zh);
    drop(extracted);
});
