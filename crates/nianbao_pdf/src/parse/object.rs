//! The PDF object model: what the lexer reads and the store resolves.

/// An object number and generation: the address of an indirect object.
pub(crate) type Id = (u32, u16);

/// One PDF object.
#[derive(Debug, Clone, PartialEq, Default)]
pub(crate) enum Object {
    #[default]
    Null,
    Bool(bool),
    Int(i64),
    Real(f32),
    /// A literal or hexadecimal string, as bytes (decrypted once loaded).
    Str(Vec<u8>),
    /// A name without its slash, `#xx` escapes resolved.
    Name(Vec<u8>),
    Array(Vec<Object>),
    Dict(Dict),
    Stream(Stream),
    Ref(Id),
}

/// A dictionary: few keys each, so a list searched in order is enough.
#[derive(Debug, Clone, PartialEq, Default)]
pub(crate) struct Dict(pub(crate) Vec<(Vec<u8>, Object)>);

/// A stream: its dictionary and where its (still encoded, maybe encrypted) bytes lie.
#[derive(Debug, Clone, PartialEq, Default)]
pub(crate) struct Stream {
    pub(crate) dict: Dict,
    /// Byte range of the data in the file.
    pub(crate) start: usize,
    pub(crate) end: usize,
    /// The object the stream is (its decryption key depends on it).
    pub(crate) id: Id,
}

impl Dict {
    /// The value of a key, unresolved.
    pub(crate) fn get(&self, key: &[u8]) -> Option<&Object> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    /// The name value of a key (`/Type /Page` → `Page`).
    pub(crate) fn name(&self, key: &[u8]) -> Option<&[u8]> {
        self.get(key).and_then(Object::as_name)
    }

    /// The integer value of a key.
    pub(crate) fn int(&self, key: &[u8]) -> Option<i64> {
        self.get(key).and_then(Object::as_int)
    }
}

impl Object {
    pub(crate) fn as_int(&self) -> Option<i64> {
        match self {
            Object::Int(i) => Some(*i),
            #[expect(clippy::cast_possible_truncation, reason = "a real where an integer is due")]
            Object::Real(r) if r.is_finite() => Some(r.round() as i64),
            _ => None,
        }
    }

    pub(crate) fn as_f32(&self) -> Option<f32> {
        match self {
            #[expect(clippy::cast_precision_loss, reason = "geometry in f32")]
            Object::Int(i) => Some(*i as f32),
            Object::Real(r) if r.is_finite() => Some(*r),
            _ => None,
        }
    }

    pub(crate) fn as_name(&self) -> Option<&[u8]> {
        match self {
            Object::Name(n) => Some(n),
            _ => None,
        }
    }

    pub(crate) fn as_dict(&self) -> Option<&Dict> {
        match self {
            Object::Dict(d) => Some(d),
            Object::Stream(s) => Some(&s.dict),
            _ => None,
        }
    }

    pub(crate) fn as_array(&self) -> Option<&[Object]> {
        match self {
            Object::Array(a) => Some(a),
            _ => None,
        }
    }

    pub(crate) fn as_str(&self) -> Option<&[u8]> {
        match self {
            Object::Str(s) => Some(s),
            _ => None,
        }
    }
}
