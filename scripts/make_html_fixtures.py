#!/usr/bin/env python3
"""Redraws each seed's tables as a saved portal page: the official form with real
rowspan/colspan, page chrome around it, and (seed 004) GBK encoding with <meta charset=gbk>.

Input: `nianbao check --format json` of the text seeds (what the text reader saw).
Output: tests/fixtures/html/<seed>.html. The differential test then checks that the HTML
reader gets the same cells. Labels, headers and section titles come from `nianbao forms`
(see seed_extras.py). Run: python3 scripts/make_html_fixtures.py [--forms FORMS.json]
"""
import html, json, pathlib, subprocess

from seed_extras import EXTRA_ROWS, appeal_headers, forms, labels

ROOT = pathlib.Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "tests/fixtures/seeds").glob("*.txt"))
OUT = ROOT / "tests/fixtures/html"

FORMS = forms()
WORDS = FORMS["words"]


def blocks(edition):
    """表二's blocks: key, caption, column headers, column keys, (row key, row label)."""
    return [(b["key"], b["caption"], labels(b["columns"]), [c["key"] for c in b["columns"]],
             [(r["key"], r["label"]) for r in b["rows"]]) for b in FORMS[edition]["proactive"]]


def request_rows(edition):
    """表三's rows as (key, sub-group or None, label); rows of 三、本年度办理结果 itself have no
    sub-group, and the rows before and after it (一、二、四、) are returned apart."""
    rows = FORMS[edition]["request_rows"]
    outer = [(r["key"], r["label"]) for r in rows if r.get("group") is None]
    outcomes = [(r["key"], None if r["group"] == WORDS["outcomes"] else r["group"], r["label"])
                for r in rows if r.get("group") is not None]
    return outer[:-1], outcomes, outer[-1]


COLS = [c["key"] for c in FORMS["2021"]["request_columns"]]
GROUPS = [g["key"] for g in FORMS["2021"]["appeal_groups"]]
APPEAL = [c["key"] for c in FORMS["2021"]["appeal_columns"]]


def td(cell, attrs=""):
    raw = "&nbsp;" if cell is None or cell["raw"] == "" else html.escape(cell["raw"])
    return f"<td{attrs}>{raw}</td>"


def proactive(t, edition, extra):
    rows = []
    for key, caption, headers, cols, items in blocks(edition):
        span = 3 // len(cols) if len(cols) < 3 else 1
        rows.append(f'<tr><td colspan="4">{caption}</td></tr>')
        hs = "".join(f'<td colspan="{span}">{h}</td>' if len(cols) == 1 else f"<td>{h}</td>" for h in headers)
        pad = '<td>&nbsp;</td>' if len(cols) == 2 else ""
        rows.append(f"<tr><td>{WORDS['info']}</td>{hs}{pad}</tr>")
        for rk, label in items:
            cells = t.get(key, {}).get(rk)
            if cells is None:
                continue
            vs = "".join(td(cells.get(c), f' colspan="{span}"' if len(cols) == 1 else "") for c in cols)
            rows.append(f"<tr><td>{label}</td>{vs}{pad}</tr>")
        for label, values in extra.get(key, []):
            rows.append(f"<tr><td>{label}</td>{''.join(f'<td>{v}</td>' for v in values)}{pad}</tr>")
    return "<table border=1 cellspacing=0>" + "".join(rows) + "</table>"


def requests(t, edition):
    head, outcomes, tail = request_rows(edition)
    columns = labels(FORMS[edition]["request_columns"])
    # The page breaks the first two organisation headers after two characters (商业<br>企业),
    # as narrow printed forms do.
    legal = "".join(f"<td>{h[:2]}<br>{h[2:]}</td>" if i < 2 else f"<td>{h}</td>" for i, h in enumerate(columns[1:-1]))
    rows = [f'<tr><td colspan="3" rowspan="3">{WORDS["balanceNote"]}</td><td colspan="7">{WORDS["applicant"]}</td></tr>',
            f'<tr><td rowspan="2">{columns[0]}</td><td colspan="5">{WORDS["legal"]}</td><td rowspan="2">{columns[-1]}</td></tr>',
            f"<tr>{legal}</tr>"]
    values = lambda key: "".join(td(t.get(key, {}).get(c)) for c in COLS)
    for key, label in head:
        rows.append(f'<tr><td colspan="3">{label}</td>{values(key)}</tr>')
    seen = set()
    for i, (key, group, label) in enumerate(outcomes):
        lead = f'<td rowspan="{len(outcomes)}">{WORDS["outcomes"]}</td>' if i == 0 else ""
        if group is None:
            rows.append(f'<tr>{lead}<td colspan="2">{label}</td>{values(key)}</tr>')
        else:
            g = ""
            if group not in seen:
                seen.add(group)
                g = f'<td rowspan="{sum(1 for o in outcomes if o[1] == group)}">{group}</td>'
            rows.append(f"<tr>{lead}{g}<td>{label}</td>{values(key)}</tr>")
    key, label = tail
    rows.append(f'<tr><td colspan="3">{label}</td>{values(key)}</tr>')
    return "<table border=1>" + "".join(rows) + "</table>"


