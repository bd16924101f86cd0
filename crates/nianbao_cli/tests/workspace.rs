//! The workspace's own settings that a compiler never checks: the minimum Rust version every
//! crate declares and the wasm-bindgen pin that the setup script reads.

#![allow(
    clippy::unwrap_used,
    clippy::indexing_slicing,
    clippy::disallowed_methods,
    reason = "a test harness: reads the manifests, fails loudly"
)]

use std::path::{Path, PathBuf};

const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap()
}

fn crate_manifests() -> Vec<PathBuf> {
    let mut manifests: Vec<PathBuf> = std::fs::read_dir(Path::new(ROOT).join("crates"))
        .unwrap()
        .map(|e| e.unwrap().path().join("Cargo.toml"))
        .filter(|p| p.exists())
        .collect();
    manifests.sort();
    manifests
}

/// A `rust-version` set only in `[workspace.package]` binds no crate: each must inherit it,
/// or cargo builds with an older compiler and fails on APIs instead of saying which it needs.
#[test]
fn every_crate_inherits_the_workspace_rust_version() {
    let root = read(&Path::new(ROOT).join("Cargo.toml"));
    assert!(root.lines().any(|l| l.starts_with("rust-version = \"1.")), "[workspace.package]");
    let manifests = crate_manifests();
    assert!(manifests.len() >= 7, "{manifests:?}");
    for manifest in manifests {
        assert!(
            read(&manifest).lines().any(|l| l.trim() == "rust-version.workspace = true"),
            "{} lacks `rust-version.workspace = true`",
            manifest.display()
        );
    }
}

/// The wasm-bindgen CLI must match the crate exactly, so its version is written once (the
/// root manifest) and everything else refers to it.
#[test]
fn the_wasm_bindgen_pin_is_written_once() {
    let pin = |text: &str| text.lines().filter(|l| l.starts_with("wasm-bindgen = \"=")).count();
    assert_eq!(pin(&read(&Path::new(ROOT).join("Cargo.toml"))), 1);
    for manifest in crate_manifests() {
        let text = read(&manifest);
        assert_eq!(pin(&text), 0, "{} pins wasm-bindgen again", manifest.display());
        if text.contains("\nwasm-bindgen") {
            assert!(text.contains("wasm-bindgen.workspace = true"), "{}", manifest.display());
        }
    }
    let setup = read(&Path::new(ROOT).join("scripts/setup.mjs"));
    assert!(setup.contains("join(ROOT, 'Cargo.toml')"), "setup.mjs reads the pin elsewhere");
}

/// The traditional → simplified table is generated: its header names the script and the
/// OpenCC release the script pins, so a hand edit or a silent version change shows.
#[test]
fn the_t2s_table_names_its_generator_and_source() {
    let script = read(&Path::new(ROOT).join("scripts/make_t2s_table.py"));
    let pinned = script
        .lines()
        .find_map(|l| l.strip_prefix("PACKAGE, VERSION = \"opencc\", \""))
        .and_then(|rest| rest.strip_suffix('"'))
        .unwrap();
    let table = read(&Path::new(ROOT).join("crates/nianbao_tables/src/t2s_table.rs"));
    let header: String = table.lines().take_while(|l| l.starts_with("//!")).collect();
    assert!(header.contains("scripts/make_t2s_table.py"), "{header}");
    assert!(header.contains(&format!("`opencc` {pinned}")), "{header}");
    assert!(header.contains(&format!("opencc-{pinned}/data/dictionary/TSCharacters.txt")));
}
