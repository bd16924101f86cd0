// PDFs in the browser: the PDF reader's own module (nianbao_pdf_bg.wasm) reads, the main
// module checks. On the hosted page and through the embed script the PDF module is fetched
// only when the first PDF arrives; the offline file carries it and asks for nothing.
//
// Each PDF's card must show what the same two steps give natively (the example
// `pdf_report` of nianbao_pdf_wasm): verdict, problem codes, every cell's text and every
// highlighted cell. Where a fixture's cells are known (tests/fixtures/pdf/*.expected.json,
// from its source document or read off its pages) the card must show exactly those cells.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, test } from 'node:test';
import { DIST, ROOT, dropFiles, launch, openCards, recordRequests, server } from './harness.mjs';

const PDFS = join(ROOT, 'tests/fixtures/pdf');
const HOSTILE = join(PDFS, 'hostile');
const PDF_MODULE = /nianbao_pdf_bg\.wasm$/;
const fixtures = readdirSync(PDFS).filter((f) => f.endsWith('.pdf')).sort();
const hostile = readdirSync(HOSTILE).filter((f) => f.endsWith('.pdf')).sort();

/** What the page should show for each file, by base name: computed natively. */
function native(paths) {
  const out = execFileSync('cargo', ['run', '--quiet', '-p', 'nianbao_pdf_wasm', '--example', 'pdf_report', '--', ...paths], { cwd: ROOT, maxBuffer: 1 << 28, timeout: 300_000 });
  return Object.fromEntries(JSON.parse(out).map((r) => [r.source.name, r]));
}

/** A report's cells as the page keys them (table/row/column) → raw text. */
function cellsOf(report) {
  const cells = {};
  for (const [table, rows] of Object.entries(report.tables ?? {})) {
    const flat = table === 'proactive'
      ? Object.entries(rows).flatMap(([block, inner]) => Object.entries(inner).map(([row, cols]) => [`${block}.${row}`, cols]))
      : Object.entries(rows);
    for (const [row, cols] of flat) for (const [col, cell] of Object.entries(cols)) cells[`${table}/${row}/${col}`] = cell.raw;
  }
  return cells;
}

/** What a native report should look like on its card (cells are highlighted for errors and
 * warnings, not for infos). */
function expectedCard(report) {
  const marking = report.diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning');
  const marked = new Set(marking.flatMap((d) => d.cells.map((c) => `${c.table}/${c.row}/${c.column}`)));
  return {
    verdict: report.summary.verdict,
    codes: report.diagnostics.map((d) => d.code).sort(),
    cells: cellsOf(report),
    marked: [...marked].sort(),
  };
}

/** Every card on the page, by file name: the same four things, read from the DOM (each card
 * opened first). */
async function cards(page) {
  await openCards(page);
  return page.evaluate(() => {
    const out = {};
    for (const card of document.querySelector('nianbao-checker').shadowRoot.querySelectorAll('.report')) {
      if (card.dataset.error) {
        out[card.querySelector('.file').textContent] = { error: card.querySelector('.error').textContent };
        continue;
      }
      const cells = {};
      const marked = [];
      for (const td of card.querySelectorAll('td[data-cell]')) {
        if (!td.classList.contains('absent')) cells[td.dataset.cell] = td.textContent;
        if (/\bhl-/.test(td.className)) marked.push(td.dataset.cell);
      }
      out[card.querySelector('.name').textContent] = {
        verdict: card.dataset.verdict,
        codes: [...card.querySelectorAll('.problem')].map((p) => p.dataset.code).sort(),
        cells,
        marked: marked.sort(),
      };
    }
    return out;
  });
}

async function waitForCards(page, count, timeout = 120_000) {
  await page.waitForFunction((n) => document.querySelector('nianbao-checker').shadowRoot.querySelectorAll('.report[data-verdict], .report[data-error]').length >= n, count, { timeout });
}

function assertShownAsNatively(shown, expected) {
  for (const [name, report] of Object.entries(expected)) {
    assert.deepEqual(shown[name], expectedCard(report), name);
  }
}

let browser;
let site;
let nativeReports;
before(async () => {
  browser = await launch();
  site = await server();
  nativeReports = native([...fixtures.map((f) => join(PDFS, f)), ...hostile.map((f) => join(HOSTILE, f))]);
});
after(async () => {
  await browser?.close();
  await site?.close();
});

