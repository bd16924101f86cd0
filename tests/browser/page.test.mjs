// The hosted page in real headless Chromium: drop each seed (DataTransfer and the file
// picker), see the verdict and the exact numbers; a changed number shows the error on its
// cells; nothing leaves the page; report text is never run as HTML.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { basename, join } from 'node:path';
import { ROOT, dropBytes, dropFiles, launch, recordRequests, seedPath, server, shown, waitForReports } from './harness.mjs';

let browser;
let site;
let page;
let requests;
let consoleProblems;

before(async () => {
  browser = await launch();
  site = await server();
});
after(async () => {
  await browser?.close();
  await site?.close();
});

async function freshPage() {
  page = await browser.context.newPage();
  consoleProblems = [];
  page.on('console', (m) => { if (m.type() === 'error' || /Content.Security.Policy/i.test(m.text())) consoleProblems.push(m.text()); });
  page.on('pageerror', (e) => consoleProblems.push(e.message));
  await page.goto(site.url);
  await page.evaluate(() => customElements.whenDefined('nianbao-checker'));
  await page.waitForFunction(() => window.Nianbao !== undefined);
  await page.evaluate(() => window.Nianbao.version());
  requests = recordRequests(page);
}

const GRANTED_004 = {
  natural_person: ['199', 'state-inferred'], commercial: ['371', 'state-inferred'], research: ['16', 'state-inferred'],
  social: ['', 'state-blank'], legal_services: ['5', 'state-inferred'], other_org: ['', 'state-blank'], total: ['591', 'state-inferred'],
};

