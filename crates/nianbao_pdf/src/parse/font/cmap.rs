//! CMaps embedded as streams: `codespacerange` (how bytes split into codes), `bfchar` and
//! `bfrange` (codes to Unicode, the ToUnicode map; ranges with a start string or an array),
//! `cidchar` and `cidrange` (codes to CIDs, an embedded encoding). A range is expanded at
//! most [`MAX_RANGE`] codes, a map at most [`MAX_ENTRIES`].

use std::collections::HashMap;

use crate::parse::lexer::{Lexer, Token};
use crate::parse::object::Object;

/// Codes one range may cover (a 2-byte code space has 65,536).
const MAX_RANGE: u32 = 65_536;
/// Entries of one map.
const MAX_ENTRIES: usize = 200_000;

/// One code space range: codes of `len` bytes between `low` and `high` byte by byte.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct CodeSpace {
    pub(crate) low: Vec<u8>,
    pub(crate) high: Vec<u8>,
}

/// A parsed CMap.
#[derive(Debug, Clone, Default)]
pub(crate) struct CMap {
    pub(crate) spaces: Vec<CodeSpace>,
    pub(crate) unicode: HashMap<u32, String>,
    pub(crate) cids: HashMap<u32, u32>,
    /// The predefined CMap this one builds on (`usecmap`).
    pub(crate) uses: Option<Vec<u8>>,
    /// Codes visited by ranges so far: many large ranges must not take long either.
    work: usize,
}

impl CMap {
    /// Parses CMap text (the decoded stream).
    pub(crate) fn parse(data: &[u8]) -> CMap {
        let mut cmap = CMap::default();
        let mut lexer = Lexer::new(data, 0);
        let mut operands: Vec<Object> = Vec::new();
        while let Ok(token) = lexer.token(0) {
            match token {
                Token::Eof => break,
                Token::Obj(object) => {
                    if operands.len() > 16 {
                        operands.remove(0);
                    }
                    operands.push(object);
                }
                Token::Keyword(word) => {
                    match word {
                        b"begincodespacerange" => cmap.code_spaces(&mut lexer),
                        b"beginbfchar" => cmap.bf_chars(&mut lexer),
                        b"beginbfrange" => cmap.bf_ranges(&mut lexer),
                        b"begincidchar" => cmap.cid_chars(&mut lexer),
                        b"begincidrange" => cmap.cid_ranges(&mut lexer),
                        b"usecmap" => {
                            cmap.uses =
                                operands.last().and_then(Object::as_name).map(<[u8]>::to_vec)
                        }
                        _ => {}
                    }
                    operands.clear();
                }
                Token::ArrayEnd | Token::DictEnd => {}
            }
        }
        cmap
    }

    /// Operands up to the `end…` keyword of the current section.
    fn section(lexer: &mut Lexer<'_>) -> Vec<Object> {
        let mut items = Vec::new();
        while let Ok(token) = lexer.token(0) {
            match token {
                Token::Obj(object) => items.push(object),
                Token::Keyword(_) | Token::Eof => break,
                Token::ArrayEnd | Token::DictEnd => {}
            }
        }
        items
    }

    fn code_spaces(&mut self, lexer: &mut Lexer<'_>) {
        for pair in Self::section(lexer).chunks_exact(2) {
            if let [Object::Str(low), Object::Str(high)] = pair {
                if low.len() == high.len() && (1..=4).contains(&low.len()) {
                    self.spaces.push(CodeSpace { low: low.clone(), high: high.clone() });
                }
            }
        }
    }

    fn bf_chars(&mut self, lexer: &mut Lexer<'_>) {
        for pair in Self::section(lexer).chunks_exact(2) {
            let [Object::Str(code), target] = pair else { continue };
            let text = match target {
                Object::Str(bytes) => utf16(bytes),
                Object::Name(name) => super::names::unicode(name),
                _ => None,
            };
            if let Some(text) = text {
                self.set_unicode(number(code), text);
            }
        }
    }

    fn bf_ranges(&mut self, lexer: &mut Lexer<'_>) {
        for triple in Self::section(lexer).chunks_exact(3) {
            let [Object::Str(low), Object::Str(high), target] = triple else { continue };
            let (low, high) = (number(low), number(high));
            if high < low || high - low >= MAX_RANGE {
                continue;
            }
            match target {
                Object::Str(start) => {
                    for offset in 0..=high - low {
                        if !self.step() {
                            return;
                        }
                        if let Some(text) = utf16_plus(start, offset) {
                            self.set_unicode(low + offset, text);
                        }
                    }
                }
                Object::Array(items) => {
                    for (offset, item) in (0..=high - low).zip(items) {
                        if let Some(text) = item.as_str().and_then(utf16) {
                            self.set_unicode(low + offset, text);
                        }
                    }
                }
                _ => {}
            }
        }
    }

