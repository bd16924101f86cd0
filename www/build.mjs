// Builds the page three ways from one source (npm run build):
//   dist/index.html + dist/nianbao-hosted.js + dist/nianbao_bg.wasm   hosted, served by npm start
//     (+ dist/sample.txt, the 试一试 report, fetched when asked)
//   dist/nianbao.html                                                 one offline file (file://)
//   dist/nianbao-checker.js                                           one script to embed in a CMS
//   dist/nianbao_pdf_bg.wasm   the PDF reader, fetched by the hosted page and the embed script
//                              when the first PDF arrives (the offline file inlines it)
// Each checks in a Web Worker whose source (both glues + worker.js) is inlined as a string.
// and records the sizes in www/size.json.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');
const PKG = join(ROOT, 'target', 'www-pkg');
const SOURCES = ['i18n.js', 'dom.js', 'tables.js', 'report-view.js', 'recheck.js', 'bridge.js', 'engine.js', 'element.js', 'main.js'];
// The 试一试 sample: a real report (seed 000), so a first visitor sees a result at once.
const SAMPLE = 'tests/fixtures/seeds/000_f23864eff4c512cb.txt';
// Runs in the checker's Web Worker, after the wasm-bindgen glue.
const WORKER = 'worker.js';
// The PDF reader's module, beside the page and the embed script (dist/).
const PDF_FILE = 'nianbao_pdf_bg.wasm';

