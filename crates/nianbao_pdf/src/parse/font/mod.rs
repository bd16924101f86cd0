//! Fonts: how a shown string splits into codes, each code's text and its widths.
//! Composite fonts (Type0 over CIDFontType0/2) with Identity-H/V, embedded CMaps, the
//! predefined GB CMaps ([`predefined`]), and other predefined CMaps by code length (the
//! UCS-2/UTF-16 ones also give the text); simple fonts (Type1, MMType1, TrueType, Type3 with
//! its `/FontMatrix`) with base encodings and `/Differences`. A `/ToUnicode` map wins over
//! everything else; without one a composite font whose CIDs are Adobe-GB1's is read by that
//! collection ([`gb1`]). A code whose text cannot be known is marked undecoded, never guessed.

mod cmap;
mod encoding;
mod gb1;
mod gb1_table;
mod latin;
mod names;
mod predefined;
mod varint;
mod widths;

use std::collections::HashMap;

use nianbao_document::FormatProblem;

use cmap::{CMap, CodeSpace};
use predefined::Predefined;

use super::object::{Dict, Object};
use super::store::Store;

/// One code of a shown string.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Code {
    /// Its text, `None` when the font gives no way to know it.
    pub(crate) text: Option<String>,
    /// Horizontal advance, thousandths of text space.
    pub(crate) width: f32,
    /// Vertical advance (negative: downwards), thousandths of text space.
    pub(crate) advance_y: f32,
    /// The vertical origin relative to the horizontal one (vertical writing).
    pub(crate) origin: (f32, f32),
    /// A one-byte code 32: word spacing applies.
    pub(crate) is_space: bool,
}

/// A loaded font.
#[derive(Debug, Clone, Default)]
pub(crate) struct Font {
    composite: bool,
    pub(crate) vertical: bool,
    spaces: Vec<CodeSpace>,
    to_unicode: Option<CMap>,
    /// Simple fonts: the text of each byte by encoding.
    simple: Vec<Option<String>>,
    /// Composite fonts: an embedded code-to-CID map (none: the code is the CID).
    cids: Option<HashMap<u32, u32>>,
    /// Predefined CMaps whose codes are UTF-16 (UniGB-UCS2-H, …).
    codes_are_utf16: bool,
    /// Composite fonts: a predefined GB CMap (code to Adobe-GB1 CID).
    predefined: Option<Predefined>,
    /// Composite fonts: the CIDs are Adobe-GB1's, so a CID gives its character.
    gb1: bool,
    widths: HashMap<u32, f32>,
    default_width: f32,
    vertical_metrics: HashMap<u32, (f32, f32, f32)>,
    /// `/DW2`: the vertical origin's y and the vertical advance.
    default_vertical: (f32, f32),
    /// Type3: glyph space to thousandths of text space.
    width_scale: f32,
}

impl Font {
    /// Loads a font dictionary; only the limits' problems are errors.
    pub(crate) fn load(store: &mut Store<'_>, dict: &Dict) -> Result<Font, FormatProblem> {
        let mut font = Font {
            width_scale: 1.0,
            default_width: 1000.0,
            default_vertical: (880.0, -1000.0),
            ..Font::default()
        };
        if let Object::Stream(stream) = store.key(dict, b"ToUnicode")? {
            match store.stream_data(&stream) {
                Ok(data) => font.to_unicode = Some(CMap::parse(&data)),
                Err(problem @ (FormatProblem::Bomb | FormatProblem::TooMuch { .. })) => {
                    return Err(problem)
                }
                Err(_) => {}
            }
        }
        if dict.name(b"Subtype") == Some(b"Type0") {
            font.composite = true;
            font.load_composite(store, dict)?;
        } else {
            font.load_simple(store, dict)?;
        }
        Ok(font)
    }

    /// The font of a `Tf` whose font is missing: one-byte codes, none decoded, half an em
    /// wide each.
    pub(crate) fn missing() -> Font {
        Font {
            spaces: vec![CodeSpace { low: vec![0], high: vec![0xff] }],
            simple: encoding::table(None, &[]),
            default_width: 500.0,
            width_scale: 1.0,
            ..Font::default()
        }
    }

