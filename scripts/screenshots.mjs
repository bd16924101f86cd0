// Makes the README's screenshots from the built page (run `npm run build` first):
//   docs/screenshot-desktop.png   a failing report on a desktop screen
//   docs/screenshot-phone.png     the same on a 375 px phone, right after the check
//   docs/screenshot-print.png     the first printed page (Chromium's PDF, drawn by pdftoppm)
// The report is seed 000 with one number changed, as in the README's command-line example.
// PNGs are squeezed with pngquant when it is installed (Debian package pngquant).
//   node scripts/screenshots.mjs
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, dropBytes, launch, seedPath, server, waitForReports } from '../tests/browser/harness.mjs';

const DOCS = join(ROOT, 'docs');
const CHANGED = readFileSync(seedPath('000'), 'utf8').replace('(一)予以公开 |\n0 |', '(一)予以公开 |\n5 |');

async function checked(browser, url, viewport) {
  const page = await browser.context.newPage();
  await page.setViewportSize(viewport);
  await page.goto(url);
  await page.waitForFunction(() => window.Nianbao !== undefined);
  await page.evaluate(() => window.Nianbao.version());
  await dropBytes(page, '某街道2020年报.txt', Buffer.from(CHANGED));
  await waitForReports(page, 1);
  await page.waitForFunction(() => document.querySelector('nianbao-checker').shadowRoot.querySelector('.status').textContent.startsWith('检查完成'));
  await page.evaluate(() => window.scrollTo(0, 0));
  return page;
}

function squeeze(path) {
  if (spawnSync('pngquant', ['--version']).status !== 0) return;
  execFileSync('pngquant', ['--force', '--quality', '60-85', '--output', path, path]);
}

const browser = await launch();
const site = await server();
const scratch = mkdtempSync(join(tmpdir(), 'nianbao-shots-'));
try {
  const desktop = await checked(browser, site.url, { width: 1100, height: 900 });
  await desktop.screenshot({ path: join(DOCS, 'screenshot-desktop.png') });
  const phone = await checked(browser, site.url, { width: 375, height: 740 });
  await phone.screenshot({ path: join(DOCS, 'screenshot-phone.png') });
  await desktop.emulateMedia({ media: 'print' });
  const pdf = join(scratch, 'print.pdf');
  await desktop.pdf({ path: pdf, format: 'A4', printBackground: true });
  execFileSync('pdftoppm', ['-r', '60', '-f', '1', '-l', '1', '-png', '-singlefile', pdf, join(scratch, 'print')]);
  copyFileSync(join(scratch, 'print.png'), join(DOCS, 'screenshot-print.png'));
  for (const name of ['desktop', 'phone', 'print']) {
    const path = join(DOCS, `screenshot-${name}.png`);
    squeeze(path);
    console.log(`${path}: ${(statSync(path).size / 1024).toFixed(0)} KiB`);
  }
} finally {
  await browser.close();
  await site.close();
  rmSync(scratch, { recursive: true, force: true });
}
