//! Bytes into PDF objects and keywords: numbers, strings (literal with escapes, hex), names
//! with `#xx`, arrays, dictionaries and `N G R` references, nested no deeper than
//! [`MAX_DEPTH`]. Used for the file's objects and for content streams and CMaps alike.

use nianbao_document::FormatProblem;

use super::object::{Dict, Object};

/// Arrays and dictionaries nested deeper than this are refused ([`FormatProblem::TooDeep`]):
/// real files nest a handful of levels, and recursion must stay off the stack's edge.
pub(crate) const MAX_DEPTH: usize = 64;

/// What the lexer read next.
#[derive(Debug, PartialEq)]
pub(crate) enum Token<'a> {
    Obj(Object),
    /// A bare word: an operator in a content stream, `obj`, `stream`, `endobj`, … in a file.
    Keyword(&'a [u8]),
    ArrayEnd,
    DictEnd,
    Eof,
}

/// A reading position in a byte string.
pub(crate) struct Lexer<'a> {
    pub(crate) bytes: &'a [u8],
    pub(crate) pos: usize,
}

pub(crate) fn is_white(byte: u8) -> bool {
    matches!(byte, b'\0' | b'\t' | b'\n' | b'\x0c' | b'\r' | b' ')
}

pub(crate) fn is_delimiter(byte: u8) -> bool {
    matches!(byte, b'(' | b')' | b'<' | b'>' | b'[' | b']' | b'{' | b'}' | b'/' | b'%')
}

fn is_regular(byte: u8) -> bool {
    !is_white(byte) && !is_delimiter(byte)
}

fn hex_value(byte: u8) -> Option<u8> {
    match byte {
        b'0'..=b'9' => Some(byte - b'0'),
        b'a'..=b'f' => Some(byte - b'a' + 10),
        b'A'..=b'F' => Some(byte - b'A' + 10),
        _ => None,
    }
}

impl<'a> Lexer<'a> {
    pub(crate) fn new(bytes: &'a [u8], pos: usize) -> Self {
        Lexer { bytes, pos }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn peek_at(&self, ahead: usize) -> Option<u8> {
        self.bytes.get(self.pos.saturating_add(ahead)).copied()
    }

    /// Skips whitespace and comments.
    pub(crate) fn skip_white(&mut self) {
        while let Some(byte) = self.peek() {
            if is_white(byte) {
                self.pos += 1;
            } else if byte == b'%' {
                while let Some(b) = self.peek() {
                    if b == b'\n' || b == b'\r' {
                        break;
                    }
                    self.pos += 1;
                }
            } else {
                break;
            }
        }
    }

    /// The rest of the input from the current position.
    pub(crate) fn rest(&self) -> &'a [u8] {
        self.bytes.get(self.pos..).unwrap_or_default()
    }

