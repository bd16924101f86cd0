#!/usr/bin/env python3
"""Makes the pre-2019 fixtures: one 2017 report in the old format, as Word, HTML and text.

Reports for 2018 and before follow the old 《政府信息公开工作年度报告》 outline (seven parts:
概述 · 主动公开 · 依申请公开 · 收费及减免 · 行政复议和行政诉讼 · 问题及改进 · 其他) and print one
统计表 of 统计指标 / 单位 / 统计数 rows, where 依申请公开情况 counts applications by channel
(当面/传真/网络/信函) and replies by kind (同意公开、不同意公开 with six reasons, …). None of
that is the 2019 or 2021 form, so the checker must say "old format, not checked" (T031) and
nothing about sections or tables.

  tests/fixtures/pre2019/old-2017.docx  python-docx: the report below
  tests/fixtures/pre2019/old-2017.html  LibreOffice: the .docx saved as HTML
  tests/fixtures/pre2019/old-2017.txt   Chromium: the HTML's text as a browser copies it
                                        (cells separated by tabs, one row a line)
  tests/fixtures/pre2019/old-2019.txt   the same text with the years set to 2019: the layout
                                        alone must tell the old format

Needs: python-docx, soffice (libreoffice-writer), node with playwright-core and Debian's
chromium (as the browser tests use). Run: python3 scripts/make_pre2019_fixtures.py
"""
import pathlib, subprocess, tempfile

import docx

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "tests/fixtures/pre2019"

TITLE = "青山县人民政府办公室2017年政府信息公开工作年度报告"
INTRO = ("本报告根据《中华人民共和国政府信息公开条例》要求，由青山县人民政府办公室编制。全文包括概述、"
         "主动公开政府信息情况、依申请公开政府信息情况、政府信息公开的收费及减免情况、因政府信息公开申请"
         "提起行政复议和行政诉讼的情况、政府信息公开工作存在的主要问题及改进情况、其他需要报告的事项。"
         "本报告中所列数据的统计期限自2017年1月1日起至2017年12月31日止。")
