// The clerk's page (issue #12) in real headless Chromium: the sample, focus and the live
// region after a check, the order and wording of problems, the extra row in the form, the
// copied problem list, checking pasted text again, printing, a phone-sized screen, axe-core,
// and the warning before leaving with results on the page.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ROOT, dropBytes, launch, seedPath, server, waitForReports } from './harness.mjs';

let browser;
let site;
let scratch;

before(async () => {
  browser = await launch();
  site = await server();
  scratch = mkdtempSync(join(tmpdir(), 'nianbao-clerk-'));
});
after(async () => {
  await browser?.close();
  await site?.close();
  rmSync(scratch, { recursive: true, force: true });
});

// Seed 000 with one number changed: R302 and R303 (errors), T011 (warning), five infos.
const CHANGED = readFileSync(seedPath('000'), 'utf8').replace('(一)予以公开 |\n0 |', '(一)予以公开 |\n5 |');

async function openPage(viewport = { width: 1200, height: 900 }) {
  const page = await browser.context.newPage();
  await page.setViewportSize(viewport);
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(site.url);
  await page.waitForFunction(() => window.Nianbao !== undefined);
  await page.evaluate(() => window.Nianbao.version());
  return { page, problems };
}

/** Runs fn(shadowRoot, arg) in the page. */
function inRoot(page, fn, arg) {
  return page.evaluate(({ source, arg }) => {
    const root = document.querySelector('nianbao-checker').shadowRoot;
    return new Function('root', 'arg', `return (${source})(root, arg);`)(root, arg);
  }, { source: fn.toString(), arg });
}

async function waitForName(page, name) {
  await page.waitForFunction((n) => document.querySelector('nianbao-checker').shadowRoot.querySelector('.report[data-verdict] .name')?.textContent === n, name);
}