    fn cid_chars(&mut self, lexer: &mut Lexer<'_>) {
        for pair in Self::section(lexer).chunks_exact(2) {
            if let [Object::Str(code), Object::Int(cid)] = pair {
                if let Ok(cid) = u32::try_from(*cid) {
                    self.set_cid(number(code), cid);
                }
            }
        }
    }

    fn cid_ranges(&mut self, lexer: &mut Lexer<'_>) {
        for triple in Self::section(lexer).chunks_exact(3) {
            let [Object::Str(low), Object::Str(high), Object::Int(cid)] = triple else { continue };
            let (low, high) = (number(low), number(high));
            let Ok(cid) = u32::try_from(*cid) else { continue };
            if high < low || high - low >= MAX_RANGE {
                continue;
            }
            for offset in 0..=high - low {
                if !self.step() {
                    return;
                }
                self.set_cid(low + offset, cid.saturating_add(offset));
            }
        }
    }

    /// Counts one code visited; false once the map has done all the work it may.
    fn step(&mut self) -> bool {
        self.work += 1;
        self.work <= 2 * MAX_ENTRIES
    }

    fn set_unicode(&mut self, code: u32, text: String) {
        if self.unicode.len() < MAX_ENTRIES || self.unicode.contains_key(&code) {
            self.unicode.insert(code, text);
        }
    }

    fn set_cid(&mut self, code: u32, cid: u32) {
        if self.cids.len() < MAX_ENTRIES {
            self.cids.insert(code, cid);
        }
    }
}

/// Splits bytes into codes (value, length) by code space ranges: the shortest range that
/// matches; bytes no range matches are taken by the shortest range's length.
pub(crate) fn split(spaces: &[CodeSpace], bytes: &[u8]) -> Vec<(u32, usize)> {
    let shortest = spaces.iter().map(|s| s.low.len()).min().unwrap_or(1);
    let mut codes = Vec::new();
    let mut at = 0;
    while at < bytes.len() {
        let matched = (1..=4).find(|&len| {
            bytes.get(at..at + len).is_some_and(|code| {
                spaces.iter().any(|s| {
                    s.low.len() == len
                        && code
                            .iter()
                            .zip(s.low.iter().zip(&s.high))
                            .all(|(b, (lo, hi))| lo <= b && b <= hi)
                })
            })
        });
        let len = matched.unwrap_or(shortest).min(bytes.len() - at);
        codes.push((number(bytes.get(at..at + len).unwrap_or_default()), len));
        at += len.max(1);
    }
    codes
}

/// Big-endian bytes as a number.
pub(crate) fn number(bytes: &[u8]) -> u32 {
    bytes.iter().take(4).fold(0, |acc, b| acc << 8 | u32::from(*b))
}

/// UTF-16BE text; an odd single byte is read as Latin-1. Unpaired surrogates make it `None`.
pub(crate) fn utf16(bytes: &[u8]) -> Option<String> {
    if bytes.len() == 1 {
        return bytes.first().map(|b| char::from(*b).to_string());
    }
    let units: Vec<u16> = bytes
        .chunks_exact(2)
        .map(|p| {
            u16::from_be_bytes([p.first().copied().unwrap_or(0), p.get(1).copied().unwrap_or(0)])
        })
        .collect();
    char::decode_utf16(units).collect::<Result<String, _>>().ok()
}

/// A `bfrange` start string advanced by `offset` in its last code unit.
fn utf16_plus(start: &[u8], offset: u32) -> Option<String> {
    let mut bytes = start.to_vec();
    let len = bytes.len();
    if len == 0 {
        return None;
    }
    let width = if len >= 2 { 2 } else { 1 };
    let tail = number(bytes.get(len - width..)?);
    let advanced = tail.checked_add(offset)?;
    let be = advanced.to_be_bytes();
    let end = be.get(4 - width..)?;
    bytes.get_mut(len - width..)?.copy_from_slice(end);
    utf16(&bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_to_unicode_map() {
        let text = b"1 begincodespacerange <0000> <FFFF> endcodespacerange
            2 beginbfchar <0003> <0020> <03b4> <4E2D> endbfchar
            2 beginbfrange <0010> <0012> <0030> <0020> <0021> [<0041> <D83DDE00>] endbfrange";
        let cmap = CMap::parse(text);
        assert_eq!(cmap.unicode.get(&0x3b4).map(String::as_str), Some("中"));
        assert_eq!(cmap.unicode.get(&0x12).map(String::as_str), Some("2"));
        assert_eq!(cmap.unicode.get(&0x21).map(String::as_str), Some("😀"));
        assert_eq!(split(&cmap.spaces, &[0x03, 0xb4, 0x00]), vec![(0x3b4, 2), (0, 1)]);
    }
}
