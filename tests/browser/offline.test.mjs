// The single-file build opened from file:// with every network request blocked, and the
// embeddable script on a host page with hostile CSS.
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, test } from 'node:test';
import { DIST, dropFiles, launch, seedPath, shown, waitForReports } from './harness.mjs';

let browser;
let scratch;

before(async () => {
  browser = await launch();
  scratch = mkdtempSync(join(tmpdir(), 'nianbao-host-'));
});
after(async () => {
  await browser?.close();
  rmSync(scratch, { recursive: true, force: true });
});

/** A page where every http(s) request is refused and counted, and CSP reports are kept. */
async function offlinePage() {
  const page = await browser.context.newPage();
  const blocked = [];
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error' || /Content.Security.Policy/i.test(m.text())) problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(e.message));
  await page.route(/^(https?|wss?):/, (route) => {
    blocked.push(route.request().url());
    return route.abort();
  });
  return { page, blocked, problems };
}

/**
 * A portal page at http://portal.test/ with the embed script, the given CSP header and the
 * element as written,
 * served from memory: nothing reaches the network, and anything else asked for is counted.
 */
async function portalPage(csp, element = '<nianbao-checker></nianbao-checker>') {
  const page = await browser.context.newPage();
  const others = [];
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error' || /Content.Security.Policy/i.test(m.text())) problems.push(m.text()); });
  const files = {
    'http://portal.test/': ['text/html; charset=utf-8', `<!DOCTYPE html><meta charset="utf-8"><title>门户</title>${element}<script src="/static/nianbao-checker.js"></script>`],
    'http://portal.test/static/nianbao-checker.js': ['text/javascript; charset=utf-8', readFileSync(join(DIST, 'nianbao-checker.js'))],
  };
  await page.route(/^(https?|wss?):/, (route) => {
    const file = files[route.request().url()];
    if (!file) {
      others.push(route.request().url());
      return route.abort();
    }
    return route.fulfill({ status: 200, headers: { 'content-type': file[0], 'content-security-policy': csp }, body: file[1] });
  });
  await page.goto('http://portal.test/');
  return { page, others, problems };
}

test('dist/nianbao.html works from file:// with the network blocked', async () => {
  const { page, blocked, problems } = await offlinePage();
  await page.goto(pathToFileURL(join(DIST, 'nianbao.html')).href);
  await page.waitForFunction(() => window.Nianbao !== undefined);
  await dropFiles(page, [seedPath('004'), seedPath('003')]);
  await waitForReports(page, 2);
  const r = await shown(page, 1);
  assert.ok(r.name.startsWith('004'));
  assert.equal(r.cells['requests/granted/natural_person'].text, '199');
  assert.match(r.cells['requests/granted/natural_person'].classes, /state-inferred/);
  assert.equal(r.cells['requests/granted/total'].text, '591');
  // 003's text copy has one number per row of seven columns: rows unread, not failed.
  assert.equal((await shown(page, 0)).verdict, 'incomplete');
  // The 试一试 sample is carried in the file too.
  await page.click('nianbao-checker .sample');
  await waitForReports(page, 3);
  assert.equal((await shown(page, 0)).name, '示例年报（九峰街道 2020 年度）.txt');
  // Checked in a worker started from a Blob URL, under the file's own CSP.
  assert.deepEqual(page.workers().map((w) => w.url().slice(0, 10)), ['blob:null/']);
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  assert.match(csp, /worker-src blob:/);
  assert.match(csp, /connect-src 'none'/);
  assert.deepEqual(blocked, []);
  assert.deepEqual(problems, []);
  await page.close();
});

test('the embed script works on a portal whose CSP allows the script, wasm and blob: workers', async () => {
  const { page, others, problems } = await portalPage("default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; worker-src blob:");
  await page.waitForFunction(() => window.Nianbao !== undefined);
  await dropFiles(page, [seedPath('004')]);
  await waitForReports(page, 1);
  const r = await shown(page, 0);
  assert.equal(r.verdict, 'pass');
  assert.equal(r.cells['requests/granted/total'].text, '591');
  assert.equal(page.workers().length, 1);
  assert.deepEqual(others, []);
  assert.deepEqual(problems, []);
  await page.close();
});

test('on a portal whose CSP forbids blob: workers, the element says what to add', async () => {
  const { page, others } = await portalPage("default-src 'none'; script-src 'self' 'wasm-unsafe-eval'");
  await page.waitForFunction(() => window.Nianbao !== undefined);
  const expected = '无法启动检查：网页的安全策略（Content-Security-Policy）不允许 Web Worker，请在策略中加入 worker-src blob:';
  await page.waitForFunction((text) => document.querySelector('nianbao-checker').shadowRoot.querySelector('.status').textContent === text, expected);
  const thrown = await page.evaluate(() => window.Nianbao.check(new File(['x'], 'x.txt')).then(() => null, (e) => [e.kind, e.message]));
  assert.deepEqual(thrown, ['blocked', expected]);
  assert.deepEqual(others, []);
  await page.close();
});

