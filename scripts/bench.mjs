// npm run bench: wenxi against jieba-wasm 2.4 (segmentation only, jieba-rs inside), measured in
// one run: in headless Chromium, in Node, and wenxi's native CLI.
//
//   download  what a page must fetch before its first result (raw, gzip -9, brotli q11)
//   cold      navigation → first result on a fresh browser context, median of 9 (and an empty page)
//   speed     characters per second on ~1 MB of real, non-repeated news text, runs alternating after
//             warm-up rounds (not counted), each library in a worker of its own: one JavaScript
//             heap each, so that neither is timed collecting the other's garbage
//   memory    the wasm memory of each library after the runs (wasm memory never shrinks: the peak)
//
// The text is built from the evaluation sets in ../shared/eval at run time (research data: it is
// written to bench/.site/, which git ignores, and never shipped). Results go to bench/results.json
// and bench/results.md. Needs `npm run build` and Chromium (scripts/setup.sh --browser).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const site = join(root, 'bench', '.site');
const evalDir = join(root, '..', 'shared', 'eval');
const jiebaDir = join(root, 'node_modules', 'jieba-wasm', 'pkg', 'web');
const CORPUS_CHARS = 1_000_000;
const COLD_RUNS = 15; // a cold start varies by ±10% from load to load
const SPEED_ROUNDS = 15; // both libraries vary by about ±10% from run to run on 2 cores
// Rounds run and not counted first: both engines compile wasm with a fast baseline compiler and
// move hot functions to their optimizing one while the first runs go (up to 2x slower then).
// The first result of a fresh page is what `cold` measures; these are steady throughput.
const WARMUP_ROUNDS = 3;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mib = (n) => n / 1048576;

/** ~1 MB of distinct sentences from the news sets in ../shared/eval. */
function buildCorpus() {
  const files = [
    'ner_peoples_daily/test.jsonl', 'ner_msra/test.jsonl', 'ner_peoples_daily/dev.jsonl',
    'ner_cluener2020/dev.jsonl', 'ner_msra/train.jsonl',
  ].map((f) => join(evalDir, f)).filter(existsSync);
  if (files.length === 0) throw new Error(`no evaluation sets under ${evalDir}: the benchmark needs ../shared/eval`);
  const seen = new Set();
  const lines = [];
  let chars = 0;
  for (const file of files) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim() || chars >= CORPUS_CHARS) continue;
      const text = JSON.parse(line).text?.trim();
      if (!text || seen.has(text)) continue;
      seen.add(text);
      lines.push(text);
      chars += text.length + 1;
    }
  }
  return lines.join('\n');
}

function prepareSite(corpus) {
  if (!existsSync(join(root, 'www', 'pkg', 'wenxi_bg.wasm'))) throw new Error('www/pkg is missing: run `npm run build` first');
  rmSync(site, { recursive: true, force: true });
  mkdirSync(site, { recursive: true });
  for (const f of ['cold.html', 'cold.js', 'run.html', 'run.js', 'worker.js', 'library.js', 'node-worker.mjs']) {
    cpSync(join(root, 'bench', f), join(site, f));
  }
  cpSync(join(root, 'www', 'pkg'), join(site, 'wenxi'), { recursive: true });
  cpSync(jiebaDir, join(site, 'jieba'), { recursive: true });
  writeFileSync(join(site, 'corpus.txt'), corpus);
}

/** Bytes a page fetches before its first result: the library's JS glue and its wasm. */
function downloadSizes() {
  const sets = {
    wenxi: ['wenxi/wenxi.js', 'wenxi/wenxi_bg.wasm'],
    'jieba-wasm': ['jieba/jieba_rs_wasm.js', 'jieba/jieba_rs_wasm_bg.wasm'],
  };
  const out = {};
  for (const [lib, files] of Object.entries(sets)) {
    const sizes = { raw: 0, gzip: 0, brotli: 0 };
    for (const f of files) {
      const bytes = readFileSync(join(site, f));
      sizes.raw += bytes.length;
      sizes.gzip += gzipSync(bytes, { level: 9 }).length;
      sizes.brotli += brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    }
    out[lib] = sizes;
  }
  return out;
}