test('hosted page: the PDF module is fetched after the first PDF is dropped, and every PDF is shown as natively checked', async () => {
  const page = await browser.context.newPage();
  const requests = recordRequests(page);
  await page.goto(site.url);
  await page.waitForFunction(() => window.Nianbao !== undefined);
  await page.evaluate(() => window.Nianbao.version());
  const dropzone = await page.evaluate(() => document.querySelector('nianbao-checker').shadowRoot.textContent);
  assert.match(dropzone, /支持 PDF（\.pdf）、Word（\.docx）/);
  // A page the main module reads itself: no reader module yet (Word and Excel would need it).
  await dropFiles(page, [join(ROOT, 'tests/fixtures/html/002_b8919bf2136104de.html')]);
  await waitForCards(page, 1);
  assert.equal(requests.filter((url) => PDF_MODULE.test(url)).length, 0, 'no PDF yet, no PDF module');
  const before = requests.length;
  await dropFiles(page, fixtures.map((f) => join(PDFS, f)));
  await waitForCards(page, 1 + fixtures.length);
  const fetched = requests.map((url, i) => [url, i]).filter(([url]) => PDF_MODULE.test(url));
  assert.deepEqual(fetched, [[`${site.url}nianbao_pdf_bg.wasm`, before]], 'fetched once, right after the drop');
  assert.ok(requests.every((url) => url.startsWith(site.url)), requests.join('\n'));
  const shown = await cards(page);
  assert.equal(Object.keys(shown).length, 1 + fixtures.length);
  assertShownAsNatively(shown, Object.fromEntries(fixtures.map((f) => [f, nativeReports[f]])));
  await page.close();
});

test('offline file: a PDF is read by the inlined module with every request blocked', async () => {
  const page = await browser.context.newPage();
  const blocked = [];
  await page.route(/^(https?|wss?):/, (route) => { blocked.push(route.request().url()); return route.abort(); });
  await page.goto(pathToFileURL(join(DIST, 'nianbao.html')).href);
  await page.waitForFunction(() => window.Nianbao !== undefined);
  const some = ['template-random-1.lo.pdf', '004_8b45603aceec5a0e.chromium.pdf', 'hongze-district-2024.wps.pdf'];
  await dropFiles(page, some.map((f) => join(PDFS, f)));
  await waitForCards(page, some.length);
  assertShownAsNatively(await cards(page), Object.fromEntries(some.map((f) => [f, nativeReports[f]])));
  assert.deepEqual(blocked, []);
  await page.close();
});

/** A portal at http://portal.test/ serving the embed script and the PDF module beside it. */
async function portalPage(csp) {
  const page = await browser.context.newPage();
  const asked = [];
  const files = {
    'http://portal.test/': ['text/html; charset=utf-8', '<!DOCTYPE html><meta charset="utf-8"><title>门户</title><nianbao-checker></nianbao-checker><script src="/static/nianbao-checker.js"></script>'],
    'http://portal.test/static/nianbao-checker.js': ['text/javascript; charset=utf-8', readFileSync(join(DIST, 'nianbao-checker.js'))],
    'http://portal.test/static/nianbao_pdf_bg.wasm': ['application/wasm', readFileSync(join(DIST, 'nianbao_pdf_bg.wasm'))],
  };
  await page.route(/^(https?|wss?):/, (route) => {
    asked.push(route.request().url());
    const file = files[route.request().url()];
    if (!file) return route.abort();
    return route.fulfill({ status: 200, headers: { 'content-type': file[0], 'content-security-policy': csp }, body: file[1] });
  });
  await page.goto('http://portal.test/');
  await page.waitForFunction(() => window.Nianbao !== undefined);
  return { page, asked };
}

test('embed script: the PDF module is loaded from beside the script when a PDF arrives', async () => {
  const { page, asked } = await portalPage("default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; worker-src blob:");
  await page.evaluate(() => window.Nianbao.version());
  assert.deepEqual(asked, ['http://portal.test/', 'http://portal.test/static/nianbao-checker.js']);
  await dropFiles(page, [join(PDFS, 'template-002.lo.pdf')]);
  await waitForCards(page, 1);
  assert.deepEqual(asked.slice(2), ['http://portal.test/static/nianbao_pdf_bg.wasm']);
  assertShownAsNatively(await cards(page), { 'template-002.lo.pdf': nativeReports['template-002.lo.pdf'] });
  await page.close();
});