describe('hosted page', () => {
  before(freshPage);

  test('dropping each seed shows its verdict and exact numbers', async () => {
    // 001's 表四 header is garbled, so nothing of 表四 is read: it cannot pass (T025). 003's
    // copy has one number per row of seven columns: rows unread (T024), not fully checked.
    const expected = { '000': 'pass', '001': 'fail', '002': 'pass', '003': 'incomplete', '004': 'pass' };
    let count = 0;
    for (const [prefix, verdict] of Object.entries(expected)) {
      await dropFiles(page, [seedPath(prefix)]);
      await waitForReports(page, ++count);
      const r = await shown(page, 0);
      assert.equal(r.verdict, verdict, prefix);
      assert.equal(r.badge, { pass: '通过', fail: '不通过', incomplete: '未能完全核对' }[verdict]);
      assert.ok(r.name.startsWith(prefix), r.name);
      if (prefix === '004') {
        for (const [column, [text, state]] of Object.entries(GRANTED_004)) {
          const cell = r.cells[`requests/granted/${column}`];
          assert.equal(cell.text, text, column);
          assert.match(cell.classes, new RegExp(state), column);
        }
        assert.equal(r.cells['requests/outcome_total/total'].text, '614');
        assert.equal(r.cells['appeals/review/upheld'].text, '2');
        assert.equal(r.cells['proactive/item9.procurement/amount'].text, '27326.00万元');
        assert.equal(r.codes.filter((c) => c === 'T023').length, 5);
      }
      if (prefix === '001') {
        assert.equal(r.cells['appeals/review/total'].text, '');
        assert.match(r.cells['appeals/review/total'].classes, /state-blank/);
        assert.ok(r.codes.includes('T014'));
      }
      if (prefix === '002') {
        assert.deepEqual(r.codes, []);
        assert.equal(r.cells['proactive/item5.licensing/decisions'].text, '752');
      }
    }
    assert.deepEqual(requests, [], 'no request may leave the page while checking');
  });

  test('the file picker checks several files at once', async () => {
    const before = await page.evaluate(() => document.querySelector('nianbao-checker').shadowRoot.querySelectorAll('.report').length);
    const names = await page.evaluate(() => [...document.querySelector('nianbao-checker').shadowRoot.querySelectorAll('.report .name')].map((n) => n.textContent));
    await page.setInputFiles('nianbao-checker .picker', [seedPath('002'), seedPath('004')]);
    // A file checked before under the same name is replaced, not added beside.
    const again = [seedPath('002'), seedPath('004')].filter((p) => names.includes(basename(p))).length;
    await waitForReports(page, before + 2 - again);
    await page.waitForFunction(() => document.querySelector('nianbao-checker').shadowRoot.querySelectorAll('.report.pending').length === 0);
    const newest = await shown(page, 0);
    assert.ok(newest.name.startsWith('004'));
    assert.equal(newest.cells['requests/granted/total'].text, '591');
    assert.ok((await shown(page, 1)).name.startsWith('002'));
    assert.deepEqual(requests, []);
  });

  test('a seed with one number changed shows the error on the offending cells', async () => {
    const text = readFileSync(seedPath('000'), 'utf8').replace('(一)予以公开 |\n0 |', '(一)予以公开 |\n5 |');
    await dropBytes(page, 'changed.txt', Buffer.from(text));
    await page.waitForFunction(() => document.querySelector('nianbao-checker').shadowRoot.querySelector('.report .name')?.textContent === 'changed.txt');
    const r = await shown(page, 0);
    assert.equal(r.verdict, 'fail');
    assert.deepEqual(r.codes.filter((c) => c.startsWith('R')), ['R302', 'R303']);
    assert.equal(r.cells['requests/granted/natural_person'].text, '5');
    // The one cell that explains both broken sums is the primary highlight, not the totals.
    assert.match(r.cells['requests/granted/natural_person'].classes, /hl-error primary/);
    assert.doesNotMatch(r.cells['requests/granted/total'].classes, /primary/);
    assert.match(r.cells['requests/granted/total'].classes, /hl-error/);
    // Clicking the problem flashes its cells.
    await page.click('nianbao-checker .report[open] .problem[data-code="R302"] .show');
    const flashed = await page.evaluate(() => document.querySelector('nianbao-checker').shadowRoot.querySelector('td[data-cell="requests/granted/total"]').classList.contains('flash'));
    assert.ok(flashed);
    const evidence = await page.textContent('nianbao-checker .report[open] .problem[data-code="R302"] .evidence');
    assert.equal(evidence, '5 + 0 + 0 + 0 + 0 + 0 = 5 ≠ 总计 0，差 5');
    assert.deepEqual(requests, []);
  });

  test('report text is shown as text and runs nothing', async () => {
    const text = readFileSync(seedPath('002'), 'utf8')
      .replace('行政處罰 |', '<img src=x onerror="window.__pwned=1"> |\n1 |\n1 |\n1 |\n行政處罰 |')
      .replace('2023年政府信息公開', '<script>window.__pwned=2</script>2023年政府信息公開');
    await dropBytes(page, '<img src=y onerror="window.__pwned=3">.txt', Buffer.from(text));
    await waitForReports(page, 1);
    await page.waitForFunction(() => document.querySelector('nianbao-checker').shadowRoot.querySelector('.report .name')?.textContent.startsWith('<img'));
    const found = await page.evaluate(() => {
      const root = document.querySelector('nianbao-checker').shadowRoot;
      return { pwned: window.__pwned, images: root.querySelectorAll('img').length, scripts: root.querySelectorAll('script').length, text: root.querySelector('.report').textContent };
    });
    assert.equal(found.pwned, undefined);
    assert.equal(found.images, 0);
    assert.equal(found.scripts, 0);
    assert.ok(found.text.includes('<img src=x onerror="window.__pwned=1">'), 'the label shows as text');
    assert.deepEqual(requests, [], 'no image was requested');
  });

  test('exports the report as JSON and the tables as CSV', async () => {
    await dropFiles(page, [seedPath('004')]);
    await page.waitForFunction(() => document.querySelector('nianbao-checker').shadowRoot.querySelector('.report .name')?.textContent.startsWith('004'));
    const [json] = await Promise.all([page.waitForEvent('download'), page.click('nianbao-checker .report[open] .actions .export-json')]);
    const report = JSON.parse(readFileSync(await json.path(), 'utf8'));
    assert.equal(report.schema, 'nianbao.report/1');
    assert.equal(report.tables.requests.granted.total.value, 591);
    const [csv] = await Promise.all([page.waitForEvent('download'), page.click('nianbao-checker .report[open] .actions .export-csv')]);
    const lines = readFileSync(await csv.path(), 'utf8').split('\n');
    assert.ok(lines.includes('requests,granted,natural_person,199,199,inferred'), lines.slice(0, 3).join('\n'));
    assert.equal(json.suggestedFilename(), '004_8b45603aceec5a0e.nianbao.json');
  });

  test('switches to English and is reachable by keyboard', async () => {
    await page.click('nianbao-checker .lang');
    await page.waitForFunction(() => document.querySelector('nianbao-checker').shadowRoot.querySelector('.report .badge')?.textContent === 'Pass');
    // The interface switches at once; the report's words follow from the worker.
    await page.waitForFunction(() => /blank cells|holds \d+ numbers/.test(document.querySelector('nianbao-checker').shadowRoot.querySelector('.report[open] .problem .message')?.textContent));
    // The button that switched keeps focus, so the keyboard does not start over.
    assert.equal(await page.evaluate(() => document.querySelector('nianbao-checker').shadowRoot.activeElement?.className), 'lang');
    await page.focus('nianbao-checker .pick');
    const focused = [];
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('Tab');
      focused.push(await page.evaluate(() => document.querySelector('nianbao-checker').shadowRoot.activeElement?.className));
    }
    // The hidden file input takes no stop of its own.
    assert.deepEqual(focused, ['sample', 'paste', 'paste-check']);
    await page.click('nianbao-checker .lang');
  });

  test('pasted text is checked like a file', async () => {
    await page.fill('nianbao-checker .paste', readFileSync(seedPath('002'), 'utf8'));
    await page.click('nianbao-checker .paste-check');
    await page.waitForFunction(() => document.querySelector('nianbao-checker').shadowRoot.querySelector('.report .name')?.textContent === '粘贴的文本.txt');
    const r = await shown(page, 0);
    assert.equal(r.verdict, 'pass');
    assert.equal(r.cells['proactive/item5.licensing/decisions'].text, '752');
  });

  test('dropping a Word and an Excel file works like any other file', async () => {
    const root = join(ROOT, 'tests/fixtures');
    const expected = JSON.parse(readFileSync(join(root, 'docx/template-random-1.json'), 'utf8'));
    await dropFiles(page, [join(root, 'docx/template-random-1.docx'), join(root, 'xlsx/004_8b45603aceec5a0e.openpyxl.xlsx')]);
    await page.waitForFunction(() => document.querySelector('nianbao-checker').shadowRoot.querySelector('.report .name')?.textContent.endsWith('.xlsx'));
    const xlsx = await shown(page, 0);
    assert.equal(xlsx.verdict, 'pass');
    assert.equal(xlsx.cells['requests/granted/natural_person'].text, '199');
    assert.equal(xlsx.cells['requests/outcome_total/total'].text, '614');
    assert.equal(xlsx.cells['proactive/item9.procurement/amount'].text, '27326.00万元');
    const word = await shown(page, 1);
    assert.equal(word.name, 'template-random-1.docx');
    assert.equal(word.verdict, 'pass');
    // The script filled the tables only: section 五 keeps the template's （文字描述） (T004, a warning).
    assert.deepEqual(word.codes, ['T004']);
    for (const [row, columns] of Object.entries(expected.requests)) {
      for (const [column, value] of Object.entries(columns)) {
        assert.equal(word.cells[`requests/${row}/${column}`].text, String(value), `${row}/${column}`);
      }
    }
    assert.equal(word.cells['appeals/review/total'].text, String(expected.appeals.review.total));
    // Word and Excel are read by the reader module, fetched with the first such file, once.
    assert.deepEqual(requests, [`${site.url}nianbao_pdf_bg.wasm`]);
  });

  test('still no request left the page, the CSP blocked nothing, and the styles applied', async () => {
    // Only the reader module the Word and Excel files needed, from the page's own site.
    assert.deepEqual(requests, [`${site.url}nianbao_pdf_bg.wasm`]);
    assert.deepEqual(consoleProblems, []);
    const badge = await page.evaluate(() => getComputedStyle(document.querySelector('nianbao-checker').shadowRoot.querySelector('.verdict-pass .badge')).backgroundColor);
    assert.equal(badge, 'rgb(27, 110, 58)');
    const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /'wasm-unsafe-eval'/);
    assert.match(csp, /worker-src blob:/);
    assert.doesNotMatch(csp, /unsafe-inline|https?:/);
  });
});

describe('phone-sized screen', () => {
  test('the drop zone and the tables fit the width', async () => {
    const phone = await browser.context.newPage();
    await phone.setViewportSize({ width: 375, height: 740 });
    await phone.goto(site.url);
    await phone.waitForFunction(() => window.Nianbao !== undefined);
    await dropFiles(phone, [seedPath('004')]);
    await waitForReports(phone, 1);
    const widths = await phone.evaluate(() => ({ page: document.documentElement.scrollWidth, view: window.innerWidth }));
    assert.ok(widths.page <= widths.view, JSON.stringify(widths));
    await phone.close();
  });
});