test('on a portal whose CSP forbids WebAssembly, the element says what to add', async () => {
  const { page } = await portalPage("default-src 'none'; script-src 'self'; worker-src blob:");
  await page.waitForFunction(() => window.Nianbao !== undefined);
  const expected = "无法启动检查：网页的安全策略（Content-Security-Policy）不允许 WebAssembly，请在 script-src 中加入 'wasm-unsafe-eval'";
  await page.waitForFunction((text) => document.querySelector('nianbao-checker').shadowRoot.querySelector('.status').textContent === text, expected);
  await page.close();
});

test('embed attributes hide the title and the language switch and set the language', async () => {
  const csp = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; worker-src blob:";
  const { page, others, problems } = await portalPage(csp, '<h1>信息公开年报报送</h1><nianbao-checker lang="en" hide-title hide-lang-switch></nianbao-checker>');
  await page.waitForFunction(() => window.Nianbao !== undefined);
  const look = () => page.evaluate(() => {
    const root = document.querySelector('nianbao-checker').shadowRoot;
    return { title: !!root.querySelector('h2'), langSwitch: !!root.querySelector('.lang'), lang: root.querySelector('.root').lang, pick: root.querySelector('.pick').textContent };
  });
  assert.deepEqual(await look(), { title: false, langSwitch: false, lang: 'en', pick: 'choose files' });
  // Taking the attributes away brings both back, in the language set.
  await page.evaluate(() => { const el = document.querySelector('nianbao-checker'); el.removeAttribute('hide-title'); el.removeAttribute('hide-lang-switch'); el.setAttribute('lang', 'zh'); });
  assert.deepEqual(await look(), { title: true, langSwitch: true, lang: 'zh-CN', pick: '选择文件' });
  await dropFiles(page, [seedPath('004')]);
  await waitForReports(page, 1);
  assert.equal((await shown(page, 0)).badge, '通过');
  // A portal on plain http has no Clipboard API: 复制问题清单 copies through a selection.
  assert.equal(await page.evaluate(() => window.isSecureContext), false);
  await page.evaluate(() => document.addEventListener('copy', (e) => { window.__copied = e.target.value; }));
  await page.click('nianbao-checker .report[open] .copy');
  const copied = await page.evaluate(() => [window.__copied, document.querySelector('nianbao-checker').shadowRoot.querySelector('.report[open] .copied').textContent]);
  assert.equal(copied[0].split('\n')[0], '004_8b45603aceec5a0e.txt：通过（错误 0 · 警告 27 · 提示 0）');
  assert.equal(copied[0].trimEnd().split('\n').length, 28);
  assert.equal(copied[1], '已复制，可以粘贴到微信、邮件或 Word 里。');
  assert.deepEqual(others, []);
  assert.deepEqual(problems, []);
  await page.close();
});

test('the embed script works on a host page with hostile CSS', async () => {
  copyFileSync(join(DIST, 'nianbao-checker.js'), join(scratch, 'nianbao-checker.js'));
  writeFileSync(
    join(scratch, 'host.html'),
    `<!DOCTYPE html><html><head><meta charset="utf-8">
     <style>* { font-size: 0 !important } table { display: none } div { color: transparent } td { visibility: hidden }</style>
     </head><body><div><h1>某市人民政府门户网站</h1><nianbao-checker></nianbao-checker></div>
     <script src="nianbao-checker.js"></script></body></html>`,
  );
  const { page, blocked } = await offlinePage();
  await page.goto(pathToFileURL(join(scratch, 'host.html')).href);
  await page.waitForFunction(() => window.Nianbao !== undefined);
  const reports = [];
  await page.exposeFunction('__report', (verdict) => reports.push(verdict));
  await page.evaluate(() => document.addEventListener('nianbao-report', (e) => window.__report(e.detail.summary.verdict)));
  await dropFiles(page, [seedPath('004')]);
  await waitForReports(page, 1);
  const look = await page.evaluate(() => {
    const root = document.querySelector('nianbao-checker').shadowRoot;
    const title = getComputedStyle(root.querySelector('h2'));
    const table = root.querySelector('table.form-requests');
    const cell = root.querySelector('td[data-cell="requests/granted/total"]');
    const box = cell.getBoundingClientRect();
    return {
      titleSize: parseFloat(title.fontSize),
      tableDisplay: getComputedStyle(table).display,
      cellColor: getComputedStyle(cell).color,
      cellText: cell.textContent,
      cellVisible: getComputedStyle(cell).visibility,
      cellHeight: box.height,
    };
  });
  assert.ok(look.titleSize > 10, JSON.stringify(look));
  assert.equal(look.tableDisplay, 'table');
  assert.notEqual(look.cellColor, 'rgba(0, 0, 0, 0)');
  assert.equal(look.cellVisible, 'visible');
  assert.ok(look.cellHeight > 5);
  assert.equal(look.cellText, '591');
  assert.deepEqual(reports, ['pass']);
  // The plain function a portal can use to hold back a form.
  const verdict = await page.evaluate(async () => (await window.Nianbao.check(new File([new TextEncoder().encode('一、总体情况')], 'x.txt'))).summary.verdict);
  assert.equal(verdict, 'fail');
  assert.deepEqual(blocked, []);
  await page.close();
});
