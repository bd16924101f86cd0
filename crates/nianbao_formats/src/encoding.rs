//! Bytes → text: UTF-8, UTF-16 with a byte-order mark, and GB18030 (a superset of GBK and
//! GB2312, which Chinese portals still serve).

/// Decodes a text or HTML file, or `None` when the bytes are not text at all.
///
/// Order: a byte-order mark wins; then a `charset=` declared in the first bytes (HTML
/// `<meta>`); then UTF-8 if the bytes are valid UTF-8; otherwise GB18030.
pub(crate) fn decode(bytes: &[u8]) -> Option<String> {
    let text = if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        String::from_utf8_lossy(rest).into_owned()
    } else if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        utf16(rest, u16::from_le_bytes)
    } else if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        utf16(rest, u16::from_be_bytes)
    } else if declares_chinese_legacy_charset(bytes) {
        gb18030(bytes)
    } else {
        match std::str::from_utf8(bytes) {
            Ok(text) => text.to_owned(),
            Err(_) => gb18030(bytes),
        }
    };
    looks_like_text(&text).then_some(text)
}

fn utf16(bytes: &[u8], from: fn([u8; 2]) -> u16) -> String {
    let units = bytes
        .chunks_exact(2)
        .map(|pair| from([pair.first().copied().unwrap_or(0), pair.get(1).copied().unwrap_or(0)]));
    char::decode_utf16(units).map(|r| r.unwrap_or(char::REPLACEMENT_CHARACTER)).collect()
}

/// `<meta charset=gbk>`, `content="text/html; charset=gb2312"` and the like.
fn declares_chinese_legacy_charset(bytes: &[u8]) -> bool {
    let head: Vec<u8> = bytes.iter().take(4096).map(u8::to_ascii_lowercase).collect();
    let needle = b"charset";
    head.windows(needle.len()).enumerate().filter(|(_, w)| *w == needle).any(|(at, _)| {
        let label: Vec<u8> = head
            .iter()
            .skip(at + needle.len())
            .skip_while(|b| matches!(b, b' ' | b'=' | b'"' | b'\''))
            .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_'))
            .copied()
            .collect();
        matches!(
            label.as_slice(),
            b"gbk" | b"gb2312" | b"gb18030" | b"x-gbk" | b"cp936" | b"euc-cn"
        )
    })
}

/// Random bytes decode to a soup of control characters and replacement characters; real
/// text has almost none. Counted on the UTF-8 bytes: C0 controls and DEL are single bytes,
/// C1 controls are `C2 80..=9F`, the replacement character is `EF BF BD`.
fn looks_like_text(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut odd = 0_usize;
    // Only these bytes can start an odd character. Blocks without one are skipped with a
    // test the compiler vectorises (a 40 MB page is scanned in milliseconds).
    let suspect = |b: u8| {
        (b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0C))
            || b == 0x7F
            || b == 0xC2
            || b == 0xEF
    };
    const BLOCK: usize = 64;
    for (index, block) in bytes.chunks(BLOCK).enumerate() {
        if !block.iter().fold(false, |any, &b| any | suspect(b)) {
            continue;
        }
        for (offset, &b) in block.iter().enumerate() {
            let at = index * BLOCK + offset;
            match b {
                0 => return false,
                b'\n' | b'\r' | b'\t' | 0x0C => {}
                0x01..=0x1F | 0x7F => odd += 1,
                0xC2 if bytes.get(at + 1).is_some_and(|n| (0x80..=0x9F).contains(n)) => odd += 1,
                0xEF if bytes.get(at + 1..at + 3) == Some(&[0xBF, 0xBD]) => odd += 1,
                _ => {}
            }
        }
    }
    let chars = bytes.iter().filter(|&&b| b & 0xC0 != 0x80).count();
    // At most one odd character in 200: a stray replacement character in a real page is
    // fine, 1 in 8 bytes being a control code is not.
    chars > 0 && odd * 200 <= chars
}

#[cfg(not(target_arch = "wasm32"))]
fn gb18030(bytes: &[u8]) -> String {
    encoding_rs::GB18030.decode_without_bom_handling(bytes).0.into_owned()
}

#[cfg(target_arch = "wasm32")]
fn gb18030(bytes: &[u8]) -> String {
    let options = web_sys::TextDecoderOptions::new();
    web_sys::TextDecoder::new_with_label_and_options("gb18030", &options)
        .and_then(|decoder| decoder.decode_with_u8_array(bytes))
        .unwrap_or_else(|_| String::from_utf8_lossy(bytes).into_owned())
}

#[cfg(test)]
mod tests {
    use super::decode;

    #[test]
    fn reads_every_encoding_of_the_same_words() {
        let words = "三、收到和处理政府信息公开申请情况";
        let mut utf16le = vec![0xFF, 0xFE];
        utf16le.extend(words.encode_utf16().flat_map(u16::to_le_bytes));
        let mut utf16be = vec![0xFE, 0xFF];
        utf16be.extend(words.encode_utf16().flat_map(u16::to_be_bytes));
        let gbk = encoding_rs::GBK.encode(words).0.into_owned();
        for bytes in [words.as_bytes().to_vec(), utf16le, utf16be, gbk] {
            assert_eq!(decode(&bytes).as_deref(), Some(words));
        }
    }

    #[test]
    fn refuses_control_soup() {
        let noise: Vec<u8> =
            (0..4096_u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 24) as u8).collect();
        assert_eq!(decode(&noise), None);
    }
}