def appeals(t, headers):
    heads = "".join(f'<td rowspan="2">{h}</td>' for h in headers)
    sub = "".join(f"<td>{h}</td>" for h in headers * 2)
    data = "".join(td(t.get(g, {}).get(c)) for g in GROUPS for c in APPEAL)
    direct, after = labels(FORMS["2021"]["appeal_groups"])[1:]
    return (f'<table border=1><tr><td colspan="5">{WORDS["review"]}</td><td colspan="10">{WORDS["litigation"]}</td></tr>'
            f'<tr>{heads}<td colspan="5">{direct}</td><td colspan="5">{after}</td></tr><tr>{sub}</tr><tr>{data}</tr></table>')


def page(report, text_lines, gbk, prefix):
    r = report["report"]
    t = report["tables"]
    edition = r["edition"]
    charset = '<meta http-equiv="Content-Type" content="text/html; charset=gbk">' if gbk else '<meta charset="utf-8">'
    paragraphs = lambda lines: "".join(f"<p>{html.escape(l)}</p>" for l in lines)
    title = r["title"] or ""
    sec = text_lines
    return (f"<!DOCTYPE html><html><head>{charset}<title>{html.escape(title or '信息公开')}</title><script>var _hmt = []; if (a < b) {{}}</script>"
            f"<style>td {{ border: 1px solid }}</style></head><body><div class=top>首页 | 政务公开 | 信息公开年报</div>"
            f"<div class=article>{'<h2>' + html.escape(title) + '</h2>' if title else ''}{paragraphs(sec['intro'])}{paragraphs(sec[2])}{proactive(t.get('proactive', {}), edition, EXTRA_ROWS.get(prefix, {}))}"
            f"{paragraphs(sec[3])}{requests(t.get('requests', {}), edition)}"
            f"{paragraphs(sec[4])}{appeals(t.get('appeals', {}), appeal_headers(prefix))}{paragraphs(sec['outro'])}</div>"
            f"<div class=footer>主办单位：人民政府办公室 &nbsp; 扫一扫在手机上查看当前页面</div></body></html>")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    binary = ROOT / "target/debug/nianbao"
    for seed in SEEDS:
        if seed.name.startswith("003"):
            continue  # its text lost the columns of 表三; there is nothing to redraw
        report = json.loads(subprocess.run([str(binary), "check", "--format", "json", str(seed)], capture_output=True, text=True).stdout)[0]
        lines = [l for l in seed.read_text(encoding="utf-8").splitlines() if "|" not in l and l.strip()]
        # A section starts at the line opening with its number (二、): the titles themselves
        # may be worded differently in a seed.
        number = [title[:2] for title in FORMS["sections"]]
        intro = lines[: next(i for i, l in enumerate(lines) if l.startswith(number[1]))]
        outro = lines[next(i for i, l in enumerate(lines) if l.startswith(number[4])):]
        gbk = seed.name.startswith("004")
        # A section's heading and its narrative; short pipe-less lines there are pieces of
        # table cells that the text copy broke (`第二十条第（一）项`, `300`), not paragraphs.
        def between(a, b):
            part = lines[next(i for i, l in enumerate(lines) if l.startswith(a)):next(i for i, l in enumerate(lines) if l.startswith(b))]
            return part[:1] + [l for l in part[1:] if len(l) > 40]
        parts = {"intro": intro, "outro": outro, 2: between(number[1], number[2]), 3: between(number[2], number[3]), 4: between(number[3], number[4])}
        text = page(report, parts, gbk, seed.name[:3])
        (OUT / (seed.stem + ".html")).write_bytes(text.encode("gbk" if gbk else "utf-8"))


main()
