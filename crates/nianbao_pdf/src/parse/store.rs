//! The open file: objects by number through the cross-reference (or a recovery scan when it
//! is broken), object streams, decryption, and stream data decoded within the limits.

use std::collections::HashMap;

use nianbao_document::{Excess, FormatProblem};

use super::crypt::Crypt;
use super::filter::{self, Filter};
use super::indirect::{self, Endstreams};
use super::lexer::{Lexer, Token};
use super::limits::{MAX_DECODED, MAX_HOPS, MAX_LOADS, MAX_OBJECTS};
use super::object::{Dict, Object, Stream};
use super::recover;
use super::xref::{self, Entry, Xref};

/// An object stream's decoded bytes and where each object in it starts.
struct ObjectStream {
    data: Vec<u8>,
    offsets: Vec<usize>,
}

/// The open file.
pub(crate) struct Store<'a> {
    bytes: &'a [u8],
    endstreams: Endstreams<'a>,
    xref: Xref,
    /// Object headers found by scanning, built the first time an offset proves wrong.
    scanned: Option<HashMap<u32, Entry>>,
    crypt: Option<Crypt>,
    /// The `/Encrypt` dictionary's own number: its strings are not encrypted.
    encrypt_number: Option<u32>,
    cache: HashMap<u32, Object>,
    object_streams: HashMap<u32, Option<ObjectStream>>,
    loads: usize,
    decoded: usize,
}

