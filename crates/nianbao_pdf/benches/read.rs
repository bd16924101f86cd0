//! `read` (both halves) and `pages` (the parse half alone) on the real WPS report: time per
//! PDF.

use criterion::{criterion_main, Criterion, Throughput};

const WPS: &[u8] = include_bytes!("../../../tests/fixtures/pdf/hongze-district-2024.wps.pdf");

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("pdf");
    group.throughput(Throughput::Elements(1));
    group.bench_function("read hongze-district-2024.wps.pdf", |b| {
        b.iter(|| nianbao_pdf::read(std::hint::black_box(WPS)))
    });
    group.bench_function("pages hongze-district-2024.wps.pdf", |b| {
        b.iter(|| nianbao_pdf::pages(std::hint::black_box(WPS)))
    });
    group.finish();
}

mod harness {
    #![allow(missing_docs, reason = "criterion's macros generate the entry points")]
    use criterion::criterion_group;
    criterion_group!(benches, super::bench);
}

criterion_main!(harness::benches);