describe('after a check', () => {
  let page;
  before(async () => { ({ page } = await openPage()); });
  after(() => page.close());

  test('the 试一试 sample shows a real result, focus moves to its heading and the live region says the verdict', async () => {
    await page.click('nianbao-checker .sample');
    await waitForName(page, '示例年报（九峰街道 2020 年度）.txt');
    await page.waitForFunction(() => document.querySelector('nianbao-checker').shadowRoot.activeElement?.matches('summary.head'));
    const seen = await inRoot(page, (root) => ({
      status: root.querySelector('.status').textContent,
      live: root.querySelector('.status').getAttribute('aria-live'),
      focused: root.activeElement.querySelector('h3')?.textContent,
      verdict: root.querySelector('.report').dataset.verdict,
    }));
    assert.deepEqual(seen, {
      status: '检查完成：通过，错误 0 个，警告 1 个',
      live: 'polite',
      focused: '通过示例年报（九峰街道 2020 年度）.txt2020 年度 · 2019 版模板错误 0 · 警告 1 · 提示 5',
      verdict: 'pass',
    });
  });

  test('a row the template lacks is drawn in the form where the report has it, marked', async () => {
    const rows = await inRoot(page, (root) => [...root.querySelector('.report table.form-proactive').rows].slice(2, 5)
      .map((tr) => [tr.className, [...tr.cells].map((c) => c.textContent)]));
    assert.deepEqual(rows, [
      ['', ['规章', '', '', '']],
      ['', ['规范性文件', '0', '0', '0']],
      ['extra', ['其他主动公开文件（模板中没有此行，不参与核对）', '4', '4', '10']],
    ]);
    // Its problem (T012, which names no cell) points at it.
    await page.click('nianbao-checker .report[open] .problem[data-code="T012"] .show');
    const flashed = await inRoot(page, (root) => [...root.querySelectorAll('.report[open] .flash')].map((c) => c.textContent));
    assert.deepEqual(flashed, ['其他主动公开文件（模板中没有此行，不参与核对）', '4', '4', '10']);
  });

  test('a failing report: the live region counts its errors, problems run errors → warnings → infos, worded first', async () => {
    await dropBytes(page, 'changed.txt', Buffer.from(CHANGED));
    await waitForName(page, 'changed.txt');
    await page.waitForFunction(() => document.querySelector('nianbao-checker').shadowRoot.querySelector('.status').textContent.startsWith('检查完成'));
    const seen = await inRoot(page, (root) => {
      const card = root.querySelector('.report');
      return {
        status: root.querySelector('.status').textContent,
        focused: root.activeElement === card.querySelector('summary.head'),
        chips: [...card.querySelectorAll('.chip')].map((c) => c.textContent),
        groups: [...card.querySelectorAll('.problems h4')].map((h) => [h.textContent, [...h.nextElementSibling.children].map((li) => `${li.querySelector('.sev').textContent}${li.dataset.code}`)]),
        // One control at most per problem, and no button made of a div around another.
        controls: [...card.querySelectorAll('.problem')].map((li) => li.querySelectorAll('button, [role=button], a, input').length),
        roleButtons: card.querySelectorAll('[role=button]').length,
        listItems: [...card.querySelectorAll('.problem')].every((p) => p.tagName === 'LI'),
      };
    });
    assert.equal(seen.status, '检查完成：不通过，错误 2 个，警告 1 个');
    assert.ok(seen.focused);
    assert.deepEqual(seen.chips, ['表三行合计不符 ×1 R302', '表三办理结果合计不符 ×1 R303', '缺少行 ×1 T011', '章节标题与模板不同 ×4 T002', '模板之外的行 ×1 T012']);
    assert.deepEqual(seen.groups, [
      ['表三（收到和处理政府信息公开申请情况）', ['错误：R302', '错误：R303']],
      ['表二（主动公开政府信息情况）', ['警告：T011', '提示：T012']],
      ['文件与章节', ['提示：T002', '提示：T002', '提示：T002', '提示：T002']],
    ]);
    assert.deepEqual(seen.controls, [1, 1, 1, 1, 0, 0, 0, 0]);
    assert.equal(seen.roleButtons, 0);
    assert.ok(seen.listItems);
    // From the heading, the keyboard goes through the summary, then each problem's one button.
    const order = [];
    for (let i = 0; i < 7; i++) {
      await page.keyboard.press('Tab');
      order.push(await inRoot(page, (root) => { const a = root.activeElement; return a.dataset.code || `${a.className}:${a.closest('.problem')?.dataset.code}`; }));
    }
    assert.deepEqual(order, ['R302', 'R303', 'T011', 'T002', 'T012', 'show:R302', 'show:R303']);
  });

  test('a chip moves focus to its first problem', async () => {
    await page.click('nianbao-checker .report[open] .chip[data-code="R303"]');
    assert.equal(await inRoot(page, (root) => root.activeElement?.dataset.code), 'R303');
  });

  test('复制问题清单 copies the verdict and every problem, one per line with its place', async () => {
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url.replace(/\/$/, '') });
    await page.click('nianbao-checker .report[open] .copy');
    await page.waitForFunction(() => document.querySelector('nianbao-checker').shadowRoot.querySelector('.report[open] .copied').textContent !== '');
    const text = await page.evaluate(() => navigator.clipboard.readText());
    const messages = await inRoot(page, (root) => [...root.querySelectorAll('.report[open] .problem')].map((p) => [p.dataset.code, p.querySelector('.message').textContent, p.querySelector('.place')?.textContent]));
    const lines = text.trimEnd().split('\n');
    assert.equal(lines[0], 'changed.txt：不通过（错误 2 · 警告 1 · 提示 5）');
    assert.equal(lines.length, 1 + messages.length);
    messages.forEach(([code, message, place], i) => assert.equal(lines[i + 1], `${i + 1}. 【${['R302', 'R303'].includes(code) ? '错误' : code === 'T011' ? '警告' : '提示'}】${message}（${code}）${place ? ` 位置：${place}` : ''}`));
    assert.equal(lines[1], '1. 【错误】表三「（一）予以公开」行：各类申请人之和与总计不符（R302） 位置：第 129 行第 1 列');
  });

  test('axe-core finds no serious or critical violation', async () => {
    // Evaluated, not added as a <script>: the page's CSP rightly refuses inline scripts.
    await page.evaluate(readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8'));
    const violations = await page.evaluate(async () => {
      const result = await window.axe.run(document, { resultTypes: ['violations'] });
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
    });
    assert.deepEqual(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'), []);
  });

  test('printing shows only the verdict, summary, problems and forms, in colour, with table headers on every page', async () => {
    await page.emulateMedia({ media: 'print' });
    const look = await inRoot(page, (root) => {
      const shown = (sel) => { const el = root.querySelector(sel); return !!el && getComputedStyle(el).display !== 'none'; };
      return {
        drop: shown('.drop'), paste: shown('.paste-box'), title: shown('.top'), actions: shown('.report[open] .actions'),
        verdict: shown('.report[open] .badge'), summary: shown('.report[open] .summary'), problems: shown('.report[open] .problems'), forms: shown('.report[open] .tables'),
        otherCard: shown('.report:not([open])'),
        adjust: getComputedStyle(root.querySelector('.badge')).printColorAdjust,
        printed: root.querySelector('.report[open] .printed').textContent,
      };
    });
    assert.deepEqual({ ...look, printed: undefined }, {
      drop: false, paste: false, title: false, actions: false,
      verdict: true, summary: true, problems: true, forms: true, otherCard: false, adjust: 'exact', printed: undefined,
    });
    assert.match(look.printed, /^文件：changed\.txt · 检查时间：\d{4}-\d\d-\d\d \d\d:\d\d · 年报校验 0\.1\.0$/);
    const pdf = join(scratch, 'print.pdf');
    await page.pdf({ path: pdf, format: 'A4', printBackground: true });
    await page.emulateMedia({ media: 'screen' });
    const pages = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f').filter((p) => p.trim());
    const text = pages.join('\n');
    assert.ok(!text.includes('把年报文件拖到这里'), 'no drop zone on paper');
    assert.ok(!text.includes('复制问题清单'), 'no buttons on paper');
    assert.match(text, /文件：changed\.txt · 检查时间：\d{4}-\d\d-\d\d \d\d:\d\d · 年报校验 0\.1\.0/);
    assert.ok(text.includes('各类申请人之和与总计不符'));
    // 表三 runs over a page break: every page with its rows carries its header again.
    const withRows = pages.filter((p) => /本年新收政府信息公开申请数量|属于国家秘密|重复申请|结转下年度继续办理/.test(p));
    assert.ok(withRows.length >= 2, `表三 spans ${withRows.length} page(s)`);
    for (const p of withRows) assert.ok(p.includes('申请人情况'), p.slice(0, 300));
  });
});

