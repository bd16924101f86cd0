#!/usr/bin/env python3
"""Writes the hostile PDFs of tests/fixtures/pdf/hostile/: small files built to make a PDF reader
spend unbounded memory, time or stack. Each is a well-formed PDF (a correct cross-reference
table, one page with one line of text) except for the one thing it attacks, so a reader gets
past the file's structure to the attack. README.md beside them says what each should get.

Run: python3 scripts/make_hostile_pdfs.py
"""
import pathlib, zlib

OUT = pathlib.Path(__file__).resolve().parent.parent / "tests/fixtures/pdf/hostile"

CATALOG = b"<< /Type /Catalog /Pages 2 0 R >>"
PAGES = b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>"
PAGE = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>"
TEXT = b"BT /F1 12 Tf 72 770 Td (2024) Tj ET"
FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def stream(data, extra=b""):
    return b"<< /Length %d %s>>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def document(objects, trailer=b""):
    """Objects 1..n with a cross-reference table whose offsets are exact."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, trailer, xref)
    return bytes(out)


def ordinary(contents=None, pages=PAGES, page=PAGE, extra=()):
    return [CATALOG, pages, page, contents if contents is not None else stream(TEXT), FONT, *extra]


def deflate_spaces(size):
    """`size` bytes of spaces (valid, empty page content), deflated in pieces."""
    packer = zlib.compressobj(9)
    piece = b" " * (1 << 24)
    parts = [packer.compress(piece) for _ in range(size // len(piece))]
    return b"".join(parts) + packer.flush()


def flate_bombs():
    once = deflate_spaces(64 << 20)
    yield "flate-bomb-64MiB.pdf", document(ordinary(stream(once, b"/Filter /FlateDecode ")))
    # Deflated twice: 1 GiB of spaces behind a filter chain, a few kilobytes on disk.
    twice = zlib.compress(deflate_spaces(1 << 30), 9)
    yield "flate-bomb-1GiB-two-filters.pdf", document(ordinary(stream(twice, b"/Filter [/FlateDecode /FlateDecode] ")))


def nesting():
    depth = 50_000
    deep = b"[" * depth + b"0" + b"]" * depth
    page = PAGE[:-2] + b" /Nianbao " + deep + b" >>"
    yield "nested-arrays-50k-object.pdf", document(ordinary(page=page))
    dicts = b"<</A" * 20_000 + b" 0" + b">>" * 20_000  # 20,000 deep keeps the file at 120 KB
    page = PAGE[:-2] + b" /Nianbao " + dicts + b" >>"
    yield "nested-dicts-20k-object.pdf", document(ordinary(page=page))
    # In the content stream, as the operand of TJ.
    yield "nested-arrays-50k-content.pdf", document(ordinary(stream(b"BT /F1 12 Tf 72 770 Td " + deep + b" TJ ET")))
    # Never closed: the parser meets the end of the object first.
    page = PAGE[:-2] + b" /Nianbao " + b"[" * depth + b" >>"
    yield "unclosed-arrays-50k.pdf", document(ordinary(page=page))


def page_trees():
    loop = b"<< /Type /Pages /Kids [6 0 R] /Count 1 >>"
    inner = b"<< /Type /Pages /Parent 2 0 R /Kids [2 0 R 3 0 R] /Count 1 >>"
    yield "page-tree-loop.pdf", document(ordinary(pages=loop, extra=[inner]))
    yield "page-tree-self-loop.pdf", document(ordinary(pages=b"<< /Type /Pages /Kids [2 0 R] /Count 1 >>"))
    yield "page-count-claims-100000.pdf", document(ordinary(pages=b"<< /Type /Pages /Kids [3 0 R] /Count 100000 >>"))
    # Nine levels of Pages nodes, each listing the next level ten times: 10^9 leaves from 11 objects.
    levels = 9
    nodes = [b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join([b"%d 0 R" % (7 + i)] * 10), 10 ** (levels - i))
             for i in range(levels)]
    nodes[-1] = b"<< /Type /Pages /Kids [%s] /Count 10 >>" % b" ".join([b"3 0 R"] * 10)
    pages = b"<< /Type /Pages /Kids [6 0 R] /Count %d >>" % 10 ** levels
    yield "page-tree-shared-kids-1e9.pdf", document(ordinary(pages=pages, extra=nodes))


def lengths():
    huge = b"<< /Length 99999999999 >>\nstream\n" + TEXT + b"\nendstream"
    yield "huge-length.pdf", document(ordinary(huge))
    negative = b"<< /Length -5 >>\nstream\n" + TEXT + b"\nendstream"
    yield "negative-length.pdf", document(ordinary(negative))
    # /Length is an indirect object that refers to itself.
    looped = b"<< /Length 6 0 R >>\nstream\n" + TEXT + b"\nendstream"
    yield "length-reference-loop.pdf", document(ordinary(looped, extra=[b"6 0 R"]))


def xref_loop():
    """A trailer whose /Prev points back at its own cross-reference table."""
    plain = document(ordinary())
    xref = int(plain.rsplit(b"startxref\n", 1)[1].split(b"\n", 1)[0])
    yield "xref-prev-loop.pdf", document(ordinary(), trailer=b"/Prev %d " % xref)


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    for make in (flate_bombs, nesting, page_trees, lengths, xref_loop):
        for name, data in make():
            (OUT / name).write_bytes(data)
