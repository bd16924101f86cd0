#!/usr/bin/env python3
"""Makes the PDF fixtures (tests/fixtures/pdf/) with real tools; README.md there lists them.

  <seed>.lo.pdf              LibreOffice Writer: the seed's Word fixture (docx/<seed>.lo.docx) → PDF,
                             or its HTML fixture where the Word one is wider than the page (FROM_HTML)
  002_….lo-docx-overflow.pdf 002's Word fixture → PDF, 表三's total column cut off at the right edge
  <seed>.chromium.pdf        Chromium print to PDF: the seed's HTML fixture (html/<seed>.html)
  template-002.lo.pdf        the official 2021 blank form (WPS .docx) filled with seed 002's numbers
                             by python-docx (docx/template-002.docx) → LibreOffice
  template-random-1.lo.pdf   the same form with consistent non-zero numbers (docx/template-random-1.docx)
  split-table3.lo.pdf        template-random-1 with 表三 set in 14 pt: it runs over two pages
  vertical-labels.lo.pdf     template-random-2 with its merged label cells set to vertical text (tbRl)
  encrypted-*.pdf            template-random-1.lo.pdf encrypted by qpdf (owner password only,
                             AES-256 and RC4-128; and one that needs the user password 'nianbao')
  scanned.pdf                template-random-1.lo.pdf's pages 1-2 rendered by pdftoppm (100 dpi, grey)
                             and saved as an image-only PDF by Pillow
  hongze-district-2024.wps.pdf   copy of ../shared/real (a real WPS export)
  <seed>.chromium-borderless.pdf  the seed's HTML printed by Chromium with every table border
                             removed (CSS border:none): tables with no ruling at all
  template-002.lo-borderless.pdf  docx/template-002.docx with every table and cell border removed
                             by python-docx → LibreOffice

Every made fixture whose numbers come from a source document gets <name>.expected.json: the
source's tables as `nianbao check` reads the source (not the PDF), after checking that the PDF's
own text (pdftotext) carries exactly those numbers in that order.

Needs: soffice (libreoffice-writer; the committed files were made with fonts-noto-cjk), chromium,
qpdf, poppler-utils (pdftoppm, pdftotext), python-docx, Pillow, pdfplumber, a built target/debug/nianbao,
and apt-get (the Chromium prints use the TrueType font of Debian's fonts-wqy-microhei, fetched
with `apt-get download` and unpacked into a temporary folder, not installed: with the
machine's CFF Noto CJK fonts Chromium draws every CJK glyph as a Type 3 path and the files
grow past 600 KB).
Run: python3 scripts/make_pdf_fixtures.py [step ...]   (all steps, or only those named, e.g. borderless)
"""
import json, pathlib, re, shutil, subprocess, tempfile, unicodedata

import docx
import pdfplumber
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from PIL import Image

ROOT = pathlib.Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests/fixtures"
OUT = FIXTURES / "pdf"
NIANBAO = ROOT / "target/debug/nianbao"
SEEDS = sorted(p.stem for p in (FIXTURES / "html").glob("*.html"))
TABLE_ORDER = ["proactive", "requests", "appeals"]
USER_PASSWORD = "nianbao"


def run(*args, **kwargs):
    return subprocess.run([str(a) for a in args], check=True, capture_output=True, **kwargs)


def soffice(sources, outdir, profile):
    """LibreOffice Writer → PDF, in a profile of its own so a concurrent soffice does not block it."""
    run("soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
        "--outdir", outdir, *sources)


def source_tables(path):
    """The source document's tables as nianbao reads them: table → row → column → raw text."""
    # exit 1 means the report has findings (seed 001 fails), which is no error here
    out = subprocess.run([str(NIANBAO), "check", "--format", "json", str(path)], capture_output=True, text=True).stdout
    report = json.loads(out)[0]
    tables = {}
    for name in TABLE_ORDER:
        rows = report["tables"].get(name, {})
        if name == "proactive":  # block → row → column
            rows = {f"{block}.{row}": cols for block, inner in rows.items() for row, cols in inner.items()}
        tables[name] = {row: {col: cell["raw"] for col, cell in cols.items()} for row, cols in rows.items()}
    return {"edition": report["report"].get("edition"), "year": report["report"].get("year"), "tables": tables}