describe('pasted text', () => {
  test('stays in the box, an empty paste says so, and checking again replaces the card with what changed', async () => {
    const { page, problems } = await openPage();
    await page.fill('nianbao-checker .paste', '   \n ');
    await page.click('nianbao-checker .paste-check');
    assert.equal(await inRoot(page, (root) => root.querySelector('.status').textContent), '粘贴框是空的：请先把报告全文粘贴到框里，再点“检查粘贴的文本”。');
    assert.equal(await inRoot(page, (root) => [root.querySelectorAll('.report').length, root.activeElement?.className]).then(String), '0,paste');

    await page.fill('nianbao-checker .paste', CHANGED);
    await page.click('nianbao-checker .paste-check');
    await waitForReports(page, 1);
    await page.waitForFunction(() => document.querySelector('nianbao-checker').shadowRoot.querySelector('.status').textContent.startsWith('检查完成'));
    assert.equal(await inRoot(page, (root) => root.querySelector('.paste').value), CHANGED);
    assert.equal(await inRoot(page, (root) => root.querySelector('.report').dataset.verdict), 'fail');

    // The clerk corrects the number in the box and checks again.
    await page.fill('nianbao-checker .paste', readFileSync(seedPath('000'), 'utf8'));
    await page.click('nianbao-checker .paste-check');
    await page.waitForFunction(() => document.querySelector('nianbao-checker').shadowRoot.querySelector('.report .compare'));
    const seen = await inRoot(page, (root) => ({
      cards: [...root.querySelectorAll('.report')].map((c) => [c.querySelector('.name').textContent, c.dataset.verdict]),
      compare: root.querySelector('.report .compare').textContent,
      status: root.querySelector('.status').textContent,
    }));
    assert.deepEqual(seen, { cards: [['粘贴的文本.txt', 'pass']], compare: '上次 错误 2 → 现在 0', status: '检查完成：通过，错误 0 个，警告 1 个' });
    assert.deepEqual(problems, []);
    await page.close();
  });
});

describe('dropping something that is not a file', () => {
  test('is answered in words and checks nothing', async () => {
    const { page, problems } = await openPage();
    const transfer = await page.evaluateHandle(() => {
      const dt = new DataTransfer();
      dt.setData('text/plain', '一、总体情况');
      return dt;
    });
    await page.dispatchEvent('nianbao-checker', 'drop', { dataTransfer: transfer });
    const seen = await inRoot(page, (root) => [root.querySelector('.status').textContent, root.querySelectorAll('.report').length]);
    assert.deepEqual(seen, ['拖进来的不是文件：请拖入年报文件；文字请粘贴到下面的框里。', 0]);
    assert.deepEqual(problems, []);
    await page.close();
  });
});

