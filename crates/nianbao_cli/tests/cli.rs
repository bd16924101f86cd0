//! The `nianbao` binary: formats, exit codes, folders, bad input, and the rules docs.

#![allow(
    clippy::unwrap_used,
    clippy::indexing_slicing,
    clippy::disallowed_methods,
    reason = "a test harness: reads fixtures, fails loudly"
)]

use std::path::PathBuf;
use std::process::{Command, Output};

const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");

fn nianbao(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_nianbao")).args(args).current_dir(ROOT).output().unwrap()
}

fn seeds() -> PathBuf {
    PathBuf::from(ROOT).join("tests/fixtures/seeds")
}

fn scratch(name: &str, bytes: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("nianbao-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

#[test]
fn json_for_a_folder_gives_one_report_per_seed_and_exit_1_for_003() {
    let out = nianbao(&["check", "--format", "json", "tests/fixtures/seeds"]);
    assert_eq!(out.status.code(), Some(1));
    let reports: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    let verdicts: Vec<&str> =
        reports.iter().map(|r| r["summary"]["verdict"].as_str().unwrap()).collect();
    assert_eq!(verdicts, ["pass", "fail", "pass", "fail", "pass"]);
    assert!(reports.iter().all(|r| r["schema"] == "nianbao.report/1"));
}

#[test]
fn clean_seeds_exit_0_and_text_says_so() {
    let out = nianbao(&["check", "tests/fixtures/seeds/002_b8919bf2136104de.txt"]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.starts_with(
            "✓ 通过  tests/fixtures/seeds/002_b8919bf2136104de.txt  (2023 年度 · 2021 版模板)"
        ),
        "{text}"
    );
}

#[test]
fn a_changed_number_exits_1_and_shows_the_arithmetic() {
    let text = std::fs::read_to_string(seeds().join("000_f23864eff4c512cb.txt")).unwrap();
    let changed = text.replacen("(一)予以公开 |\n0 |", "(一)予以公开 |\n2 |", 1);
    assert_ne!(changed, text);
    let path = scratch("changed.txt", changed.as_bytes());
    let out = nianbao(&["check", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.contains("错误[R302] 表三「（一）予以公开」行：各类申请人之和与总计不符"),
        "{stdout}"
    );
    assert!(stdout.contains("2 + 0 + 0 + 0 + 0 + 0 = 2 ≠ 总计 0，差 2"), "{stdout}");
    let en = nianbao(&["check", "--lang", "en", "--format", "csv", path.to_str().unwrap()]);
    let csv = String::from_utf8(en.stdout).unwrap();
    assert!(csv.lines().any(|l| l.contains(",R302,error,requests,granted,total,")), "{csv}");
}

#[test]
fn bad_input_gets_an_f_code_and_exit_2() {
    let mut noise = vec![0_u8; 100 * 1024 * 1024];
    let mut state = 0x9E37_79B9_7F4A_7C15_u64;
    for byte in &mut noise {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        *byte = (state >> 56) as u8;
    }
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("empty.txt", Vec::new(), "F003"),
        ("random.bin", noise[..65_536].to_vec(), "F003"),
        ("noise.txt", noise, "F003"),
        (
            "cut.html",
            b"<html><body><p>2020\xe5\xb9\xb4</p><table><tr><td>\xe4\xb8\x80".to_vec(),
            "F003",
        ),
        ("old.doc", b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0\0\0".to_vec(), "F001"),
    ];
    for (name, bytes, code) in cases {
        let path = scratch(name, &bytes);
        let out = nianbao(&["check", "--format", "jsonl", path.to_str().unwrap()]);
        assert_eq!(out.status.code(), Some(2), "{name}");
        let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(report["diagnostics"][0]["code"], code, "{name}");
        assert!(!report["diagnostics"][0]["message"].as_str().unwrap().is_empty());
    }
    assert_eq!(nianbao(&["check", "/no/such/file.txt"]).status.code(), Some(2));
}

#[test]
fn bad_usage_exits_2() {
    assert_eq!(nianbao(&["check"]).status.code(), Some(2));
    assert_eq!(nianbao(&["check", "--format", "xml", "x"]).status.code(), Some(2));
    assert_eq!(nianbao(&["frobnicate"]).status.code(), Some(2));
}

#[test]
fn docs_rules_md_is_current() {
    let out = nianbao(&["rules", "--format", "md"]);
    let committed = std::fs::read_to_string(PathBuf::from(ROOT).join("docs/rules.md")).unwrap();
    let current = String::from_utf8(out.stdout).unwrap();
    assert!(current == committed, "docs/rules.md is stale: run `cargo run -q -p nianbao_cli -- rules --format md > docs/rules.md`");
}
