//! The PDF reader on any bytes: both halves (`nianbao_pdf::read`), then the whole check of
//! the same bytes named as a .pdf. Seeded with the PDF fixtures, also rewritten uncompressed
//! by qpdf (seed_corpus.sh) so that mutations reach the objects and content streams.
#![no_main]

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| {
    let read = nianbao_pdf::read(bytes);
    drop(read);
    let _ = nianbao_report::check(bytes, "fuzz.pdf", nianbao_report::Lang::Zh);
});
