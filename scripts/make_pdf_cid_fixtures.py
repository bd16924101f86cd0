#!/usr/bin/env python3
"""Makes the PDF fixtures whose Chinese fonts have no ToUnicode map (tests/fixtures/pdf/,
README.md there lists them): reportlab's non-embedded CID font and three files derived from
it by pikepdf.

  000_….reportlab.pdf           reportlab 5 (UnicodeCIDFont 'STSong-Light') sets seed 000's HTML
                                fixture (its paragraphs, and its tables as ruled reportlab Tables
                                with the same spans): Type0 font, /Encoding /UniGB-UCS2-H, a
                                CIDFontType0 with CIDSystemInfo Adobe-GB1, not embedded, no ToUnicode
  000_….reportlab-identity.pdf  the same with /Encoding /Identity-H: every two-byte code of the
                                shown strings turned into its Adobe-GB1 CID through the predefined
                                UniGB-UCS2-H CMap (poppler-data)
  000_….reportlab-gbk.pdf       the same with /Encoding /GBK-EUC-H: the strings re-encoded as GBK
                                bytes (ASCII as one byte); the font's /W widths of the proportional
                                Roman CIDs copied to the half-width CIDs that GBK-EUC-H's single
                                bytes select, so the text keeps its width
  000_….reportlab-narrow.pdf    the first file with 表三's first label column 8.5 mm wide, so
                                三、本年度办理结果 wraps three characters to a line: a grid of
                                glyphs in a tall cell that is horizontal text, not vertical writing
  cid-adobe-identity.pdf        page 1 of the Identity-H file with the CIDSystemInfo's /Ordering
                                set to (Identity): nothing tells what its CIDs are, so a reader
                                must say it cannot decode them

The four seed files get <name>.expected.json as scripts/make_pdf_fixtures.py writes them (the
HTML source's tables as `nianbao check` reads them, after checking that pdftotext finds those
numbers in that order in the PDF).

Needs: reportlab (pip), pikepdf, poppler-data and poppler-utils (pdftotext), pdfplumber, a built
target/debug/nianbao (cargo build -p nianbao_cli).
Run: python3 scripts/make_pdf_cid_fixtures.py
"""
import html.parser, pathlib, re, sys

import pikepdf
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import make_pdf_fixtures as fixtures  # noqa: E402  (its expected-file writer and checks)

ROOT = fixtures.ROOT
OUT = fixtures.OUT
SEED = "000_f23864eff4c512cb"
SOURCE = ROOT / "tests/fixtures/html" / f"{SEED}.html"
CMAPS = pathlib.Path("/usr/share/poppler/cMap/Adobe-GB1")
FONT = "STSong-Light"


class Blocks(html.parser.HTMLParser):
    """The article's paragraphs and tables in order: ('p', text) or ('table', rows), each row a
    list of (text, rowspan, colspan)."""

    def __init__(self):
        super().__init__()
        self.blocks, self.text, self.row, self.rows, self.cell = [], None, None, None, None
        self.in_article = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "div" and attrs.get("class") == "article":
            self.in_article = True
        if not self.in_article:
            return
        if tag == "table":
            self.rows = []
        elif tag == "tr" and self.rows is not None:
            self.row = []
        elif tag == "td" and self.row is not None:
            self.cell = ["", int(attrs.get("rowspan", 1)), int(attrs.get("colspan", 1))]
        elif tag == "p" and self.rows is None:
            self.text = ""

    def handle_endtag(self, tag):
        if tag == "td" and self.cell is not None:
            self.row.append((self.cell[0].strip(), self.cell[1], self.cell[2]))
            self.cell = None
        elif tag == "tr" and self.row is not None:
            self.rows.append(self.row)
            self.row = None
        elif tag == "table" and self.rows is not None:
            self.blocks.append(("table", self.rows))
            self.rows = None
        elif tag == "p" and self.text is not None:
            self.blocks.append(("p", self.text.strip()))
            self.text = None

    def handle_data(self, data):
        if self.cell is not None:
            self.cell[0] += data
        elif self.text is not None:
            self.text += data


def grid(rows):
    """HTML rows with spans → a full grid of texts and reportlab SPAN commands."""
    cells, spans = {}, []
    for r, row in enumerate(rows):
        c = 0
        for text, rowspan, colspan in row:
            while (r, c) in cells:
                c += 1
            for dr in range(rowspan):
                for dc in range(colspan):
                    cells[(r + dr, c + dc)] = text if (dr, dc) == (0, 0) else ""
            if rowspan > 1 or colspan > 1:
                spans.append(("SPAN", (c, r), (c + colspan - 1, r + rowspan - 1)))
            c += colspan
    height = max(r for r, _ in cells) + 1
    width = max(c for _, c in cells) + 1
    return [[cells.get((r, c), "") for c in range(width)] for r in range(height)], spans


def escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\xa0", " ")


def reportlab_pdf(path, first_label=0.12):
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    body = ParagraphStyle("body", fontName=FONT, fontSize=10.5, leading=16, wordWrap="CJK",
                          firstLineIndent=21, spaceAfter=2)
    cell = ParagraphStyle("cell", fontName=FONT, fontSize=8, leading=10, wordWrap="CJK")
    parser = Blocks()
    parser.feed(SOURCE.read_text(encoding="utf-8"))
    story = []
    for kind, content in parser.blocks:
        if kind == "p":
            story.append(Paragraph(escape(content), body))
            continue
        texts, spans = grid(content)
        columns = len(texts[0])
        # Label columns wide enough for the labels, the rest shared by the numbers.
        usable = A4[0] - 40 * mm
        if columns == 4:
            widths = [usable * 0.34] + [usable * 0.22] * 3
        else:
            label = [usable * first_label, usable * 0.12, usable * 0.22][: columns - 7] if columns > 7 else []
            rest = (usable - sum(label)) / (columns - len(label))
            widths = label + [rest] * (columns - len(label))
        table = Table([[Paragraph(escape(t), cell) for t in row] for row in texts], colWidths=widths,
                      repeatRows=0)
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                   ("VALIGN", (0, 0), (-1, -1), "MIDDLE")] + spans))
        story.append(table)
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm, title=f"{SEED}",
                            invariant=1)
    doc.build(story)


