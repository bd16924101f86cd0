//! The zip container of a workbook, entries stored uncompressed. Reusing the zip crate's
//! writer with deflate cost the page 115 KiB gzipped (measured: 340 → 455 KiB of wasm); a
//! stored zip is a few dozen lines, every spreadsheet program reads it, and the download
//! is a file on the user's disk, where its size matters little (30 reports ≈ 1 MB).

use crate::WriteError;

/// 1980-01-01 00:00 in MS-DOS form: a fixed date keeps the bytes deterministic.
const DOS_DATE: u16 = (1 << 5) | 1;
const DOS_TIME: u16 = 0;
/// Version 2.0 of the format: what stored entries need.
const VERSION: u16 = 20;

/// The zip of `parts` (name, content), in that order.
pub(crate) fn stored(parts: &[(String, Vec<u8>)]) -> Result<Vec<u8>, WriteError> {
    let table = crc_table();
    let mut out = Vec::new();
    let mut directory = Vec::new();
    for (name, data) in parts {
        let offset = u32_of(out.len())?;
        let size = u32_of(data.len())?;
        let name_len = u16::try_from(name.len()).map_err(|_| too_large())?;
        let crc = crc32(&table, data);
        out.extend_from_slice(&0x0403_4b50_u32.to_le_bytes());
        header(&mut out, crc, size, name_len);
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(data);

        directory.extend_from_slice(&0x0201_4b50_u32.to_le_bytes());
        directory.extend_from_slice(&VERSION.to_le_bytes()); // made by
        header(&mut directory, crc, size, name_len);
        directory.extend_from_slice(&0_u16.to_le_bytes()); // comment length
        directory.extend_from_slice(&0_u16.to_le_bytes()); // disk number
        directory.extend_from_slice(&0_u16.to_le_bytes()); // internal attributes
        directory.extend_from_slice(&0_u32.to_le_bytes()); // external attributes
        directory.extend_from_slice(&offset.to_le_bytes());
        directory.extend_from_slice(name.as_bytes());
    }
    let entries = u16::try_from(parts.len()).map_err(|_| too_large())?;
    let directory_at = u32_of(out.len())?;
    let directory_size = u32_of(directory.len())?;
    out.extend_from_slice(&directory);
    out.extend_from_slice(&0x0605_4b50_u32.to_le_bytes());
    out.extend_from_slice(&0_u16.to_le_bytes()); // this disk
    out.extend_from_slice(&0_u16.to_le_bytes()); // the directory's disk
    out.extend_from_slice(&entries.to_le_bytes());
    out.extend_from_slice(&entries.to_le_bytes());
    out.extend_from_slice(&directory_size.to_le_bytes());
    out.extend_from_slice(&directory_at.to_le_bytes());
    out.extend_from_slice(&0_u16.to_le_bytes()); // comment length
    u32_of(out.len())?;
    Ok(out)
}

/// The fields local and central headers share, from "version needed" to "extra length".
fn header(out: &mut Vec<u8>, crc: u32, size: u32, name_len: u16) {
    out.extend_from_slice(&VERSION.to_le_bytes());
    out.extend_from_slice(&0_u16.to_le_bytes()); // flags
    out.extend_from_slice(&0_u16.to_le_bytes()); // method: stored
    out.extend_from_slice(&DOS_TIME.to_le_bytes());
    out.extend_from_slice(&DOS_DATE.to_le_bytes());
    out.extend_from_slice(&crc.to_le_bytes());
    out.extend_from_slice(&size.to_le_bytes()); // compressed
    out.extend_from_slice(&size.to_le_bytes()); // uncompressed
    out.extend_from_slice(&name_len.to_le_bytes());
    out.extend_from_slice(&0_u16.to_le_bytes()); // extra length
}

fn u32_of(n: usize) -> Result<u32, WriteError> {
    u32::try_from(n).map_err(|_| too_large())
}

fn too_large() -> WriteError {
    WriteError("工作簿超过 4 GB，请分批导出 / over 4 GB: export fewer reports at once".to_owned())
}

/// The CRC-32 (IEEE) table, made when needed: 1 KiB of memory rather than of the module.
fn crc_table() -> [u32; 256] {
    let mut table = [0_u32; 256];
    for (n, slot) in (0_u32..).zip(table.iter_mut()) {
        let mut c = n;
        for _ in 0..8 {
            c = if c & 1 == 1 { 0xEDB8_8320 ^ (c >> 1) } else { c >> 1 };
        }
        *slot = c;
    }
    table
}

fn crc32(table: &[u32; 256], data: &[u8]) -> u32 {
    let mut crc = !0_u32;
    for &byte in data {
        let at = usize::from(u8::try_from((crc ^ u32::from(byte)) & 0xFF).unwrap_or(0));
        crc = table.get(at).copied().unwrap_or(0) ^ (crc >> 8);
    }
    !crc
}

#[cfg(test)]
mod tests {
    use super::{crc32, crc_table};

    #[test]
    fn crc_of_the_check_string() {
        assert_eq!(crc32(&crc_table(), b"123456789"), 0xCBF4_3926);
    }
}
