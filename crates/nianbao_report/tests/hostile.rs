//! Hostile inputs (issue 8): every file in tests/fixtures/hostile/, the ones generated here
//! and their ten-times-larger variants are answered with an exact diagnostic, in bounded
//! memory and at a cost per input byte comparable to an ordinary report; and a report grown
//! 1×…64× grows in cost no faster than linearly.
//!
//! How cost is measured, and why so: wall-clock thresholds fail on a loaded machine and pass
//! on a fast one. Instead every cost is a ratio to what an ordinary report (the seed report
//! grown to a few hundred kilobytes) costs per byte, measured in the same process. A timing
//! is the CPU time of the checking thread (Linux `schedstat`; wall-clock elsewhere), so time
//! spent waiting for a busy machine is left out, and the minimum of a few runs, since what
//! interference remains (caches, frequency) only ever adds time. Input bytes of a Word or Excel package
//! are its declared unpacked size (a 4 KB zip of 2 MB of XML is 2 MB of work to read).
//!
//! Memory is the peak resident size of a fresh process that makes the input and checks it
//! (`VmHWM`, as `/usr/bin/time` reports it, input included): each hostile case runs in a
//! child process of this test binary (the `child` test, which does nothing unless asked),
//! so one case's memory never hides in another's. The workspace forbids `unsafe`, which
//! rules out a counting allocator; a process of its own measures more honestly anyway.
//!
//! Tests that time run one at a time (a lock). Debug build: the whole file runs in well
//! under a minute.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::disallowed_methods,
    clippy::cast_precision_loss,
    clippy::float_arithmetic,
    clippy::print_stderr,
    clippy::print_stdout,
    reason = "a test harness: fixtures read from disk, measurements fitted in floats and printed"
)]

use std::fmt::Write as _;
use std::sync::{Mutex, MutexGuard, OnceLock};
use std::time::{Duration, Instant};

use nianbao_document::{Excess, FormatProblem};
use nianbao_report::{check, Lang};

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures");

/// Peak memory allowed for one check (issue 8).
const PEAK_LIMIT: usize = 256 * 1024 * 1024;

/// How many times an ordinary report's cost per byte a hostile file may cost per byte. A
/// quadratic loop on the 1× files costs hundreds to thousands of times more (the blank-line
/// file took 5 s for 40 KB, a thousand times an ordinary report per byte); linear work,
/// refused early or read to the end, measured at 0.05–2.5 times.
const COST_FACTOR: f64 = 10.0;

/// Inputs smaller than this are charged as if this large: a check has a fixed cost (the
/// template, the rules) that a 900-byte file cannot be expected to amortise.
const FLOOR_BYTES: usize = 16 * 1024;

/// One measurement at a time: timings of concurrent checks would disturb each other.
fn serial() -> MutexGuard<'static, ()> {
    static LOCK: Mutex<()> = Mutex::new(());
    LOCK.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

// ---------------------------------------------------------------------------------------
// Measuring one check.

struct Cost {
    codes: Vec<String>,
    /// Why the reader refused the file, if it did (`Debug` of the [`FormatProblem`]).
    reason: String,
    /// Bytes of work in the input ([`work_bytes`]).
    work: usize,
    /// Peak resident bytes of the process that checked (`None` where /proc is missing).
    peak: Option<usize>,
    /// Fastest of the runs.
    time: Duration,
}

/// Checks `bytes` `runs` times in this process: sorted distinct codes and the best time.
fn measure(bytes: &[u8], name: &str, runs: usize) -> Cost {
    let mut best = Duration::MAX;
    let mut codes = Vec::new();
    for _ in 0..runs {
        let start = Clock::now();
        let report = check(bytes, name, Lang::Zh);
        best = best.min(start.elapsed());
        codes = report.codes().into_iter().map(str::to_owned).collect();
        // One run of a slow case is enough: its time is far from any bound that matters.
        if best > Duration::from_millis(300) {
            break;
        }
    }
    codes.sort_unstable();
    codes.dedup();
    let reason = refusal(bytes, name).map_or_else(String::new, |p| format!("{p:?}"));
    Cost { codes, reason, work: work_bytes(bytes), peak: peak_resident(), time: best }
}

