//! Recovery when the cross-reference is missing or wrong: every `N G obj` in the file (the
//! last one of a number wins, as in an incremental update) and the last trailer.

use std::collections::HashMap;

use super::lexer::{is_white, Lexer};
use super::limits::MAX_OBJECTS;
use super::object::{Dict, Object};
use super::xref::{Entry, Xref};

/// Scans the whole file for object headers and trailers.
pub(crate) fn scan(bytes: &[u8]) -> Xref {
    let mut entries = HashMap::new();
    let mut trailer = Dict::default();
    let mut at = 0;
    while let Some(found) = bytes.get(at..).and_then(|rest| find(rest, b"obj")) {
        let keyword = at + found;
        at = keyword + 3;
        if bytes.get(at).is_some_and(|b| b.is_ascii_alphanumeric()) {
            continue;
        }
        if let Some((number, start)) = header_before(bytes, keyword) {
            if entries.len() < MAX_OBJECTS || entries.contains_key(&number) {
                entries.insert(number, Entry::Offset(start));
            }
        }
    }
    let mut at = 0;
    while let Some(found) = bytes.get(at..).and_then(|rest| find(rest, b"trailer")) {
        at += found + 7;
        if let Ok(Object::Dict(dict)) = Lexer::new(bytes, at).object(0) {
            for (key, value) in dict.0 {
                trailer.0.retain(|(k, _)| *k != key);
                trailer.0.push((key, value));
            }
        }
    }
    Xref { entries, trailer }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// `N G ` right before `obj` at `keyword`: the object number and where the header starts.
fn header_before(bytes: &[u8], keyword: usize) -> Option<(u32, usize)> {
    let mut at = keyword;
    let skip_white = |at: &mut usize| {
        while *at > 0 && bytes.get(*at - 1).copied().is_some_and(is_white) {
            *at -= 1;
        }
    };
    let skip_digits = |at: &mut usize| {
        let end = *at;
        while *at > 0 && bytes.get(*at - 1).is_some_and(u8::is_ascii_digit) && end - *at < 10 {
            *at -= 1;
        }
        end - *at
    };
    skip_white(&mut at);
    if skip_digits(&mut at) == 0 {
        return None;
    }
    let before_generation = at;
    skip_white(&mut at);
    if at == before_generation {
        return None;
    }
    let end = at;
    if skip_digits(&mut at) == 0 {
        return None;
    }
    let number = std::str::from_utf8(bytes.get(at..end)?).ok()?.parse().ok()?;
    Some((number, at))
}
