//! The cross-reference: where each object is. Read from `startxref` through every `/Prev`
//! (incremental updates, newest first), as tables, streams (with predictors) or both
//! (hybrid files with `/XRefStm`).

use std::collections::{HashMap, HashSet};

use nianbao_document::{Excess, FormatProblem};

use super::filter;
use super::indirect::{self, Endstreams};
use super::lexer::{Lexer, Token};
use super::limits::MAX_OBJECTS;
use super::object::{Dict, Object};
use super::store::filters_of;

/// Where one object is.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Entry {
    /// At a byte offset in the file.
    Offset(usize),
    /// Inside an object stream: its number and the index within it.
    Compressed(u32, usize),
}

/// The merged cross-reference and trailer.
#[derive(Debug, Default)]
pub(crate) struct Xref {
    pub(crate) entries: HashMap<u32, Entry>,
    pub(crate) trailer: Dict,
}

impl Xref {
    /// Adds an entry unless a newer section already placed the object.
    fn add(&mut self, number: u32, entry: Entry) -> Result<(), FormatProblem> {
        if self.entries.len() >= MAX_OBJECTS {
            return Err(FormatProblem::TooMuch { excess: Excess::Objects });
        }
        self.entries.entry(number).or_insert(entry);
        Ok(())
    }

    /// Adds the keys of an older trailer that the newer ones lack.
    fn merge_trailer(&mut self, older: &Dict) {
        for (key, value) in &older.0 {
            if self.trailer.get(key).is_none() {
                self.trailer.0.push((key.clone(), value.clone()));
            }
        }
    }
}

/// Reads the cross-reference chain from the last `startxref`.
pub(crate) fn read(bytes: &[u8], endstreams: &Endstreams<'_>) -> Result<Xref, FormatProblem> {
    let tail_start = bytes.len().saturating_sub(2048);
    let tail = bytes.get(tail_start..).unwrap_or_default();
    let at = tail.windows(9).rposition(|w| w == b"startxref").ok_or(FormatProblem::Corrupt)?;
    let mut lexer = Lexer::new(bytes, tail_start + at + 9);
    let mut offset = match lexer.token(0)? {
        Token::Obj(Object::Int(o)) => usize::try_from(o).map_err(|_| FormatProblem::Corrupt)?,
        _ => return Err(FormatProblem::Corrupt),
    };
    let mut xref = Xref::default();
    let mut seen = HashSet::new();
    loop {
        if !seen.insert(offset) || seen.len() > 1000 {
            break;
        }
        let trailer = section(bytes, offset, &mut xref, endstreams)?;
        if let Some(stream_at) = trailer.int(b"XRefStm").and_then(|o| usize::try_from(o).ok()) {
            if seen.insert(stream_at) {
                section(bytes, stream_at, &mut xref, endstreams)?;
            }
        }
        xref.merge_trailer(&trailer);
        match trailer.int(b"Prev").and_then(|o| usize::try_from(o).ok()) {
            Some(prev) => offset = prev,
            None => break,
        }
    }
    Ok(xref)
}

/// Reads one section (table or stream) at `offset`, returning its trailer dictionary.
fn section(
    bytes: &[u8],
    offset: usize,
    xref: &mut Xref,
    endstreams: &Endstreams<'_>,
) -> Result<Dict, FormatProblem> {
    let mut lexer = Lexer::new(bytes, offset);
    lexer.skip_white();
    if lexer.rest().starts_with(b"xref") {
        lexer.pos += 4;
        table(&mut lexer, xref)
    } else {
        stream(bytes, offset, xref, endstreams)
    }
}

