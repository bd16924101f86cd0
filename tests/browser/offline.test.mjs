// The single-file build opened from file:// with every network request blocked, and the
// embeddable script on a host page with hostile CSS.
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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

/** A page where every http(s) request is refused and counted. */
async function offlinePage() {
  const page = await browser.context.newPage();
  const blocked = [];
  await page.route(/^(https?|wss?):/, (route) => {
    blocked.push(route.request().url());
    return route.abort();
  });
  return { page, blocked };
}

test('dist/nianbao.html works from file:// with the network blocked', async () => {
  const { page, blocked } = await offlinePage();
  await page.goto(pathToFileURL(join(DIST, 'nianbao.html')).href);
  await page.waitForFunction(() => window.Nianbao !== undefined);
  await dropFiles(page, [seedPath('004'), seedPath('003')]);
  await waitForReports(page, 2);
  const r = await shown(page, 1);
  assert.ok(r.name.startsWith('004'));
  assert.equal(r.cells['requests/granted/natural_person'].text, '199');
  assert.match(r.cells['requests/granted/natural_person'].classes, /state-inferred/);
  assert.equal(r.cells['requests/granted/total'].text, '591');
  assert.equal((await shown(page, 0)).verdict, 'fail');
  assert.deepEqual(blocked, []);
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