test('embed script on a portal that forbids fetching: PDF and Word cards say what to do, a page still checks', async () => {
  const { page } = await portalPage("default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; worker-src blob:");
  const html = join(ROOT, 'tests/fixtures/html/002_b8919bf2136104de.html');
  await dropFiles(page, [join(PDFS, 'template-002.lo.pdf'), join(ROOT, 'tests/fixtures/docx/template-002.docx'), html]);
  await waitForCards(page, 3);
  const shown = await cards(page);
  const cannot = "无法加载 PDF、Word、Excel 的读取模块 nianbao_pdf_bg.wasm：请确认它与网页脚本放在同一目录，且网页的安全策略允许 connect-src 'self'；也可以打开发布年报的网页另存为 .html，或复制全文粘贴后再检查";
  assert.equal(shown['template-002.lo.pdf'].error, cannot);
  assert.equal(shown['template-002.docx'].error, cannot);
  assert.equal(shown['002_b8919bf2136104de.html'].verdict, 'pass');
  await page.close();
});

test('hostile PDFs are answered as natively, each in its own card', async () => {
  const page = await browser.context.newPage();
  const requests = recordRequests(page);
  await page.goto(site.url);
  await page.waitForFunction(() => window.Nianbao !== undefined);
  await dropFiles(page, hostile.map((f) => join(HOSTILE, f)));
  await waitForCards(page, hostile.length);
  assertShownAsNatively(await cards(page), Object.fromEntries(hostile.map((f) => [f, nativeReports[f]])));
  assert.ok(requests.every((url) => url.startsWith(site.url)), requests.join('\n'));
  await page.close();
});

test('the cells each fixture\'s expected file holds are shown', async () => {
  const verified = fixtures.filter((f) => existsSync(join(PDFS, f.replace(/\.pdf$/, '.expected.json'))));
  assert.equal(verified.length, 23);
  const page = await browser.context.newPage();
  await page.goto(site.url);
  await page.waitForFunction(() => window.Nianbao !== undefined);
  // encrypted-user-password.pdf cannot be opened without its password: its file says what
  // it holds once opened, and the reader must refuse it instead.
  const openable = verified.filter((f) => f !== 'encrypted-user-password.pdf');
  await dropFiles(page, openable.map((f) => join(PDFS, f)));
  await waitForCards(page, openable.length);
  const shown = await cards(page);
  for (const f of openable) {
    const expected = JSON.parse(readFileSync(join(PDFS, f.replace(/\.pdf$/, '.expected.json')), 'utf8'));
    const wrong = [];
    for (const [table, rows] of Object.entries(expected.tables)) {
      for (const [row, cols] of Object.entries(rows)) {
        for (const [col, raw] of Object.entries(cols)) {
          const got = shown[f].cells?.[`${table}/${row}/${col}`];
          if (got !== raw) wrong.push({ key: `${table}/${row}/${col}`, raw, got });
        }
      }
    }
    assert.deepEqual(wrong, [], f);
  }
  await page.close();
});

test('a PDF that needs a password and a scanned PDF are refused in Chinese, saying what to do', async () => {
  const page = await browser.context.newPage();
  await page.goto(site.url);
  await page.waitForFunction(() => window.Nianbao !== undefined);
  await dropFiles(page, [join(PDFS, 'encrypted-user-password.pdf'), join(PDFS, 'scanned.pdf')]);
  await waitForCards(page, 2);
  await openCards(page);
  const problems = await page.evaluate(() => Object.fromEntries([...document.querySelector('nianbao-checker').shadowRoot.querySelectorAll('.report')].map((card) => [
    card.querySelector('.name').textContent,
    [card.dataset.verdict, [...card.querySelectorAll('.problem')].map((p) => [p.dataset.code, p.textContent.includes('文件设置了密码，无法读取：请取消密码保护后再试'), p.textContent.includes('没有文字层：这是扫描件')])],
  ])));
  assert.deepEqual(problems, {
    'encrypted-user-password.pdf': ['unreadable', [['F003', true, false]]],
    'scanned.pdf': ['unreadable', [['F002', false, true]]],
  });
  await page.close();
});
