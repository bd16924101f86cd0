#!/usr/bin/env python3
"""Makes tests/fixtures/pdf/radicals/: seed 000's section titles and 表二 printed by Chromium with
the machine's own CJK fonts (Debian fonts-noto-cjk, CFF), as a browser on a plain Linux desktop
prints a portal page.

What it tests: Chromium draws these glyphs as Type 3 fonts whose ToUnicode maps were built from
the font's cmap, and Noto CJK maps 行 and the Kangxi radical ⾏ (U+2F8F) to one glyph, so the
maps name radicals: ⾏政规范性⽂件, ⼀、总体情况 (the script checks that the PDF says so). The
page shows 行; the reader must read 行.

  000.html               seed 000's HTML fixture with its long paragraphs and 表三/表四 left out
                          (short lines only: the titles and 表二, so the PDF stays small)
  000.chromium-noto.pdf  chromium --headless --print-to-pdf of it

Run: python3 scripts/make_radicals_fixture.py   (needs chromium, fonts-noto-cjk, pikepdf)
"""
import pathlib, re, subprocess, tempfile

import pikepdf

ROOT = pathlib.Path(__file__).resolve().parent.parent
SOURCE = ROOT / "tests/fixtures/html/000_f23864eff4c512cb.html"
OUT = ROOT / "tests/fixtures/pdf/radicals"


def short_html():
    html = SOURCE.read_text(encoding="utf-8")
    html = re.sub(r"<p[^>]*>.*?</p>",
                  lambda m: m.group(0) if len(re.sub("<[^>]+>", "", m.group(0))) < 40 else "",
                  html, flags=re.S)
    tables = [m.span() for m in re.finditer(r"<table.*?</table>", html, flags=re.S)]
    for start, end in reversed(tables[1:]):
        html = html[:start] + html[end:]
    return html


def radicals_named(pdf_path):
    named = set()
    with pikepdf.open(pdf_path) as pdf:
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Dictionary) and "/ToUnicode" in obj:
                text = obj.ToUnicode.read_bytes().decode("latin-1")
                named |= {chr(int(h[-4:], 16)) for h in re.findall(r"<([0-9A-Fa-f]{4,8})>", text)
                          if 0x2E80 <= int(h[-4:], 16) <= 0x2FDF}
    return named


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    html = OUT / "000.html"
    html.write_text(short_html(), encoding="utf-8")
    pdf = OUT / "000.chromium-noto.pdf"
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                        f"--user-data-dir={profile}", "--no-pdf-header-footer",
                        f"--print-to-pdf={pdf}", html.as_uri()],
                       check=True, capture_output=True, timeout=120)
    named = radicals_named(pdf)
    if not {"⾏", "⽂", "⼀"} <= named:
        raise SystemExit(f"{pdf}: the ToUnicode maps no longer name radicals ({''.join(sorted(named))})")
    print(f"{pdf.relative_to(ROOT)}: {pdf.stat().st_size} bytes, radicals named: {''.join(sorted(named))}")


if __name__ == "__main__":
    main()
