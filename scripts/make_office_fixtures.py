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
target/debug/nianbao (for the HTML fixtures' cell values). Run: python3 scripts/make_office_fixtures.py
"""
import copy, json, pathlib, random, subprocess, tempfile

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
import openpyxl
from openpyxl.styles import Alignment

from seed_extras import EXTRA_ROWS, appeal_headers

ROOT = pathlib.Path(__file__).resolve().parent.parent
HTML = ROOT / "tests/fixtures/html"
DOCX = ROOT / "tests/fixtures/docx"
XLSX = ROOT / "tests/fixtures/xlsx"
TEMPLATE = ROOT / "tests/fixtures/docx/template-blank.docx"  # copy of ../shared/templates/2021-edition-blank-template.docx
NIANBAO = ROOT / "target/debug/nianbao"

REQUEST_ROWS = ["received", "carried_over", "granted", "partly_granted"] + [f"refused.{k}" for k in ["state_secret", "prohibited_by_law", "three_safeties", "third_party", "internal_affairs", "process_info", "enforcement_files", "query_matters"]] \
    + [f"unable.{k}" for k in ["not_held", "needs_creation", "unclear"]] + [f"not_processed.{k}" for k in ["petition", "duplicate", "publication", "excessive", "confirmation"]] \
    + ["other.no_correction", "other.no_fee", "other.other", "outcome_total", "carried_forward"]
COLS = ["natural_person", "commercial", "research", "social", "legal_services", "other_org", "total"]
GROUPS = ["review", "litigation_direct", "litigation_after_review"]
APPEAL = ["upheld", "corrected", "other", "pending", "total"]
PROACTIVE = [("item1.regulations", ["issued", "repealed", "in_force"]), ("item1.normative_documents", ["issued", "repealed", "in_force"]),
             ("item5.licensing", ["decisions"]), ("item6.penalty", ["decisions"]), ("item6.enforcement", ["decisions"]), ("item8.fees", ["amount"])]


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
        blocks = [("item1", "第二十条第（一）项", ["本年新制作数量", "本年新公开数量", "对外公开总数量"], ["made", "published", "total"], [("regulations", "规章"), ("normative_documents", "规范性文件")]),
                  ("item5", "第二十条第（五）项", ["上一年项目数量", "本年增/减", "处理决定数量"], ["last_year_items", "change", "decisions"], [("licensing", "行政许可"), ("other_services", "其他对外管理服务事项")]),
                  ("item6", "第二十条第（六）项", ["上一年项目数量", "本年增/减", "处理决定数量"], ["last_year_items", "change", "decisions"], [("penalty", "行政处罚"), ("enforcement", "行政强制")]),
                  ("item8", "第二十条第（八）项", ["上一年项目数量", "本年增/减"], ["last_year_items", "change"], [("fees", "行政事业性收费")]),
                  ("item9", "第二十条第（九）项", ["采购项目数量", "采购总金额"], ["projects", "amount"], [("procurement", "政府集中采购")])] if edition == "2019" else \
                 [("item1", "第二十条第（一）项", ["本年制发件数", "本年废止件数", "现行有效件数"], ["issued", "repealed", "in_force"], [("regulations", "规章"), ("normative_documents", "行政规范性文件")]),
                  ("item5", "第二十条第（五）项", ["本年处理决定数量"], ["decisions"], [("licensing", "行政许可")]),
                  ("item6", "第二十条第（六）项", ["本年处理决定数量"], ["decisions"], [("penalty", "行政处罚"), ("enforcement", "行政强制")]),
                  ("item8", "第二十条第（八）项", ["本年收费金额（单位：万元）"], ["amount"], [("fees", "行政事业性收费")])]
        for key, caption, headers, cols, rows in blocks:
            put(r, 1, caption, span=4); r += 1
            span = 3 // len(cols) if len(cols) != 2 else 1
            put(r, 1, "信息内容")
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
        put(r, 1, "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", span=3, down=3)
        put(r, 4, "申请人情况", span=7)
        put(r + 1, 4, "自然人", down=2); put(r + 1, 5, "法人或其他组织", span=5); put(r + 1, 10, "总计", down=2)
        for i, h in enumerate(["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]):
            put(r + 2, 5 + i, h)
        r += 3
        labels = {"received": "一、本年新收政府信息公开申请数量", "carried_over": "二、上年结转政府信息公开申请数量", "granted": "（一）予以公开",
                  "partly_granted": "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "outcome_total": "（七）总计", "carried_forward": "四、结转下年度继续办理",
                  "other": "（六）其他处理"}
        sub = {"refused": ("（三）不予公开", ["1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益", "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项"]),
               "unable": ("（四）无法提供", ["1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确"]),
               "not_processed": ("（五）不予处理", ["1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请", "5.要求行政机关确认或重新出具已获取信息"]),
               "other": ("（六）其他处理", ["1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他"])}
        keys = list(t.keys())
        outcome_rows = [k for k in keys if k not in ("received", "carried_over", "carried_forward")]
        seen = set()
        for k in keys:
            if k in ("received", "carried_over", "carried_forward"):
                put(r, 1, labels[k], span=3)
            else:
                if k == outcome_rows[0]:
                    put(r, 1, "三、本年度办理结果", down=len(outcome_rows))
                group = k.split(".")[0] if "." in k else None
                if group:
                    name, items = sub[group]
                    if group not in seen:
                        seen.add(group)
                        put(r, 2, name, down=sum(1 for o in outcome_rows if o.startswith(group + ".")))
                    put(r, 3, items[[o for o in keys if o.startswith(group + ".")].index(k)])
                else:
                    put(r, 2, labels[k], span=2)
            for i, c in enumerate(COLS):
                put(r, 4 + i, value(t[k].get(c)))
            r += 1
        return r
    put(r, 1, "行政复议", span=5); put(r, 6, "行政诉讼", span=10)
    headers = appeal_headers(prefix)
    for i, h in enumerate(headers):
        put(r + 1, 1 + i, h, down=2)
    put(r + 1, 6, "未经复议直接起诉", span=5); put(r + 1, 11, "复议后起诉", span=5)
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
                target = wb.create_sheet({"proactive": "表二", "requests": "表三", "appeals": "表四"}[which]) if split else ws
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
        if cells[0].text.strip() in ("规章", "行政规范性文件", "行政许可", "行政处罚", "行政强制", "行政事业性收费"):
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
    numbered_heading(d, "总体情况"); d.add_paragraph("本年度工作稳步推进。")
    numbered_heading(d, "主动公开政府信息情况")
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
    caption("第二十条第（一）项"); header("信息内容", "本年制发件数", "本年废止件数", "现行有效件数")
    data("规章", *p[0:3]); data("行政规范性文件", *p[3:6])
    caption("第二十条第（五）项"); header("信息内容", "本年处理决定数量"); data("行政许可", p[6])
    caption("第二十条第（六）项"); header("信息内容", "本年处理决定数量"); data("行政处罚", p[7]); data("行政强制", p[8])
    caption("第二十条第（八）项"); header("信息内容", "本年收费金额（单位：万元）"); data("行政事业性收费", p[9])
    numbered_heading(d, "收到和处理政府信息公开申请情况")
    t3 = d.add_table(rows=3 + 25, cols=10)
    rows = t3.rows
    rows[0].cells[0].merge(rows[2].cells[2]); rows[0].cells[0].text = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
    rows[0].cells[3].merge(rows[0].cells[9]); rows[0].cells[3].text = "申请人情况"
    rows[1].cells[3].merge(rows[2].cells[3]); rows[1].cells[3].text = "自然人"
    rows[1].cells[4].merge(rows[1].cells[8]); rows[1].cells[4].text = "法人或其他组织"
    rows[1].cells[9].merge(rows[2].cells[9]); rows[1].cells[9].text = "总计"
    for i, h in enumerate(["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]):
        rows[2].cells[4 + i].text = h
    labels = ["一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量", "（一）予以公开", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
              "1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益", "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项",
              "1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确",
              "1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请", "5.要求行政机关确认或重新出具已获取信息",
              "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他",
              "（七）总计", "四、结转下年度继续办理"]
    body = rows[3:]
    for r in (0, 1, 24):
        body[r].cells[0].merge(body[r].cells[2])
    body[2].cells[0].merge(body[23].cells[0]); body[2].cells[0].text = "三、本年度办理结果"  # vMerge across 22 rows
    for r in (2, 3, 23):
        body[r].cells[1].merge(body[r].cells[2])
    for first, last, name in [(4, 11, "（三）不予公开"), (12, 14, "（四）无法提供"), (15, 19, "（五）不予处理"), (20, 22, "（六）其他处理")]:
        body[first].cells[1].merge(body[last].cells[1]); body[first].cells[1].text = name
    for r, label in enumerate(labels):
        cell = body[r].cells[0] if r in (0, 1, 24) else body[r].cells[1] if r in (2, 3, 23) else body[r].cells[2]
        para = cell.paragraphs[0]
        if r == 0:
            para.add_run("一、本年新收"); para.add_run("政府信息公开"); para.add_run("申请数量")  # one label, three runs
        elif r == 3:
            para.add_run("（二）部分公开"); para.add_run().add_break(); para.add_run("（区分处理的，只计这一情形，不计其他情形）")
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
    numbered_heading(d, "政府信息公开行政复议、行政诉讼情况", heading_style)
    t4 = d.add_table(rows=4, cols=15)
    a, b, c4, v = t4.rows
    a.cells[0].merge(a.cells[4]); a.cells[0].text = "行政复议"; a.cells[5].merge(a.cells[14]); a.cells[5].text = "行政诉讼"
    for i, h in enumerate(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]):
        b.cells[i].merge(c4.cells[i]); b.cells[i].text = h
    b.cells[5].merge(b.cells[9]); b.cells[5].text = "未经复议直接起诉"; b.cells[10].merge(b.cells[14]); b.cells[10].text = "复议后起诉"
    for g in range(2):
        for i, h in enumerate(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]):
            c4.cells[5 + g * 5 + i].text = h
    for i, n in enumerate(numbers["appeals"]):
        v.cells[i].text = str(n)
    numbered_heading(d, "存在的主要问题及改进情况", heading_style); d.add_paragraph("一是公开深度不够。")
    numbered_heading(d, "其他需要报告的事项", heading_style); d.add_paragraph("无。")
    d.save(str(DOCX / "merged-tracked.docx"))
    (DOCX / "merged-tracked.json").write_text(json.dumps(expected(numbers, year), ensure_ascii=False, indent=1))


DOCX.mkdir(parents=True, exist_ok=True)
XLSX.mkdir(parents=True, exist_ok=True)
libreoffice()
openpyxl_fixtures()
template_fixtures()
merged_tracked()
