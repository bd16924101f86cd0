// Shared browser-test plumbing: Debian's chromium through playwright-core, the built page
// served on 127.0.0.1, and helpers to drop real files on it.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SEEDS = join(ROOT, 'tests/fixtures/seeds');
export const DIST = join(ROOT, 'dist');

export function seedPath(prefix) {
  const names = ['000_f23864eff4c512cb', '001_ef584ed5d68128ab', '002_b8919bf2136104de', '003_83e9fe44b39a6f06', '004_8b45603aceec5a0e'];
  return join(SEEDS, `${names.find((n) => n.startsWith(prefix))}.txt`);
}

/** Starts chromium with a fresh profile; returns { context, close }. */
export async function launch() {
  const profile = mkdtempSync(join(tmpdir(), 'nianbao-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Serves dist/ on a free port; returns { url, close }. */
export async function server() {
  const s = await serve(0);
  return { url: `http://127.0.0.1:${s.address().port}/`, close: () => new Promise((r) => s.close(r)) };
}

/** Records every request the page makes from now on (blob: URLs, such as the checker's
 * worker, are read from memory and never leave the page). */
export function recordRequests(page) {
  const requests = [];
  page.on('request', (request) => { if (!request.url().startsWith('blob:')) requests.push(request.url()); });
  return requests;
}

/** Opens the card at `index`, or every card, and waits until each has built its body: a
 * batch's cards start closed and build their body only when opened. */
export async function openCards(page, index) {
  await page.evaluate(async (index) => {
    const cards = [...document.querySelector('nianbao-checker').shadowRoot.querySelectorAll('.report')];
    for (const card of index === undefined ? cards : [cards[index]]) {
      if (card.tagName !== 'DETAILS' || card.querySelector(':scope > .body')) continue;
      card.open = true;
      while (!card.querySelector(':scope > .body')) await new Promise((r) => requestAnimationFrame(r));
    }
  }, index);
}

/** Drops files on the element with a real DataTransfer. The bytes travel as base64: an
 * array of numbers costs playwright seconds per hundred kilobytes. */
export async function dropFiles(page, paths, names) {
  const files = paths.map((p, i) => ({ name: names?.[i] ?? basename(p), base64: readFileSync(p).toString('base64') }));
  const transfer = await page.evaluateHandle((files) => {
    const dt = new DataTransfer();
    for (const f of files) dt.items.add(new File([Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0))], f.name));
    return dt;
  }, files);
  await page.dispatchEvent('nianbao-checker', 'dragover', { dataTransfer: transfer });
  await page.dispatchEvent('nianbao-checker', 'drop', { dataTransfer: transfer });
}

/** Drops bytes under a name. */
export async function dropBytes(page, name, bytes) {
  const transfer = await page.evaluateHandle(({ name, bytes }) => {
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array(bytes)], name));
    return dt;
  }, { name, bytes: [...bytes] });
  await page.dispatchEvent('nianbao-checker', 'drop', { dataTransfer: transfer });
}

/** Waits until `count` report cards are shown. */
export async function waitForReports(page, count = 1) {
  await page.waitForFunction((n) => document.querySelector('nianbao-checker')?.shadowRoot?.querySelectorAll('.report[data-verdict]').length >= n, count);
}

/** What the newest card shows: verdict, the text of cells by data-cell, their classes, codes. */
export async function shown(page, index = 0) {
  await openCards(page, index);
  return page.evaluate((index) => {
    const root = document.querySelector('nianbao-checker').shadowRoot;
    const card = root.querySelectorAll('.report')[index];
    const cells = {};
    for (const td of card.querySelectorAll('td[data-cell]')) cells[td.dataset.cell] = { text: td.textContent, classes: td.className };
    return {
      verdict: card.dataset.verdict,
      badge: card.querySelector('.badge').textContent,
      name: card.querySelector('.name').textContent,
      codes: [...card.querySelectorAll('.problem')].map((p) => p.dataset.code),
      cells,
    };
  }, index);
}
