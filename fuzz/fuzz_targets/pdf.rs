//! The PDF reader and everything after it: any bytes named as a .pdf, through the whole
//! pipeline (`nianbao_report::check` reads them with `nianbao_pdf::read`) with the
//! invariants of `nianbao_fuzz::invariants` (no panic, within 2 s + 50 µs per byte, a report
//! that serializes). Seeded with the PDF fixtures and their uncompressed qpdf copies
//! (seed_corpus.sh), so that mutations reach the objects and the content streams.
#![no_main]

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| {
    nianbao_fuzz::invariants::check(bytes, "fuzz.pdf");
});
