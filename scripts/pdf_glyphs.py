#!/usr/bin/env python3
"""Dev tool: dump what pdfplumber sees in a PDF as the pages `nianbao_pdf::page` describes.

Usage: python3 scripts/pdf_glyphs.py IN.pdf OUT.json

The output is real tool output, used as a fixture for the layout half of nianbao_pdf
(crates/nianbao_pdf/tests/plumber.rs) independently of the parse half. It follows the
`Page` contract: top-left origin, one glyph per drawn character (fake bold drawn twice stays
twice), rulings from stroked lines, thin filled rectangles (reduced to their middle line)
and the edges of stroked rectangles; wide filled rectangles (cell shading) are not rulings.
Compact: a glyph is [text, x0, y0, x1, y1, size], a ruling [horizontal, at, from, to].
pdfplumber does not say which glyphs were drawn in vertical writing mode, so none are marked.
"""
import json
import sys

import pdfplumber

THIN = 2.0


def r2(v):
    return round(float(v), 2)


def rulings_of(page):
    out = []
    for line in page.lines:
        if abs(line["top"] - line["bottom"]) < 0.5:
            out.append([True, r2(line["top"]), r2(line["x0"]), r2(line["x1"])])
        elif abs(line["x0"] - line["x1"]) < 0.5:
            out.append([False, r2(line["x0"]), r2(line["top"]), r2(line["bottom"])])
    for rect in page.rects:
        x0, x1, top, bottom = rect["x0"], rect["x1"], rect["top"], rect["bottom"]
        if bottom - top <= THIN:
            out.append([True, r2((top + bottom) / 2), r2(x0), r2(x1)])
        elif x1 - x0 <= THIN:
            out.append([False, r2((x0 + x1) / 2), r2(top), r2(bottom)])
        elif rect.get("stroke"):
            out += [[True, r2(top), r2(x0), r2(x1)], [True, r2(bottom), r2(x0), r2(x1)],
                    [False, r2(x0), r2(top), r2(bottom)], [False, r2(x1), r2(top), r2(bottom)]]
    return out


def main(src, dst):
    pages = []
    with pdfplumber.open(src) as pdf:
        for page in pdf.pages:
            glyphs = [[c["text"], r2(c["x0"]), r2(c["top"]), r2(c["x1"]), r2(c["bottom"]), r2(c["size"])]
                      for c in page.chars]
            pages.append({"number": page.page_number, "width": r2(page.width), "height": r2(page.height),
                          "glyphs": glyphs, "rulings": rulings_of(page), "images": len(page.images)})
    with open(dst, "w", encoding="utf-8") as out:
        out.write("[\n")
        out.write(",\n".join(json.dumps(p, ensure_ascii=False, separators=(",", ":")) for p in pages))
        out.write("\n]\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
