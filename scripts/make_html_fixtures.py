#!/usr/bin/env python3
"""Redraws each seed's tables as a saved portal page: the official form with real
rowspan/colspan, page chrome around it, and (seed 004) GBK encoding with <meta charset=gbk>.

Input: `nianbao check --format json` of the text seeds (what the text reader saw).
Output: tests/fixtures/html/<seed>.html. The differential test then checks that the HTML
reader gets the same cells. Run: python3 scripts/make_html_fixtures.py
"""
import html, json, pathlib, subprocess

from seed_extras import EXTRA_ROWS, appeal_headers

ROOT = pathlib.Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "tests/fixtures/seeds").glob("*.txt"))
OUT = ROOT / "tests/fixtures/html"

P2019 = [("item1", "第二十条第（一）项", ["本年新制作数量", "本年新公开数量", "对外公开总数量"], ["made", "published", "total"], [("regulations", "规章"), ("normative_documents", "规范性文件")]),
         ("item5", "第二十条第（五）项", ["上一年项目数量", "本年增/减", "处理决定数量"], ["last_year_items", "change", "decisions"], [("licensing", "行政许可"), ("other_services", "其他对外管理服务事项")]),
         ("item6", "第二十条第（六）项", ["上一年项目数量", "本年增/减", "处理决定数量"], ["last_year_items", "change", "decisions"], [("penalty", "行政处罚"), ("enforcement", "行政强制")]),
         ("item8", "第二十条第（八）项", ["上一年项目数量", "本年增/减"], ["last_year_items", "change"], [("fees", "行政事业性收费")]),
         ("item9", "第二十条第（九）项", ["采购项目数量", "采购总金额"], ["projects", "amount"], [("procurement", "政府集中采购")])]
P2021 = [("item1", "第二十条第（一）项", ["本年制发件数", "本年废止件数", "现行有效件数"], ["issued", "repealed", "in_force"], [("regulations", "规章"), ("normative_documents", "行政规范性文件")]),
         ("item5", "第二十条第（五）项", ["本年处理决定数量"], ["decisions"], [("licensing", "行政许可")]),
         ("item6", "第二十条第（六）项", ["本年处理决定数量"], ["decisions"], [("penalty", "行政处罚"), ("enforcement", "行政强制")]),
         ("item8", "第二十条第（八）项", ["本年收费金额（单位：万元）"], ["amount"], [("fees", "行政事业性收费")])]
