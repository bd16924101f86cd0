//! check() on every fixture (text, HTML, Word, Excel): time per report, reports per second.

use criterion::{criterion_main, Criterion, Throughput};
use nianbao_report::{check, Lang};

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures");

#[expect(
    clippy::unwrap_used,
    clippy::disallowed_methods,
    reason = "a benchmark harness reads its fixtures"
)]
fn fixtures() -> Vec<(String, Vec<u8>)> {
    let mut files = Vec::new();
    for dir in ["seeds", "html", "docx", "xlsx"] {
        let mut paths: Vec<_> = std::fs::read_dir(format!("{FIXTURES}/{dir}"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        paths.sort();
        for path in paths.into_iter().filter(|p| p.extension().is_some_and(|e| e != "json")) {
            files.push((
                path.file_name().unwrap().to_string_lossy().into_owned(),
                std::fs::read(&path).unwrap(),
            ));
        }
    }
    files
}

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("check");
    for (name, bytes) in fixtures() {
        group.throughput(Throughput::Elements(1));
        group.bench_function(&name, |b| {
            b.iter(|| check(std::hint::black_box(&bytes), &name, Lang::Zh))
        });
    }
    group.finish();
}

mod harness {
    #![allow(missing_docs, reason = "criterion's macros generate the entry points")]
    use criterion::criterion_group;
    criterion_group!(benches, super::bench);
}

criterion_main!(harness::benches);
