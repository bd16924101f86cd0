//! The supervisor's desk from the command line: `nianbao check --format xlsx` (the seeds'
//! workbook opened by LibreOffice, every sheet converted to CSV and compared row by row with
//! the CLI's own CSV and JSON), and the checks across reports — `nianbao compare LAST THIS`
//! on two formats and the automatic pairing of `nianbao check` by unit and year.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::disallowed_methods,
    reason = "a test harness: reads fixtures, fails loudly"
)]

use std::path::{Path, PathBuf};
use std::process::Command;

const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");

fn nianbao(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_nianbao")).args(args).current_dir(ROOT).output().unwrap()
}

/// This run's own folder for files written by the tests.
fn scratch_dir() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("nianbao-desk-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn scratch(name: &str, bytes: &[u8]) -> PathBuf {
    let path = scratch_dir().join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

/// Every sheet of `book` as rows of fields, through LibreOffice's own CSV export (UTF-8, all
/// sheets). A private profile, so a LibreOffice running elsewhere on the machine is no bother.
fn libreoffice_sheets(book: &Path, dir: &Path) -> Vec<(String, Vec<Vec<String>>)> {
    let profile = format!("-env:UserInstallation=file://{}", dir.join("lo-profile").display());
    let out = Command::new("soffice")
        .args([
            &profile,
            "--headless",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
            "--outdir",
        ])
        .arg(dir)
        .arg(book)
        .output()
        .expect("LibreOffice (soffice) is needed: apt-get install libreoffice-calc");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let stem = book.file_stem().unwrap().to_str().unwrap();
    ["汇总", "问题", "数值"]
        .iter()
        .map(|name| {
            let text = std::fs::read_to_string(dir.join(format!("{stem}-{name}.csv"))).unwrap();
            ((*name).to_owned(), parse_csv(&text))
        })
        .collect()
}

/// RFC 4180 fields: quotes, doubled quotes, line breaks inside quotes; a BOM is dropped.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let (mut row, mut field) = (Vec::new(), String::new());
    let mut chars = text.trim_start_matches('\u{feff}').chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    rows
}

#[test]
fn the_seeds_workbook_opens_in_libreoffice_with_a_row_per_file_problem_and_cell() {
    let dir = scratch_dir();
    let book = dir.join("seeds.xlsx");
    let out = nianbao(&[
        "check",
        "--format",
        "xlsx",
        "-o",
        book.to_str().unwrap(),
        "tests/fixtures/seeds",
    ]);
    assert_eq!(out.status.code(), Some(1), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(out.stdout.is_empty());
    let sheets = libreoffice_sheets(&book, &dir);

    let json = nianbao(&["check", "--format", "json", "tests/fixtures/seeds"]);
    let reports: Vec<serde_json::Value> = serde_json::from_slice(&json.stdout).unwrap();

    // 汇总: one row per file, in order, with its verdict and counts.
    let summary = &sheets[0].1;
    assert_eq!(
        summary[0],
        ["文件", "单位", "年度", "模板", "结论", "错误", "警告", "提示", "对比报告", "问题"]
    );
    assert_eq!(summary.len(), 1 + reports.len());
    let words = |v: &str| match v {
        "pass" => "通过",
        "fail" => "不通过",
        "incomplete" => "未能完全核对（有行无法读取）",
        _ => "无法读取",
    };
    for (row, report) in summary[1..].iter().zip(&reports) {
        assert_eq!(row[0], report["source"]["name"].as_str().unwrap());
        assert_eq!(row[2], report["report"]["year"].to_string());
        assert_eq!(row[4], words(report["summary"]["verdict"].as_str().unwrap()));
        assert_eq!(row[5], report["summary"]["errors"].to_string());
        assert_eq!(row[6], report["summary"]["warnings"].to_string());
    }
    assert_eq!(summary[4][3], "2019 版");
    assert!(summary[4][9].starts_with("[T024] 表三"), "{:?}", summary[4]);

    // 问题: exactly the CLI's CSV, row for row.
    let csv = nianbao(&["check", "--format", "csv", "tests/fixtures/seeds"]);
    let csv = String::from_utf8(csv.stdout).unwrap();
    assert!(csv.starts_with('\u{feff}'));
    let problems = &sheets[1].1;
    assert_eq!(*problems, parse_csv(&csv));
    let diagnostics: usize =
        reports.iter().map(|r| r["diagnostics"].as_array().unwrap().len()).sum();
    assert_eq!(problems.len(), 1 + diagnostics);

    // 数值: one row per cell of the JSON, with its value.
    let values = &sheets[2].1;
    assert_eq!(values[0], ["文件", "单位", "表", "行", "列", "数值", "原文", "状态", "键"]);
    let mut cells = Vec::new();
    for report in &reports {
        let name = report["source"]["name"].as_str().unwrap();
        collect_cells(name, "", &report["tables"], &mut cells);
    }
    let mut from_sheet: Vec<(String, String, String)> =
        values[1..].iter().map(|r| (r[0].clone(), r[8].clone(), r[5].clone())).collect();
    // serde_json's maps may sort their keys; the sheet keeps the form's order.
    from_sheet.sort();
    cells.sort();
    assert_eq!(from_sheet, cells);
    let granted = values.iter().find(|r| r[8] == "requests.granted.natural_person").unwrap();
    assert_eq!(granted[2..5], ["表三 依申请公开", "（一）予以公开", "自然人"]);
}

/// (file, key, value) of every cell under `node`, in the JSON's order.
fn collect_cells(
    name: &str,
    path: &str,
    node: &serde_json::Value,
    out: &mut Vec<(String, String, String)>,
) {
    let map = node.as_object().unwrap();
    if map.contains_key("state") {
        let value = match &map["value"] {
            serde_json::Value::Null => String::new(),
            serde_json::Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        out.push((name.to_owned(), path.to_owned(), value));
        return;
    }
    for (key, child) in map {
        let path = if path.is_empty() { key.clone() } else { format!("{path}.{key}") };
        collect_cells(name, &path, child, out);
    }
}

#[test]
fn xlsx_needs_an_output_file() {
    let out = nianbao(&["check", "--format", "xlsx", "tests/fixtures/seeds"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("xlsx 须用 -o 指定输出文件"));
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
