//! The standard security handler (revisions 2 to 6: RC4 40 to 128 bits, AESV2, AESV3),
//! opened with the empty user password. Official documents are often protected with an owner
//! password only (no printing, no copying): their text is readable and is read. A file that
//! needs a user password is refused with [`FormatProblem::Encrypted`].

mod aes;
mod key;
mod rc4;

use nianbao_document::FormatProblem;

use super::object::{Dict, Id, Object};

/// How one kind of data (strings or streams) is encrypted.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Method {
    Identity,
    Rc4,
    AesV2,
    AesV3,
}

/// The opened security handler: the file key and the methods for strings and streams.
#[derive(Debug, Clone)]
pub(crate) struct Crypt {
    key: Vec<u8>,
    strings: Method,
    streams: Method,
}

impl Crypt {
    /// Opens the handler described by the `/Encrypt` dictionary with the empty password.
    pub(crate) fn open(encrypt: &Dict, first_id: &[u8]) -> Result<Crypt, FormatProblem> {
        if encrypt.name(b"Filter") != Some(b"Standard") {
            return Err(FormatProblem::Encrypted);
        }
        let version = encrypt.int(b"V").unwrap_or(0);
        let (strings, streams) = if version >= 4 {
            (method(encrypt, encrypt.name(b"StrF")), method(encrypt, encrypt.name(b"StmF")))
        } else {
            (Method::Rc4, Method::Rc4)
        };
        let key = key::file_key(encrypt, first_id).ok_or(FormatProblem::Encrypted)?;
        Ok(Crypt { key, strings, streams })
    }

    /// Decrypts a string of object `id`.
    pub(crate) fn string(&self, id: Id, data: &[u8]) -> Vec<u8> {
        self.apply(self.strings, id, data)
    }

    /// Decrypts the bytes of a stream of object `id`.
    pub(crate) fn stream(&self, id: Id, data: &[u8]) -> Vec<u8> {
        self.apply(self.streams, id, data)
    }

    fn apply(&self, method: Method, id: Id, data: &[u8]) -> Vec<u8> {
        match method {
            Method::Identity => data.to_vec(),
            Method::Rc4 => rc4::apply(&self.object_key(id, false), data),
            Method::AesV2 => aes::decrypt(&self.object_key(id, true), data),
            Method::AesV3 => aes::decrypt(&self.key, data),
        }
    }

    /// The per-object key of revisions 2 to 4 (the file key, the object number and
    /// generation, and `sAlT` for AES, through MD5).
    fn object_key(&self, (number, generation): Id, aes: bool) -> Vec<u8> {
        use md5::{Digest, Md5};
        let mut hasher = Md5::new();
        hasher.update(&self.key);
        hasher.update(number.to_le_bytes().get(..3).unwrap_or_default());
        hasher.update(generation.to_le_bytes());
        if aes {
            hasher.update(b"sAlT");
        }
        let digest = hasher.finalize();
        digest.get(..(self.key.len() + 5).min(16)).unwrap_or_default().to_vec()
    }

    /// Decrypts every string inside an object of `id` (streams are decrypted when decoded).
    pub(crate) fn strings_in(&self, id: Id, object: &mut Object) {
        match object {
            Object::Str(bytes) => *bytes = self.string(id, bytes),
            Object::Array(items) => items.iter_mut().for_each(|o| self.strings_in(id, o)),
            Object::Dict(dict) => dict.0.iter_mut().for_each(|(_, o)| self.strings_in(id, o)),
            Object::Stream(stream) => {
                stream.dict.0.iter_mut().for_each(|(_, o)| self.strings_in(id, o));
            }
            _ => {}
        }
    }
}

/// The method of a named crypt filter (`/StdCF` in `/CF`; `/Identity` is none).
fn method(encrypt: &Dict, filter: Option<&[u8]>) -> Method {
    let Some(name) = filter else { return Method::Identity };
    if name == b"Identity" {
        return Method::Identity;
    }
    let cfm = encrypt
        .get(b"CF")
        .and_then(Object::as_dict)
        .and_then(|cf| cf.get(name))
        .and_then(Object::as_dict)
        .and_then(|f| f.name(b"CFM"));
    match cfm {
        Some(b"AESV2") => Method::AesV2,
        Some(b"AESV3") => Method::AesV3,
        Some(b"None") => Method::Identity,
        _ => Method::Rc4,
    }
}
