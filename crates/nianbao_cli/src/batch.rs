//! Files from paths (folders recurse), checked in parallel.

use std::path::{Path, PathBuf};

use nianbao_report::{check, Lang, Report};
use rayon::prelude::*;

/// Folders deeper than this are not followed (symlink loops).
const MAX_DEPTH: usize = 32;

/// Every file under the paths, in a stable order. A path that does not exist is kept, so
/// its report says it could not be read.
pub(crate) fn collect(paths: &[String]) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for path in paths {
        walk(Path::new(path), 0, &mut files);
    }
    files
}

fn walk(path: &Path, depth: usize, files: &mut Vec<PathBuf>) {
    if !path.is_dir() {
        files.push(path.to_owned());
        return;
    }
    if depth >= MAX_DEPTH {
        return;
    }
    let Ok(entries) = std::fs::read_dir(path) else { return };
    let mut children: Vec<PathBuf> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
    children.sort();
    for child in children {
        let hidden = child.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with('.'));
        if !hidden {
            walk(&child, depth + 1, files);
        }
    }
}

/// Checks every file; reports come back in the files' order.
pub(crate) fn check_all(files: &[PathBuf], lang: Lang) -> Vec<Report> {
    files
        .par_iter()
        .map(|path| {
            let name = path.display().to_string();
            match read_bounded(path) {
                Ok(bytes) => check(&bytes, &name, lang),
                // An unreadable path is an empty file to the pipeline: F003, exit 2.
                Err(_) => check(&[], &name, lang),
            }
        })
        .collect()
}

/// Reads at most one byte past the core's limit, so a huge file costs no more memory than
/// that and still gets its "too large" finding.
fn read_bounded(path: &Path) -> std::io::Result<Vec<u8>> {
    use std::io::Read as _;
    let limit = nianbao_report::max_input_bytes() + 1;
    let mut bytes = Vec::new();
    std::fs::File::open(path)?.take(limit).read_to_end(&mut bytes)?;
    Ok(bytes)
}
