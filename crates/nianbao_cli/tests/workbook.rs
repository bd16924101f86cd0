//! `nianbao check --format xlsx`: the workbook the CLI writes for the seeds, opened by
//! LibreOffice (converted to CSV, every sheet) and compared row by row with the CLI's own CSV
//! and JSON.

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

fn scratch() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("nianbao-workbook-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
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
    let dir = scratch();
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
