// The hostile inputs of tests/fixtures/hostile/ (each once cost seconds to hours or gigabytes)
// dropped on the hosted page at once: every one is answered with the same verdict and codes
// as natively, and the page's main thread keeps running while they are checked.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { ROOT, dropFiles, launch, recordRequests, server } from './harness.mjs';

const HOSTILE = join(ROOT, 'tests/fixtures/hostile');

// What `nianbao check` answers for each file (verdict and the set of codes).
const EXPECTED = {
  'overflow_i64_sum_R302.txt': ['fail', ['T020', 'T024', 'V004']],
  'rows_settle_remove0_99k_blanks.txt': ['fail', ['R302', 'R303', 'T020', 'T024']],
  'txt_blank_lines_quadratic_40k.txt': ['fail', ['T001', 'T010']],
  'docx_distinct_styles_x_styles_xml.docx': ['fail', ['T001', 'T010']],
  'docx_lvltext_amplification_1.4GB.docx': ['fail', ['T001', 'T010']],
  'docx_lvltext_amplification_OOM.docx': ['fail', ['T001', 'T010']],
  'docx_numbering_start_u32max.docx': ['fail', ['T001', 'T010']],
  'docx_vmerge_rposition_scan.docx': ['unreadable', ['F003']],
  'xlsx_40k_merges_cpu_bomb.xlsx': ['unreadable', ['F003']],
  'xlsx_exponent_overflow.xlsx': ['fail', ['T001', 'T010']],
  'xlsx_exponent_underflow.xlsx': ['fail', ['T001', 'T010']],
  // A row is laid out across its written cells only: these one-cell rows no longer grow.
  'xlsx_layout_grid_1.3GB.xlsx': ['fail', ['T001', 'T010']],
  'xlsx_layout_grid_OOM.xlsx': ['unreadable', ['F003']],
  'xlsx_sharedstring_clone_4GB.xlsx': ['unreadable', ['F003']],
  'xlsx_sharedstring_clone_OOM.xlsx': ['unreadable', ['F003']],
};

let browser;
let site;
before(async () => {
  browser = await launch();
  site = await server();
});
after(async () => {
  await browser?.close();
  await site?.close();
});

test('every hostile file is answered as natively, and the page never freezes', async (t) => {
  const files = readdirSync(HOSTILE).filter((f) => f in EXPECTED).sort();
  assert.equal(files.length, Object.keys(EXPECTED).length, 'every hostile fixture is dropped');
  const page = await browser.context.newPage();
  await page.goto(site.url);
  await page.waitForFunction(() => window.Nianbao !== undefined);
  await page.evaluate(() => window.Nianbao.version());
  const requests = recordRequests(page);
  await page.evaluate(() => {
    window.__ticks = [];
    window.__timer = setInterval(() => window.__ticks.push(performance.now()), 10);
  });
  const started = await page.evaluate(() => performance.now());
  await dropFiles(page, files.map((f) => join(HOSTILE, f)));
  await page.waitForFunction(
    (n) => document.querySelector('nianbao-checker').shadowRoot.querySelectorAll('.report[data-verdict]').length >= n,
    files.length,
    { timeout: 60_000 },
  );
  const { ticks, ended, cards } = await page.evaluate(() => {
    clearInterval(window.__timer);
    const root = document.querySelector('nianbao-checker').shadowRoot;
    const cards = [...root.querySelectorAll('.report[data-verdict]')].map((card) => [
      card.querySelector('.name').textContent,
      card.dataset.verdict,
      // Several files at once arrive as closed cards: their codes are on the card.
      card.dataset.codes.split(' ').filter(Boolean),
    ]);
    return { ticks: window.__ticks, ended: performance.now(), cards };
  });
  const answered = Object.fromEntries(cards.map(([name, verdict, codes]) => [name, [verdict, codes]]));
  assert.deepEqual(answered, EXPECTED);
  const during = ticks.filter((tick) => tick >= started);
  const gaps = during.slice(1).map((tick, i) => tick - during[i]);
  const took = ended - started;
  t.diagnostic(`${files.length} hostile files answered in ${Math.round(took)} ms; longest main-thread pause ${Math.round(Math.max(...gaps))} ms`);
  // The checks run in the worker: the main thread only draws the cards. The bound is a share
  // of the whole, as in worker.test.mjs, because the shared cores here delay timers at times.
  assert.ok(Math.max(...gaps) < Math.max(took / 4, 250), `longest pause ${Math.max(...gaps)} ms of ${took} ms`);
  // The hostile Word, Excel and PDF files need the reader module: fetched once, nothing else.
  assert.deepEqual(requests, [`${site.url}nianbao_pdf_bg.wasm`]);
  await page.close();
});
