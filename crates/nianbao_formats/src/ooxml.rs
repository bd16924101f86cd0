//! Word and Excel packages: a zip of XML parts, read with limits on entries, decompressed
//! size and nesting, so a zip bomb or a damaged file is refused quickly.

use std::io::{Cursor, Read};

use nianbao_document::FormatProblem;
use quick_xml::events::{BytesRef, BytesStart, Event};
use zip::ZipArchive;

use crate::limits::{
    MAX_HONEST_RATIO, MAX_PACKAGE_BYTES, MAX_PART_BYTES, MAX_XML_DEPTH, MAX_ZIP_ENTRIES,
};

/// Too much to unpack: a bomb when packed tighter than documents are, else a file too large.
fn oversized(unpacked: u64, packed: u64, limit: u64) -> FormatProblem {
    if unpacked / packed.max(1) > MAX_HONEST_RATIO {
        FormatProblem::Bomb
    } else {
        FormatProblem::Unpacked { bytes: unpacked, limit }
    }
}

/// An opened package.
pub(crate) struct Package<'a> {
    archive: ZipArchive<Cursor<&'a [u8]>>,
    read_so_far: u64,
}

impl<'a> Package<'a> {
    /// Opens a zip, refusing it before any decompression when its directory already says
    /// it is too big.
    pub(crate) fn open(bytes: &'a [u8]) -> Result<Self, FormatProblem> {
        let mut archive =
            ZipArchive::new(Cursor::new(bytes)).map_err(|_| FormatProblem::Corrupt)?;
        if archive.len() > MAX_ZIP_ENTRIES {
            return Err(FormatProblem::Bomb);
        }
        let mut declared = 0_u64;
        for index in 0..archive.len() {
            let entry = archive.by_index_raw(index).map_err(|_| FormatProblem::Corrupt)?;
            if entry.encrypted() {
                return Err(FormatProblem::Encrypted);
            }
            declared = declared.saturating_add(entry.size());
        }
        let limit = MAX_PACKAGE_BYTES.saturating_mul(4);
        if declared > limit {
            let packed = u64::try_from(bytes.len()).unwrap_or(u64::MAX);
            return Err(oversized(declared, packed, limit));
        }
        Ok(Self { archive, read_so_far: 0 })
    }

    /// Whether a part exists.
    pub(crate) fn has(&self, name: &str) -> bool {
        self.archive.index_for_name(name).is_some()
    }

    /// Reads a part as text, or `None` when the package has no such part.
    pub(crate) fn read(&mut self, name: &str) -> Result<Option<String>, FormatProblem> {
        let Some(index) = self.archive.index_for_name(name) else { return Ok(None) };
        let mut entry = self.archive.by_index(index).map_err(|_| FormatProblem::Corrupt)?;
        let budget = MAX_PART_BYTES.min(MAX_PACKAGE_BYTES.saturating_sub(self.read_so_far));
        if entry.size() > budget {
            return Err(oversized(entry.size(), entry.compressed_size(), budget));
        }
        let mut bytes = Vec::new();
        // The directory may lie about sizes: never inflate more than the budget.
        (&mut entry)
            .take(budget + 1)
            .read_to_end(&mut bytes)
            .map_err(|_| FormatProblem::Corrupt)?;
        let read = u64::try_from(bytes.len()).unwrap_or(u64::MAX);
        if read > budget {
            // More than the directory said: a lie only a crafted file tells.
            return Err(FormatProblem::Bomb);
        }
        self.read_so_far = self.read_so_far.saturating_add(read);
        Ok(Some(
            String::from_utf8(bytes)
                .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()),
        ))
    }
}

/// A start (or empty) element's local name, without its namespace prefix.
pub(crate) fn local<'a>(start: &'a BytesStart<'_>) -> &'a str {
    start.local_name().into_inner()
}

/// An attribute's unescaped value by local name (`w:val` → `val`).
pub(crate) fn attribute(start: &BytesStart<'_>, name: &str) -> Option<String> {
    // Duplicate checks cost a third of reading a sheet and change nothing here.
    let mut attributes = start.attributes();
    attributes.with_checks(false);
    attributes.flatten().find(|a| a.key.local_name().as_ref() == name).map(|a| {
        a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
            .map_or_else(|_| a.value.to_string(), std::borrow::Cow::into_owned)
    })
}

/// Several attributes by local name in one pass: `names[i]` → `values[i]`.
pub(crate) fn attributes<const N: usize>(
    start: &BytesStart<'_>,
    names: [&str; N],
) -> [Option<String>; N] {
    let mut values: [Option<String>; N] = std::array::from_fn(|_| None);
    let mut attributes = start.attributes();
    attributes.with_checks(false);
    for a in attributes.flatten() {
        if let Some(slot) = names
            .iter()
            .position(|n| *n == a.key.local_name().as_ref())
            .and_then(|i| values.get_mut(i))
        {
            *slot = Some(
                a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                    .map_or_else(|_| a.value.to_string(), std::borrow::Cow::into_owned),
            );
        }
    }
    values
}

/// The text of an entity or character reference.
pub(crate) fn reference(r: &BytesRef<'_>) -> String {
    if let Ok(Some(c)) = r.resolve_char_ref() {
        return c.to_string();
    }
    match r.as_ref() {
        "amp" => "&",
        "lt" => "<",
        "gt" => ">",
        "quot" => "\"",
        "apos" => "'",
        _ => "",
    }
    .to_owned()
}

/// Walks a part's events, calling `visit` for each, with nesting bounded. The first error
/// `visit` returns (a budget run out) stops the walk: the rest of the part is not read.
pub(crate) fn walk(
    xml: &str,
    mut visit: impl FnMut(&Event<'_>) -> Result<(), FormatProblem>,
) -> Result<(), FormatProblem> {
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut depth = 0_usize;
    loop {
        let event = reader.read_event().map_err(|_| FormatProblem::Corrupt)?;
        match &event {
            Event::Start(_) => {
                depth += 1;
                if depth > MAX_XML_DEPTH {
                    return Err(FormatProblem::TooDeep);
                }
            }
            Event::End(_) => depth = depth.saturating_sub(1),
            Event::Eof => return Ok(()),
            _ => {}
        }
        visit(&event)?;
    }
}