impl<'a> Store<'a> {
    /// Opens a file: its cross-reference (recovered by scanning when broken) and its
    /// security handler.
    pub(crate) fn open(bytes: &'a [u8]) -> Result<Store<'a>, FormatProblem> {
        let endstreams = Endstreams::new(bytes);
        let read = xref::read(bytes, &endstreams);
        if let Err(problem @ FormatProblem::TooMuch { .. }) = read {
            return Err(problem);
        }
        let mut store = Store::with(bytes, endstreams, read.unwrap_or_default());
        if !store.root_is_readable() {
            let mut xref = recover::scan(bytes);
            let mut compressed: Vec<(u32, Entry)> = store
                .xref
                .entries
                .iter()
                .filter(|(_, e)| matches!(e, Entry::Compressed(..)))
                .map(|(n, e)| (*n, *e))
                .collect();
            compressed.sort_unstable_by_key(|(n, _)| *n);
            for (number, entry) in compressed {
                xref.entries.entry(number).or_insert(entry);
            }
            for (key, value) in &store.xref.trailer.0 {
                if xref.trailer.get(key).is_none() {
                    xref.trailer.0.push((key.clone(), value.clone()));
                }
            }
            store = Store::with(bytes, store.endstreams, xref);
            store.recover_structure()?;
        }
        store.open_crypt()?;
        Ok(store)
    }

    fn with(bytes: &'a [u8], endstreams: Endstreams<'a>, xref: Xref) -> Self {
        Store {
            bytes,
            endstreams,
            xref,
            scanned: None,
            crypt: None,
            encrypt_number: None,
            cache: HashMap::new(),
            object_streams: HashMap::new(),
            loads: 0,
            decoded: 0,
        }
    }

    fn root_is_readable(&mut self) -> bool {
        let root = self.xref.trailer.get(b"Root").cloned().unwrap_or_default();
        matches!(self.resolve(&root), Ok(Object::Dict(d)) if d.get(b"Pages").is_some())
    }

    /// After a scan: objects inside object streams, and the catalog when no trailer names it.
    fn recover_structure(&mut self) -> Result<(), FormatProblem> {
        let mut numbers: Vec<(u32, usize)> = self
            .xref
            .entries
            .iter()
            .filter_map(|(n, e)| match e {
                Entry::Offset(o) => Some((*n, *o)),
                Entry::Compressed(..) => None,
            })
            .collect();
        numbers.sort_unstable();
        for (number, offset) in numbers {
            let head = self.bytes.get(offset..).unwrap_or_default();
            let head = head.get(..head.len().min(400)).unwrap_or_default();
            let mentions = |word: &[u8]| head.windows(word.len()).any(|w| w == word);
            if mentions(b"/ObjStm") {
                let Ok(Object::Stream(stream)) = self.get(number) else { continue };
                let Ok(data) = self.stream_data(&stream) else { continue };
                for (index, contained) in
                    object_numbers(&stream.dict, &data).into_iter().enumerate()
                {
                    if self.xref.entries.len() < MAX_OBJECTS {
                        self.xref
                            .entries
                            .entry(contained)
                            .or_insert(Entry::Compressed(number, index));
                    }
                }
            } else if mentions(b"/XRef") || mentions(b"/Catalog") {
                let Ok(object) = self.get(number) else { continue };
                let Some(dict) = object.as_dict() else { continue };
                if dict.name(b"Type") == Some(b"Catalog")
                    && self.xref.trailer.get(b"Root").is_none()
                {
                    self.xref.trailer.0.push((b"Root".to_vec(), Object::Ref((number, 0))));
                }
                if dict.name(b"Type") == Some(b"XRef") {
                    for key in [&b"Root"[..], b"Encrypt", b"ID"] {
                        if let (None, Some(value)) = (self.xref.trailer.get(key), dict.get(key)) {
                            self.xref.trailer.0.push((key.to_vec(), value.clone()));
                        }
                    }
                }
            }
        }
        self.cache.clear();
        if self.root_is_readable() {
            Ok(())
        } else {
            Err(FormatProblem::Corrupt)
        }
    }

    fn open_crypt(&mut self) -> Result<(), FormatProblem> {
        let Some(encrypt) = self.xref.trailer.get(b"Encrypt").cloned() else { return Ok(()) };
        if let Object::Ref((number, _)) = encrypt {
            self.encrypt_number = Some(number);
        }
        let Object::Dict(dict) = self.resolve(&encrypt)? else { return Ok(()) };
        let ids = self.xref.trailer.get(b"ID").cloned().unwrap_or_default();
        let first_id = match self.resolve(&ids)? {
            Object::Array(items) => match items.first().map(|i| self.resolve(i)) {
                Some(Ok(Object::Str(id))) => id,
                _ => Vec::new(),
            },
            _ => Vec::new(),
        };
        self.crypt = Some(Crypt::open(&dict, &first_id)?);
        // Objects read before the key was known hold encrypted strings.
        self.cache.clear();
        Ok(())
    }

    /// The trailer dictionary (`/Root`, `/Encrypt`, `/ID`).
    pub(crate) fn trailer(&self) -> &Dict {
        &self.xref.trailer
    }

    /// An object by number; a missing or unreadable object is null.
    pub(crate) fn get(&mut self, number: u32) -> Result<Object, FormatProblem> {
        self.get_at(number, 0)
    }

    fn get_at(&mut self, number: u32, depth: usize) -> Result<Object, FormatProblem> {
        if let Some(object) = self.cache.get(&number) {
            return Ok(object.clone());
        }
        self.loads += 1;
        if self.loads > MAX_LOADS {
            return Err(FormatProblem::TooMuch { excess: Excess::Objects });
        }
        let object = match self.xref.entries.get(&number).copied() {
            Some(Entry::Offset(offset)) => match self.at_offset(number, offset)? {
                Some(object) => object,
                None => match self.scanned_offset(number) {
                    Some(offset) => self.at_offset(number, offset)?.unwrap_or_default(),
                    None => Object::Null,
                },
            },
            Some(Entry::Compressed(stream, index)) if depth == 0 => {
                self.compressed(stream, index)?.unwrap_or_default()
            }
            _ => Object::Null,
        };
        self.cache.insert(number, object.clone());
        Ok(object)
    }

    /// The object at an offset if its header names `number`; decrypted.
    fn at_offset(&mut self, number: u32, offset: usize) -> Result<Option<Object>, FormatProblem> {
        let bytes = self.bytes;
        let entries = &self.xref.entries;
        let endstreams = &self.endstreams;
        let mut length = |value: &Object| match value {
            Object::Ref((n, _)) => match entries.get(n) {
                Some(Entry::Offset(o)) => {
                    match indirect::read(bytes, *o, &mut |_| None, endstreams) {
                        Ok((_, Object::Int(len))) => usize::try_from(len).ok(),
                        _ => None,
                    }
                }
                _ => None,
            },
            other => other.as_int().and_then(|n| usize::try_from(n).ok()),
        };
        match indirect::read(bytes, offset, &mut length, endstreams) {
            Ok(((found, generation), mut object)) if found == number => {
                if let Some(crypt) = &self.crypt {
                    if self.encrypt_number != Some(number) {
                        crypt.strings_in((number, generation), &mut object);
                    }
                }
                Ok(Some(object))
            }
            Err(problem @ FormatProblem::TooDeep) => Err(problem),
            _ => Ok(None),
        }
    }

    fn scanned_offset(&mut self, number: u32) -> Option<usize> {
        let bytes = self.bytes;
        let scanned = self.scanned.get_or_insert_with(|| recover::scan(bytes).entries);
        match scanned.get(&number) {
            Some(Entry::Offset(offset)) => Some(*offset),
            _ => None,
        }
    }

    /// Object `index` of object stream `stream`.
    fn compressed(&mut self, stream: u32, index: usize) -> Result<Option<Object>, FormatProblem> {
        if !self.object_streams.contains_key(&stream) {
            let loaded = match self.get_at(stream, 1)? {
                Object::Stream(s) => match self.stream_data(&s) {
                    Ok(data) => {
                        let first =
                            s.dict.int(b"First").and_then(|f| usize::try_from(f).ok()).unwrap_or(0);
                        let offsets = object_offsets(&s.dict, &data)
                            .into_iter()
                            .map(|o| o.saturating_add(first))
                            .collect();
                        Some(ObjectStream { data, offsets })
                    }
                    Err(problem @ (FormatProblem::Bomb | FormatProblem::TooMuch { .. })) => {
                        return Err(problem)
                    }
                    Err(_) => None,
                },
                _ => None,
            };
            self.object_streams.insert(stream, loaded);
        }
        let Some(Some(objects)) = self.object_streams.get(&stream) else { return Ok(None) };
        let Some(&offset) = objects.offsets.get(index) else { return Ok(None) };
        let mut lexer = Lexer::new(&objects.data, offset);
        match lexer.token(0) {
            Ok(Token::Obj(object)) => Ok(Some(object)),
            Err(FormatProblem::TooDeep) => Err(FormatProblem::TooDeep),
            _ => Ok(None),
        }
    }

    /// Follows references to the object they name.
    pub(crate) fn resolve(&mut self, object: &Object) -> Result<Object, FormatProblem> {
        let mut current = object.clone();
        for _ in 0..MAX_HOPS {
            match current {
                Object::Ref((number, _)) => current = self.get(number)?,
                other => return Ok(other),
            }
        }
        Ok(Object::Null)
    }

    /// The resolved value of a dictionary key.
    pub(crate) fn key(&mut self, dict: &Dict, key: &[u8]) -> Result<Object, FormatProblem> {
        match dict.get(key) {
            Some(value) => self.resolve(value),
            None => Ok(Object::Null),
        }
    }

    /// A stream's data, decrypted and decoded.
    pub(crate) fn stream_data(&mut self, stream: &Stream) -> Result<Vec<u8>, FormatProblem> {
        let raw = self.bytes.get(stream.start..stream.end).unwrap_or_default();
        let decrypted;
        let raw = match &self.crypt {
            Some(crypt) if stream.dict.name(b"Type") != Some(b"XRef") => {
                decrypted = crypt.stream(stream.id, raw);
                decrypted.as_slice()
            }
            _ => raw,
        };
        let mut resolve = |o: &Object| self.resolve(o).unwrap_or_default();
        let filters = filters_of(&stream.dict, &mut resolve);
        if filters.iter().any(|f| filter::is_image_filter(&f.name)) {
            return Err(FormatProblem::Corrupt);
        }
        let data = filter::decode(&filters, raw)?;
        self.decoded = self.decoded.saturating_add(data.len());
        if self.decoded > MAX_DECODED {
            return Err(FormatProblem::Bomb);
        }
        Ok(data)
    }
}

/// The `/Filter` chain of a stream with each filter's `/DecodeParms`.
pub(crate) fn filters_of(dict: &Dict, resolve: &mut dyn FnMut(&Object) -> Object) -> Vec<Filter> {
    let names = match dict.get(b"Filter").or_else(|| dict.get(b"F")).map(&mut *resolve) {
        Some(Object::Name(name)) => vec![name],
        Some(Object::Array(items)) => {
            items.iter().filter_map(|i| resolve(i).as_name().map(<[u8]>::to_vec)).collect()
        }
        _ => Vec::new(),
    };
    let parms = match dict.get(b"DecodeParms").or_else(|| dict.get(b"DP")).map(&mut *resolve) {
        Some(Object::Dict(d)) => vec![d],
        Some(Object::Array(items)) => items
            .iter()
            .map(|i| match resolve(i) {
                Object::Dict(d) => d,
                _ => Dict::default(),
            })
            .collect(),
        _ => Vec::new(),
    };
    names
        .into_iter()
        .enumerate()
        .map(|(i, name)| Filter { name, parms: parms.get(i).cloned().unwrap_or_default() })
        .collect()
}

/// The `(number, offset)` header of an object stream, up to `/N` pairs.
fn header(dict: &Dict, data: &[u8]) -> Vec<(u32, usize)> {
    let count = usize::try_from(dict.int(b"N").unwrap_or(0)).unwrap_or(0).min(MAX_OBJECTS);
    let mut lexer = Lexer::new(data, 0);
    let mut pairs = Vec::new();
    while pairs.len() < count {
        let (Ok(Token::Obj(Object::Int(n))), Ok(Token::Obj(Object::Int(o)))) =
            (lexer.token(0), lexer.token(0))
        else {
            break;
        };
        let (Ok(n), Ok(o)) = (u32::try_from(n), usize::try_from(o)) else { break };
        pairs.push((n, o));
    }
    pairs
}

fn object_numbers(dict: &Dict, data: &[u8]) -> Vec<u32> {
    header(dict, data).into_iter().map(|(n, _)| n).collect()
}

fn object_offsets(dict: &Dict, data: &[u8]) -> Vec<usize> {
    header(dict, data).into_iter().map(|(_, o)| o).collect()
}
