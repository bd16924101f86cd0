#!/usr/bin/env python3
"""Writes crates/nianbao_pdf/src/parse/font/gb1_table.rs: the Adobe-GB1 character collection's
CID → Unicode table and the predefined GB CMaps (GBK-EUC-H/V, GB-EUC-H/V: bytes → CID), for
fonts without a ToUnicode map.

Source: Debian's poppler-data (0.4.12-1 made the committed file), /usr/share/poppler/cMap/
Adobe-GB1/: Adobe-GB1-UCS2 (CID → UTF-16, Adobe's own table) and the CMaps named above.
Adobe-GB1-UCS2 is taken rather than poppler's cidToUnicode/Adobe-GB1 because it gives the
half-width CIDs 814–907 (the Roman digits and letters of GBK-EUC-H's single bytes) as ASCII,
not as full-width forms, and the vertical punctuation CIDs as the punctuation they stand for,
not as presentation forms; and it has every CID. A variation selector after a character
(U+FE00, 10 CIDs) is dropped: the text is the character. U+FFFD (CID 0, .notdef) is "none".

Encoding (the table goes into the wasm reader, so it is small):
  GB1: one varint per CID in blocks of BLOCK CIDs; 0 = no character, else zigzag(cp − (prev + 1))
       + 1 where prev is the previous character's code point in the block (0 at its start), so
       runs of consecutive code points are one byte each; BLOCK_AT holds where each block starts.
  CMaps: cidrange triples as varints: gap = low − (previous high + 1), span = high − low,
       zigzag(cid − (previous range's last cid + 1)); ranges sorted, never overlapping. A V map
       holds only the ranges it overrides in its H map (it `usecmap`s it). Its code space
       ranges are given as they are. `notdefrange`s are left out: those codes have no text.

Needs rustfmt (the output is formatted as `cargo fmt` would).
Run:
  python3 scripts/make_gb1_table.py           # writes the file
  python3 scripts/make_gb1_table.py --check   # exit 1 when the committed file differs
"""
import pathlib, re, subprocess, sys

SOURCE = pathlib.Path("/usr/share/poppler/cMap/Adobe-GB1")
ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "crates/nianbao_pdf/src/parse/font/gb1_table.rs"
BLOCK = 64
CMAPS = [("GBK_EUC", "GBK-EUC-H", "GBK-EUC-V"), ("GB_EUC", "GB-EUC-H", "GB-EUC-V")]


def varint(n):
    assert n >= 0
    out = bytearray()
    while True:
        low, n = n & 0x7F, n >> 7
        if n:
            out.append(low | 0x80)
        else:
            out.append(low)
            return bytes(out)


def zigzag(n):
    return n << 1 if n >= 0 else ((-n) << 1) - 1


def text(name):
    return (SOURCE / name).read_text(encoding="latin-1")


def sections(body, begin, end):
    return re.findall(rf"\b{begin}\b(.*?)\b{end}\b", body, re.S)


def cid_to_unicode():
    """CID → code point (None: no character) from Adobe-GB1-UCS2."""
    body = text("Adobe-GB1-UCS2")
    utf16 = {}
    for section in sections(body, "beginbfchar", "endbfchar"):
        for cid, target in re.findall(r"<(\w+)>\s*<(\w+)>", section):
            utf16[int(cid, 16)] = bytes.fromhex(target)
    for section in sections(body, "beginbfrange", "endbfrange"):
        assert "[" not in section, "array ranges are not expected in Adobe-GB1-UCS2"
        for low, high, start in re.findall(r"<(\w+)>\s*<(\w+)>\s*<(\w+)>", section):
            low, high, start = int(low, 16), int(high, 16), int(start, 16)
            assert start + high - low <= 0xFFFF
            for offset in range(high - low + 1):
                utf16[low + offset] = (start + offset).to_bytes(2, "big")
    table = []
    for cid in range(max(utf16) + 1):
        chars = utf16.get(cid, b"").decode("utf-16-be")
        chars = "".join(c for c in chars if not 0xFE00 <= ord(c) <= 0xFE0F)
        assert len(chars) <= 1, (cid, chars)
        table.append(ord(chars) if chars and chars != "\ufffd" else None)
    return table


def encode_gb1(table):
    data, starts = bytearray(), []
    for cid, cp in enumerate(table):
        if cid % BLOCK == 0:
            starts.append(len(data))
            prev = 0
        if cp is None:
            data.append(0)
        else:
            data += varint(zigzag(cp - (prev + 1)) + 1)
            prev = cp
    assert len(data) < 1 << 32
    return bytes(data), starts