/// Time spent running on a CPU by this thread, where Linux tells it
/// (`/proc/thread-self/schedstat`, nanoseconds), else wall-clock time. Time spent waiting
/// while other processes run is the main noise on a shared machine, and this leaves it out.
struct Clock {
    cpu: Option<u64>,
    wall: Instant,
}

impl Clock {
    fn cpu() -> Option<u64> {
        let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
        stat.split_whitespace().next()?.parse().ok()
    }

    fn now() -> Self {
        Self { cpu: Self::cpu(), wall: Instant::now() }
    }

    fn elapsed(&self) -> Duration {
        match (self.cpu, Self::cpu()) {
            (Some(start), Some(end)) => Duration::from_nanos(end.saturating_sub(start)),
            _ => self.wall.elapsed(),
        }
    }
}

/// This process's peak resident size so far.
fn peak_resident() -> Option<usize> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kilobytes: usize = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kilobytes * 1024)
}

const CASE: &str = "NIANBAO_HOSTILE_CASE";

/// Runs one case in a fresh process (the `child` test below) and reads its measurement.
fn in_child(label: &str) -> Cost {
    let output = std::process::Command::new(std::env::current_exe().unwrap())
        .args(["--exact", "child", "--nocapture", "--test-threads=1"])
        .env(CASE, label)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    let line = stdout
        .lines()
        .find_map(|l| l.split_once("HOSTILE ").map(|(_, m)| m))
        .unwrap_or_else(|| {
            panic!("{label}: no measurement; stderr: {}", String::from_utf8_lossy(&output.stderr))
        });
    let field = |key: &str| {
        line.split(' ').find_map(|f| f.strip_prefix(key)).unwrap_or_default().to_owned()
    };
    Cost {
        codes: field("codes=").split(',').filter(|c| !c.is_empty()).map(str::to_owned).collect(),
        reason: field("reason="),
        work: field("work=").parse().unwrap(),
        peak: field("peak=").parse().ok(),
        time: Duration::from_nanos(field("nanos=").parse().unwrap()),
    }
}

/// The measuring side of [`in_child`]: idle unless the variable names a case.
#[test]
fn child() {
    let Ok(label) = std::env::var(CASE) else { return };
    let (bytes, name) = input(&label);
    let cost = measure(&bytes, name, 3);
    println!(
        "HOSTILE codes={} reason={} work={} peak={} nanos={}",
        cost.codes.join(","),
        cost.reason.replace(' ', ""),
        cost.work,
        cost.peak.map_or_else(String::new, |p| p.to_string()),
        cost.time.as_nanos()
    );
}

/// Bytes of work in an input: a zip package's declared unpacked size, else its length.
fn work_bytes(bytes: &[u8]) -> usize {
    if !bytes.starts_with(b"PK\x03\x04") {
        return bytes.len();
    }
    // The central directory's entries (signature PK\1\2) hold each part's unpacked size at
    // offset 24 and the lengths of name, extra field and comment at 28, 30 and 32.
    let mut total = 0_usize;
    let mut at = 0;
    while let Some(found) = bytes[at..].windows(4).position(|w| w == b"PK\x01\x02") {
        let entry = at + found;
        let field = |offset: usize, width: usize| {
            bytes.get(entry + offset..entry + offset + width).map_or(0, |b| {
                b.iter().rev().fold(0_usize, |acc, &byte| acc << 8 | usize::from(byte))
            })
        };
        total += field(24, 4);
        at = entry + 46 + field(28, 2) + field(30, 2) + field(32, 2);
        if at >= bytes.len() {
            break;
        }
    }
    total.max(bytes.len())
}