    /// Reads the next token; arrays and dictionaries are read whole.
    pub(crate) fn token(&mut self, depth: usize) -> Result<Token<'a>, FormatProblem> {
        if depth > MAX_DEPTH {
            return Err(FormatProblem::TooDeep);
        }
        self.skip_white();
        let Some(byte) = self.peek() else {
            return Ok(Token::Eof);
        };
        match byte {
            b'/' => {
                self.pos += 1;
                Ok(Token::Obj(Object::Name(self.name())))
            }
            b'(' => {
                self.pos += 1;
                Ok(Token::Obj(Object::Str(self.literal())))
            }
            b'<' if self.peek_at(1) == Some(b'<') => {
                self.pos += 2;
                self.dict(depth).map(|d| Token::Obj(Object::Dict(d)))
            }
            b'<' => {
                self.pos += 1;
                Ok(Token::Obj(Object::Str(self.hex())))
            }
            b'>' if self.peek_at(1) == Some(b'>') => {
                self.pos += 2;
                Ok(Token::DictEnd)
            }
            b'[' => {
                self.pos += 1;
                self.array(depth).map(|a| Token::Obj(Object::Array(a)))
            }
            b']' => {
                self.pos += 1;
                Ok(Token::ArrayEnd)
            }
            b'0'..=b'9' | b'+' | b'-' | b'.' => Ok(Token::Obj(self.number())),
            _ if is_regular(byte) => {
                let start = self.pos;
                while self.peek().is_some_and(is_regular) {
                    self.pos += 1;
                }
                let word = self.bytes.get(start..self.pos).unwrap_or_default();
                Ok(match word {
                    b"true" => Token::Obj(Object::Bool(true)),
                    b"false" => Token::Obj(Object::Bool(false)),
                    b"null" => Token::Obj(Object::Null),
                    _ => Token::Keyword(word),
                })
            }
            _ => {
                // A stray delimiter (`)`, `>`, `{`, `}`): a one-byte keyword.
                let start = self.pos;
                self.pos += 1;
                Ok(Token::Keyword(self.bytes.get(start..self.pos).unwrap_or_default()))
            }
        }
    }

    /// Reads one object; a keyword or a closing bracket where an object is due is corrupt.
    pub(crate) fn object(&mut self, depth: usize) -> Result<Object, FormatProblem> {
        match self.token(depth)? {
            Token::Obj(object) => Ok(object),
            _ => Err(FormatProblem::Corrupt),
        }
    }

    fn name(&mut self) -> Vec<u8> {
        let mut name = Vec::new();
        while let Some(byte) = self.peek() {
            if !is_regular(byte) {
                break;
            }
            self.pos += 1;
            if byte == b'#' {
                if let (Some(h), Some(l)) =
                    (self.peek().and_then(hex_value), self.peek_at(1).and_then(hex_value))
                {
                    self.pos += 2;
                    name.push(h << 4 | l);
                    continue;
                }
            }
            name.push(byte);
        }
        name
    }

    fn literal(&mut self) -> Vec<u8> {
        let mut out = Vec::new();
        let mut nesting = 0_usize;
        while let Some(byte) = self.peek() {
            self.pos += 1;
            match byte {
                b'(' => {
                    nesting += 1;
                    out.push(byte);
                }
                b')' if nesting == 0 => break,
                b')' => {
                    nesting -= 1;
                    out.push(byte);
                }
                b'\\' => self.escape(&mut out),
                b'\r' => {
                    // An end of line in a string reads as `\n` whatever its bytes.
                    if self.peek() == Some(b'\n') {
                        self.pos += 1;
                    }
                    out.push(b'\n');
                }
                _ => out.push(byte),
            }
        }
        out
    }

    fn escape(&mut self, out: &mut Vec<u8>) {
        let Some(byte) = self.peek() else { return };
        self.pos += 1;
        match byte {
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'0'..=b'7' => {
                let mut value = u32::from(byte - b'0');
                for _ in 0..2 {
                    match self.peek() {
                        Some(d @ b'0'..=b'7') => {
                            value = value * 8 + u32::from(d - b'0');
                            self.pos += 1;
                        }
                        _ => break,
                    }
                }
                out.push(u8::try_from(value & 0xff).unwrap_or_default());
            }
            b'\r' => {
                if self.peek() == Some(b'\n') {
                    self.pos += 1;
                }
            }
            b'\n' => {}
            _ => out.push(byte),
        }
    }

    fn hex(&mut self) -> Vec<u8> {
        let mut out = Vec::new();
        let mut high: Option<u8> = None;
        while let Some(byte) = self.peek() {
            self.pos += 1;
            if byte == b'>' {
                break;
            }
            let Some(value) = hex_value(byte) else { continue };
            match high.take() {
                Some(h) => out.push(h << 4 | value),
                None => high = Some(value),
            }
        }
        if let Some(h) = high {
            out.push(h << 4);
        }
        out
    }

    fn number(&mut self) -> Object {
        let start = self.pos;
        let mut negative = false;
        while let Some(sign @ (b'+' | b'-')) = self.peek() {
            negative ^= sign == b'-';
            self.pos += 1;
        }
        let mut int: i64 = 0;
        let mut overflow = false;
        let mut real = false;
        let mut frac = 0.0_f64;
        let mut scale = 0.1_f64;
        let mut whole = 0.0_f64;
        while let Some(byte) = self.peek() {
            match byte {
                b'0'..=b'9' => {
                    let digit = byte - b'0';
                    if real {
                        frac += f64::from(digit) * scale;
                        scale /= 10.0;
                    } else {
                        whole = whole * 10.0 + f64::from(digit);
                        match int.checked_mul(10).and_then(|i| i.checked_add(i64::from(digit))) {
                            Some(i) => int = i,
                            None => overflow = true,
                        }
                    }
                }
                b'.' if !real => real = true,
                _ => break,
            }
            self.pos += 1;
        }
        if self.pos == start {
            self.pos += 1;
        }
        if real || overflow {
            let value = whole + frac;
            #[expect(clippy::cast_possible_truncation, reason = "geometry in f32")]
            let value = (if negative { -value } else { value }) as f32;
            return Object::Real(if value.is_finite() { value } else { 0.0 });
        }
        let int = if negative { -int } else { int };
        if int >= 0 {
            if let Some(reference) = self.reference(int) {
                return reference;
            }
        }
        Object::Int(int)
    }

    /// After a non-negative integer: `G R` makes it a reference.
    fn reference(&mut self, number: i64) -> Option<Object> {
        let save = self.pos;
        let found = (|| {
            if !self.peek().is_some_and(is_white) {
                return None;
            }
            self.skip_white();
            let start = self.pos;
            while self.peek().is_some_and(|b| b.is_ascii_digit()) {
                self.pos += 1;
            }
            let digits = self.bytes.get(start..self.pos)?;
            if digits.is_empty() || digits.len() > 5 || !self.peek().is_some_and(is_white) {
                return None;
            }
            self.skip_white();
            if self.peek() != Some(b'R') || self.peek_at(1).is_some_and(is_regular) {
                return None;
            }
            self.pos += 1;
            let generation = std::str::from_utf8(digits).ok()?.parse::<u16>().ok()?;
            Some(Object::Ref((u32::try_from(number).ok()?, generation)))
        })();
        if found.is_none() {
            self.pos = save;
        }
        found
    }

    fn array(&mut self, depth: usize) -> Result<Vec<Object>, FormatProblem> {
        let mut items = Vec::new();
        loop {
            match self.token(depth + 1)? {
                Token::Obj(object) => items.push(object),
                Token::ArrayEnd | Token::Eof => return Ok(items),
                Token::DictEnd => {}
                Token::Keyword(word) if is_structure(word) => return Err(FormatProblem::Corrupt),
                Token::Keyword(_) => {}
            }
        }
    }

    fn dict(&mut self, depth: usize) -> Result<Dict, FormatProblem> {
        let mut entries = Vec::new();
        loop {
            match self.token(depth + 1)? {
                Token::Obj(Object::Name(key)) => match self.token(depth + 1)? {
                    Token::Obj(value) => set(&mut entries, key, value),
                    Token::DictEnd | Token::Eof => return Ok(Dict(entries)),
                    Token::Keyword(word) if is_structure(word) => {
                        return Err(FormatProblem::Corrupt)
                    }
                    Token::ArrayEnd | Token::Keyword(_) => {}
                },
                Token::DictEnd | Token::Eof => return Ok(Dict(entries)),
                Token::Keyword(word) if is_structure(word) => return Err(FormatProblem::Corrupt),
                Token::Obj(_) | Token::ArrayEnd | Token::Keyword(_) => {}
            }
        }
    }
}