def cmap(name):
    """(code space ranges, sorted cidranges) of a predefined CMap, cidchars as 1-long ranges."""
    body = text(name)
    spaces = []
    for section in sections(body, "begincodespacerange", "endcodespacerange"):
        spaces += [(bytes.fromhex(a), bytes.fromhex(b)) for a, b in re.findall(r"<(\w+)>\s*<(\w+)>", section)]
    ranges = []
    for section in sections(body, "begincidrange", "endcidrange"):
        ranges += [(int(a, 16), int(b, 16), int(c)) for a, b, c in re.findall(r"<(\w+)>\s*<(\w+)>\s*(\d+)", section)]
    for section in sections(body, "begincidchar", "endcidchar"):
        ranges += [(int(a, 16), int(a, 16), int(c)) for a, c in re.findall(r"<(\w+)>\s*(\d+)", section)]
    ranges.sort()
    assert all(a[1] < b[0] for a, b in zip(ranges, ranges[1:])), f"{name}: overlapping ranges"
    return spaces, ranges


def encode_ranges(ranges):
    data, high, last_cid = bytearray(), -1, -1
    for low, new_high, cid in ranges:
        data += varint(low - (high + 1)) + varint(new_high - low) + varint(zigzag(cid - (last_cid + 1)))
        high, last_cid = new_high, cid + new_high - low
    return bytes(data)


def byte_string(data, indent="    "):
    """A Rust byte string literal, wrapped; every byte escaped that a line break could eat."""
    out, line = [], ""
    for b in data:
        piece = chr(b) if 0x21 <= b <= 0x7E and chr(b) not in '"\\' else f"\\x{b:02x}"
        if len(line) + len(piece) > 96:
            out.append(line)
            line = ""
        line += piece
    out.append(line)
    return 'b"\\\n' + "\\\n".join(indent + l for l in out) + '"'


def numbers(values, per_line=16):
    rows = [", ".join(str(v) for v in values[i:i + per_line]) for i in range(0, len(values), per_line)]
    return "[\n" + "".join(f"    {r},\n" for r in rows) + "]"


def render():
    table = cid_to_unicode()
    data, starts = encode_gb1(table)
    lines = [
        "//! Generated by scripts/make_gb1_table.py from Debian poppler-data's Adobe-GB1 files",
        "//! (Adobe-GB1-UCS2 and the predefined CMaps); see the script for the encoding. Do not edit.",
        "",
        f"/// CIDs in the table (0 to {len(table) - 1}).",
        f"pub(super) const CIDS: u32 = {len(table)};",
        "/// CIDs per block of [`GB1`].",
        f"pub(super) const BLOCK: u32 = {BLOCK};",
        "/// Where each block of [`GB1`] starts.",
        f"pub(super) static BLOCK_AT: [u32; {len(starts)}] = {numbers(starts)};",
        "/// CID → Unicode, one varint per CID.",
        f"pub(super) static GB1: &[u8] = {byte_string(data)};",
    ]
    for rust, h_name, v_name in CMAPS:
        h_spaces, h_ranges = cmap(h_name)
        v_spaces, v_ranges = cmap(v_name)
        assert not v_spaces or v_spaces == h_spaces
        lines += [
            f"/// {h_name} and {v_name}: code space ranges (low, high).",
            f"pub(super) static {rust}_SPACES: &[(&[u8], &[u8])] = &["
            + ", ".join(f"({byte_string_short(a)}, {byte_string_short(b)})" for a, b in h_spaces)
            + "];",
            f"/// {h_name}: {len(h_ranges)} cidranges.",
            f"pub(super) static {rust}_H: &[u8] = {byte_string(encode_ranges(h_ranges))};",
            f"/// {v_name}: the {len(v_ranges)} cidranges it sets over {h_name}'s.",
            f"pub(super) static {rust}_V: &[u8] = {byte_string(encode_ranges(v_ranges))};",
        ]
    return "\n".join(lines) + "\n"


def byte_string_short(data):
    return 'b"' + "".join(f"\\x{b:02x}" for b in data) + '"'


def formatted(text):
    """The text as `cargo fmt` leaves it (the workspace's rustfmt.toml), so --check compares
    like with like."""
    return subprocess.run(["rustfmt", "--edition", "2021", "--config-path", str(ROOT / "rustfmt.toml")],
                          input=text, capture_output=True, text=True, check=True).stdout


def main():
    rendered = formatted(render())
    if "--check" in sys.argv:
        same = OUT.read_text(encoding="utf-8") == rendered
        print("gb1_table.rs is current" if same else "gb1_table.rs differs from the source")
        sys.exit(0 if same else 1)
    OUT.write_text(rendered, encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)} ({len(rendered)} characters)")


if __name__ == "__main__":
    main()
