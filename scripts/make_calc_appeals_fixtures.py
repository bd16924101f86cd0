#!/usr/bin/env python3
"""A 2019-edition page whose 表四 is written with merged header cells, saved by LibreOffice
Calc as .xlsx and by Writer as .docx (issue 13, the Excel false alarm):

  tests/fixtures/xlsx/calc-2019-appeals-<variant>.html   the page (UTF-8)
  tests/fixtures/xlsx/calc-2019-appeals-<variant>.xlsx   Calc's HTML import → .xlsx
  tests/fixtures/xlsx/calc-2019-appeals-<variant>.docx   Writer's HTML import → .docx

The page is seed 004's portal page (tests/fixtures/html/004_….html, made by
make_html_fixtures.py) with its 表四 redrawn the ways portals write it, and filled the way
real 2019 pages leave it: 行政复议 and 未经复议直接起诉 filled, 复议后起诉 left as &nbsp;.

Calc lays every table of a page on one grid, so 表四's rows (15 columns) stop one column
short of the sheet's widest rows; before the reader kept to each row's written cells, that
empty slot after the header was read as the first value of the data row, whose blank tail
then let it slide one column to the right (three R401 errors). `standard` and `rowspan`
reproduced that; `word` (Word's cell widths) did not, Calc giving 表四 the sheet's full
width, and stays as a guard. The differential test in
crates/nianbao_report/tests/office.rs holds the three files to the same cells and codes.

Needs soffice (libreoffice-calc, libreoffice-writer) and `nianbao forms` (see seed_extras.py).
Run: python3 scripts/make_calc_appeals_fixtures.py [--forms FORMS.json]
"""
import pathlib, re, subprocess, tempfile

from seed_extras import forms, labels

ROOT = pathlib.Path(__file__).resolve().parent.parent
SOURCE = ROOT / "tests/fixtures/html/004_8b45603aceec5a0e.html"
OUT = ROOT / "tests/fixtures/xlsx"

FORMS = forms()
WORDS = FORMS["words"]
RESULTS = labels(FORMS["2019"]["appeal_columns"])
DIRECT, AFTER = labels(FORMS["2019"]["appeal_groups"])[1:]

# 行政复议 2 upheld + 1 corrected = 3; 直接起诉 1 upheld + 1 pending = 2; 复议后起诉 blank.
DATA = ["2", "1", "0", "0", "3", "1", "0", "0", "1", "2"] + [""] * 5


def td(text, attrs=""):
    return f"<td{attrs}>{text or '&nbsp;'}</td>"


def standard():
    """As the official form: 行政复议's five results rowspan 2 beside the two 行政诉讼 groups."""
    return ("<table border=1 cellspacing=0>"
            f'<tr>{td(WORDS["review"], " colspan=5")}{td(WORDS["litigation"], " colspan=10")}</tr>'
            f'<tr>{"".join(td(r, " rowspan=2") for r in RESULTS)}{td(DIRECT, " colspan=5")}{td(AFTER, " colspan=5")}</tr>'
            f'<tr>{"".join(td(r) for r in RESULTS * 2)}</tr>'
            f'<tr>{"".join(td(v) for v in DATA)}</tr></table>')


def review_rowspan():
    """行政复议 over two rows, and all fifteen result headers on the third."""
    return ("<table border=1 cellspacing=0>"
            f'<tr>{td(WORDS["review"], " colspan=5 rowspan=2")}{td(WORDS["litigation"], " colspan=10")}</tr>'
            f'<tr>{td(DIRECT, " colspan=5")}{td(AFTER, " colspan=5")}</tr>'
            f'<tr>{"".join(td(r) for r in RESULTS * 3)}</tr>'
            f'<tr>{"".join(td(v) for v in DATA)}</tr></table>')


def word_export():
    """As Word's "save as web page" writes it: widths on every cell, and a last row of empty
    cells that fixes the column widths."""
    widths = [56, 56, 56, 56, 44] * 3
    cell = lambda text, width, attrs="": (f"<td width={width}{attrs} style='width:{width * 0.75:.1f}pt;"
                                          f"border:solid windowtext 1.0pt'><p>{text or '&nbsp;'}</p></td>")
    return ("<table border=1 cellspacing=0 cellpadding=0 width=795 style='border-collapse:collapse'>"
            f'<tr>{cell(WORDS["review"], 268, " colspan=5")}{cell(WORDS["litigation"], 527, " colspan=10")}</tr>'
            f'<tr>{"".join(cell(r, w, " rowspan=2") for r, w in zip(RESULTS, widths))}'
            f'{cell(DIRECT, 268, " colspan=5")}{cell(AFTER, 268, " colspan=5")}</tr>'
            f'<tr>{"".join(cell(r, w) for r, w in zip(RESULTS * 2, widths[5:]))}</tr>'
            f'<tr>{"".join(cell(v, w) for v, w in zip(DATA, widths))}</tr>'
            "<![if !supportMisalignedColumns]><tr height=0>"
            + "".join(f"<td width={w} style='border:none'></td>" for w in widths)
            + "</tr><![endif]></table>")


VARIANTS = {"standard": standard, "rowspan": review_rowspan, "word": word_export}


def main():
    page = SOURCE.read_bytes().decode("gbk")
    page = re.sub(r'<meta http-equiv="Content-Type" content="text/html; charset=gbk">', '<meta charset="utf-8">', page)
    tables = re.findall(r"<table.*?</table>", page)
    assert len(tables) == 3 and WORDS["review"] in tables[2], "seed 004's page changed"
    sources = []
    for name, draw in VARIANTS.items():
        path = OUT / f"calc-2019-appeals-{name}.html"
        path.write_text(page.replace(tables[2], draw()), encoding="utf-8")
        sources.append(path)
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["soffice", "--headless", "--infilter=HTML (StarCalc)", "--convert-to", "xlsx:Calc MS Excel 2007 XML",
                        "--outdir", tmp, *map(str, sources)], check=True, capture_output=True)
        subprocess.run(["soffice", "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir", tmp, *map(str, sources)],
                       check=True, capture_output=True)
        for src in sources:
            for ext in ("xlsx", "docx"):
                (OUT / f"{src.stem}.{ext}").write_bytes((pathlib.Path(tmp) / f"{src.stem}.{ext}").read_bytes())


main()