    fn load_composite(&mut self, store: &mut Store<'_>, dict: &Dict) -> Result<(), FormatProblem> {
        let identity = vec![CodeSpace { low: vec![0, 0], high: vec![0xff, 0xff] }];
        match store.key(dict, b"Encoding")? {
            Object::Name(name) => {
                self.vertical = name.ends_with(b"-V");
                self.codes_are_utf16 = contains(&name, b"UCS2") || contains(&name, b"UTF16");
                self.predefined = Predefined::named(&name);
                self.spaces = if let Some(predefined) = &self.predefined {
                    // Its CIDs are GB1's whatever the descendant says: the CMap defines them.
                    self.gb1 = true;
                    predefined.spaces.clone()
                } else if contains(&name, b"UTF16") {
                    utf16_spaces()
                } else if name.starts_with(b"Identity") || self.codes_are_utf16 {
                    identity
                } else {
                    predefined_spaces(&name, self.to_unicode.as_ref())
                };
            }
            Object::Stream(stream) => {
                let data = match store.stream_data(&stream) {
                    Ok(data) => data,
                    Err(problem @ (FormatProblem::Bomb | FormatProblem::TooMuch { .. })) => {
                        return Err(problem)
                    }
                    Err(_) => Vec::new(),
                };
                let embedded = CMap::parse(&data);
                self.vertical = stream.dict.int(b"WMode") == Some(1)
                    || embedded.uses.as_deref().is_some_and(|u| u.ends_with(b"-V"));
                self.spaces =
                    if embedded.spaces.is_empty() { identity } else { embedded.spaces.clone() };
                if !embedded.cids.is_empty() {
                    self.cids = Some(embedded.cids);
                }
            }
            _ => self.spaces = identity,
        }
        let descendants = store.key(dict, b"DescendantFonts")?;
        let first = descendants.as_array().and_then(|a| a.first()).cloned().unwrap_or_default();
        let Object::Dict(cid_font) = store.resolve(&first)? else { return Ok(()) };
        self.gb1 = self.gb1 || gb1_cids(store, &cid_font)?;
        if let Some(dw) = store.key(&cid_font, b"DW")?.as_f32() {
            self.default_width = dw;
        }
        if let Object::Array(items) = store.key(&cid_font, b"W")? {
            let items = resolve_all(store, &items)?;
            self.widths = widths::cid_widths(&items);
        }
        if let Object::Array(items) = store.key(&cid_font, b"DW2")? {
            if let [vy, w1] = items.iter().filter_map(Object::as_f32).collect::<Vec<_>>().as_slice()
            {
                self.default_vertical = (*vy, *w1);
            }
        }
        if let Object::Array(items) = store.key(&cid_font, b"W2")? {
            let items = resolve_all(store, &items)?;
            self.vertical_metrics = widths::cid_vertical(&items);
        }
        Ok(())
    }

