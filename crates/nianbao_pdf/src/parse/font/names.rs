//! Glyph names to Unicode: the Adobe Glyph List names of the Latin encodings, `uniXXXX…`,
//! `uXXXX[XX]`, ligatures joined with `_` and suffixes after `.` dropped. Names that say
//! nothing (`g123`, `cid123`, `glyph5`) give `None`.

use super::latin::GLYPH_NAMES;

/// The text of a glyph name, if it says one.
pub(crate) fn unicode(name: &[u8]) -> Option<String> {
    let name = std::str::from_utf8(name).ok()?;
    let base = name.split('.').next().unwrap_or(name);
    if base.is_empty() {
        return None;
    }
    if base.contains('_') {
        return base.split('_').map(one).collect::<Option<String>>();
    }
    one(base)
}

fn one(name: &str) -> Option<String> {
    if let Ok(found) = GLYPH_NAMES.binary_search_by(|(n, _)| n.cmp(&name)) {
        return GLYPH_NAMES.get(found).map(|(_, c)| c.to_string());
    }
    if let Some(hex) = name.strip_prefix("uni") {
        if hex.len() >= 4 && hex.len() % 4 == 0 {
            let units: Option<Vec<u16>> = (0..hex.len() / 4)
                .map(|i| hex.get(i * 4..i * 4 + 4).and_then(|h| u16::from_str_radix(h, 16).ok()))
                .collect();
            return char::decode_utf16(units?).collect::<Result<String, _>>().ok();
        }
    }
    if let Some(hex) = name.strip_prefix('u') {
        if (4..=6).contains(&hex.len()) {
            return u32::from_str_radix(hex, 16).ok().and_then(char::from_u32).map(String::from);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_names() {
        assert_eq!(unicode(b"quotedblleft").as_deref(), Some("\u{201c}"));
        assert_eq!(unicode(b"uni4E2D6587").as_deref(), Some("中文"));
        assert_eq!(unicode(b"u1F600").as_deref(), Some("😀"));
        assert_eq!(unicode(b"f_i").as_deref(), Some("fi"));
        assert_eq!(unicode(b"seven.oldstyle").as_deref(), Some("7"));
        assert_eq!(unicode(b"g123"), None);
    }
}