PARTS = [
    ("一、概述", ["2017年，县政府办公室认真贯彻落实《中华人民共和国政府信息公开条例》，健全工作机制，"
                "完善公开目录，全年政府信息公开工作平稳有序。"]),
    ("二、主动公开政府信息情况", ["全年主动公开政府信息1260条，其中规范性文件14件。政府网站公开1108条，"
                              "政务微博公开96条，政务微信公开56条。"]),
    ("三、依申请公开政府信息情况", ["全年共收到政府信息公开申请28件，均已按期答复，详见附表。"]),
    ("四、政府信息公开的收费及减免情况", ["全年未收取任何费用。"]),
    ("五、因政府信息公开申请提起行政复议、行政诉讼的情况", ["全年因政府信息公开申请被提起行政复议1件，维持原答复；未发生行政诉讼。"]),
    ("六、政府信息公开工作存在的主要问题及改进情况", ["部分信息更新不够及时。2018年将加强督促检查，提高公开时效。"]),
    ("七、其他需要报告的事项", ["无。"]),
]
# (统计指标, 单位, 统计数): the old national 统计表 as reports for 2013–2018 print it.
TABLE = [
    ("统计指标", "单位", "统计数"),
    ("一、主动公开情况", "——", "——"),
    ("（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）", "条", "1260"),
    ("其中：主动公开规范性文件数", "条", "14"),
    ("制发规范性文件总数", "件", "14"),
    ("（二）通过不同渠道和方式公开政府信息的情况", "——", "——"),
    ("1.政府公报公开政府信息数", "条", "0"),
    ("2.政府网站公开政府信息数", "条", "1108"),
    ("3.政务微博公开政府信息数", "条", "96"),
    ("4.政务微信公开政府信息数", "条", "56"),
    ("5.其他方式公开政府信息数", "条", "0"),
    ("二、回应解读情况", "——", "——"),
    ("（一）回应公众关注热点或重大舆情数（不同方式回应同一热点或舆情计1次）", "次", "6"),
    ("（二）通过不同方式回应解读的情况", "——", "——"),
    ("1.参加或举办新闻发布会总次数", "次", "2"),
    ("2.政府网站在线访谈次数", "次", "1"),
    ("3.政策解读稿件发布数", "篇", "9"),
    ("三、依申请公开情况", "——", "——"),
    ("（一）收到申请数", "件", "28"),
    ("1.当面申请数", "件", "6"),
    ("2.传真申请数", "件", "0"),
    ("3.网络申请数", "件", "17"),
    ("4.信函申请数", "件", "5"),
    ("（二）申请办结数", "件", "28"),
    ("1.按时办结数", "件", "28"),
    ("2.延期办结数", "件", "0"),
    ("（三）申请答复数", "件", "28"),
    ("1.属于已主动公开范围数", "件", "7"),
    ("2.同意公开答复数", "件", "11"),
    ("3.同意部分公开答复数", "件", "2"),
    ("4.不同意公开答复数", "件", "3"),
    ("其中：涉及国家秘密", "件", "0"),
    ("涉及商业秘密", "件", "0"),
    ("涉及个人隐私", "件", "1"),
    ("危及国家安全、公共安全、经济安全和社会稳定", "件", "0"),
    ("不是《条例》所指政府信息", "件", "2"),
    ("法律法规规定的其他情形", "件", "0"),
    ("5.不属于本行政机关公开数", "件", "3"),
    ("6.申请信息不存在数", "件", "2"),
    ("7.告知作出更改补充数", "件", "0"),
    ("8.告知通过其他途径办理数", "件", "0"),
    ("四、行政复议数量", "件", "1"),
    ("（一）维持具体行政行为数", "件", "1"),
    ("（二）被依法纠错数", "件", "0"),
    ("（三）其他情形数", "件", "0"),
    ("五、行政诉讼数量", "件", "0"),
    ("（一）维持具体行政行为或者驳回原告诉讼请求数", "件", "0"),
    ("（二）被依法纠错数", "件", "0"),
    ("（三）其他情形数", "件", "0"),
    ("六、举报投诉数量", "件", "0"),
    ("七、依申请公开信息收取的费用", "万元", "0"),
]
TEXT_JS = """
const { chromium } = require('playwright-core');
(async () => {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  const page = await browser.newPage();
  await page.goto('file://' + process.argv[1]);
  process.stdout.write(await page.evaluate(() => document.body.innerText));
  await browser.close();
})();
"""


def word(path):
    document = docx.Document()
    document.add_heading(TITLE, level=1)
    document.add_paragraph(INTRO)
    for title, paragraphs in PARTS:
        document.add_paragraph(title)
        for text in paragraphs:
            document.add_paragraph(text)
        if title.startswith("三、"):
            document.add_paragraph("附表：政府信息公开情况统计表（2017年度）")
            table = document.add_table(rows=0, cols=3)
            table.style = "Table Grid"
            for row in TABLE:
                cells = table.add_row().cells
                for cell, text in zip(cells, row):
                    cell.text = text
    document.save(path)


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    source = OUT / "old-2017.docx"
    word(source)
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["soffice", "--headless", "--convert-to", "html:HTML (StarWriter)", "--outdir", tmp, str(source)],
                       check=True, capture_output=True)
        (OUT / "old-2017.html").write_bytes((pathlib.Path(tmp) / "old-2017.html").read_bytes())
    text = subprocess.run(["node", "-e", TEXT_JS, str(OUT / "old-2017.html")], cwd=ROOT, check=True,
                          capture_output=True, text=True).stdout
    (OUT / "old-2017.txt").write_text(text, encoding="utf-8")
    (OUT / "old-2019.txt").write_text(text.replace("2017", "2019").replace("2018", "2020"), encoding="utf-8")


if __name__ == "__main__":
    main()
