// Measures check time per fixture inside Chromium (the wasm build, on the hosted page), as
// a portal sees it through Nianbao.check: the file posted to the worker, checked, and the
// report parsed back on the page.
// Not a test: it prints figures for the closing notes. Run: npm run timing
// `node tests/browser/timing.mjs pdf` times only the PDFs (read by the PDF module, then
// checked), to set beside `python3 scripts/pdfplumber_cpu.py`.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, launch, server } from './harness.mjs';

const RUNS = 40;
const only = process.argv[2];
const dirs = ['tests/fixtures/seeds', 'tests/fixtures/html', 'tests/fixtures/docx', 'tests/fixtures/xlsx', 'tests/fixtures/pdf']
  .filter((d) => !only || d.includes(only));
const files = dirs.flatMap((d) => {
  try {
    return readdirSync(join(ROOT, d)).sort()
      .filter((f) => !/\.(json|md)$/.test(f) && statSync(join(ROOT, d, f)).isFile())
      .map((f) => join(ROOT, d, f));
  } catch { return []; }
});

const browser = await launch();
const site = await server();
const page = await browser.context.newPage();
await page.goto(site.url);
await page.waitForFunction(() => window.Nianbao !== undefined);
await page.evaluate(() => window.Nianbao.version());
console.log(`check time in Chromium, median of ${RUNS} runs (ms)`);
for (const file of files) {
  const name = file.slice(ROOT.length + 1);
  const base64 = readFileSync(file).toString('base64');
  const median = await page.evaluate(async ({ name, base64, runs }) => {
    const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const times = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      await window.Nianbao.check(new File([data], name.split('/').pop()));
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    return times[Math.floor(times.length / 2)];
  }, { name, base64, runs: RUNS });
  console.log(`${median.toFixed(2).padStart(7)}  ${name} (${statSync(file).size} bytes)`);
}
await browser.close();
await site.close();