    fn load_simple(&mut self, store: &mut Store<'_>, dict: &Dict) -> Result<(), FormatProblem> {
        self.spaces = vec![CodeSpace { low: vec![0], high: vec![0xff] }];
        let subtype = dict.name(b"Subtype").unwrap_or_default().to_vec();
        let descriptor = match store.key(dict, b"FontDescriptor")? {
            Object::Dict(d) => d,
            _ => Dict::default(),
        };
        let flags = store.key(&descriptor, b"Flags")?.as_int().unwrap_or(0);
        let symbolic = flags & 4 != 0 && flags & 32 == 0;
        // Symbol and ZapfDingbats have their own encodings (no text to read in them).
        let base_font = dict.name(b"BaseFont").unwrap_or_default();
        let symbol_font = base_font.ends_with(b"Symbol") || base_font.ends_with(b"Dingbats");
        let default_base = match subtype.as_slice() {
            b"Type3" => None,
            _ if symbolic || symbol_font => None,
            b"TrueType" => encoding::base(b"WinAnsiEncoding"),
            _ => encoding::base(b"StandardEncoding"),
        };
        self.simple = match store.key(dict, b"Encoding")? {
            Object::Name(name) => encoding::table(encoding::base(&name).or(default_base), &[]),
            Object::Dict(enc) => {
                let base = enc.name(b"BaseEncoding").and_then(encoding::base).or(default_base);
                let differences = match store.key(&enc, b"Differences")? {
                    Object::Array(items) => items,
                    _ => Vec::new(),
                };
                encoding::table(base, &differences)
            }
            _ => encoding::table(default_base, &[]),
        };
        if subtype == b"Type3" {
            if let Object::Array(matrix) = store.key(dict, b"FontMatrix")? {
                if let Some(a) = matrix.first().and_then(Object::as_f32) {
                    self.width_scale = a * 1000.0;
                }
            } else {
                self.width_scale = 1.0;
            }
        }
        let first = store.key(dict, b"FirstChar")?.as_int().unwrap_or(0);
        match store.key(dict, b"Widths")? {
            Object::Array(items) => {
                let items = resolve_all(store, &items)?;
                self.widths = widths::simple_widths(first, &items);
                self.default_width =
                    store.key(&descriptor, b"MissingWidth")?.as_f32().unwrap_or(0.0);
            }
            // The standard 14 fonts come without widths: half an em is near their average.
            _ => self.default_width = 500.0,
        }
        Ok(())
    }

    /// Splits a shown string into its codes.
    pub(crate) fn codes(&self, bytes: &[u8]) -> Vec<Code> {
        cmap::split(&self.spaces, bytes)
            .into_iter()
            .map(|(code, len)| self.code(code, len))
            .collect()
    }

