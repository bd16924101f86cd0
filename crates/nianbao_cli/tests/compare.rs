//! `nianbao compare LAST THIS` and the automatic pairing of `nianbao check`: two reports of
//! one unit, written in two formats, compared across years.

#![allow(
    clippy::unwrap_used,
    clippy::indexing_slicing,
    clippy::disallowed_methods,
    reason = "a test harness: reads fixtures, fails loudly"
)]

use std::path::PathBuf;
use std::process::Command;

const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");

fn nianbao(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_nianbao")).args(args).current_dir(ROOT).output().unwrap()
}

fn scratch(name: &str, bytes: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("nianbao-compare-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

/// Seed 002 (2023, 2021 edition) as last year's report, drawn as a portal page
/// (tests/fixtures/html), and its text as this year's, 2024, with `lines` (0-based) set to
/// new cells: a pair in two formats.
fn pair(lines: &[(usize, &str)]) -> (PathBuf, PathBuf) {
    let last = PathBuf::from(ROOT).join("tests/fixtures/html/002_b8919bf2136104de.html");
    let text = std::fs::read_to_string(
        PathBuf::from(ROOT).join("tests/fixtures/seeds/002_b8919bf2136104de.txt"),
    )
    .unwrap();
    let mut this: Vec<String> = text.replace("2023", "2024").lines().map(str::to_owned).collect();
    for &(at, cell) in lines {
        assert_eq!(this[at], "0 |", "line {}", at + 1);
        this[at] = cell.to_owned();
    }
    let name = format!("2024-{}.txt", lines.len());
    (last, scratch(&name, (this.join("\n") + "\n").as_bytes()))
}

#[test]
fn compare_html_with_text_prints_this_years_report_with_the_checks_across_both() {
    let (last, same) = pair(&[]);
    let out =
        nianbao(&["compare", "--format", "json", last.to_str().unwrap(), same.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["source"]["name"], same.to_str().unwrap());
    assert_eq!(report["report"]["year"], 2024);
    assert_eq!(report["compared_with"], serde_json::json!([last.to_str().unwrap()]));
    assert_eq!(report["diagnostics"], serde_json::json!([]));
}

#[test]
fn a_changed_carry_over_and_in_force_are_warned_naming_both_reports() {
    // 二、上年结转 自然人 and 总计 and 四、结转下年度 自然人 and 总计 one more each (表三
    // still balances on its own), and 规章's 现行有效件数 3.
    let (last, this) = pair(&[(78, "1 |"), (84, "1 |"), (290, "1 |"), (296, "1 |"), (23, "3 |")]);
    let out =
        nianbao(&["compare", "--format", "json", last.to_str().unwrap(), this.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let found: Vec<(String, String, String)> = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            let cells = d["cells"].as_array().unwrap();
            (
                d["code"].as_str().unwrap().to_owned(),
                format!(
                    "{}/{}",
                    cells[0]["row"].as_str().unwrap(),
                    cells[0]["column"].as_str().unwrap()
                ),
                cells[1]["report"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    let last = last.to_str().unwrap().to_owned();
    assert_eq!(
        found,
        [
            ("X102".to_owned(), "item1.regulations/in_force".to_owned(), last.clone()),
            ("X101".to_owned(), "carried_over/natural_person".to_owned(), last.clone()),
            ("X101".to_owned(), "carried_over/total".to_owned(), last.clone()),
        ]
    );
    let x102 = &report["diagnostics"][0];
    assert_eq!(x102["severity"], "warning");
    assert!(x102["message"]
        .as_str()
        .unwrap()
        .contains("现行有效件数 3 与上年接不上，请在报告正文中说明原因"));
    assert!(x102["evidence"]
        .as_str()
        .unwrap()
        .contains("现行有效 0 + 本年制发 0 − 本年废止 0 = 0 ≠ 本年现行有效 3"));

    // Text shows both reports and the pair.
    let out = nianbao(&["compare", &last, this.to_str().unwrap()]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains(&format!("对比：{last}（2023 年度）→ {}（2024 年度）", this.display())),
        "{text}"
    );
    assert!(text.contains("警告[X101] 表三「自然人」列「二、上年结转」1 与上一年度报告的「四、结转下年度继续办理」0 不符"), "{text}");
}

#[test]
fn check_pairs_one_units_years_by_file_name() {
    let text = std::fs::read_to_string(
        PathBuf::from(ROOT).join("tests/fixtures/seeds/002_b8919bf2136104de.txt"),
    )
    .unwrap();
    // The seed's title names no unit; the file names do.
    let a = scratch("某镇2023年报.txt", text.as_bytes());
    let b = scratch("某镇2024年报.txt", text.replace("2023", "2024").as_bytes());
    let c = scratch("另一镇2024年报.txt", text.replace("2023", "2024").as_bytes());
    let out = nianbao(&["check", a.to_str().unwrap(), b.to_str().unwrap(), c.to_str().unwrap()]);
    let text = String::from_utf8(out.stdout).unwrap();
    let pairs: Vec<&str> = text.lines().filter(|l| l.starts_with("对比：")).collect();
    assert_eq!(
        pairs,
        [format!("对比：{}（2023 年度）→ {}（2024 年度）", a.display(), b.display())]
    );
}

#[test]
fn compare_needs_two_files() {
    let out = nianbao(&["compare", "tests/fixtures/seeds/002_b8919bf2136104de.txt"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("compare 需要两个文件"));
}