describe('phone-sized screen (375 px)', () => {
  test('the result comes first, the label columns stay in place and readable, and 总计 is reachable', async () => {
    const { page } = await openPage({ width: 375, height: 740 });
    await page.click('nianbao-checker .sample');
    await waitForReports(page, 1);
    await page.evaluate(() => window.scrollTo(0, 0));
    const first = await inRoot(page, (root) => {
      const head = root.querySelector('.report .head').getBoundingClientRect();
      return { top: head.top, bottom: head.bottom, drop: root.querySelector('.drop').getBoundingClientRect().top, width: document.documentElement.scrollWidth };
    });
    assert.ok(first.bottom < 740, `the verdict is within the first screen: ${JSON.stringify(first)}`);
    assert.ok(first.drop > first.top, 'the drop zone comes after the result');
    assert.ok(first.width <= 375, `no sideways scroll of the page: ${first.width}`);
    // Scroll 表三 to its right end: the label stays at the left edge, 总计 is on screen and uncovered.
    const seen = await inRoot(page, (root) => {
      const table = root.querySelector('.report table.form-requests');
      const scroller = table.parentElement;
      const total = table.querySelector('td[data-cell="requests/outcome_total/total"]');
      total.scrollIntoView({ block: 'center', inline: 'nearest' });
      scroller.scrollLeft = scroller.scrollWidth;
      const label = total.parentElement.querySelector('th.label');
      const box = total.getBoundingClientRect();
      const labelBox = label.getBoundingClientRect();
      const hit = root.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      const left = scroller.getBoundingClientRect().left;
      // Where each row's labels end: the same for every row, however many columns they span.
      const ends = [...table.tBodies[0].rows].map((tr) => Math.round(Math.max(...[...tr.querySelectorAll('th')].map((th) => th.getBoundingClientRect().right)) - left));
      return {
        scrolled: scroller.scrollLeft > 0,
        totalVisible: box.left >= 0 && box.right <= window.innerWidth,
        uncovered: hit === total,
        text: total.textContent,
        label: label.textContent,
        labelRight: Math.round(labelBox.right - left),
        ends: [Math.min(...ends), Math.max(...ends)],
        labelFont: parseFloat(getComputedStyle(label).fontSize),
      };
    });
    assert.deepEqual({ scrolled: seen.scrolled, totalVisible: seen.totalVisible, uncovered: seen.uncovered, text: seen.text, label: seen.label },
      { scrolled: true, totalVisible: true, uncovered: true, text: '0', label: '（七）总计' });
    assert.ok(seen.ends[1] - seen.ends[0] <= 2, `label block ends ${seen.ends}`);
    assert.ok(Math.abs(seen.labelRight - seen.ends[1]) <= 2, `the 总计 row's label stays in the block: ${seen.labelRight}`);
    assert.ok(seen.ends[1] >= 120 && seen.ends[1] <= 200, `label block ${seen.ends[1]}px of 375`);
    assert.ok(seen.labelFont >= 12, `label font ${seen.labelFont}px`);
    await page.close();
  });
});

describe('leaving the page', () => {
  test('asks first when results would be lost, and not before', async () => {
    const { page: empty } = await openPage();
    let asked = 0;
    empty.on('dialog', (d) => { asked++; d.accept(); });
    await empty.click('nianbao-checker .paste'); // a user gesture, without which no browser asks
    await empty.close({ runBeforeUnload: true });
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(asked, 0);

    const { page } = await openPage();
    await page.click('nianbao-checker .sample');
    await waitForReports(page, 1);
    const dialog = new Promise((resolve) => page.once('dialog', async (d) => { await d.accept(); resolve(d.type()); }));
    await page.close({ runBeforeUnload: true });
    assert.equal(await dialog, 'beforeunload');
  });
});

describe('the suspect cell', () => {
  test('the cell that explains both broken sums is named in their words and comes first among their cells', async () => {
    const page = await browser.context.newPage();
    await page.goto(site.url);
    await page.waitForFunction(() => window.Nianbao !== undefined);
    await dropBytes(page, 'changed.txt', Buffer.from(CHANGED));
    await waitForName(page, 'changed.txt');
    await page.click('nianbao-checker .report[open] .problem[data-code="R302"] .show');
    const seen = await inRoot(page, (root) => ({
      words: [...root.querySelectorAll('.report[open] .problem[data-code^="R"] .message')].map((s) => s.textContent),
      suspect: root.querySelector('td[data-cell="requests/granted/natural_person"]').className,
      total: root.querySelector('td[data-cell="requests/granted/total"]').className,
      flashed: [...root.querySelectorAll('td.flash')].map((td) => td.dataset.cell),
    }));
    assert.deepEqual(seen.words, [
      '表三「（一）予以公开」行：各类申请人之和与总计不符；最可能填错的是「（一）予以公开·自然人」5，按合计应为 0',
      '表三「自然人」列：各项办理结果之和与（七）总计不符；最可能填错的是「（一）予以公开·自然人」5，按合计应为 0',
    ]);
    assert.match(seen.suspect, /hl-error primary/);
    assert.doesNotMatch(seen.total, /primary/, 'the total is not the suspect');
    assert.ok(seen.flashed.includes('requests/granted/natural_person'));
    await page.close();
  });
});