/** A fresh Chromium profile (so a cold start finds nothing cached); `use(context)` runs in it. */
async function withBrowser(use) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'wenxi-bench-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    return await use(context);
  } finally {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

async function browserRuns(url) {
  const cold = { empty: [], wenxi: [], 'jieba-wasm': [] };
  for (let i = 0; i < COLD_RUNS; i++) {
    for (const [name, lib] of [['empty', 'empty'], ['wenxi', 'wenxi'], ['jieba-wasm', 'jieba']]) {
      const result = await withBrowser(async (context) => {
        const page = await context.newPage();
        await page.goto(`${url}cold.html?lib=${lib}`);
        return page.waitForFunction(() => window.__result, null, { timeout: 60_000 }).then((h) => h.jsonValue());
      });
      if (result.error) throw new Error(`${name}: ${result.error}`);
      cold[name].push(result.ms);
    }
  }
  return withBrowser(async (context) => {
    const page = await context.newPage();
    await page.goto(`${url}run.html`);
    await page.waitForFunction(() => window.__ready, null, { timeout: 120_000 });
    const chars = await page.evaluate(() => window.bench.chars);
    const speed = await speedRuns((name) => page.evaluate((n) => window.bench.run(n), name), chars);
    const memory = await page.evaluate(() => window.bench.memory());
    const coldMedians = Object.fromEntries(Object.entries(cold).map(([k, v]) => [k, { medianMs: median(v), runs: v }]));
    return { cold: coldMedians, speed, memory };
  });
}

/** Alternating runs of each measure after the warm-up rounds; chars per second, median over rounds. */
async function speedRuns(run, chars) {
  const names = ['wenxi analyze', 'wenxi segment', 'jieba-wasm cut'];
  const times = Object.fromEntries(names.map((n) => [n, []]));
  for (let round = 0; round < WARMUP_ROUNDS + SPEED_ROUNDS; round++) {
    for (const name of names) {
      const { ms } = await run(name);
      if (round >= WARMUP_ROUNDS) times[name].push(ms);
    }
  }
  return Object.fromEntries(names.map((n) => [n, { charsPerSecond: chars / (median(times[n]) / 1000), ms: times[n] }]));
}

async function nodeRuns(corpus) {
  // Each library in a worker_threads worker of its own, as in Chromium (bench/library.js).
  const start = async (lib) => {
    const worker = new Worker(join(site, 'node-worker.mjs'), { workerData: { lib, site } });
    // One answer; the error listener goes with it (left behind, one per question, they piled
    // up past Node's limit of ten and it warned of a leak).
    const next = () => new Promise((resolve, reject) => {
      const fail = (error) => {
        worker.off('message', answer);
        reject(error);
      };
      const answer = (message) => {
        worker.off('error', fail);
        resolve(message);
      };
      worker.once('message', answer);
      worker.once('error', fail);
    });
    await next(); // 'ready'
    const ask = (message) => {
      const answer = next();
      worker.postMessage(message);
      return answer;
    };
    return { ask, stop: () => worker.terminate() };
  };
  const [wenxi, jieba] = await Promise.all([start('wenxi'), start('jieba')]);
  try {
    const speed = await speedRuns((name) => (name.startsWith('wenxi') ? wenxi : jieba).ask(name), corpus.length);
    return { speed, memory: { wenxi: await wenxi.ask('memory'), jieba: await jieba.ask('memory') } };
  } finally {
    await Promise.all([wenxi.stop(), jieba.stop()]);
  }
}

/**
 * The native CLI on the same text: chars per second, start-up excluded. The dictionary loads as
 * texts need it, so a run on the text three times less a run on it once is the time of two
 * copies with everything they need loaded, as in the browser's repeated runs.
 */
function nativeRuns(corpus) {
  const bin = join(root, 'target', 'release', 'wenxi');
  execFileSync('cargo', ['build', '--release', '--bin', 'wenxi'], { cwd: root, stdio: 'inherit' });
  const once = join(site, 'corpus.txt');
  const thrice = join(site, 'corpus-thrice.txt');
  writeFileSync(thrice, [corpus, corpus, corpus].join('\n'));
  const time = (input) => {
    const start = performance.now();
    execFileSync(bin, ['analyze', input], { stdio: ['ignore', 'ignore', 'inherit'], maxBuffer: 1 << 30 });
    return performance.now() - start;
  };
  const runs = [0, 1, 2, 3, 4].map(() => ({ once: time(once), thrice: time(thrice) }));
  const seconds = median(runs.map((r) => r.thrice - r.once)) / 2 / 1000;
  return { 'wenxi analyze': { charsPerSecond: corpus.length / seconds } };
}

function markdown(r) {
  const kb = (n) => `${(n / 1024).toFixed(0)} KiB`;
  const mcs = (x) => `${(x.charsPerSecond / 1e6).toFixed(2)} M/s`;
  const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
  const b = r.browser;
  return `# wenxi vs jieba-wasm ${r.jiebaVersion}

${r.date}, ${r.machine}; text: ${r.corpusChars.toLocaleString('en')} characters of news sentences
(from ../shared/eval, not repeated). Command: \`npm run bench\`.

## Download before the first result

| | raw | gzip -9 | brotli |
|---|---|---|---|
| wenxi | ${kb(r.download.wenxi.raw)} | ${kb(r.download.wenxi.gzip)} | ${kb(r.download.wenxi.brotli)} |
| jieba-wasm | ${kb(r.download['jieba-wasm'].raw)} | ${kb(r.download['jieba-wasm'].gzip)} | ${kb(r.download['jieba-wasm'].brotli)} |

## Cold start in Chromium: navigation to first result (median of ${COLD_RUNS}, localhost)

| empty page | wenxi | jieba-wasm | wenxi / jieba-wasm |
|---|---|---|---|
| ${b.cold.empty.medianMs.toFixed(0)} ms | ${b.cold.wenxi.medianMs.toFixed(0)} ms | ${b.cold['jieba-wasm'].medianMs.toFixed(0)} ms | ${ratio(b.cold.wenxi.medianMs, b.cold['jieba-wasm'].medianMs)} |

## Characters per second (median of ${SPEED_ROUNDS} alternating runs, after ${WARMUP_ROUNDS} warm-up rounds; each library in a worker of its own)

| | Chromium | Node | native |
|---|---|---|---|
| wenxi analyze (tokens, POS, entities, numbers) | ${mcs(b.speed['wenxi analyze'])} | ${mcs(r.node.speed['wenxi analyze'])} | ${mcs(r.native['wenxi analyze'])} |
| wenxi segment (tokens, POS) | ${mcs(b.speed['wenxi segment'])} | ${mcs(r.node.speed['wenxi segment'])} | |
| jieba-wasm cut (tokens) | ${mcs(b.speed['jieba-wasm cut'])} | ${mcs(r.node.speed['jieba-wasm cut'])} | |

Ratios in Chromium: wenxi analyze / jieba-wasm cut ${ratio(b.speed['wenxi analyze'].charsPerSecond, b.speed['jieba-wasm cut'].charsPerSecond)};
wenxi segment / jieba-wasm cut ${ratio(b.speed['wenxi segment'].charsPerSecond, b.speed['jieba-wasm cut'].charsPerSecond)};
native / Chromium (wenxi analyze) ${ratio(r.native['wenxi analyze'].charsPerSecond, b.speed['wenxi analyze'].charsPerSecond)}.
Ratios in Node: wenxi analyze / jieba-wasm cut ${ratio(r.node.speed['wenxi analyze'].charsPerSecond, r.node.speed['jieba-wasm cut'].charsPerSecond)};
wenxi segment / jieba-wasm cut ${ratio(r.node.speed['wenxi segment'].charsPerSecond, r.node.speed['jieba-wasm cut'].charsPerSecond)}.

## Wasm memory after the runs (Chromium)

| wenxi | jieba-wasm |
|---|---|
| ${mib(b.memory.wenxi).toFixed(1)} MiB | ${mib(b.memory.jieba).toFixed(1)} MiB |
`;
}

const corpus = buildCorpus();
prepareSite(corpus);
const download = downloadSizes();
const server = await serve({ root: site, port: 0 });
let browser;
try {
  browser = await browserRuns(server.url);
} finally {
  await server.close();
}
const node = await nodeRuns(corpus);
const native = nativeRuns(corpus);
const results = {
  date: new Date().toISOString().slice(0, 10),
  machine: `${cpus().length} cores, Node ${process.version}`,
  jiebaVersion: JSON.parse(readFileSync(join(root, 'node_modules', 'jieba-wasm', 'package.json'), 'utf8')).version,
  corpusChars: corpus.length,
  download, browser, node, native,
};
writeFileSync(join(root, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(join(root, 'bench', 'results.md'), markdown(results));
console.log(markdown(results));
if (readdirSync(site).length) rmSync(site, { recursive: true, force: true });