/// Keys of a dictionary checked for repeats (real dictionaries have a few dozen).
const DEDUPLICATED: usize = 256;

/// Keywords that end an object: met inside an array or dictionary, the object is broken.
fn is_structure(word: &[u8]) -> bool {
    matches!(word, b"endobj" | b"stream" | b"endstream" | b"obj" | b"xref" | b"trailer")
}

/// A later key replaces an earlier one, as readers do (in dictionaries of ordinary size:
/// past [`DEDUPLICATED`] keys, a crafted one, the first stays, to keep reading linear).
fn set(entries: &mut Vec<(Vec<u8>, Object)>, key: Vec<u8>, value: Object) {
    if entries.len() >= DEDUPLICATED {
        entries.push((key, value));
    } else if let Some(entry) = entries.iter_mut().find(|(k, _)| *k == key) {
        entry.1 = value;
    } else {
        entries.push((key, value));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str) -> Object {
        Lexer::new(text.as_bytes(), 0).object(0).unwrap()
    }

    #[test]
    fn reads_numbers_strings_names_and_references() {
        assert_eq!(one("-12"), Object::Int(-12));
        assert_eq!(one("-.5"), Object::Real(-0.5));
        assert_eq!(one("(a\\(b\\)\\101\\\nc)"), Object::Str(b"a(b)Ac".to_vec()));
        assert_eq!(one("<4e6F7>"), Object::Str(vec![0x4e, 0x6f, 0x70]));
        assert_eq!(one("/A#20B"), Object::Name(b"A B".to_vec()));
        assert_eq!(one("[1 0 R 2]"), Object::Array(vec![Object::Ref((1, 0)), Object::Int(2)]));
        let dict = one("<</K 1 0 RG>>");
        assert_eq!(dict.as_dict().unwrap().int(b"K"), Some(1));
    }

    #[test]
    fn refuses_deep_nesting() {
        let deep = "[".repeat(10_000);
        assert_eq!(Lexer::new(deep.as_bytes(), 0).object(0), Err(FormatProblem::TooDeep));
    }
}