def ucs2_to_cid():
    """UniGB-UCS2-H: UCS-2 code → Adobe-GB1 CID."""
    text = (CMAPS / "UniGB-UCS2-H").read_text(encoding="latin-1")
    out = {}
    for section in re.findall(r"begincidrange(.*?)endcidrange", text, re.S):
        for low, high, cid in re.findall(r"<(\w+)>\s*<(\w+)>\s*(\d+)", section):
            for offset in range(int(high, 16) - int(low, 16) + 1):
                out[int(low, 16) + offset] = int(cid) + offset
    for section in re.findall(r"begincidchar(.*?)endcidchar", text, re.S):
        for code, cid in re.findall(r"<(\w+)>\s*(\d+)", section):
            out[int(code, 16)] = int(cid)
    return out


def rewrite_strings(pdf, convert):
    """Every shown string of every page (and its form XObjects) through convert(bytes)."""
    def walk(stream_owner):
        instructions = pikepdf.parse_content_stream(stream_owner)
        changed = []
        for operands, operator in instructions:
            op = str(operator)
            if op in ("Tj", "'", '"'):
                operands = list(operands)
                operands[-1] = pikepdf.String(convert(bytes(operands[-1])))
            elif op == "TJ":
                operands = [pikepdf.Array([pikepdf.String(convert(bytes(i))) if isinstance(i, pikepdf.String) else i
                                           for i in operands[0]])]
            changed.append((operands, operator))
        return pikepdf.unparse_content_stream(changed)

    for page in pdf.pages:
        page.Contents = pdf.make_stream(walk(page))
        for _, xobject in page.Resources.get("/XObject", {}).items():
            if xobject.get("/Subtype") == "/Form":
                xobject.write(walk(xobject))


def type0_fonts(pdf):
    seen = set()
    for page in pdf.pages:
        for _, font in page.Resources.get("/Font", {}).items():
            if font.get("/Subtype") == "/Type0" and font.objgen not in seen:
                seen.add(font.objgen)
                yield font


def derive_identity(source, path):
    to_cid = ucs2_to_cid()

    def convert(data):
        codes = [int.from_bytes(data[i:i + 2], "big") for i in range(0, len(data) - 1, 2)]
        return b"".join(to_cid.get(code, 0).to_bytes(2, "big") for code in codes)

    with pikepdf.open(source) as pdf:
        for font in type0_fonts(pdf):
            assert font.Encoding == "/UniGB-UCS2-H" and "/ToUnicode" not in font
            font.Encoding = pikepdf.Name("/Identity-H")
        rewrite_strings(pdf, convert)
        pdf.save(path, deterministic_id=True)


def derive_gbk(source, path):
    def convert(data):
        return data.decode("utf-16-be").encode("gbk")

    with pikepdf.open(source) as pdf:
        for font in type0_fonts(pdf):
            assert font.Encoding == "/UniGB-UCS2-H" and "/ToUnicode" not in font
            font.Encoding = pikepdf.Name("/GBK-EUC-H")
            descendant = font.DescendantFonts[0]
            # GBK-EUC-H's bytes 0x20–0x7E select CIDs 7716 and 814–907 (half-width), reportlab
            # gave widths to the proportional CIDs 1–95 for the same characters.
            widths = list(descendant.get("/W", []))
            proportional = {}
            i = 0
            while i < len(widths):
                first = int(widths[i])
                if isinstance(widths[i + 1], pikepdf.Array):
                    for k, w in enumerate(widths[i + 1]):
                        proportional[first + k] = float(w)
                    i += 2
                else:
                    for cid in range(first, int(widths[i + 1]) + 1):
                        proportional[cid] = float(widths[i + 2])
                    i += 3
            half = [proportional.get(cid, 1000) for cid in range(2, 96)]
            widths += [814, pikepdf.Array(half), 7716, pikepdf.Array([proportional.get(1, 1000)])]
            descendant.W = pikepdf.Array(widths)
        rewrite_strings(pdf, convert)
        pdf.save(path, deterministic_id=True)


def derive_adobe_identity(source, path):
    with pikepdf.open(source) as pdf:
        del pdf.pages[1:]
        for font in type0_fonts(pdf):
            info = font.DescendantFonts[0].CIDSystemInfo
            info.Ordering = pikepdf.String("Identity")
            info.Supplement = 0
        pdf.remove_unreferenced_resources()
        pdf.save(path, deterministic_id=True)


def main():
    made = OUT / f"{SEED}.reportlab.pdf"
    reportlab_pdf(made)
    identity = OUT / f"{SEED}.reportlab-identity.pdf"
    derive_identity(made, identity)
    gbk = OUT / f"{SEED}.reportlab-gbk.pdf"
    derive_gbk(made, gbk)
    derive_adobe_identity(identity, OUT / "cid-adobe-identity.pdf")
    narrow = OUT / f"{SEED}.reportlab-narrow.pdf"
    reportlab_pdf(narrow, first_label=0.05)
    for pdf in (made, identity, gbk, narrow):
        fixtures.write_expected(pdf, SOURCE)
        print(f"wrote {pdf.relative_to(ROOT)} ({pdf.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