function run(command, args) {
  execFileSync(command, args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
}

// One wasm module: cargo (the wasm profile), wasm-bindgen's no-modules glue under the global
// `global`, and wasm-opt. Returns the module's bytes and its glue.
function buildWasm(crate, global) {
  run('cargo', ['build', '--quiet', '--profile', 'wasm', '--target', 'wasm32-unknown-unknown', '-p', crate]);
  const built = join(ROOT, `target/wasm32-unknown-unknown/wasm/${crate}.wasm`);
  const raw = join(PKG, `${crate}_bg.wasm`);
  const optimized = join(PKG, `${crate}_opt.wasm`);
  const glue = () => readFileSync(join(PKG, `${crate}.js`), 'utf8');
  // wasm-bindgen and wasm-opt take seconds; skip them when cargo produced the same module.
  const stamp = join(PKG, `${crate}.sha256`);
  const digest = createHash('sha256').update(readFileSync(built)).digest('hex');
  const fresh = existsSync(stamp) && readFileSync(stamp, 'utf8') === digest && existsSync(raw);
  if (!fresh) {
    run('wasm-bindgen', ['--target', 'no-modules', '--no-modules-global', global, '--no-typescript', '--out-dir', PKG, built]);
  }
  const wasmOpt = join(ROOT, 'node_modules/.bin/wasm-opt');
  if (existsSync(wasmOpt) && !process.env.NIANBAO_NO_WASM_OPT) {
    const features = ['--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext', '--enable-mutable-globals', '--enable-reference-types', '--enable-multivalue'];
    if (!fresh || !existsSync(optimized)) run(wasmOpt, ['-Oz', ...features, raw, '-o', optimized]);
    writeFileSync(stamp, digest);
    return { wasm: readFileSync(optimized), glue: glue() };
  }
  writeFileSync(stamp, digest);
  return { wasm: readFileSync(raw), glue: glue() };
}

// A module's place in a bundle: fetched from beside the script, or inlined as gzip+base64.
const beside = (file) => ({ url: file });
const inlined = (wasm) => ({ inline: gzipSync(wasm, { level: 9 }).toString('base64') });

function bundle(glue, wasmSource, pdfSource, sampleSource) {
  const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
  const css = readFileSync(join(ROOT, 'www/src/style.css'), 'utf8');
  const sources = SOURCES.map((f) => `// ---- ${f}\n${readFileSync(join(ROOT, 'www/src', f), 'utf8')}`).join('\n');
  // The worker's whole source as a string: bridge.js starts it from a Blob URL, which works
  // from file:// and on any host without a second file to serve.
  const worker = `"use strict";\n${glue}\n// ---- ${WORKER}\n${readFileSync(join(ROOT, 'www/src', WORKER), 'utf8')}`;
  const code = `/*! Nianbao ${version} · 年报校验 · checks in the browser, uploads nothing */
(function () {
"use strict";
const SCRIPT_URL = document.currentScript ? document.currentScript.src : location.href;
const WASM = ${JSON.stringify(wasmSource)};
const PDF_WASM = ${JSON.stringify(pdfSource)};
const STYLE = ${JSON.stringify(css)};
const WORKER_SOURCE = ${JSON.stringify(worker)};
const SAMPLE = ${JSON.stringify(sampleSource)};
${sources}
})();
`;
  // Safe to inline in <script>: no "</script" can end it early.
  return code.replaceAll('</script', '<\\/script');
}

const CSP = (script) =>
  [
    "default-src 'none'",
    `script-src ${script} 'wasm-unsafe-eval'`,
    "style-src 'self'",
    "connect-src 'self'",
    // The checker's worker is started from a Blob URL (bridge.js).
    'worker-src blob:',
    "img-src 'self' data: blob:",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');

function page(csp, script) {
  return readFileSync(join(ROOT, 'www/index.html'), 'utf8').replace('__CSP__', csp).replace('__SCRIPT__', script);
}

function main() {
  mkdirSync(DIST, { recursive: true });
  const main = buildWasm('nianbao_wasm', 'wasm_bindgen');
  const pdf = buildWasm('nianbao_pdf_wasm', 'nianbao_pdf');
  const { wasm } = main;
  // Both glues go into the worker; the PDF module itself is compiled only for the first PDF.
  const glue = `${main.glue}\n${pdf.glue}`;
  // Hosted: both modules and the 试一试 sample beside the script, out of the first load.
  // Embed: the main module and the sample inlined, the PDF module beside the script (most
  // portals never see a PDF). Offline: all inlined, no request.
  const sample = { inline: readFileSync(join(ROOT, SAMPLE), 'utf8') };
  const hosted = bundle(glue, beside('nianbao_bg.wasm'), beside(PDF_FILE), beside('sample.txt'));
  const embed = bundle(glue, inlined(wasm), beside(PDF_FILE), sample);
  const offline = bundle(glue, inlined(wasm), inlined(pdf.wasm), sample);
  writeFileSync(join(DIST, 'sample.txt'), sample.inline);
  writeFileSync(join(DIST, 'nianbao_bg.wasm'), wasm);
  writeFileSync(join(DIST, PDF_FILE), pdf.wasm);
  writeFileSync(join(DIST, 'nianbao-hosted.js'), hosted);
  writeFileSync(join(DIST, 'index.html'), page(CSP("'self'"), '<script src="nianbao-hosted.js"></script>'));
  writeFileSync(join(DIST, 'nianbao-checker.js'), embed);
  const hash = createHash('sha256').update(offline).digest('base64');
  writeFileSync(join(DIST, 'nianbao.html'), page(CSP(`'sha256-${hash}'`).replace("connect-src 'self'", "connect-src 'none'"), `<script>${offline}</script>`));
  const gz = (b) => gzipSync(b, { level: 9 }).length;
  const sizes = {
    wasm_bytes: wasm.length,
    wasm_gzip: gz(wasm),
    js_gzip: gz(Buffer.from(hosted)),
    hosted_total_gzip: gz(wasm) + gz(Buffer.from(hosted)),
    budget_gzip: 400 * 1024,
    offline_html_bytes: Buffer.byteLength(page('', `<script>${offline}</script>`)),
    embed_js_bytes: Buffer.byteLength(embed),
    // Fetched only when the first PDF arrives: not part of the first load.
    pdf_wasm_bytes: pdf.wasm.length,
    pdf_wasm_gzip: gz(pdf.wasm),
    pdf_budget_gzip: 300 * 1024,
  };
  writeFileSync(join(ROOT, 'www/size.json'), JSON.stringify(sizes, null, 2) + '\n');
  console.log(`built dist/: wasm ${(sizes.wasm_gzip / 1024).toFixed(1)} KiB gz + JS ${(sizes.js_gzip / 1024).toFixed(1)} KiB gz = ${(sizes.hosted_total_gzip / 1024).toFixed(1)} KiB of 400 KiB`);
  console.log(`PDF module: ${(sizes.pdf_wasm_gzip / 1024).toFixed(1)} KiB gz of 300 KiB, fetched with the first PDF`);
  if (sizes.pdf_wasm_gzip > sizes.pdf_budget_gzip) console.warn('the PDF module is over its 300 KiB aim');
  if (sizes.hosted_total_gzip > sizes.budget_gzip) {
    console.error('over the 400 KiB budget');
    process.exit(1);
  }
}

main();
