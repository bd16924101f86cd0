//! The text of a simple font's one-byte codes: a base encoding (Standard, MacRoman, WinAnsi)
//! and the `/Differences` that rename codes by glyph name.

use super::latin::{MAC_ROMAN, STANDARD, WIN_ANSI};
use super::names;
use crate::parse::object::Object;

/// The base encodings by name.
pub(crate) fn base(name: &[u8]) -> Option<&'static [u16; 256]> {
    match name {
        b"WinAnsiEncoding" => Some(&WIN_ANSI),
        b"MacRomanEncoding" => Some(&MAC_ROMAN),
        b"StandardEncoding" => Some(&STANDARD),
        _ => None,
    }
}

/// Per code, its text from a base table (none: every code unknown) and differences.
pub(crate) fn table(base: Option<&[u16; 256]>, differences: &[Object]) -> Vec<Option<String>> {
    let mut texts: Vec<Option<String>> = (0..256)
        .map(|code: usize| {
            let scalar = base.and_then(|b| b.get(code)).copied().unwrap_or(0);
            (scalar != 0).then(|| char::from_u32(u32::from(scalar))).flatten().map(String::from)
        })
        .collect();
    let mut code: Option<usize> = None;
    for item in differences {
        match item {
            Object::Int(start) => code = usize::try_from(*start).ok(),
            Object::Name(name) => {
                if let Some(at) = code {
                    if let Some(slot) = texts.get_mut(at) {
                        *slot = names::unicode(name);
                    }
                    code = Some(at + 1);
                }
            }
            _ => {}
        }
    }
    texts
}
