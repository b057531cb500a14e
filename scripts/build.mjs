// Builds the wasm package into www/pkg: cargo (wasm32, release) → wasm-bindgen --target web → wasm-opt.
// The JS snippets the binding imports (src/analysis/decode.js) are inlined into wenxi.js, so the package
// stays three files that the page, the service worker, the single-file build and npm share.
//
//   node scripts/build.mjs            full build
//   node scripts/build.mjs --no-opt   skip wasm-opt (faster, larger)
//
// Needs what scripts/setup.sh installs. Downloads nothing.
import { spawnSync } from 'node:child_process';
import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { wasmBindgenVersion } from './wasm-bindgen-version.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(root, 'www', 'pkg');
const targetDir = process.env.CARGO_TARGET_DIR ?? join(root, 'target');
const rawWasm = join(targetDir, 'wasm32-unknown-unknown', 'release', 'wenxi.wasm');
const wasm = join(outDir, 'wenxi_bg.wasm');
const wasmOpt = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'wasm-opt.cmd' : 'wasm-opt');

// The features rustc 1.95 enables by default for wasm32-unknown-unknown (LLVM's "generic" CPU).
const wasmFeatures = [
  '--enable-bulk-memory',
  '--enable-bulk-memory-opt',
  '--enable-call-indirect-overlong',
  '--enable-multivalue',
  '--enable-mutable-globals',
  '--enable-nontrapping-float-to-int',
  '--enable-reference-types',
  '--enable-sign-ext',
];

function fail(message) {
  console.error(`build: error: ${message}`);
  process.exit(1);
}

function run(cmd, args) {
  console.log(`build: ${cmd} ${args.join(' ')}`);
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (result.error) fail(`cannot run ${cmd}: ${result.error.message}. Run scripts/setup.sh first.`);
  if (result.status !== 0) fail(`${cmd} exited with ${result.status ?? result.signal}`);
}

function checkWasmBindgenCli() {
  const want = wasmBindgenVersion();
  const probe = spawnSync('wasm-bindgen', ['--version'], { encoding: 'utf8' });
  if (probe.error) {
    fail(`wasm-bindgen CLI not found. Install it with: cargo install wasm-bindgen-cli --version ${want}` +
      ' (or run scripts/setup.sh)');
  }
  const have = probe.stdout.trim().split(/\s+/)[1];
  if (have !== want) {
    fail(`wasm-bindgen CLI is ${have}, but Cargo.lock pins the wasm-bindgen crate at ${want}; they must match.\n` +
      `  Fix: cargo install wasm-bindgen-cli --version ${want}   (or run scripts/setup.sh)`);
  }
}

/** Replaces each `import { f, g } from './snippets/…';` of wenxi.js by the snippet's code. */
function inlineSnippets() {
  const glue = join(outDir, 'wenxi.js');
  const code = readFileSync(glue, 'utf8').replace(/^import \{ ([\w, ]+) \} from '(\.\/snippets\/[^']+)';\n/gm, (line, names, path) => {
    const snippet = readFileSync(join(outDir, path), 'utf8');
    for (const name of names.split(',').map((n) => n.trim())) {
      if (!snippet.includes(`export function ${name}(`)) fail(`${path} does not export function ${name}`);
    }
    return `${snippet.replace(/^export function /gm, 'function ')}\n`;
  });
  if (code.includes('./snippets/')) fail('wenxi.js imports a snippet in a form this script cannot inline');
  writeFileSync(glue, code);
  rmSync(join(outDir, 'snippets'), { recursive: true, force: true });
}

const kib = (path) => `${(statSync(path).size / 1024).toFixed(0)} KiB`;

checkWasmBindgenCli();
run('cargo', ['build', '--lib', '--target', 'wasm32-unknown-unknown', '--release']);
rmSync(join(outDir, 'snippets'), { recursive: true, force: true });
run('wasm-bindgen', ['--target', 'web', '--out-dir', outDir, rawWasm]);
inlineSnippets();
if (!process.argv.includes('--no-opt')) {
  const before = kib(wasm);
  // -ocimfs 200: a function with one caller is inlined only when small. Inlining them all made
  // the exported analyze one 126 KB function, which Chromium took 26 ms to compile on the first
  // call (its baseline compiler is slower per byte on huge functions): half the first analysis.
  run(wasmOpt, ['-O3', '--one-caller-inline-max-function-size', '200', ...wasmFeatures, wasm, '-o', `${wasm}.opt`]);
  renameSync(`${wasm}.opt`, wasm);
  console.log(`build: wasm-opt ${before} → ${kib(wasm)}`);
}
console.log(`build: ok, ${relative(root, wasm)} is ${kib(wasm)}`);