def pdf_numbers(pdf, password=None):
    """Every number in the PDF's text layer in content order (pdftotext -raw), full-width
    digits read as digits (NFKC): poppler's own cidToUnicode table gives GBK-EUC-H's
    half-width CIDs as full-width forms."""
    args = ["pdftotext", "-raw"] + (["-upw", password] if password else []) + [pdf, "-"]
    text = unicodedata.normalize("NFKC", run(*args, text=True).stdout)
    return re.findall(r"\d+(?:\.\d+)?", text)


def check_carries(pdf, expected, password=None):
    """Fails unless the PDF's numbers hold the source's cells, row by row, in order. A number
    wrapped inside a narrow cell ('1160' over '8') counts when its pieces follow each other."""
    numbers = pdf_numbers(pdf, password)
    at = 0
    def find(wanted):
        nonlocal at
        for i in range(at, len(numbers)):
            joined = ""
            for j in range(i, min(i + 3, len(numbers))):
                joined += numbers[j]
                if joined == wanted:
                    at = j + 1
                    return True
                if not wanted.startswith(joined):
                    break
        return False
    for name in TABLE_ORDER:
        for row, cols in expected["tables"][name].items():
            for col, raw in cols.items():
                # '+13' prints as + and 13
                if not all(find(w) for w in re.findall(r"\d+(?:\.\d+)?", raw)):
                    raise SystemExit(f"{pdf.name}: {name}.{row}.{col} = {raw} not found in order")


def check_inside_pages(pdf, password=None):
    """Fails when a glyph or a ruling lies past a page's edge (a table wider than the page):
    pdftotext still lists a glyph that starts inside the page, so check_carries cannot see it."""
    with pdfplumber.open(pdf, password=password or "") as document:
        for number, page in enumerate(document.pages, 1):
            outside = [c for c in page.chars + page.rects + page.lines if c["x0"] < -0.5 or c["x1"] > page.width + 0.5]
            if outside:
                raise SystemExit(f"{pdf.name}: page {number} draws {len(outside)} things past its edge")


