//! What must hold for every input, whatever its format.
//!
//! 1. `nianbao_report::check` returns (a panic aborts the fuzzer and is the finding);
//! 2. it returns within [`budget`]: a fixed 2 s plus 50 µs per input byte;
//! 3. its report serializes with serde_json (the JSON contract is the product).
//!
//! Why this bound: an ordinary report costs 0.5–38 M instructions natively, a few ms per
//! 10 KB; the fuzz build (optimised, with overflow checks, debug assertions and coverage
//! counters) is a few times slower, so an ordinary report runs at well under 1 µs per byte.
//! 50 µs per byte is ~100× that: no linear reader comes near it, and a quadratic one
//! crosses it as soon as its input reaches tens of kilobytes (the blank-line rescan of
//! issue 8 takes 2.7 s natively for 40 KB, where this bound allows 4 s to a slower build,
//! and 52 s for 200 KB where it allows 12 s). The fixed 2 s absorbs the noise of a shared
//! two-core machine and first-touch page faults on tiny inputs. Memory is bounded by
//! libFuzzer's `-rss_limit_mb` (scripts/fuzz.sh sets it).

use std::time::{Duration, Instant};

use nianbao_report::Lang;

/// The fixed part of the time bound.
pub const BASE: Duration = Duration::from_secs(2);

/// The per-byte part of the time bound.
pub const PER_BYTE: Duration = Duration::from_micros(50);

/// The time `check` may take for an input of `len` bytes.
#[must_use]
pub fn budget(len: usize) -> Duration {
    let len = u32::try_from(len).unwrap_or(u32::MAX);
    BASE.saturating_add(PER_BYTE.saturating_mul(len))
}

/// Where to write each file before checking it, from `NIANBAO_FUZZ_DUMP` (unset: nowhere).
/// Running a target on one crash input with it set leaves the file the structure-aware
/// targets built, to be checked with the CLI and kept next to the reproducer.
fn dump_dir() -> Option<&'static std::path::Path> {
    static DIR: std::sync::OnceLock<Option<std::path::PathBuf>> = std::sync::OnceLock::new();
    DIR.get_or_init(|| std::env::var_os("NIANBAO_FUZZ_DUMP").map(Into::into)).as_deref()
}

/// Runs the whole pipeline on one file and asserts the invariants; panics when one fails.
pub fn check(bytes: &[u8], name: &str) {
    check_sized(bytes, name, bytes.len());
}

/// As [`check`], with the time bound for `size` bytes: the unpacked size of a compressed
/// package, which is what the reader has to read (a bound on its compressed size would
/// flag linear work on a well-compressed file).
// The clock is the point here: the time bound is one of the invariants.
#[allow(clippy::disallowed_methods)]
pub fn check_sized(bytes: &[u8], name: &str, size: usize) {
    if let Some(dir) = dump_dir() {
        // Best effort: a dump that cannot be written must not hide the check.
        let _ = std::fs::write(dir.join(name), bytes);
    }
    let start = Instant::now();
    let report = nianbao_report::check(bytes, name, Lang::Zh);
    let elapsed = start.elapsed();
    let budget = budget(size.max(bytes.len()));
    assert!(
        elapsed <= budget,
        "{name}: {} bytes ({size} unpacked) took {elapsed:?}, over the bound of {budget:?} \
         (2 s + 50 µs per byte)",
        bytes.len()
    );
    assert_eq!(report.source.bytes, bytes.len(), "{name}: the report misstates the input size");
    if let Err(error) = serde_json::to_vec(&report) {
        panic!("{name}: the report does not serialize: {error}");
    }
}
