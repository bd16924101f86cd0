//! Files from paths (folders recurse), checked in parallel.

use std::path::{Path, PathBuf};

use nianbao_report::{check_kept, Kept, Lang};
use rayon::prelude::*;

/// Folders deeper than this are not followed (symlink loops).
const MAX_DEPTH: usize = 32;

/// The endings a folder walk checks: the formats read (PDF too), and the ones answered with
/// a hint (F001: old Word/WPS, old Excel). Anything else in a folder of reports is a note, a
/// data file or a script beside them, and checking it would only add failed "reports".
const REPORT_EXTENSIONS: &[&str] =
    &["txt", "md", "html", "htm", "docx", "xlsx", "pdf", "doc", "wps", "xls"];

/// Some names print at most; the rest are counted, so a big folder keeps a short note.
const SKIPPED_SHOWN: usize = 10;

/// What the paths hold.
#[derive(Debug, Default)]
pub(crate) struct Collected {
    /// Files to check, in a stable order: every file named on the command line, and the
    /// report formats found in folders.
    pub(crate) files: Vec<PathBuf>,
    /// Paths given that do not exist.
    pub(crate) missing: Vec<String>,
    /// Files in folders that are not reports, as paths below the folder given.
    pub(crate) skipped: Vec<String>,
}

/// Walks the paths. A file named on the command line is checked whatever its ending: the
/// person asked for it.
pub(crate) fn collect(paths: &[String]) -> Collected {
    let mut collected = Collected::default();
    for path in paths {
        let root = Path::new(path);
        if root.is_dir() {
            walk(root, root, 0, &mut collected);
        } else if root.exists() {
            collected.files.push(root.to_owned());
        } else {
            collected.missing.push(path.clone());
        }
    }
    collected
}

fn walk(root: &Path, dir: &Path, depth: usize, collected: &mut Collected) {
    if depth >= MAX_DEPTH {
        return;
    }
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let mut children: Vec<PathBuf> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
    children.sort();
    for child in children {
        let hidden = child.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with('.'));
        if hidden {
            continue;
        }
        if child.is_dir() {
            walk(root, &child, depth + 1, collected);
        } else if is_report(&child) {
            collected.files.push(child);
        } else {
            let shown = child.strip_prefix(root).unwrap_or(&child);
            collected.skipped.push(shown.display().to_string());
        }
    }
}

fn is_report(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| REPORT_EXTENSIONS.iter().any(|r| e.eq_ignore_ascii_case(r)))
}

/// The notes printed on stderr after the reports: paths that do not exist, files that could
/// not be read, and what a folder held besides reports.
pub(crate) fn notes(
    collected: &Collected,
    unreadable: &[(String, String)],
    lang: Lang,
) -> Vec<String> {
    let mut notes = Vec::new();
    for path in &collected.missing {
        notes.push(match lang {
            Lang::Zh => format!("找不到文件或文件夹：{path}（请检查路径是否写对）"),
            Lang::En => format!("no such file or folder: {path} (check the path)"),
        });
    }
    for (path, error) in unreadable {
        notes.push(match lang {
            Lang::Zh => format!("无法读取文件：{path}（{error}）"),
            Lang::En => format!("cannot read the file: {path} ({error})"),
        });
    }
    if !collected.skipped.is_empty() {
        let n = collected.skipped.len();
        let shown: Vec<&str> =
            collected.skipped.iter().take(SKIPPED_SHOWN).map(String::as_str).collect();
        let more = n > SKIPPED_SHOWN;
        notes.push(match lang {
            Lang::Zh => format!(
                "跳过 {n} 个非年报文件：{}{}（只检查 {}）",
                shown.join("、"),
                if more { " 等" } else { "" },
                extensions()
            ),
            Lang::En => format!(
                "skipped {n} files that are not reports: {}{} (only {} are checked)",
                shown.join(", "),
                if more { ", …" } else { "" },
                extensions()
            ),
        });
    }
    notes
}

fn extensions() -> String {
    REPORT_EXTENSIONS.iter().map(|e| format!(".{e}")).collect::<Vec<_>>().join(" ")
}

/// A file checked (kept for the checks across reports), or why it could not be read.
pub(crate) type Checked = Result<Kept, String>;

/// Checks every file; results come back in the files' order.
pub(crate) fn check_all(files: &[PathBuf], lang: Lang) -> Vec<Checked> {
    files
        .par_iter()
        .map(|path| {
            let name = path.display().to_string();
            // A file that exists but cannot be read (permissions, a folder's race) is said
            // so, not handed to the pipeline as an empty file.
            read_bounded(path)
                .map(|bytes| check_kept(&bytes, &name, lang))
                .map_err(|e| e.to_string())
        })
        .collect()
}

/// Reads at most one byte past the core's limit, so a huge file costs no more memory than
/// that and still gets its "too large" finding.
pub(crate) fn read_bounded(path: &Path) -> std::io::Result<Vec<u8>> {
    use std::io::Read as _;
    let limit = nianbao_report::max_input_bytes() + 1;
    let mut bytes = Vec::new();
    std::fs::File::open(path)?.take(limit).read_to_end(&mut bytes)?;
    Ok(bytes)
}
