//! Runs check() in a loop on one file, for profiling: `cargo run --release --example loop -- FILE N`.
#![expect(
    clippy::unwrap_used,
    clippy::disallowed_methods,
    clippy::print_stdout,
    reason = "a profiling harness"
)]

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let bytes = std::fs::read(args.get(1).unwrap()).unwrap();
    let n: usize = args.get(2).and_then(|n| n.parse().ok()).unwrap_or(1000);
    let mut errors = 0;
    for _ in 0..n {
        errors += nianbao_report::check(&bytes, "file", nianbao_report::Lang::Zh).summary.errors;
    }
    println!("{errors}");
}
