//! Whole-pipeline invariants on any bytes: `nianbao_report::check` must not panic, must
//! return within 2 s + 50 µs per input byte (see `nianbao_fuzz::invariants` for why), and
//! its report must serialize to JSON. The file name (which only hints at the format) is
//! picked by the last byte, so that every fixture seeds it unchanged, whatever its format.
#![no_main]

use libfuzzer_sys::fuzz_target;
use nianbao_fuzz::invariants;

/// Names with each extension the sniffer knows, and some it does not.
const NAMES: &[&str] = &[
    "fuzz.txt",
    "fuzz.html",
    "fuzz.docx",
    "fuzz.xlsx",
    "fuzz.md",
    "fuzz.htm",
    "FUZZ.DOCX",
    "fuzz.csv",
    "fuzz.xls",
    "fuzz.pdf",
    "fuzz",
    "年报.txt",
];

fuzz_target!(|data: &[u8]| {
    let Some(&last) = data.last() else { return };
    let name = NAMES[usize::from(last) % NAMES.len()];
    invariants::check(data, name);
});
