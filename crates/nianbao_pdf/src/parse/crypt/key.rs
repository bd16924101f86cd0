//! The file key from the empty user password: algorithm 2 with the password check of
//! algorithm 6 (revisions 2 to 4), algorithms 2.A and 2.B (revisions 5 and 6).

use md5::Md5;
use sha2::{Digest, Sha256, Sha384, Sha512};

use super::{aes, rc4};
use crate::parse::object::{Dict, Object};

/// The padding the empty password becomes (algorithm 2, step a).
const PAD: [u8; 32] = [
    0x28, 0xBF, 0x4E, 0x5E, 0x4E, 0x75, 0x8A, 0x41, 0x64, 0x00, 0x4E, 0x56, 0xFF, 0xFA, 0x01, 0x08,
    0x2E, 0x2E, 0x00, 0xB6, 0xD0, 0x68, 0x3E, 0x80, 0x2F, 0x0C, 0xA9, 0xFE, 0x64, 0x53, 0x69, 0x7A,
];

/// The file key, or `None` when the empty password does not open the file.
pub(super) fn file_key(encrypt: &Dict, first_id: &[u8]) -> Option<Vec<u8>> {
    let revision = encrypt.int(b"R").unwrap_or(0);
    let user = encrypt.get(b"U").and_then(Object::as_str)?;
    if revision >= 5 {
        return key_v5(encrypt, user, revision);
    }
    let owner = encrypt.get(b"O").and_then(Object::as_str)?;
    let permissions = encrypt.int(b"P").unwrap_or(0);
    let length = if revision == 2 {
        5
    } else {
        usize::try_from(encrypt.int(b"Length").unwrap_or(40) / 8).ok()?.clamp(5, 16)
    };
    let mut hasher = Md5::new();
    hasher.update(PAD);
    hasher.update(owner.get(..32).unwrap_or(owner));
    #[expect(clippy::cast_possible_truncation, reason = "/P is a 32-bit field")]
    hasher.update((permissions as i32).to_le_bytes());
    hasher.update(first_id);
    let metadata = !matches!(encrypt.get(b"EncryptMetadata"), Some(Object::Bool(false)));
    if revision >= 4 && !metadata {
        hasher.update([0xff; 4]);
    }
    let mut digest = hasher.finalize().to_vec();
    if revision >= 3 {
        for _ in 0..50 {
            digest = Md5::digest(digest.get(..length).unwrap_or_default()).to_vec();
        }
    }
    let key = digest.get(..length)?.to_vec();
    let opens = if revision == 2 {
        rc4::apply(&key, &PAD).get(..32) == user.get(..32)
    } else {
        let mut hasher = Md5::new();
        hasher.update(PAD);
        hasher.update(first_id);
        let mut check = rc4::apply(&key, &hasher.finalize());
        for round in 1..=19_u8 {
            let round_key: Vec<u8> = key.iter().map(|b| b ^ round).collect();
            check = rc4::apply(&round_key, &check);
        }
        check.get(..16) == user.get(..16)
    };
    opens.then_some(key)
}

/// Revisions 5 and 6: SHA-2 hashes of the (empty) password with the salts in `/U`; the file
/// key is `/UE` decrypted with the hash.
fn key_v5(encrypt: &Dict, user: &[u8], revision: i64) -> Option<Vec<u8>> {
    let hash = user.get(..32)?;
    let validation_salt = user.get(32..40)?;
    let key_salt = user.get(40..48)?;
    let encrypted_key = encrypt.get(b"UE").and_then(Object::as_str)?;
    let digest = |salt: &[u8]| {
        if revision >= 6 {
            hash_2b(salt)
        } else {
            Sha256::digest(salt).to_vec()
        }
    };
    if digest(validation_salt) != hash {
        return None;
    }
    let intermediate = digest(key_salt);
    let key = aes::decrypt_raw(&intermediate, &[0; 16], encrypted_key.get(..32)?);
    (key.len() == 32).then_some(key)
}

/// Algorithm 2.B for the empty password and no user key data.
fn hash_2b(salt: &[u8]) -> Vec<u8> {
    let mut k = Sha256::digest(salt).to_vec();
    let mut round = 0_usize;
    loop {
        let block: Vec<u8> = k.repeat(64);
        let e = aes::encrypt_128(
            k.get(..16).unwrap_or_default(),
            k.get(16..32).unwrap_or_default(),
            &block,
        );
        let sum: u32 = e.iter().take(16).map(|b| u32::from(*b)).sum();
        k = match sum % 3 {
            0 => Sha256::digest(&e).to_vec(),
            1 => Sha384::digest(&e).to_vec(),
            _ => Sha512::digest(&e).to_vec(),
        };
        round += 1;
        let last = usize::from(e.last().copied().unwrap_or_default());
        if round >= 64 && last + 32 <= round {
            break;
        }
        if round > 4096 {
            break;
        }
    }
    k.truncate(32);
    k
}