HEAD = [("received", "一、本年新收政府信息公开申请数量"), ("carried_over", "二、上年结转政府信息公开申请数量")]
OUTCOMES = [("granted", None, "（一）予以公开"), ("partly_granted", None, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）")]
OUTCOMES += [(k, "（三）不予公开", l) for k, l in [("refused.state_secret", "1.属于国家秘密"), ("refused.prohibited_by_law", "2.其他法律行政法规禁止公开"), ("refused.three_safeties", "3.危及“三安全一稳定”"), ("refused.third_party", "4.保护第三方合法权益"), ("refused.internal_affairs", "5.属于三类内部事务信息"), ("refused.process_info", "6.属于四类过程性信息"), ("refused.enforcement_files", "7.属于行政执法案卷"), ("refused.query_matters", "8.属于行政查询事项")]]
OUTCOMES += [(k, "（四）无法提供", l) for k, l in [("unable.not_held", "1.本机关不掌握相关政府信息"), ("unable.needs_creation", "2.没有现成信息需要另行制作"), ("unable.unclear", "3.补正后申请内容仍不明确")]]
OUTCOMES += [(k, "（五）不予处理", l) for k, l in [("not_processed.petition", "1.信访举报投诉类申请"), ("not_processed.duplicate", "2.重复申请"), ("not_processed.publication", "3.要求提供公开出版物"), ("not_processed.excessive", "4.无正当理由大量反复申请"), ("not_processed.confirmation", "5.要求行政机关确认或重新出具已获取信息")]]
OTHER_2019 = [("other", None, "（六）其他处理")]
OTHER_2021 = [(k, "（六）其他处理", l) for k, l in [("other.no_correction", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"), ("other.no_fee", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"), ("other.other", "3.其他")]]
COLS = ["natural_person", "commercial", "research", "social", "legal_services", "other_org", "total"]
APPEAL = ["upheld", "corrected", "other", "pending", "total"]


def td(cell, attrs=""):
    raw = "&nbsp;" if cell is None or cell["raw"] == "" else html.escape(cell["raw"])
    return f"<td{attrs}>{raw}</td>"


def proactive(t, edition, extra):
    rows = []
    for key, caption, headers, cols, items in (P2019 if edition == "2019" else P2021):
        span = 3 // len(cols) if len(cols) < 3 else 1
        rows.append(f'<tr><td colspan="4">{caption}</td></tr>')
        hs = "".join(f'<td colspan="{span}">{h}</td>' if len(cols) == 1 else f"<td>{h}</td>" for h in headers)
        pad = '<td>&nbsp;</td>' if len(cols) == 2 else ""
        rows.append(f"<tr><td>信息内容</td>{hs}{pad}</tr>")
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
    outcomes = OUTCOMES + (OTHER_2019 if edition == "2019" else OTHER_2021) + [("outcome_total", None, "（七）总计")]
    rows = ['<tr><td colspan="3" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td colspan="7">申请人情况</td></tr>',
            '<tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>',
            "<tr><td>商业<br>企业</td><td>科研<br>机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>"]
    values = lambda key: "".join(td(t.get(key, {}).get(c)) for c in COLS)
    for key, label in HEAD:
        rows.append(f'<tr><td colspan="3">{label}</td>{values(key)}</tr>')
    seen = set()
    for i, (key, group, label) in enumerate(outcomes):
        lead = f'<td rowspan="{len(outcomes)}">三、本年度办理结果</td>' if i == 0 else ""
        if group is None:
            rows.append(f'<tr>{lead}<td colspan="2">{label}</td>{values(key)}</tr>')
        else:
            g = ""
            if group not in seen:
                seen.add(group)
                g = f'<td rowspan="{sum(1 for o in outcomes if o[1] == group)}">{group}</td>'
            rows.append(f"<tr>{lead}{g}<td>{label}</td>{values(key)}</tr>")
    rows.append(f'<tr><td colspan="3">四、结转下年度继续办理</td>{values("carried_forward")}</tr>')
    return "<table border=1>" + "".join(rows) + "</table>"


def appeals(t, headers):
    heads = "".join(f'<td rowspan="2">{h}</td>' for h in headers)
    sub = "".join(f"<td>{h}</td>" for h in headers * 2)
    data = "".join(td(t.get(g, {}).get(c)) for g in ["review", "litigation_direct", "litigation_after_review"] for c in APPEAL)
    return (f'<table border=1><tr><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr>'
            f'<tr>{heads}<td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr><tr>{sub}</tr><tr>{data}</tr></table>')


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
            f"<div class=article>{'<h2>' + html.escape(title) + '</h2>' if title else ''}{paragraphs(sec['intro'])}{paragraphs(sec['二'])}{proactive(t.get('proactive', {}), edition, EXTRA_ROWS.get(prefix, {}))}"
            f"{paragraphs(sec['三'])}{requests(t.get('requests', {}), edition)}"
            f"{paragraphs(sec['四'])}{appeals(t.get('appeals', {}), appeal_headers(prefix))}{paragraphs(sec['outro'])}</div>"
            f"<div class=footer>主办单位：人民政府办公室 &nbsp; 扫一扫在手机上查看当前页面</div></body></html>")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    binary = ROOT / "target/debug/nianbao"
    for seed in SEEDS:
        if seed.name.startswith("003"):
            continue  # its text lost the columns of 表三; there is nothing to redraw
        report = json.loads(subprocess.run([str(binary), "check", "--format", "json", str(seed)], capture_output=True, text=True).stdout)[0]
        lines = [l for l in seed.read_text(encoding="utf-8").splitlines() if "|" not in l and l.strip()]
        intro = lines[: next(i for i, l in enumerate(lines) if l.startswith("二、"))]
        outro = lines[next(i for i, l in enumerate(lines) if l.startswith("五、")):]
        gbk = seed.name.startswith("004")
        # A section's heading and its narrative; short pipe-less lines there are pieces of
        # table cells that the text copy broke (`第二十条第（一）项`, `300`), not paragraphs.
        def between(a, b):
            part = lines[next(i for i, l in enumerate(lines) if l.startswith(a)):next(i for i, l in enumerate(lines) if l.startswith(b))]
            return part[:1] + [l for l in part[1:] if len(l) > 40]
        parts = {"intro": intro, "outro": outro, "二": between("二、", "三、"), "三": between("三、", "四、"), "四": between("四、", "五、")}
        text = page(report, parts, gbk, seed.name[:3])
        (OUT / (seed.stem + ".html")).write_bytes(text.encode("gbk" if gbk else "utf-8"))


main()