def write_expected(pdf, source, password=None, made_from=None):
    expected = source_tables(source)
    check_inside_pages(pdf, password)
    check_carries(pdf, expected, password)
    expected = {"made_from": made_from or str(source.relative_to(ROOT)), **expected}
    (OUT / f"{pdf.name.removesuffix('.pdf')}.expected.json").write_text(
        json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


# LibreOffice lays these seeds' Word fixtures out wider than the page: their PDFs lose 表三's
# total column past the right edge (check_inside_pages refuses them), so their PDFs are made
# from the HTML fixtures (Writer/Web) instead. One such cut-off PDF is kept, as OVERFLOW.
FROM_HTML = {"000_f23864eff4c512cb", "002_b8919bf2136104de", "004_8b45603aceec5a0e"}
OVERFLOW = "002_b8919bf2136104de"


def seeds_by_libreoffice(tmp):
    sources = [FIXTURES / "html" / f"{seed}.html" if seed in FROM_HTML else FIXTURES / "docx" / f"{seed}.lo.docx"
               for seed in SEEDS]
    overflow = FIXTURES / "docx" / f"{OVERFLOW}.lo.docx"
    soffice([*sources, overflow], tmp, tmp / "profile")
    for seed, source in zip(SEEDS, sources):
        pdf = OUT / f"{seed}.lo.pdf"
        shutil.copyfile(tmp / f"{source.stem}.pdf", pdf)
        write_expected(pdf, source)
    # No expected file: which cells a reader should recover from a cut-off column is open.
    shutil.copyfile(tmp / f"{overflow.stem}.pdf", OUT / f"{OVERFLOW}.lo-docx-overflow.pdf")


def cjk_truetype_fonts(tmp):
    """A fontconfig file that adds fonts-wqy-microhei, unpacked from its Debian package."""
    run("apt-get", "download", "fonts-wqy-microhei", cwd=tmp)
    deb = next(tmp.glob("fonts-wqy-microhei_*.deb"))
    run("dpkg", "-x", deb, tmp / "fonts")
    conf = tmp / "fonts.conf"
    conf.write_text(f"""<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf</include>
<dir>{tmp / 'fonts'}</dir><cachedir>{tmp / 'fc-cache'}</cachedir></fontconfig>
""")
    return conf


TRUETYPE_TEXT = b'*{font-family:"WenQuanYi Micro Hei"}'
NO_BORDERS = b"table,th,td{border:none !important}"


def chromium_print(tmp, env, source, pdf, style):
    """Chromium prints the HTML fixture with `style` added; the bytes are otherwise untouched
    (004 stays GBK)."""
    page = tmp / source.name
    page.write_bytes(source.read_bytes().replace(b"</head>", b"<style>" + style + b"</style></head>", 1))
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={pdf}", page.as_uri()], check=True, capture_output=True, env=env, timeout=120)


def seeds_by_chromium(tmp):
    env = {**__import__("os").environ, "FONTCONFIG_FILE": str(cjk_truetype_fonts(tmp))}
    for seed in SEEDS:
        source = FIXTURES / "html" / f"{seed}.html"
        # The page's text in the TrueType font, as a Windows browser would print it with SimSun.
        pdf = OUT / f"{seed}.chromium.pdf"
        chromium_print(tmp, env, source, pdf, TRUETYPE_TEXT)
        write_expected(pdf, source)


def check_no_ruling(pdf):
    """Fails when a page draws a line or a thin filled rectangle (what the reader takes as
    ruling): the borderless fixtures must hold tables with no ruling at all."""
    with pdfplumber.open(pdf) as document:
        for number, page in enumerate(document.pages, 1):
            thin = [r for r in page.rects if min(r["width"], r["height"]) < 3]
            if page.lines or thin or page.curves:
                raise SystemExit(f"{pdf.name}: page {number} still draws ruling")


def strip_borders(source, target):
    """Every table's borders set to none and every cell's own borders removed (python-docx),
    also those a row's table-property exceptions (w:tblPrEx) set."""
    d = docx.Document(str(source))
    for table in d.tables:
        tbl_pr = table._tbl.tblPr
        for borders in list(table._tbl.iter(qn("w:tblBorders"))):
            borders.getparent().remove(borders)
        borders = OxmlElement("w:tblBorders")
        for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
            edge = OxmlElement(f"w:{side}")
            edge.set(qn("w:val"), "nil")
            borders.append(edge)
        tbl_pr.append(borders)
        for cell_borders in list(table._tbl.iter(qn("w:tcBorders"))):
            cell_borders.getparent().remove(cell_borders)
    d.save(str(target))


BORDERLESS_CHROMIUM = ["000_f23864eff4c512cb", "002_b8919bf2136104de"]
BORDERLESS_WORD = [FIXTURES / "docx/template-002.docx"]


def borderless(tmp):
    """Tables with no ruling: the reader must find their columns from the alignment of text."""
    env = {**__import__("os").environ, "FONTCONFIG_FILE": str(cjk_truetype_fonts(tmp))}
    for seed in BORDERLESS_CHROMIUM:
        source = FIXTURES / "html" / f"{seed}.html"
        pdf = OUT / f"{seed}.chromium-borderless.pdf"
        chromium_print(tmp, env, source, pdf, TRUETYPE_TEXT + NO_BORDERS)
        check_no_ruling(pdf)
        write_expected(pdf, source)
    stripped = []
    for source in BORDERLESS_WORD:
        target = tmp / f"{source.stem}.lo-borderless.docx"
        strip_borders(source, target)
        stripped.append((source, target))
    soffice([target for _, target in stripped], tmp, tmp / "profile")
    for source, target in stripped:
        pdf = OUT / f"{target.stem}.pdf"
        shutil.copyfile(tmp / f"{target.stem}.pdf", pdf)
        check_no_ruling(pdf)
        write_expected(pdf, source, made_from=f"{source.relative_to(ROOT)} with its table borders removed (borderless)")


def tables_of(path):
    return docx.Document(str(path))


def split_table3(tmp):
    """表三 in 14 pt with 3 cm margins: it cannot fit one page, so LibreOffice breaks it across two
    (the header is not repeated, as in the WPS reports)."""
    d = tables_of(FIXTURES / "docx/template-random-1.docx")
    for section in d.sections:
        section.top_margin = section.bottom_margin = Pt(85)
    for row in d.tables[1].rows:
        for cell in row.cells:
            for p in cell.paragraphs:
                for r in p.runs:
                    r.font.size = Pt(14)
    path = tmp / "split-table3.docx"
    d.save(str(path))
    return path, "tests/fixtures/docx/template-random-1.docx with 表三 in 14 pt (split_table3)"


def vertical_labels(tmp):
    """The merged label cells of 表三 (三、本年度办理结果 and its groups) with vertical text, as many
    offices lay them out; LibreOffice writes their characters rotated."""
    d = tables_of(FIXTURES / "docx/template-random-2.docx")
    t3 = d.tables[1]
    seen = []  # the <w:tc> elements done: a merged cell is met once per row it spans
    for row in t3.rows[5:27]:
        for cell in row.cells[:2]:
            tc = cell._tc
            if any(tc is done for done in seen):
                continue
            seen.append(tc)
            if cell.text.startswith(("三、", "（三）", "（四）", "（五）", "（六）")):
                direction = OxmlElement("w:textDirection")
                direction.set(qn("w:val"), "tbRl")
                tc.get_or_add_tcPr().append(direction)
    path = tmp / "vertical-labels.docx"
    d.save(str(path))
    return path, "tests/fixtures/docx/template-random-2.docx with vertical label cells (vertical_labels)"


def forms(tmp):
    sources = [(FIXTURES / "docx/template-002.docx", None), (FIXTURES / "docx/template-random-1.docx", None),
               split_table3(tmp), vertical_labels(tmp)]
    soffice([source for source, _ in sources], tmp, tmp / "profile")
    for source, made_from in sources:
        pdf = OUT / f"{source.stem}.lo.pdf"
        shutil.copyfile(tmp / f"{source.stem}.pdf", pdf)
        write_expected(pdf, source, made_from=made_from)
    text_by_page = run("pdftotext", "-layout", OUT / "split-table3.lo.pdf", "-", text=True).stdout.split("\f")
    starts = [i for i, t in enumerate(text_by_page) if "本年新收" in t]
    ends = [i for i, t in enumerate(text_by_page) if "结转下年度" in t]
    if not starts or not ends or starts[0] == ends[0]:
        raise SystemExit("split-table3: 表三 is not split across pages")


def encrypted():
    plain = OUT / "template-random-1.lo.pdf"
    variants = {
        "encrypted-owner-aes256": ["--encrypt", "", "owner", "256", "--"],
        "encrypted-owner-rc4-128": ["--allow-weak-crypto", "--encrypt", "", "owner", "128", "--use-aes=n", "--"],
        "encrypted-user-password": ["--encrypt", USER_PASSWORD, "owner", "256", "--"],
    }
    for name, args in variants.items():
        pdf = OUT / f"{name}.pdf"
        run("qpdf", *args, plain, pdf)
        write_expected(pdf, FIXTURES / "docx/template-random-1.docx",
                       USER_PASSWORD if name == "encrypted-user-password" else None)


def scanned(tmp):
    """Image-only pages: what a scanner or a 'print to image' leaves. No text layer at all."""
    # Two pages (表二 and the first part of 表三) keep the file small; JPEG quality 60.
    run("pdftoppm", "-r", "100", "-gray", "-png", "-f", "1", "-l", "2", OUT / "template-random-1.lo.pdf", tmp / "page")
    first, *rest = [Image.open(p) for p in sorted(tmp.glob("page-*.png"))]
    first.save(OUT / "scanned.pdf", save_all=True, append_images=rest, resolution=100.0, quality=60)
    if pdf_numbers(OUT / "scanned.pdf"):
        raise SystemExit("scanned.pdf has a text layer")


def real():
    shutil.copyfile(ROOT.parent / "shared/real/hongze-district-2024.wps.pdf", OUT / "hongze-district-2024.wps.pdf")


if __name__ == "__main__":
    import sys
    OUT.mkdir(parents=True, exist_ok=True)
    wanted = set(sys.argv[1:])
    def chosen(step):
        return not wanted or step.__name__ in wanted
    with tempfile.TemporaryDirectory() as tmp:
        tmp = pathlib.Path(tmp)
        for step in (seeds_by_libreoffice, seeds_by_chromium, forms, borderless):
            if chosen(step):
                work = tmp / step.__name__
                work.mkdir()
                step(work)
        if chosen(encrypted):
            encrypted()
        if chosen(scanned):
            work = tmp / "scanned"
            work.mkdir()
            scanned(work)
    if chosen(real):
        real()
