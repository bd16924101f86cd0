#!/usr/bin/env python3
"""Makes the Word and Excel fixtures with real tools (kept small and committed):

  tests/fixtures/docx/<seed>.lo.docx        LibreOffice: the seeds' HTML fixtures → .docx
  tests/fixtures/xlsx/<seed>.lo.xlsx        LibreOffice Calc: the same HTML → .xlsx
  tests/fixtures/xlsx/<seed>.openpyxl.xlsx  openpyxl: the same data laid out like the form
                                            (004: one sheet per table)
  tests/fixtures/docx/template-002.docx     the official 2021 blank form (WPS) filled with seed 002
  tests/fixtures/docx/template-random-N.docx + .json   the form filled with random consistent numbers
  tests/fixtures/docx/merged-tracked.docx + .json      python-docx: gridSpan/vMerge, tracked changes,
                                            runs split mid-label, a content control, a field

Needs: soffice (libreoffice-writer, libreoffice-calc), python-docx, openpyxl, and a built
target/debug/nianbao (for the HTML fixtures' cell values). Labels, headers and section titles
come from `nianbao forms` (see seed_extras.py), never from a copy here.
Run: python3 scripts/make_office_fixtures.py [--forms FORMS.json]
LibreOffice lays tables out with the fonts installed: the committed .lo files were made with
fonts-noto-cjk; without it the cells are the same but widths and heights differ.
"""
import copy, json, pathlib, random, subprocess, tempfile

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
import openpyxl
from openpyxl.styles import Alignment

from seed_extras import EXTRA_ROWS, appeal_headers, forms, labels

ROOT = pathlib.Path(__file__).resolve().parent.parent
HTML = ROOT / "tests/fixtures/html"
DOCX = ROOT / "tests/fixtures/docx"
XLSX = ROOT / "tests/fixtures/xlsx"
TEMPLATE = ROOT / "tests/fixtures/docx/template-blank.docx"  # copy of ../shared/templates/2021-edition-blank-template.docx
NIANBAO = ROOT / "target/debug/nianbao"

FORMS = forms()
WORDS = FORMS["words"]
# The random and template fixtures follow the 2021 edition; the seeds' drawings follow theirs.
REQUEST_ROWS = [r["key"] for r in FORMS["2021"]["request_rows"]]
COLS = [c["key"] for c in FORMS["2021"]["request_columns"]]
GROUPS = [g["key"] for g in FORMS["2021"]["appeal_groups"]]
APPEAL = [c["key"] for c in FORMS["2021"]["appeal_columns"]]
PROACTIVE = [(f"{b['key']}.{r['key']}", [c["key"] for c in b["columns"]]) for b in FORMS["2021"]["proactive"] for r in b["rows"]]


def blocks(edition):
    """表二's blocks: key, caption, column headers, column keys, (row key, row label)."""
    return [(b["key"], b["caption"], labels(b["columns"]), [c["key"] for c in b["columns"]],
             [(r["key"], r["label"]) for r in b["rows"]]) for b in FORMS[edition]["proactive"]]


def sheet_name(key):
    """表二 for `proactive`: a table's short name."""
    return next(t["zh"] for t in FORMS["tables"] if t["key"] == key).split("（")[0]


def report_json(path):
    out = subprocess.run([str(NIANBAO), "check", "--format", "json", str(path)], capture_output=True, text=True).stdout
    return json.loads(out)[0]


