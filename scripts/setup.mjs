// Sets up what the build and the tests need, once; fast when already done.
//   node scripts/setup.mjs            Rust wasm target, wasm-bindgen CLI (pinned), npm packages
//   node scripts/setup.mjs --browser  … and Debian's chromium for the browser tests
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

function output(command, args) {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  return result.status === 0 ? result.stdout : '';
}

function run(command, args, what) {
  console.log(`setup: ${what}`);
  execFileSync(command, args, { cwd: ROOT, stdio: 'inherit' });
}

// The wasm-bindgen CLI must match the crate exactly; the root Cargo.toml's
// [workspace.dependencies] is the one place the version is written.
const pinned = readFileSync(join(ROOT, 'Cargo.toml'), 'utf8').match(/^wasm-bindgen = "=([0-9.]+)"/m)[1];

if (!output('rustup', ['target', 'list', '--installed']).includes('wasm32-unknown-unknown')) {
  run('rustup', ['target', 'add', 'wasm32-unknown-unknown'], 'adding the wasm32 target');
}
if (!output('wasm-bindgen', ['--version']).includes(pinned)) {
  // No --locked: the registry mirror here lacks a pinned transitive version (STACK.md).
  run('cargo', ['install', 'wasm-bindgen-cli', '--version', pinned], `installing wasm-bindgen-cli ${pinned} (about 3 minutes, once)`);
}
if (['playwright-core', 'binaryen', 'axe-core'].some((name) => !existsSync(join(ROOT, 'node_modules', name)))) {
  run('npm', ['ci', '--no-audit', '--no-fund'], 'installing npm packages');
}
// The browser tests need chromium, and pdftotext (poppler-utils) to read a printed page.
const missing = process.argv.includes('--browser')
  ? [['chromium', '/usr/bin/chromium'], ['poppler-utils', '/usr/bin/pdftotext']].filter(([, path]) => !existsSync(path)).map(([name]) => name)
  : [];
if (missing.length) {
  if (process.getuid && process.getuid() === 0) {
    run('apt-get', ['update', '-qq'], 'updating Debian package lists');
    run('apt-get', ['install', '-y', '-qq', ...missing], `installing ${missing.join(' and ')} for the browser tests`);
  } else {
    console.error(`setup: the browser tests need Debian packages: sudo apt-get install -y ${missing.join(' ')}`);
    process.exit(1);
  }
}