    fn code(&self, code: u32, len: usize) -> Code {
        let mapped = self.to_unicode.as_ref().and_then(|m| m.unicode.get(&code)).cloned();
        if !self.composite {
            let text = mapped.or_else(|| {
                self.simple.get(usize::try_from(code).unwrap_or(usize::MAX)).cloned().flatten()
            });
            let width =
                self.widths.get(&code).copied().unwrap_or(self.default_width) * self.width_scale;
            return Code { text, width, advance_y: 0.0, origin: (0.0, 0.0), is_space: code == 32 };
        }
        let cid = match (&self.cids, &self.predefined) {
            (Some(map), _) => map.get(&code).copied().unwrap_or(0),
            (None, Some(predefined)) => predefined.cid(code).unwrap_or(0),
            (None, None) => code,
        };
        let text = mapped.or_else(|| {
            if self.codes_are_utf16 {
                cmap::utf16(code.to_be_bytes().get(4 - len.clamp(1, 4)..).unwrap_or_default())
            } else if self.gb1 {
                gb1::unicode(cid).map(String::from)
            } else {
                None
            }
        });
        let width = self.widths.get(&cid).copied().unwrap_or(self.default_width);
        let (advance_y, vx, vy) = self.vertical_metrics.get(&cid).copied().unwrap_or((
            self.default_vertical.1,
            width / 2.0,
            self.default_vertical.0,
        ));
        Code { text, width, advance_y, origin: (vx, vy), is_space: len == 1 && code == 32 }
    }
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// The code spaces of the UTF-16 CMaps (UniGB-UTF16-H, …): two bytes, four for a surrogate
/// pair.
fn utf16_spaces() -> Vec<CodeSpace> {
    vec![
        CodeSpace { low: vec![0, 0], high: vec![0xd7, 0xff] },
        CodeSpace { low: vec![0xd8, 0, 0xdc, 0], high: vec![0xdb, 0xff, 0xdf, 0xff] },
        CodeSpace { low: vec![0xe0, 0], high: vec![0xff, 0xff] },
    ]
}

/// Whether a CID font's CIDs are Adobe-GB1's: its `/CIDSystemInfo` says Adobe and GB1 (any
/// supplement), and its CIDs are real collection CIDs. A CIDFontType0 (CFF) font's and a
/// non-embedded font's are (a viewer draws them by CID from a font of the collection); an
/// embedded TrueType font whose `/CIDToGIDMap` is Identity (or absent) counts glyph numbers of
/// its own file, whatever it claims, so its CIDs would read as the wrong characters.
fn gb1_cids(store: &mut Store<'_>, cid_font: &Dict) -> Result<bool, FormatProblem> {
    let Object::Dict(info) = store.key(cid_font, b"CIDSystemInfo")? else { return Ok(false) };
    let registry = store.key(&info, b"Registry")?;
    let ordering = store.key(&info, b"Ordering")?;
    if registry.as_str() != Some(b"Adobe") || ordering.as_str() != Some(b"GB1") {
        return Ok(false);
    }
    if cid_font.name(b"Subtype") != Some(b"CIDFontType2") {
        return Ok(true);
    }
    let embedded = match store.key(cid_font, b"FontDescriptor")? {
        Object::Dict(descriptor) => [&b"FontFile"[..], b"FontFile2", b"FontFile3"]
            .iter()
            .any(|k| descriptor.get(k).is_some()),
        _ => false,
    };
    let mapped = matches!(store.key(cid_font, b"CIDToGIDMap")?, Object::Stream(_));
    Ok(!embedded || mapped)
}

/// The code spaces of a predefined CMap that is not read: the ToUnicode map's own when it
/// has them, else the Chinese (and other CJK) multibyte layout: one byte up to 0x80, two
/// bytes from 0x81.
fn predefined_spaces(name: &[u8], to_unicode: Option<&CMap>) -> Vec<CodeSpace> {
    if let Some(spaces) = to_unicode.map(|m| &m.spaces).filter(|s| !s.is_empty()) {
        return spaces.clone();
    }
    let multibyte = [&b"GB"[..], b"B5", b"ETen", b"HKscs", b"KSC", b"EUC"];
    if multibyte.iter().any(|m| contains(name, m)) {
        vec![
            CodeSpace { low: vec![0], high: vec![0x80] },
            CodeSpace { low: vec![0x81, 0x40], high: vec![0xfe, 0xfe] },
        ]
    } else {
        vec![CodeSpace { low: vec![0, 0], high: vec![0xff, 0xff] }]
    }
}

/// An array's items with references resolved (widths arrays may hold them).
fn resolve_all(store: &mut Store<'_>, items: &[Object]) -> Result<Vec<Object>, FormatProblem> {
    items
        .iter()
        .map(|i| match i {
            Object::Ref(_) => store.resolve(i),
            other => Ok(other.clone()),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_cmaps_take_surrogate_pairs_as_one_code() {
        let font = Font {
            composite: true,
            codes_are_utf16: true,
            spaces: utf16_spaces(),
            default_width: 1000.0,
            ..Font::default()
        };
        // 中, U+20087 as a surrogate pair, then an unpaired high surrogate.
        let codes = font.codes(&[0x4e, 0x2d, 0xd8, 0x40, 0xdc, 0x87, 0xd8, 0x40]);
        let texts: Vec<Option<&str>> = codes.iter().map(|c| c.text.as_deref()).collect();
        assert_eq!(texts, [Some("中"), Some("\u{20087}"), None]);
    }

    #[test]
    fn gb1_cids_give_text_only_where_the_font_says_they_are_gb1() {
        let mut font = Font {
            composite: true,
            spaces: vec![CodeSpace { low: vec![0, 0], high: vec![0xff, 0xff] }],
            ..Font::default()
        };
        // CID 4559 is 中 in Adobe-GB1.
        assert_eq!(font.codes(&[0x11, 0xcf])[0].text, None);
        font.gb1 = true;
        assert_eq!(font.codes(&[0x11, 0xcf])[0].text.as_deref(), Some("中"));
        // GBK-EUC-H: 中 is D6 D0, then a one-byte "1".
        font.predefined = Predefined::named(b"GBK-EUC-H");
        font.spaces = font.predefined.as_ref().map(|p| p.spaces.clone()).unwrap_or_default();
        let texts: Vec<Option<String>> =
            font.codes(&[0xd6, 0xd0, 0x31]).into_iter().map(|c| c.text).collect();
        assert_eq!(texts, [Some("中".to_owned()), Some("1".to_owned())]);
    }
}
