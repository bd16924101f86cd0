// The supervisor's desk: 30 reports dropped on the hosted page at once. Totals and progress
// appear, the overview lists every file with the verdict `nianbao check` gives it, 只看不通过
// filters, the main thread keeps running, the workbook downloaded from 导出 Excel reads in
// openpyxl with a row per file and a 数值 sheet that matches the reports' JSON, and two
// years of one unit are paired and compared.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { after, before, test } from 'node:test';
import { ROOT, dropFiles, launch, server, shown } from './harness.mjs';

const FIXTURES = join(ROOT, 'tests/fixtures');

let browser;
let site;
let dir;
before(async () => {
  browser = await launch();
  site = await server();
  dir = mkdtempSync(join(tmpdir(), 'nianbao-desk-'));
});
after(async () => {
  await browser?.close();
  await site?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

// 30 real files: the seeds, their portal pages, Word and Excel versions, the Word template
// fills, and the seeds again under other names.
function thirtyFiles() {
  const picked = [];
  for (const sub of ['seeds', 'html', 'docx', 'xlsx']) {
    for (const name of readdirSync(join(FIXTURES, sub)).sort()) {
      if (/\.(txt|html|docx|xlsx)$/.test(name)) picked.push(join(FIXTURES, sub, name));
    }
  }
  const files = picked.slice(0, 30).map((path) => {
    const copy = join(dir, basename(path));
    copyFileSync(path, copy);
    return copy;
  });
  for (let n = 0; files.length < 30; n += 1) {
    const path = files[n % 5];
    const copy = join(dir, `again-${n}-${basename(path)}`);
    copyFileSync(path, copy);
    files.push(copy);
  }
  return files;
}

function cli(args) {
  return execFileSync('cargo', ['run', '-q', '-p', 'nianbao_cli', '--', ...args], { cwd: ROOT, maxBuffer: 1 << 28 });
}

function checkCli(files) {
  try {
    return JSON.parse(cli(['check', '--format', 'json', ...files]));
  } catch (error) {
    if (error.stdout?.length) return JSON.parse(error.stdout); // exit 1 or 2: some reports fail
    throw error;
  }
}

const inRoot = (page, fn, arg) => page.evaluate(([source, arg]) => {
  const root = document.querySelector('nianbao-checker').shadowRoot;
  return new Function('root', 'arg', `return (${source})(root, arg)`)(root, arg);
}, [fn.toString(), arg]);

test('30 reports at once: totals, progress, the overview with the CLI verdicts, the filter, the workbook', async (t) => {
  const files = thirtyFiles();
  assert.equal(files.length, 30);
  const expected = Object.fromEntries(checkCli(files).map((r) => [basename(r.source.name), r.summary.verdict]));
  assert.equal(Object.keys(expected).length, 30);

  const page = await browser.context.newPage();
  await page.goto(site.url);
  await page.waitForFunction(() => window.Nianbao !== undefined);
  await page.evaluate(() => window.Nianbao.version());
  // Everything the overview's head says while the files are checked, and a main-thread timer.
  await page.evaluate(() => {
    window.__seen = new Set();
    window.__ticks = [];
    window.__timer = setInterval(() => window.__ticks.push(performance.now()), 10);
    const root = document.querySelector('nianbao-checker').shadowRoot;
    new MutationObserver(() => {
      const head = root.querySelector('.batch-head');
      if (head) window.__seen.add(head.textContent);
    }).observe(root, { childList: true, subtree: true, characterData: true });
  });
  const started = await page.evaluate(() => performance.now());
  await dropFiles(page, files);
  await page.waitForFunction(
    () => document.querySelector('nianbao-checker').shadowRoot.querySelectorAll('table.overview tbody tr:not(.pending)').length === 30,
    null,
    { timeout: 120_000 },
  );
  const { ticks, ended, seen } = await page.evaluate(() => {
    clearInterval(window.__timer);
    return { ticks: window.__ticks, ended: performance.now(), seen: [...window.__seen] };
  });
  assert.ok(seen.some((s) => /正在检查 \d+\/30/.test(s)), `progress shown: ${seen.slice(0, 3)}`);
  const verdicts = Object.values(expected);
  const count = (v) => verdicts.filter((x) => x === v).length;
  const totals = await inRoot(page, (root) => root.querySelector('.totals').textContent);
  assert.equal(totals, `30 份：通过 ${count('pass')} · 不通过 ${count('fail')}` + (count('incomplete') ? ` · 未能完全核对 ${count('incomplete')}` : '') + (count('unchecked') ? ` · 未核对 ${count('unchecked')}` : '') + ` · 无法读取 ${count('unreadable')}`);
  assert.equal(await inRoot(page, (root) => root.querySelector('.progress')), null);

  // Every file once, with the CLI's verdict; the cards stay closed, their bodies unbuilt.
  const rows = await inRoot(page, (root) => [...root.querySelectorAll('table.overview tbody tr')].map((tr) => [tr.dataset.name, tr.dataset.verdict]));
  assert.deepEqual(Object.fromEntries(rows), expected);
  assert.equal(rows.length, 30);
  assert.equal(await inRoot(page, (root) => root.querySelectorAll('.report > .body').length), 0);

  // The main thread kept running: checks are in the worker, the page draws rows and headings.
  const during = ticks.filter((tick) => tick >= started);
  const gaps = during.slice(1).map((tick, i) => tick - during[i]);
  const took = ended - started;
  t.diagnostic(`30 files in ${Math.round(took)} ms; longest main-thread pause ${Math.round(Math.max(...gaps))} ms`);
  assert.ok(during.length > 10, `${during.length} ticks`);
  assert.ok(Math.max(...gaps) < Math.max(took / 4, 250), `longest pause ${Math.max(...gaps)} ms of ${took} ms`);

  // 只看不通过.
  await page.click('nianbao-checker .only-failed input');
  const failed = await inRoot(page, (root) => [...root.querySelectorAll('table.overview tbody tr')].map((tr) => tr.dataset.verdict));
  assert.equal(failed.length, count('fail') + count('unreadable'));
  assert.ok(failed.every((v) => v === 'fail' || v === 'unreadable'));
  await page.click('nianbao-checker .only-failed input');

  // Sorting by verdict puts the failed first; a row opens its card and builds its body.
  await page.click('nianbao-checker button.sort[data-sort="verdict"]');
  const sorted = await inRoot(page, (root) => [...root.querySelectorAll('table.overview tbody tr')].map((tr) => tr.dataset.verdict));
  assert.equal(sorted[0], 'fail');
  const firstName = await inRoot(page, (root) => root.querySelector('table.overview tbody tr').dataset.name);
  await page.click('nianbao-checker table.overview tbody tr button.open');
  await page.waitForFunction((name) => [...document.querySelector('nianbao-checker').shadowRoot.querySelectorAll('.report[open]')]
    .some((c) => c.querySelector('.name').textContent === name && c.querySelector(':scope > .body')), firstName);

  // 导出 Excel: the workbook of the 30 reports, read by openpyxl.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('nianbao-checker .export-xlsx')]);
  assert.equal(download.suggestedFilename(), '年报检查汇总.xlsx');
  const book = join(dir, 'batch.xlsx');
  await download.saveAs(book);
  const reports = await page.evaluate(() => [...document.querySelector('nianbao-checker').entries].reverse().map((e) => e.report));
  writeFileSync(join(dir, 'reports.json'), JSON.stringify(reports));
  const read = JSON.parse(execFileSync('python3', ['-c', `
import json, sys, openpyxl
book = openpyxl.load_workbook(sys.argv[1], read_only=True)
sheets = {ws.title: [list(r) for r in ws.iter_rows(values_only=True)] for ws in book.worksheets}
print(json.dumps(sheets, ensure_ascii=False))
`, book], { maxBuffer: 1 << 28 }));
  assert.deepEqual(Object.keys(read), ['汇总', '问题', '数值']);
  const summary = read['汇总'];
  assert.deepEqual(summary[0].slice(0, 5), ['文件', '单位', '年度', '模板', '结论']);
  assert.equal(summary.length, 31);
  const words = { pass: '通过', fail: '不通过', incomplete: '未能完全核对（有行无法读取）', unreadable: '无法读取', unchecked: '未核对（2019 年以前的旧格式）' };
  assert.deepEqual(summary.slice(1).map((r) => [r[0], r[4]]), reports.map((r) => [r.source.name, words[r.summary.verdict]]));
  // 数值 against the reports' JSON: every cell, its value and key.
  const cells = [];
  const walk = (name, path, node) => {
    if ('state' in node) { cells.push([name, path, node.value ?? null]); return; }
    for (const [key, child] of Object.entries(node)) walk(name, path ? `${path}.${key}` : key, child);
  };
  for (const r of reports) walk(r.source.name, '', r.tables);
  const values = read['数值'].slice(1).map((row) => [row[0], row[8], row[5]]);
  assert.equal(values.length, cells.length);
  assert.deepEqual(values, cells);
  assert.ok(cells.length > 1000, `${cells.length} cells`);
  await page.close();
});

test('a unit\'s two years are paired and compared; a file dropped again replaces its card', async () => {
  const text = readFileSync(join(FIXTURES, 'seeds/002_b8919bf2136104de.txt'), 'utf8');
  const lines = text.replaceAll('2023', '2024').split('\n');
  // 二、上年结转 自然人 and 总计 one more, and 四、结转下年度 the same (表三 still balances).
  for (const at of [78, 84, 290, 296]) lines[at] = '1 |';
  const last = join(dir, '某镇2023年报.txt');
  const now = join(dir, '某镇2024年报.txt');
  writeFileSync(last, text);
  writeFileSync(now, lines.join('\n'));
  const page = await browser.context.newPage();
  await page.goto(site.url);
  await page.waitForFunction(() => window.Nianbao !== undefined);
  await dropFiles(page, [last, now]);
  await page.waitForFunction(() => document.querySelector('nianbao-checker').shadowRoot.querySelector('.pairs li'), null, { timeout: 30_000 });
  await page.waitForFunction(() => document.querySelector('nianbao-checker').shadowRoot.querySelector('.report[data-codes~="X101"]'));
  const pair = await inRoot(page, (root) => root.querySelector('.pairs li').textContent);
  assert.equal(pair, '某镇2023年报.txt（2023 年度）→ 某镇2024年报.txt（2024 年度）：跨报告问题 2 个');
  // The same answer as the CLI's compare.
  const native = JSON.parse(cli(['compare', '--format', 'json', last, now]));
  const onPage = await page.evaluate(() => document.querySelector('nianbao-checker').entries.find((e) => e.name.includes('2024')).report.diagnostics.map((d) => [d.code, d.message]));
  assert.deepEqual(onPage, native.diagnostics.map((d) => [d.code, d.message]));

  // Last year's cells of X101 are shown in last year's card, never marked in this year's form.
  const x101 = await page.evaluate(() => document.querySelector('nianbao-checker').entries.find((e) => e.name.includes('2024')).report.diagnostics.find((d) => d.code === 'X101'));
  const key = (c) => `${c.table}/${c.row}/${c.column}`;
  const theirs = x101.cells.filter((c) => c.report === '某镇2023年报.txt').map(key);
  const own = x101.cells.filter((c) => !c.report).map(key);
  assert.ok(theirs.length && own.length, JSON.stringify(x101.cells));
  const names = await inRoot(page, (root) => [...root.querySelectorAll('.report')].map((c) => c.querySelector('.name').textContent));
  const nowCard = await shown(page, names.indexOf('某镇2024年报.txt'));
  await shown(page, names.indexOf('某镇2023年报.txt'));
  for (const k of own) assert.match(nowCard.cells[k].classes, /hl-warning/, k);
  for (const k of theirs.filter((k) => !own.includes(k))) assert.doesNotMatch(nowCard.cells[k].classes, /hl-/, k);
  const flashed = await inRoot(page, async (root, message) => {
    const cards = [...root.querySelectorAll('.report')];
    const card = (name) => cards.find((c) => c.querySelector('.name').textContent === name);
    const problems = [...card('某镇2024年报.txt').querySelectorAll('.problem[data-code="X101"]')];
    problems.find((p) => p.textContent.includes(message)).querySelector('button.show').click();
    await new Promise((r) => setTimeout(r, 50));
    const keys = (c) => [...c.querySelectorAll('td.flash')].map((td) => td.dataset.cell).sort();
    return { now: keys(card('某镇2024年报.txt')), last: keys(card('某镇2023年报.txt')) };
  }, x101.message);
  assert.deepEqual(flashed, { now: [...new Set(own)].sort(), last: [...new Set(theirs)].sort() });

  // Dropped again, fixed: the card is replaced and says what changed.
  writeFileSync(now, text.replaceAll('2023', '2024'));
  await dropFiles(page, [now]);
  await page.waitForFunction(() => document.querySelector('nianbao-checker').shadowRoot.querySelector('.report .compare'));
  const after = await inRoot(page, (root) => ({
    cards: [...root.querySelectorAll('.report')].map((c) => c.querySelector('.name').textContent),
    compare: root.querySelector('.report .compare').textContent,
  }));
  assert.deepEqual(after.cards, ['某镇2024年报.txt', '某镇2023年报.txt']);
  assert.equal(after.compare, '上次 错误 0 → 现在 0；警告 2 → 0');

  // A card can be removed (from its row); a file dropped beside the box is checked, the page stays.
  await page.click('nianbao-checker table.overview tr[data-name="某镇2024年报.txt"] .remove');
  assert.equal(await inRoot(page, (root) => root.querySelectorAll('.report').length), 1);
  const url = page.url();
  const transfer = await page.evaluateHandle((bytes) => {
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array(bytes)], 'beside.txt'));
    return dt;
  }, [...Buffer.from(text)]);
  await page.dispatchEvent('body', 'dragover', { dataTransfer: transfer });
  await page.dispatchEvent('body', 'drop', { dataTransfer: transfer });
  await page.waitForFunction(() => [...document.querySelector('nianbao-checker').shadowRoot.querySelectorAll('.report .name')].some((n) => n.textContent === 'beside.txt'));
  assert.equal(page.url(), url);
  await page.click('nianbao-checker .clear');
  assert.equal(await inRoot(page, (root) => root.querySelectorAll('.report').length), 0);
  await page.close();
});