def libreoffice():
    sources = sorted(HTML.glob("*.html"))
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["soffice", "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir", tmp, *map(str, sources)], check=True, capture_output=True)
        subprocess.run(["soffice", "--headless", "--infilter=HTML (StarCalc)", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", tmp, *map(str, sources)], check=True, capture_output=True)
        for src in sources:
            (DOCX / f"{src.stem}.lo.docx").write_bytes((pathlib.Path(tmp) / f"{src.stem}.docx").read_bytes())
            (XLSX / f"{src.stem}.lo.xlsx").write_bytes((pathlib.Path(tmp) / f"{src.stem}.xlsx").read_bytes())


def page_lines(html_path):
    """The paragraphs of an HTML fixture, in order, with a marker where each table sits."""
    report = report_json(html_path)
    text = html_path.read_bytes().decode("gbk" if html_path.name.startswith("004") else "utf-8")
    import re
    body = text[text.index("<div class=article>"):text.index("<div class=footer>")]
    parts = re.split(r"(<table.*?</table>)", body)
    lines = []
    for part in parts:
        if part.startswith("<table"):
            lines.append(("table", None))
        else:
            for p in re.findall(r"<(?:p|h2)>(.*?)</(?:p|h2)>", part):
                lines.append(("p", __import__("html").unescape(p)))
    return report, lines


def write_form(ws, start, report, which, edition, prefix):
    """Draws one table like the official form from row `start`; returns the next free row."""
    t = report["tables"].get(which, {})
    r = start
    def put(row, col, value, span=1, down=1):
        cell = ws.cell(row=row, column=col, value=value)
        cell.alignment = Alignment(wrap_text=True)
        if span > 1 or down > 1:
            ws.merge_cells(start_row=row, start_column=col, end_row=row + down - 1, end_column=col + span - 1)
    def value(cell):
        if cell is None or cell["raw"] == "":
            return None
        v = cell.get("value")
        return v if isinstance(v, int) and str(v) == cell["raw"] else cell["raw"]
    if which == "proactive":
        for key, caption, headers, cols, rows in blocks(edition):
            put(r, 1, caption, span=4); r += 1
            span = 3 // len(cols) if len(cols) != 2 else 1
            put(r, 1, WORDS["info"])
            for i, h in enumerate(headers):
                put(r, 2 + i * span, h, span=span)
            r += 1
            for rk, label in rows:
                cells = t.get(key, {}).get(rk)
                if cells is None:
                    continue
                put(r, 1, label)
                for i, c in enumerate(cols):
                    put(r, 2 + i * span, value(cells.get(c)), span=span)
                r += 1
            for label, extra in EXTRA_ROWS.get(prefix, {}).get(key, []):
                put(r, 1, label)
                for i, v in enumerate(extra):
                    put(r, 2 + i * span, int(v), span=span)
                r += 1
        return r
    if which == "requests":
        columns = labels(FORMS[edition]["request_columns"])
        put(r, 1, WORDS["balanceNote"], span=3, down=3)
        put(r, 4, WORDS["applicant"], span=7)
        put(r + 1, 4, columns[0], down=2); put(r + 1, 5, WORDS["legal"], span=5); put(r + 1, 10, columns[-1], down=2)
        for i, h in enumerate(columns[1:-1]):
            put(r + 2, 5 + i, h)
        r += 3
        rows = {row["key"]: row for row in FORMS[edition]["request_rows"]}
        keys = list(t.keys())
        outer = [k for k in keys if rows[k].get("group") is None]
        outcome_rows = [k for k in keys if k not in outer]
        seen = set()
        for k in keys:
            group = rows[k].get("group")
            if group is None:
                put(r, 1, rows[k]["label"], span=3)
            else:
                if k == outcome_rows[0]:
                    put(r, 1, WORDS["outcomes"], down=len(outcome_rows))
                if group != WORDS["outcomes"]:
                    if group not in seen:
                        seen.add(group)
                        put(r, 2, group, down=sum(1 for o in outcome_rows if rows[o]["group"] == group))
                    put(r, 3, rows[k]["label"])
                else:
                    put(r, 2, rows[k]["label"], span=2)
            for i, c in enumerate(COLS):
                put(r, 4 + i, value(t[k].get(c)))
            r += 1
        return r
    put(r, 1, WORDS["review"], span=5); put(r, 6, WORDS["litigation"], span=10)
    headers = appeal_headers(prefix)
    for i, h in enumerate(headers):
        put(r + 1, 1 + i, h, down=2)
    direct, after = labels(FORMS[edition]["appeal_groups"])[1:]
    put(r + 1, 6, direct, span=5); put(r + 1, 11, after, span=5)
    for g in range(2):
        for i, h in enumerate(headers):
            put(r + 2, 6 + g * 5 + i, h)
    for g, group in enumerate(GROUPS):
        for i, c in enumerate(APPEAL):
            put(r + 3, 1 + g * 5 + i, value(t.get(group, {}).get(c)))
    return r + 4


def openpyxl_fixtures():
    for html_path in sorted(HTML.glob("*.html")):
        report, lines = page_lines(html_path)
        edition = report["report"]["edition"]
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = "年报"
        split = html_path.name.startswith("004")
        order = iter(["proactive", "requests", "appeals"])
        r = 1
        for kind, text in lines:
            if kind == "p":
                ws.cell(row=r, column=1, value=text); r += 1
            else:
                which = next(order)
                target = wb.create_sheet(sheet_name(which)) if split else ws
                start = 1 if split else r
                end = write_form(target, start, report, which, edition, html_path.name[:3])
                if not split:
                    r = end
        wb.save(XLSX / f"{html_path.stem}.openpyxl.xlsx")


def consistent(rng):
    req = [[0] * 7 for _ in REQUEST_ROWS]
    def count():
        x = rng.random()
        return 0 if x < 0.5 else rng.randint(1, 20) if x < 0.9 else rng.randint(20, 3000)
    for row in range(2, 23):
        for c in range(6):
            req[row][c] = count()
    for c in range(6):
        req[23][c] = sum(req[row][c] for row in range(2, 23))
        req[24][c] = count()
        owed = req[23][c] + req[24][c]
        req[1][c] = rng.randint(0, owed)
        req[0][c] = owed - req[1][c]
    for row in req:
        row[6] = sum(row[:6])
    appeals = []
    for _ in range(3):
        group = [count() for _ in range(4)]
        appeals += group + [sum(group)]
    proactive = [count(), count(), count(), count(), count(), count(), count(), count(), count(), f"{rng.randint(0, 99999) / 100:.2f}"]
    return {"proactive": proactive, "requests": req, "appeals": appeals}


def set_text(cell, text):
    cell.text = str(text)


def fill_template(numbers, year, path):
    d = docx.Document(str(TEMPLATE))
    for p in d.paragraphs:
        if p.text == "政府信息公开工作年度报告格式模板":
            p.runs[0].text = f"{year}年政府信息公开工作年度报告"
            for run in p.runs[1:]:
                run.text = ""
    t2, t3, t4 = d.tables
    values = iter(numbers["proactive"])
    for row in t2.rows:
        cells = list(dict.fromkeys(row.cells))  # merged cells repeat
        if cells[0].text.strip() in {r["label"] for b in FORMS["2021"]["proactive"] for r in b["rows"]}:
            for cell in cells[1:]:
                set_text(cell, next(values))
    data_rows = [row for row in t3.rows[3:]]
    assert len(data_rows) == 25, len(data_rows)
    for row, nums in zip(data_rows, numbers["requests"]):
        cells = list(dict.fromkeys(row.cells))
        for cell, n in zip(cells[-7:], nums):
            set_text(cell, n)
    for cell, n in zip(t4.rows[3].cells, numbers["appeals"]):
        set_text(cell, n)
    d.save(str(path))


def expected(numbers, year):
    p = numbers["proactive"]
    flat = [v for v in p]
    out = {"year": year, "proactive": {}, "requests": {}, "appeals": {}}
    i = 0
    for row, cols in PROACTIVE:
        out["proactive"][row] = {}
        for c in cols:
            out["proactive"][row][c] = flat[i]; i += 1
    for k, row in zip(REQUEST_ROWS, numbers["requests"]):
        out["requests"][k] = dict(zip(COLS, row))
    for g, group in enumerate(GROUPS):
        out["appeals"][group] = dict(zip(APPEAL, numbers["appeals"][g * 5:g * 5 + 5]))
    return out


def template_fixtures():
    seed002 = {"proactive": [0, 0, 0, 0, 0, 0, 752, 1, 0, "0"], "requests": [[0] * 7 for _ in REQUEST_ROWS], "appeals": [0] * 15}
    fill_template(seed002, 2023, DOCX / "template-002.docx")
    (DOCX / "template-002.json").write_text(json.dumps(expected(seed002, 2023), ensure_ascii=False, indent=1))
    for n in range(1, 4):
        numbers = consistent(random.Random(n))
        fill_template(numbers, 2021 + n, DOCX / f"template-random-{n}.docx")
        (DOCX / f"template-random-{n}.json").write_text(json.dumps(expected(numbers, 2021 + n), ensure_ascii=False, indent=1))


def w(tag, **attrs):
    el = OxmlElement(tag)
    for k, v in attrs.items():
        el.set(qn(k), v)
    return el


def tracked_run(paragraph, deleted, inserted):
    """<w:del>deleted</w:del><w:ins>inserted</w:ins> in a paragraph (a revision not yet accepted)."""
    d = w("w:del", **{"w:id": "1", "w:author": "审核人", "w:date": "2024-01-10T00:00:00Z"})
    r = w("w:r"); t = w("w:delText"); t.text = deleted; r.append(t); d.append(r)
    i = w("w:ins", **{"w:id": "2", "w:author": "审核人", "w:date": "2024-01-10T00:00:00Z"})
    r = w("w:r"); t = w("w:t"); t.text = inserted; r.append(t); i.append(r)
    paragraph._p.append(d); paragraph._p.append(i)


def content_control(paragraph, text):
    sdt = w("w:sdt"); sdt.append(w("w:sdtPr")); content = w("w:sdtContent")
    r = w("w:r"); t = w("w:t"); t.text = text; r.append(t); content.append(r); sdt.append(content)
    paragraph._p.append(sdt)


def chinese_numbering(d):
    """Adds a numbering definition 一、二、三… (numId 90) and a paragraph style that applies it:
    Word users number section titles automatically, directly or through a heading style."""
    numbering = d.part.numbering_part.element
    abstract = w("w:abstractNum", **{"w:abstractNumId": "90"})
    lvl = w("w:lvl", **{"w:ilvl": "0"})
    for tag, val in [("w:start", "1"), ("w:numFmt", "chineseCounting"), ("w:lvlText", "%1、")]:
        lvl.append(w(tag, **{"w:val": val}))
    abstract.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    num = w("w:num", **{"w:numId": "90"})
    num.append(w("w:abstractNumId", **{"w:val": "90"}))
    numbering.append(num)
    style = d.styles.add_style("年报章标题", 1)
    ppr = style.element.get_or_add_pPr()
    numpr = w("w:numPr"); numpr.append(w("w:numId", **{"w:val": "90"})); ppr.append(numpr)
    return style


def numbered_heading(d, text, style=None):
    """A section title whose 一、 comes from Word's numbering, not from its text."""
    if style is not None:
        return d.add_paragraph(text, style=style)
    p = d.add_paragraph(text)
    numpr = w("w:numPr"); numpr.append(w("w:ilvl", **{"w:val": "0"})); numpr.append(w("w:numId", **{"w:val": "90"}))
    p._p.get_or_add_pPr().append(numpr)
    return p


def merged_tracked():
    numbers = consistent(random.Random(99))
    year = 2024
    d = docx.Document()
    title = d.add_paragraph()
    title.add_run(f"{year}年政府信息公开"); title.add_run("工作年度报告")  # split runs
    d.add_paragraph(f"本报告所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。")
    heading_style = chinese_numbering(d)
    # The titles without their 一、: Word's numbering supplies it.
    titles = [t[2:] for t in FORMS["sections"]]
    numbered_heading(d, titles[0]); d.add_paragraph("本年度工作稳步推进。")
    numbered_heading(d, titles[1])
    p = numbers["proactive"]
    t2 = d.add_table(rows=0, cols=4)
    def caption(text):
        row = t2.add_row().cells; row[0].merge(row[3]); row[0].text = text
    def header(*texts):
        row = t2.add_row().cells
        if len(texts) == 2:
            row[1].merge(row[3]); row[0].text, row[1].text = texts
        else:
            for c, x in zip(row, texts): c.text = x
    def data(label, *values):
        row = t2.add_row().cells
        if len(values) == 1:
            row[1].merge(row[3]); row[0].text = label; row[1].text = str(values[0])
        else:
            row[0].text = label
            for c, v in zip(row[1:], values): c.text = str(v)
    values = iter(p)
    for _, name, headers, cols, items in blocks("2021"):
        caption(name); header(WORDS["info"], *headers)
        for _, label in items:
            data(label, *[next(values) for _ in cols])
    numbered_heading(d, titles[2])
    t3 = d.add_table(rows=3 + 25, cols=10)
    rows = t3.rows
    columns = labels(FORMS["2021"]["request_columns"])
    rows[0].cells[0].merge(rows[2].cells[2]); rows[0].cells[0].text = WORDS["balanceNote"]
    rows[0].cells[3].merge(rows[0].cells[9]); rows[0].cells[3].text = WORDS["applicant"]
    rows[1].cells[3].merge(rows[2].cells[3]); rows[1].cells[3].text = columns[0]
    rows[1].cells[4].merge(rows[1].cells[8]); rows[1].cells[4].text = WORDS["legal"]
    rows[1].cells[9].merge(rows[2].cells[9]); rows[1].cells[9].text = columns[-1]
    for i, h in enumerate(columns[1:-1]):
        rows[2].cells[4 + i].text = h
    request_rows = FORMS["2021"]["request_rows"]
    labels_ = [r["label"] for r in request_rows]
    # Sub-groups as (first row, last row, name): 8 rows of （三）不予公开 and so on.
    spans = {}
    for i, r in enumerate(request_rows):
        if r.get("group") not in (None, WORDS["outcomes"]):
            first, _ = spans.get(r["group"], (i, i))
            spans[r["group"]] = (first, i)
    body = rows[3:]
    for r in (0, 1, 24):
        body[r].cells[0].merge(body[r].cells[2])
    body[2].cells[0].merge(body[23].cells[0]); body[2].cells[0].text = WORDS["outcomes"]  # vMerge across 22 rows
    for r in (2, 3, 23):
        body[r].cells[1].merge(body[r].cells[2])
    for name, (first, last) in spans.items():
        body[first].cells[1].merge(body[last].cells[1]); body[first].cells[1].text = name
    for r, label in enumerate(labels_):
        cell = body[r].cells[0] if r in (0, 1, 24) else body[r].cells[1] if r in (2, 3, 23) else body[r].cells[2]
        para = cell.paragraphs[0]
        if r == 0:
            para.add_run(label[:6]); para.add_run(label[6:12]); para.add_run(label[12:])  # one label, three runs
        elif r == 3:
            cut = label.index("（", 1)  # before the bracketed note: （二）部分公开 / （区分处理的…）
            para.add_run(label[:cut]); para.add_run().add_break(); para.add_run(label[cut:])
        else:
            para.add_run(label)
        for c, n in enumerate(numbers["requests"][r]):
            vp = body[r].cells[3 + c].paragraphs[0]
            if r == 0 and c == 0:
                tracked_run(vp, "999", str(n))  # a reviewer's correction, not yet accepted
            elif r == 0 and c == 6:
                content_control(vp, str(n))
            else:
                vp.add_run(str(n))
    numbered_heading(d, titles[3], heading_style)
    t4 = d.add_table(rows=4, cols=15)
    a, b, c4, v = t4.rows
    results = labels(FORMS["2021"]["appeal_columns"])
    direct, after = labels(FORMS["2021"]["appeal_groups"])[1:]
    a.cells[0].merge(a.cells[4]); a.cells[0].text = WORDS["review"]; a.cells[5].merge(a.cells[14]); a.cells[5].text = WORDS["litigation"]
    for i, h in enumerate(results):
        b.cells[i].merge(c4.cells[i]); b.cells[i].text = h
    b.cells[5].merge(b.cells[9]); b.cells[5].text = direct; b.cells[10].merge(b.cells[14]); b.cells[10].text = after
    for g in range(2):
        for i, h in enumerate(results):
            c4.cells[5 + g * 5 + i].text = h
    for i, n in enumerate(numbers["appeals"]):
        v.cells[i].text = str(n)
    numbered_heading(d, titles[4], heading_style); d.add_paragraph("一是公开深度不够。")
    numbered_heading(d, titles[5], heading_style); d.add_paragraph("无。")
    d.save(str(DOCX / "merged-tracked.docx"))
    (DOCX / "merged-tracked.json").write_text(json.dumps(expected(numbers, year), ensure_ascii=False, indent=1))


DOCX.mkdir(parents=True, exist_ok=True)
XLSX.mkdir(parents=True, exist_ok=True)
libreoffice()
openpyxl_fixtures()
template_fixtures()
merged_tracked()