fn table(lexer: &mut Lexer<'_>, xref: &mut Xref) -> Result<Dict, FormatProblem> {
    loop {
        let first = match lexer.token(0)? {
            Token::Obj(Object::Int(n)) => n,
            Token::Keyword(b"trailer") => break,
            _ => return Err(FormatProblem::Corrupt),
        };
        let Token::Obj(Object::Int(count)) = lexer.token(0)? else {
            return Err(FormatProblem::Corrupt);
        };
        if count < 0 || usize::try_from(count).unwrap_or(usize::MAX) > MAX_OBJECTS {
            return Err(FormatProblem::TooMuch { excess: Excess::Objects });
        }
        for i in 0..count {
            let Token::Obj(Object::Int(position)) = lexer.token(0)? else {
                return Err(FormatProblem::Corrupt);
            };
            let Token::Obj(Object::Int(_generation)) = lexer.token(0)? else {
                return Err(FormatProblem::Corrupt);
            };
            let kind = lexer.token(0)?;
            let number =
                u32::try_from(first.saturating_add(i)).map_err(|_| FormatProblem::Corrupt)?;
            if kind == Token::Keyword(b"n") && position > 0 {
                let position = usize::try_from(position).map_err(|_| FormatProblem::Corrupt)?;
                xref.add(number, Entry::Offset(position))?;
            }
        }
    }
    match lexer.object(0)? {
        Object::Dict(trailer) => Ok(trailer),
        _ => Err(FormatProblem::Corrupt),
    }
}

fn stream(
    bytes: &[u8],
    offset: usize,
    xref: &mut Xref,
    endstreams: &Endstreams<'_>,
) -> Result<Dict, FormatProblem> {
    let (_, object) = indirect::read(
        bytes,
        offset,
        &mut |l| l.as_int().and_then(|n| usize::try_from(n).ok()),
        endstreams,
    )?;
    let Object::Stream(stream) = object else { return Err(FormatProblem::Corrupt) };
    let dict = &stream.dict;
    if dict.name(b"Type") != Some(b"XRef") {
        return Err(FormatProblem::Corrupt);
    }
    let raw = bytes.get(stream.start..stream.end).unwrap_or_default();
    // The cross-reference stream is never encrypted, and its filter values are direct.
    let data = filter::decode(&filters_of(dict, &mut |o| o.clone()), raw)?;
    let widths: Vec<usize> = dict
        .get(b"W")
        .and_then(Object::as_array)
        .ok_or(FormatProblem::Corrupt)?
        .iter()
        .map(|w| w.as_int().and_then(|w| usize::try_from(w).ok()).unwrap_or(0).min(8))
        .collect();
    let [w0, w1, w2] = widths.as_slice() else { return Err(FormatProblem::Corrupt) };
    let row = w0 + w1 + w2;
    if row == 0 {
        return Err(FormatProblem::Corrupt);
    }
    let size = dict.int(b"Size").unwrap_or(0);
    let index: Vec<i64> = match dict.get(b"Index").and_then(Object::as_array) {
        Some(items) => items.iter().filter_map(Object::as_int).collect(),
        None => vec![0, size],
    };
    let mut rows = data.chunks_exact(row);
    for pair in index.chunks_exact(2) {
        let [first, count] = pair else { continue };
        if *count < 0 || usize::try_from(*count).unwrap_or(usize::MAX) > MAX_OBJECTS {
            return Err(FormatProblem::TooMuch { excess: Excess::Objects });
        }
        for i in 0..*count {
            let Some(fields) = rows.next() else { break };
            let (kind, rest) = fields.split_at_checked(*w0).unwrap_or_default();
            let (second, third) = rest.split_at_checked(*w1).unwrap_or_default();
            let kind = if *w0 == 0 { 1 } else { number(kind) };
            let Ok(object) = u32::try_from(first.saturating_add(i)) else { continue };
            match kind {
                1 => {
                    xref.add(object, Entry::Offset(usize::try_from(number(second)).unwrap_or(0)))?
                }
                2 => {
                    let stream = u32::try_from(number(second)).unwrap_or(u32::MAX);
                    xref.add(
                        object,
                        Entry::Compressed(stream, usize::try_from(number(third)).unwrap_or(0)),
                    )?;
                }
                _ => {}
            }
        }
    }
    Ok(stream.dict)
}

/// A big-endian field of a cross-reference stream row.
fn number(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0, |acc, b| acc << 8 | u64::from(*b))
}