/// Seconds per byte of an ordinary report grown to a size where per-byte cost is what it
/// measures (the seed with its tables repeated 32 times, about 600 KB), measured once. A
/// single 10 KB report would not do: its fixed cost (the template, the rules) would make
/// the bound thirty times looser.
fn ordinary_cost_per_byte() -> f64 {
    static COST: OnceLock<f64> = OnceLock::new();
    *COST.get_or_init(|| {
        let bytes = grown("tables", 32);
        let cost = measure(&bytes, "a.txt", 3);
        let per_byte = cost.time.as_secs_f64() / bytes.len() as f64;
        eprintln!("ordinary report: {:.1} ns per byte ({} bytes)", per_byte * 1e9, bytes.len());
        per_byte
    })
}

/// Checks one hostile input in a process of its own: its exact codes, the reader's reason
/// for refusing it, the process's peak memory, its cost per byte of work.
fn assert_answered(label: &str, expected: &[&str], reason: Option<FormatProblem>) {
    let _serial = serial();
    let per_byte = ordinary_cost_per_byte();
    let cost = in_child(label);
    let allowed = per_byte * COST_FACTOR * cost.work.max(FLOOR_BYTES) as f64;
    eprintln!(
        "{label}: {} bytes of work, {:.1} ms (allowed {:.1}), peak {:.1} MB, {:?} {}",
        cost.work,
        cost.time.as_secs_f64() * 1e3,
        allowed * 1e3,
        cost.peak.unwrap_or(0) as f64 / 1_048_576.0,
        cost.codes,
        cost.reason
    );
    assert_eq!(cost.codes, expected, "{label}: codes");
    let reason = reason.map_or_else(String::new, |p| format!("{p:?}").replace(' ', ""));
    assert_eq!(cost.reason, reason, "{label}: reason");
    if let Some(peak) = cost.peak {
        assert!(peak < PEAK_LIMIT, "{label}: peak {peak} bytes");
    }
    assert!(
        cost.time.as_secs_f64() <= allowed,
        "{label}: {:?} for {} bytes of work, over {COST_FACTOR}× an ordinary report",
        cost.time,
        cost.work
    );
}

/// The reason a reader gave for refusing a file.
fn refusal(bytes: &[u8], name: &str) -> Option<FormatProblem> {
    nianbao_formats::read(bytes, name).problems.first().copied()
}

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!("{FIXTURES}/hostile/{name}")).unwrap()
}

// ---------------------------------------------------------------------------------------
// Packages written here: a stored (uncompressed) zip, so variants of any size can be made
// without a compressor. CRC-32 is required: the zip reader checks it.

fn crc32(data: &[u8]) -> u32 {
    let mut crc = !0_u32;
    for &byte in data {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            crc = if crc & 1 == 1 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
        }
    }
    !crc
}

fn stored_zip(parts: &[(&str, String)]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut directory = Vec::new();
    for (name, text) in parts {
        let data = text.as_bytes();
        let offset = u32::try_from(out.len()).unwrap();
        let size = u32::try_from(data.len()).unwrap();
        let crc = crc32(data);
        let name_len = u16::try_from(name.len()).unwrap();
        // Local header: signature, version 2.0, flags 0, method 0 (stored), time, date.
        out.extend_from_slice(b"PK\x03\x04\x14\x00\x00\x00\x00\x00\x00\x00\x21\x00");
        for field in [crc, size, size] {
            out.extend_from_slice(&field.to_le_bytes());
        }
        out.extend_from_slice(&name_len.to_le_bytes());
        out.extend_from_slice(&0_u16.to_le_bytes());
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(data);
        directory.extend_from_slice(b"PK\x01\x02\x14\x00\x14\x00\x00\x00\x00\x00\x00\x00\x21\x00");
        for field in [crc, size, size] {
            directory.extend_from_slice(&field.to_le_bytes());
        }
        directory.extend_from_slice(&name_len.to_le_bytes());
        directory.extend_from_slice(&[0; 12]); // extra, comment, disk, attributes
        directory.extend_from_slice(&offset.to_le_bytes());
        directory.extend_from_slice(name.as_bytes());
    }
    let start = u32::try_from(out.len()).unwrap();
    let entries = u16::try_from(parts.len()).unwrap();
    let length = u32::try_from(directory.len()).unwrap();
    out.extend_from_slice(&directory);
    out.extend_from_slice(b"PK\x05\x06\x00\x00\x00\x00");
    out.extend_from_slice(&entries.to_le_bytes());
    out.extend_from_slice(&entries.to_le_bytes());
    out.extend_from_slice(&length.to_le_bytes());
    out.extend_from_slice(&start.to_le_bytes());
    out.extend_from_slice(&0_u16.to_le_bytes());
    out
}

