//! One indirect object at a byte offset: `N G obj … endobj`, and a stream's data range
//! (from `/Length` when it fits and is followed by `endstream`, else up to `endstream`).

use std::cell::OnceCell;

use nianbao_document::FormatProblem;

use super::lexer::{is_white, Lexer, Token};
use super::object::{Id, Object, Stream};

/// Where `endstream` stands in a file, found in one pass the first time a stream's
/// `/Length` is wrong (searching the rest of the file for each such stream would make a file
/// of many broken streams quadratic).
pub(crate) struct Endstreams<'a> {
    bytes: &'a [u8],
    positions: OnceCell<Vec<usize>>,
}

impl<'a> Endstreams<'a> {
    pub(crate) fn new(bytes: &'a [u8]) -> Self {
        Endstreams { bytes, positions: OnceCell::new() }
    }

    /// The first `endstream` at or after `start`.
    fn first_after(&self, start: usize) -> Option<usize> {
        let positions = self.positions.get_or_init(|| {
            let mut found = Vec::new();
            let mut at = 0;
            while let Some(offset) = self
                .bytes
                .get(at..)
                .and_then(|rest| rest.windows(9).position(|w| w == b"endstream"))
            {
                found.push(at + offset);
                at += offset + 9;
            }
            found
        });
        positions.get(positions.partition_point(|&p| p < start)).copied()
    }
}

/// Reads the object at `offset`; `length` resolves an indirect `/Length`.
pub(crate) fn read(
    bytes: &[u8],
    offset: usize,
    length: &mut dyn FnMut(&Object) -> Option<usize>,
    endstreams: &Endstreams<'_>,
) -> Result<(Id, Object), FormatProblem> {
    let mut lexer = Lexer::new(bytes, offset);
    let number = match lexer.token(0)? {
        Token::Obj(Object::Int(n)) => u32::try_from(n).map_err(|_| FormatProblem::Corrupt)?,
        // `N G R` is read as a reference by the lexer when `obj` is missing: not an object.
        _ => return Err(FormatProblem::Corrupt),
    };
    let generation = match lexer.token(0)? {
        Token::Obj(Object::Int(g)) => u16::try_from(g).map_err(|_| FormatProblem::Corrupt)?,
        _ => return Err(FormatProblem::Corrupt),
    };
    if lexer.token(0)? != Token::Keyword(b"obj") {
        return Err(FormatProblem::Corrupt);
    }
    let id = (number, generation);
    let object = match lexer.token(0)? {
        Token::Obj(object) => object,
        Token::Keyword(b"endobj") => Object::Null,
        _ => return Err(FormatProblem::Corrupt),
    };
    let Object::Dict(dict) = object else { return Ok((id, object)) };
    if lexer.token(0)? != Token::Keyword(b"stream") {
        return Ok((id, Object::Dict(dict)));
    }
    let mut start = lexer.pos;
    if bytes.get(start) == Some(&b'\r') {
        start += 1;
    }
    if bytes.get(start) == Some(&b'\n') {
        start += 1;
    }
    let declared = dict.get(b"Length").and_then(&mut *length);
    let end = declared
        .and_then(|len| start.checked_add(len))
        .filter(|&end| followed_by_endstream(bytes, end))
        .or_else(|| end_before(bytes, start, endstreams.first_after(start)?))
        .unwrap_or(bytes.len());
    Ok((id, Object::Stream(Stream { dict, start, end: end.max(start), id })))
}

fn followed_by_endstream(bytes: &[u8], end: usize) -> bool {
    let mut at = end;
    while bytes.get(at).copied().is_some_and(is_white) {
        at += 1;
    }
    bytes.get(at..).is_some_and(|rest| rest.starts_with(b"endstream"))
}

/// The end of a stream's data when `/Length` is missing or wrong: before `endstream` (at
/// `keyword`) and the end of line preceding it.
fn end_before(bytes: &[u8], start: usize, keyword: usize) -> Option<usize> {
    let mut end = keyword;
    if end > start && bytes.get(end - 1) == Some(&b'\n') {
        end -= 1;
    }
    if end > start && bytes.get(end - 1) == Some(&b'\r') {
        end -= 1;
    }
    Some(end)
}
