//! AES in CBC mode: decrypting strings and streams (16-byte IV first, PKCS#7 padding) and the
//! encrypting step of revision 6's password hash.

use aes::cipher::consts::U16;
use aes::cipher::generic_array::GenericArray;

/// One AES block.
type Block = GenericArray<u8, U16>;
use aes::cipher::{BlockDecrypt, BlockEncrypt, KeyInit};
use aes::{Aes128, Aes256};

/// Decrypts `iv ‖ ciphertext` with a 16- or 32-byte key; damaged data gives what decrypts.
pub(super) fn decrypt(key: &[u8], data: &[u8]) -> Vec<u8> {
    let Some((iv, body)) = data.split_at_checked(16) else { return Vec::new() };
    let mut out = decrypt_raw(key, iv, body);
    if let Some(&pad) = out.last() {
        if (1..=16).contains(&pad) && usize::from(pad) <= out.len() {
            out.truncate(out.len() - usize::from(pad));
        }
    }
    out
}

/// CBC decryption without removing padding.
pub(super) fn decrypt_raw(key: &[u8], iv: &[u8], body: &[u8]) -> Vec<u8> {
    let mut previous: Block = GenericArray::clone_from_slice(iv.get(..16).unwrap_or(&[0; 16]));
    let mut out = Vec::with_capacity(body.len());
    let aes128 = Aes128::new_from_slice(key).ok();
    let aes256 = Aes256::new_from_slice(key).ok();
    for chunk in body.chunks_exact(16) {
        let mut block: Block = GenericArray::clone_from_slice(chunk);
        if let Some(cipher) = &aes128 {
            cipher.decrypt_block(&mut block);
        } else if let Some(cipher) = &aes256 {
            cipher.decrypt_block(&mut block);
        } else {
            return Vec::new();
        }
        for (b, p) in block.iter_mut().zip(previous.iter()) {
            *b ^= p;
        }
        out.extend_from_slice(&block);
        previous = GenericArray::clone_from_slice(chunk);
    }
    out
}

/// AES-128-CBC encryption without padding (the data is a multiple of 16 bytes).
pub(super) fn encrypt_128(key: &[u8], iv: &[u8], data: &[u8]) -> Vec<u8> {
    let Ok(cipher) = Aes128::new_from_slice(key) else { return Vec::new() };
    let mut previous: Block = GenericArray::clone_from_slice(iv.get(..16).unwrap_or(&[0; 16]));
    let mut out = Vec::with_capacity(data.len());
    for chunk in data.chunks_exact(16) {
        let mut block: Block = GenericArray::clone_from_slice(chunk);
        for (b, p) in block.iter_mut().zip(previous.iter()) {
            *b ^= p;
        }
        cipher.encrypt_block(&mut block);
        out.extend_from_slice(&block);
        previous = block;
    }
    out
}
