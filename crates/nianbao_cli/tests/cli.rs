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
    // 003 fills one number per row of seven columns: the copy cannot say where it stands.
    assert_eq!(verdicts, ["pass", "fail", "pass", "incomplete", "pass"]);
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
        stdout.contains("错误[R302] 表三「（一）予以公开」行：各类申请人之和与总计不符；最可能填错的是「（一）予以公开·自然人」2，按合计应为 0"),
        "{stdout}"
    );
    assert!(stdout.contains("2 + 0 + 0 + 0 + 0 + 0 = 2 ≠ 总计 0，差 2"), "{stdout}");
    let en = nianbao(&["check", "--lang", "en", "--format", "csv", path.to_str().unwrap()]);
    let csv = String::from_utf8(en.stdout).unwrap();
    assert!(csv.starts_with("\u{feff}文件,单位,结论,级别,代码,表,行,列,问题,"), "{csv}");
    // The suspect cell comes first: the CSV names it.
    assert!(
        csv.lines().any(|l| l
            .contains(",不通过,错误,R302,表三 依申请公开,（一）予以公开,自然人,\"Table 3, row")
            && l.ends_with(",表三 依申请公开「（一）予以公开」行「自然人」列 2 → 0")),
        "{csv}"
    );
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

#[test]
fn a_missing_path_is_said_to_be_missing_not_an_empty_file() {
    let out = nianbao(&["check", "/no/such/report.txt"]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("找不到文件或文件夹：/no/such/report.txt"), "{stderr}");
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(!stdout.contains("F003"), "{stdout}");

    // Beside a real report: the report is still checked and printed, the exit code says a
    // path was lost, and JSON holds only real reports.
    let seed = "tests/fixtures/seeds/002_b8919bf2136104de.txt";
    let out = nianbao(&["check", "--format", "json", "--lang", "en", seed, "missing.html"]);
    assert_eq!(out.status.code(), Some(2));
    let reports: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(reports.len(), 1);
    assert_eq!(reports[0]["summary"]["verdict"], "pass");
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("no such file or folder: missing.html"), "{stderr}");
}

#[test]
fn a_folder_checks_only_the_reports_and_says_what_it_skipped() {
    let dir = std::env::temp_dir().join(format!("nianbao-cli-folder-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("sub")).unwrap();
    std::fs::copy(seeds().join("002_b8919bf2136104de.txt"), dir.join("a.txt")).unwrap();
    std::fs::copy(
        PathBuf::from(ROOT).join("tests/fixtures/html/000_f23864eff4c512cb.html"),
        dir.join("sub/B.HTML"),
    )
    .unwrap();
    std::fs::write(dir.join("notes.json"), b"{\"checked\": true}").unwrap();
    std::fs::write(dir.join("run.sh"), b"#!/bin/sh\nnianbao check .\n").unwrap();
    std::fs::write(dir.join("sub/a.tsv"), b"row\tvalue\n").unwrap();
    std::fs::write(dir.join(".hidden.txt"), b"").unwrap();

    let out = nianbao(&["check", "--format", "jsonl", dir.to_str().unwrap()]);
    let names: Vec<String> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["source"]["name"].to_string()
        })
        .collect();
    assert_eq!(names.len(), 2, "{names:?}");
    assert!(names[0].ends_with("a.txt\"") && names[1].ends_with("B.HTML\""), "{names:?}");
    assert_eq!(out.status.code(), Some(0), "the skipped files are no failure");
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("跳过 3 个非年报文件：notes.json、run.sh、sub/a.tsv"), "{stderr}");

    // A PDF beside them is a report too: this one is only a header, so it is unreadable.
    std::fs::write(dir.join("sub/scan.PDF"), b"%PDF-1.4\n").unwrap();
    let out = nianbao(&["check", "--format", "jsonl", dir.to_str().unwrap()]);
    let reports: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(reports.len(), 3);
    assert_eq!(reports[2]["source"]["format"], "pdf");
    assert!(reports[2]["diagnostics"][0]["code"].as_str().unwrap().starts_with('F'));
    assert_eq!(out.status.code(), Some(2));

    // Named on the command line, a file is checked whatever its ending.
    let out = nianbao(&["check", "--format", "jsonl", dir.join("notes.json").to_str().unwrap()]);
    assert_eq!(String::from_utf8(out.stdout).unwrap().lines().count(), 1);
    assert!(out.stderr.is_empty());
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn forms_prints_the_template_words_of_both_editions() {
    let out = nianbao(&["forms", "--format", "json"]);
    assert_eq!(out.status.code(), Some(0));
    let forms: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(forms["sections"][0], "一、总体情况");
    assert_eq!(forms["words"]["info"], "信息内容");
    assert_eq!(forms["2019"]["request_rows"].as_array().unwrap().len(), 23);
    assert_eq!(forms["2021"]["request_rows"].as_array().unwrap().len(), 25);
    assert_eq!(forms["2021"]["proactive"][0]["caption"], "第二十条第（一）项");
    assert_eq!(nianbao(&["forms"]).stdout, out.stdout, "json is the default");
    assert_eq!(nianbao(&["forms", "--format", "csv"]).status.code(), Some(2));
}