const W: &str = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
const S: &str = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";

fn docx(body: &str, extra: Vec<(&'static str, String)>) -> Vec<u8> {
    let mut parts = vec![(
        "word/document.xml",
        format!("<w:document {W}><w:body>{body}</w:body></w:document>"),
    )];
    parts.extend(extra);
    stored_zip(&parts)
}

fn xlsx(sheet: &str, shared: Option<String>) -> Vec<u8> {
    let mut parts = vec![
        (
            "xl/workbook.xml",
            format!("<workbook {S} xmlns:r=\"r\"><sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"),
        ),
        (
            "xl/_rels/workbook.xml.rels",
            "<Relationships><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/></Relationships>".to_owned(),
        ),
        ("xl/worksheets/sheet1.xml", format!("<worksheet {S}>{sheet}</worksheet>")),
    ];
    if let Some(shared) = shared {
        parts.push(("xl/sharedStrings.xml", format!("<sst {S}>{shared}</sst>")));
    }
    stored_zip(&parts)
}

// Generators of each hostile shape at a chosen size.

fn numbered_paragraphs(count: usize, level_text: &str, start: &str) -> Vec<u8> {
    let paragraph = "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t>x</w:t></w:r></w:p>";
    let numbering = format!(
        "<w:numbering {W}><w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"{start}\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"{level_text}\"/></w:lvl></w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num></w:numbering>"
    );
    docx(&paragraph.repeat(count), vec![("word/numbering.xml", numbering)])
}

fn vmerge_column(rows: usize) -> Vec<u8> {
    let first = "<w:tr><w:tc><w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr><w:p/></w:tc></w:tr>";
    let next = "<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc></w:tr>";
    docx(&format!("<w:tbl>{first}{}</w:tbl>", next.repeat(rows)), Vec::new())
}

fn distinct_styles(styles: usize, padding: usize) -> Vec<u8> {
    let mut body = String::new();
    for n in 0..styles {
        write!(body, "<w:p><w:pPr><w:pStyle w:val=\"s{n}\"/></w:pPr><w:r><w:t>x</w:t></w:r></w:p>")
            .unwrap();
    }
    let pad = "<w:style w:type=\"paragraph\" w:styleId=\"pad\"><w:name w:val=\"pad\"/></w:style>";
    let styles_xml = format!(
        "<w:styles {W}>{}<w:style w:type=\"paragraph\" w:styleId=\"h1\"><w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:style></w:styles>",
        pad.repeat(padding)
    );
    docx(&body, vec![("word/styles.xml", styles_xml)])
}

fn merges(count: usize) -> Vec<u8> {
    xlsx(
        &format!(
            "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>x</t></is></c></row></sheetData><mergeCells>{}</mergeCells>",
            "<mergeCell ref=\"A1:IV2048\"/>".repeat(count)
        ),
        None,
    )
}

fn shared_string_copies(cells: usize, string_chars: usize) -> Vec<u8> {
    let rows = "<row><c t=\"s\"><v>0</v></c></row>".repeat(cells);
    xlsx(
        &format!("<sheetData>{rows}</sheetData>"),
        Some(format!("<si><t>{}</t></si>", "字".repeat(string_chars))),
    )
}

/// Rows that write a number in columns A and BM: every row is laid out over the 65 columns
/// between them, 63 blank cells a row.
fn wide_layout(rows: usize) -> Vec<u8> {
    let rows: String = (1..=rows)
        .map(|r| {
            format!("<row r=\"{r}\"><c r=\"A{r}\"><v>1</v></c><c r=\"BM{r}\"><v>1</v></c></row>")
        })
        .collect();
    xlsx(&format!("<sheetData>{rows}</sheetData>"), None)
}

fn exponent(value: &str) -> Vec<u8> {
    xlsx(&format!("<sheetData><row><c><v>{value}</v></c></row></sheetData>"), None)
}

fn blank_lines(count: usize) -> Vec<u8> {
    format!("一、总体情况{}结束\n", "\n".repeat(count)).into_bytes()
}

fn long_line(cells: usize) -> Vec<u8> {
    "标签标签标签标签标签标签标 |".repeat(cells).into_bytes()
}

/// The 99k-blank row made ten times as long: a row label, 990k blank cells, a number.
fn blank_row_10x() -> Vec<u8> {
    let text = String::from_utf8(fixture("rows_settle_remove0_99k_blanks.txt")).unwrap();
    let label = "(一)予以公开 |";
    let longer = format!("{label}{}", " |".repeat(9 * 99_000));
    text.replacen(label, &longer, 1).into_bytes()
}

fn spans_page(megabytes: usize, span: u32) -> Vec<u8> {
    let cell = format!("<td colspan={span} rowspan={span}>1</td>");
    let row = format!("<tr>{}</tr>", cell.repeat(100));
    let body = row.repeat(megabytes * 1024 * 1024 / row.len());
    format!("<html><body><table>{body}</table></body></html>").into_bytes()
}

fn colspan_page(megabytes: usize) -> Vec<u8> {
    let cells = "<td colspan=256>".repeat(megabytes * 1024 * 1024 / 16);
    format!("<html><body><table><tr>{cells}</table></body></html>").into_bytes()
}

fn seed_text() -> (String, Vec<u8>) {
    let name = "000_f23864eff4c512cb.txt";
    (name.to_owned(), std::fs::read(format!("{FIXTURES}/seeds/{name}")).unwrap())
}

// ---------------------------------------------------------------------------------------
// The cases: the files from ../shared/hostile/ as committed, the ones issue 8 says to make,
// and variants about ten times larger (each kept under the 50 MB input limit and the 24 MB
// part limit, so that the budget, not a size limit, is what answers).

/// A case's input and the file name it is checked under.
fn input(label: &str) -> (Vec<u8>, &'static str) {
    match label {
        "blank lines 40k" => (fixture("txt_blank_lines_quadratic_40k.txt"), "a.txt"),
        "blank lines 400k" => (blank_lines(400_000), "a.txt"),
        "40 MB of blank lines" => (blank_lines(40 * 1024 * 1024), "a.txt"),
        "99k blanks in a row" => (fixture("rows_settle_remove0_99k_blanks.txt"), "a.txt"),
        "990k blanks in a row" => (blank_row_10x(), "a.txt"),
        "4 MB line, 99k cells" => (long_line(99_000), "a.txt"),
        "40 MB line, 990k cells" => (long_line(990_000), "a.txt"),
        "vMerge column" => (fixture("docx_vmerge_rposition_scan.docx"), "a.docx"),
        "vMerge column 99k" => (vmerge_column(99_000), "a.docx"),
        "vMerge column 400k" => (vmerge_column(400_000), "a.docx"),
        "distinct styles" => (fixture("docx_distinct_styles_x_styles_xml.docx"), "a.docx"),
        "distinct styles 10×" => (distinct_styles(80_000, 100_000), "a.docx"),
        "level text 1.4 GB" => (fixture("docx_lvltext_amplification_1.4GB.docx"), "a.docx"),
        "level text OOM" => (fixture("docx_lvltext_amplification_OOM.docx"), "a.docx"),
        "level text 10×" => (numbered_paragraphs(150_000, &"一".repeat(10_000), "1"), "a.docx"),
        "numbering start" => (fixture("docx_numbering_start_u32max.docx"), "a.docx"),
        "numbering start 100×" => (numbered_paragraphs(300, "%1.", "4294967295"), "a.docx"),
        "40k merges" => (fixture("xlsx_40k_merges_cpu_bomb.xlsx"), "a.xlsx"),
        "400k merges" => (merges(400_000), "a.xlsx"),
        "shared string 4 GB" => (fixture("xlsx_sharedstring_clone_4GB.xlsx"), "a.xlsx"),
        "shared string OOM" => (fixture("xlsx_sharedstring_clone_OOM.xlsx"), "a.xlsx"),
        "shared string 10×" => (shared_string_copies(200_000, 100_000), "a.xlsx"),
        "layout grid 1.3 GB" => (fixture("xlsx_layout_grid_1.3GB.xlsx"), "a.xlsx"),
        "layout grid OOM" => (fixture("xlsx_layout_grid_OOM.xlsx"), "a.xlsx"),
        "layout grid, written wide" => (wide_layout(40_000), "a.xlsx"),
        "layout grid 10×" => (wide_layout(400_000), "a.xlsx"),
        "exponent overflow" => (fixture("xlsx_exponent_overflow.xlsx"), "a.xlsx"),
        "exponent underflow" => (fixture("xlsx_exponent_underflow.xlsx"), "a.xlsx"),
        "exponents at the ends" => (exponent("-0.000E-2147483648"), "a.xlsx"),
        "40 MB of colspan=rowspan=1000" => (spans_page(40, 1000), "a.html"),
        "16 MB of colspan=256" => (colspan_page(16), "a.html"),
        "48 MB of colspan=256" => (colspan_page(48), "a.html"),
        "1.1M empty tables" => ("<table></table>".repeat(1_100_000).into_bytes(), "a.html"),
        other => panic!("no case {other}"),
    }
}

/// Codes of a file that holds no report at all: the six sections and the three tables
/// missing.
const NOTHING_FOUND: &[&str] = &["T001", "T010"];
const REFUSED: &[&str] = &["F003"];

/// Each case's codes and, for a refusal, the reader's reason.
fn assert_cases(cases: &[(&str, &[&str], Option<FormatProblem>)]) {
    for &(label, codes, reason) in cases {
        assert_answered(label, codes, reason);
    }
}

fn too_much(excess: Excess) -> Option<FormatProblem> {
    Some(FormatProblem::TooMuch { excess })
}

#[test]
fn text_files_answer_in_linear_time() {
    assert_cases(&[
        ("blank lines 40k", NOTHING_FOUND, None),
        ("99k blanks in a row", &["R302", "R303", "T020", "T024"], None),
        // 99k cells fit the budget and go through the whole pipeline.
        ("4 MB line, 99k cells", NOTHING_FOUND, None),
    ]);
}

#[test]
fn word_files_answer_within_budget() {
    assert_cases(&[
        ("vMerge column", REFUSED, too_much(Excess::TableCells)),
        ("distinct styles", NOTHING_FOUND, None),
        // Level text is cut to what a number needs, so these are read, not refused.
        ("level text 1.4 GB", NOTHING_FOUND, None),
        ("level text OOM", NOTHING_FOUND, None),
        ("numbering start", NOTHING_FOUND, None),
    ]);
}

#[test]
fn excel_files_answer_within_budget() {
    assert_cases(&[
        ("40k merges", REFUSED, too_much(Excess::Spans)),
        ("shared string 4 GB", REFUSED, too_much(Excess::Text)),
        ("shared string OOM", REFUSED, too_much(Excess::Text)),
        // One cell at BM1 and one cell in column A of each row below: a row is laid out only
        // across the cells it writes, so these rows no longer grow to 65 slots each. The
        // smaller sheet is read (nothing of a report in it), the larger one has more numbers
        // than any report (Cells). Rows that write both ends are still paid slot by slot.
        ("layout grid 1.3 GB", NOTHING_FOUND, None),
        ("layout grid OOM", REFUSED, too_much(Excess::Cells)),
        ("layout grid, written wide", REFUSED, too_much(Excess::TableCells)),
        ("exponent overflow", NOTHING_FOUND, None),
        ("exponent underflow", NOTHING_FOUND, None),
        ("exponents at the ends", NOTHING_FOUND, None),
    ]);
}

#[test]
fn html_spans_stay_within_budget() {
    assert_cases(&[
        // Every cell colspan=rowspan=1000 (clamped to 256): 65,536 slots a cell.
        ("40 MB of colspan=rowspan=1000", REFUSED, too_much(Excess::Spans)),
        // Issue 7's slip: a 16 MB page of colspan=256 cells took ~800 MB.
        ("16 MB of colspan=256", REFUSED, too_much(Excess::Spans)),
    ]);
}

/// Ten times the files above. They pass in a debug build too, in about three minutes; the
/// default run leaves them out to stay under a minute. Run them with
/// `cargo test --release -p nianbao_report --test hostile -- --ignored`.
#[test]
#[ignore = "slow in debug builds (minutes): run with --release -- --ignored"]
fn ten_times_larger_variants() {
    assert_cases(&[
        ("blank lines 400k", NOTHING_FOUND, None),
        ("40 MB of blank lines", NOTHING_FOUND, None),
        ("990k blanks in a row", REFUSED, too_much(Excess::TableCells)),
        ("40 MB line, 990k cells", REFUSED, too_much(Excess::TableCells)),
        ("vMerge column 99k", NOTHING_FOUND, None),
        ("vMerge column 400k", REFUSED, too_much(Excess::TableCells)),
        ("distinct styles 10×", NOTHING_FOUND, None),
        ("level text 10×", NOTHING_FOUND, None),
        ("numbering start 100×", NOTHING_FOUND, None),
        ("400k merges", REFUSED, too_much(Excess::Spans)),
        ("shared string 10×", REFUSED, too_much(Excess::Text)),
        ("layout grid 10×", REFUSED, too_much(Excess::TableCells)),
        // Ten times the pages are over the 50 MB input limit; just under it is still bounded.
        ("48 MB of colspan=256", REFUSED, too_much(Excess::Spans)),
        // Found while writing these: every empty table used to be remembered.
        ("1.1M empty tables", REFUSED, too_much(Excess::Rows)),
    ]);
}

#[test]
fn overflowing_sums_do_not_panic() {
    // Counts beyond any report's are V004 and stay out of every sum: no wrapped number, no
    // panic in a debug build.
    let bytes = fixture("overflow_i64_sum_R302.txt");
    let report = check(&bytes, "a.txt", Lang::Zh);
    assert_eq!(report.codes().iter().filter(|c| **c == "V004").count(), 2);
    assert!(!report.codes().contains(&"R302"), "{:?}", report.codes());
    let text = nianbao_report::render::text(&report, Lang::Zh);
    assert!(!text.contains("-446744073709551616"), "{text}");
}

// ---------------------------------------------------------------------------------------
// Scaling: a report grown 1×…64× in one dimension at a time.

/// The seed report with `k` units of growth in one dimension. Units are large enough that
/// 8 of them cost well above the timing noise, and 64 stay within the budgets (64 × 1,200
/// cells is under the 100,000 cells a table may have). One long row of cells is the
/// hostile case of a 4 MB line above.
fn grown(dimension: &str, k: usize) -> Vec<u8> {
    let (_, seed) = seed_text();
    let seed = String::from_utf8(seed).unwrap();
    let (head, tail) = seed.split_at(seed.find("二、").unwrap());
    let table_start = tail.find('|').unwrap();
    let growth = match dimension {
        "tables" => {
            let table = &tail[..tail.find("三、").unwrap()];
            table[table_start..].repeat(k * 8)
        }
        "paragraphs" => {
            "本机关坚持以公开为常态、不公开为例外，持续推进政务公开。\n".repeat(k * 300)
        }
        "cells" => "其他事项 | 1 | 2 | 3 |\n".repeat(k * 300),
        "blank lines" => "\n".repeat(k * 30_000),
        "long line" => format!("{}\n", "政务公开".repeat(k * 8000)),
        other => panic!("no dimension {other}"),
    };
    format!("{head}{growth}{tail}").into_bytes()
}

/// The exponent of cost against size: the median of the slopes between every two points
/// on a log-log scale (Theil–Sen). Unlike a least-squares fit, one point disturbed by the
/// machine cannot tilt it much.
fn exponent_of(points: &[(f64, f64)]) -> f64 {
    let mut slopes = Vec::new();
    for (i, &(x1, y1)) in points.iter().enumerate() {
        for &(x2, y2) in points.iter().skip(i + 1) {
            slopes.push((y2.ln() - y1.ln()) / (x2.ln() - x1.ln()));
        }
    }
    slopes.sort_by(f64::total_cmp);
    let middle = slopes.len() / 2;
    if slopes.len() % 2 == 0 {
        (slopes[middle - 1] + slopes[middle]) / 2.0
    } else {
        slopes[middle]
    }
}

#[test]
fn cost_grows_linearly_with_the_report() {
    let _serial = serial();
    for dimension in ["tables", "paragraphs", "cells", "blank lines", "long line"] {
        // A loaded machine can tilt one fit past 1.1; a loop that really grows faster than
        // its input (the ones issue 8 found grew as size^1.8 to size^2) fails every try.
        let slopes: Vec<f64> = (0..3)
            .map(|_| fitted_exponent(dimension))
            .scan(false, |done, slope| {
                let keep = (!*done).then_some(slope);
                *done = *done || slope <= 1.1;
                keep
            })
            .collect();
        assert!(
            slopes.last().is_some_and(|&s| s <= 1.1),
            "{dimension}: cost grows as size^{slopes:.2?} in three tries"
        );
    }
}

/// Times the report grown 8×…64× in one dimension and fits the exponent of its cost.
fn fitted_exponent(dimension: &str) -> f64 {
    const SIZES: [usize; 5] = [0, 8, 16, 32, 64];
    let inputs: Vec<Vec<u8>> = SIZES.iter().map(|&k| grown(dimension, k)).collect();
    // Sizes are timed in turns, several rounds, keeping each one's fastest: a burst of load
    // from elsewhere then slows one round of every size, not every run of one.
    let mut best = [f64::MAX; SIZES.len()];
    for _ in 0..4 {
        for (slot, bytes) in best.iter_mut().zip(&inputs) {
            *slot = slot.min(measure(bytes, "a.txt", 1).time.as_secs_f64());
        }
    }
    // The growth is measured above the seed's own cost (size 0), so that the fixed part of a
    // check does not flatten the curve and hide a superlinear one.
    let points: Vec<(f64, f64)> = SIZES
        .iter()
        .zip(best)
        .skip(1)
        .map(|(&k, time)| (k as f64, (time - best[0]).max(1e-6)))
        .collect();
    let slope = exponent_of(&points);
    eprintln!("{dimension}: exponent {slope:.2} over {points:?}");
    slope
}
