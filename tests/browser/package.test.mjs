// The npm package as a user gets it: `npm pack`, install the tarball and Vite 7 into a fresh
// project, bundle a page that uses createAnalyzer() and <wenxi-annotate>, open the bundle in
// Chromium and analyse the sample. Needs the npm registry (for vite); WENXI_SKIP_PACKAGE_TEST=1
// skips it on a machine without one.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { serve } from '../../scripts/serve.mjs';
import { RESULT_TIMEOUT, assertNoProblems, open, outputDir, root } from './browser.mjs';

const skip = process.env.WENXI_SKIP_PACKAGE_TEST === '1';
let project;
let session;
let page;

function run(cmd, args, cwd) {
  const result = spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout: 300_000 });
  assert.equal(result.status, 0, `${cmd} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

const MAIN = `import { createAnalyzer } from 'wenxi';
import 'wenxi/element';

const out = document.getElementById('out');
(async () => {
  const pending = createAnalyzer({ worker: true });
  let notReady = '';
  try {
    pending.analyze('太早了');
  } catch (err) {
    notReady = err.kind + ': ' + err.message;
  }
  const analyzer = await pending;
  const text = document.getElementById('article-body').value;
  const analysis = await analyzer.analyze(text, { referenceDate: '2021-06-01' });
  let dictionary;
  try {
    await analyzer.addWord('文析公司', 'organization');
    dictionary = (await analyzer.analyze('文析公司成立。')).entities.map((e) => e.type + ' ' + e.text + ' ' + e.source).join();
  } catch (err) {
    dictionary = err.kind + ': ' + err.message;
  }
  out.textContent = JSON.stringify({
    notReady,
    dictionary,
    entities: analysis.entities.map((e) => [e.type, e.text, e.value ?? null]),
  });
  out.dataset.done = '1';
})().catch((err) => {
  out.textContent = 'failed: ' + err.message;
  out.dataset.done = 'error';
});
`;

before(async () => {
  if (skip) return;
  const packed = run(process.execPath, [join(root, 'scripts', 'build-package.mjs'), '--pack'], root);
  const tarball = join(root, /dist\/wenxi-[\d.]+\.tgz/.exec(packed)[0]);
  project = mkdtempSync(join(tmpdir(), 'wenxi-vite-'));
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'cms-demo', private: true, type: 'module' }));
  run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', 'vite@7', 'typescript@5', tarball], project);
  const sample = readFileSync(join(root, 'www', 'sample.txt'), 'utf8').trim();
  writeFileSync(join(project, 'index.html'), `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>CMS demo</title>
<script type="module" src="/main.js"></script></head>
<body>
<textarea id="article-body" rows="6">${sample.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</textarea>
<wenxi-annotate for="article-body"></wenxi-annotate>
<pre id="out"></pre>
</body></html>
`);
  writeFileSync(join(project, 'main.js'), MAIN);
  run(join(project, 'node_modules', '.bin', 'vite'), ['build', '--logLevel', 'warn'], project);
  session = await open({ serveRoot: join(project, 'dist') });
  page = session.page;
});

after(async () => {
  await session?.close();
  if (project) rmSync(project, { recursive: true, force: true });
});

test('the Vite bundle of the packed package analyses the sample in a worker', { skip }, async () => {
  const assets = readdirSync(join(project, 'dist', 'assets'));
  const wasm = assets.find((name) => name.endsWith('.wasm'));
  assert.ok(wasm, `no .wasm among the bundle's assets: ${assets}`);
  assert.ok(assets.some((name) => /worker.*\.js$/.test(name)), `no worker among the bundle's assets: ${assets}`);
  console.log(`# bundle: ${assets.map((name) => `${name} ${(statSync(join(project, 'dist', 'assets', name)).size / 1024).toFixed(0)} KiB`).join(', ')}`);

  await page.goto(session.server.url);
  await page.waitForSelector('#out[data-done]', { timeout: RESULT_TIMEOUT });
  const out = await page.locator('#out').textContent();
  assert.equal(await page.locator('#out').getAttribute('data-done'), '1', out);
  const result = JSON.parse(out);
  assert.match(result.notReady, /^not_ready: wenxi: analyze\(\) was called before the analyzer was ready/);
  assert.ok(result.entities.some(([type, text, value]) => type === 'money' && text === '477万元' && value === 4770000));
  assert.ok(result.entities.some(([type, text]) => type === 'person' && text === '高洪驰'));
  assert.equal(result.dictionary, 'organization 文析公司 user');

  await page.waitForFunction(() => document.querySelector('wenxi-annotate').shadowRoot.querySelectorAll('mark').length > 10,
    null, { timeout: RESULT_TIMEOUT });
  await page.screenshot({ path: join(outputDir, 'package-vite.png') });
  assertNoProblems(session.problems);
});

const TYPES_CHECK = `import { createAnalyzer, type Analysis, type WenxiAnalyzer, type WenxiError } from 'wenxi';
import type { WenxiAnnotate } from 'wenxi/element';

const analyzer: WenxiAnalyzer = await createAnalyzer({ worker: true });
const analysis: Analysis = await analyzer.analyze('记者 高洪驰', { referenceDate: '2021-06-01' });
const start: number = analysis.entities[0].start;
const unit: string | undefined = analysis.entities[0].unit;
// @ts-expect-error referenceDate is a string
await analyzer.analyze('x', { referenceDate: 5 });
// @ts-expect-error there is no such entity type
const wrong: Analysis['entities'][number]['type'] = 'planet';
await analyzer.addWord('文析公司', 'organization');
// @ts-expect-error there is no such word type
await analyzer.addWord('文析公司', 'planet');
const had: boolean = await analyzer.removeWord('文析公司');
const element: WenxiAnnotate | null = document.querySelector('wenxi-annotate');
const kind = (err: WenxiError): string => err.kind;
export { start, unit, wrong, had, element, kind };
`;

test('the package\'s TypeScript types check under tsc --strict', { skip }, () => {
  writeFileSync(join(project, 'check.ts'), TYPES_CHECK);
  run(join(project, 'node_modules', '.bin', 'tsc'), ['--noEmit', '--strict', '--module', 'esnext', '--moduleResolution', 'bundler',
    '--target', 'es2022', '--lib', 'es2022,esnext.disposable,dom', 'check.ts'], project);
});

test('the package keeps its files to what it needs', { skip }, () => {
  const installed = join(project, 'node_modules', 'wenxi');
  const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
  assert.equal(manifest.type, 'module');
  assert.deepEqual(Object.keys(manifest.exports), ['.', './element', './wasm', './wenxi_bg.wasm', './package.json']);
  for (const file of ['api.js', 'api.d.ts', 'element.js', 'element.d.ts', 'worker.js', 'pkg/wenxi_bg.wasm', 'pkg/wenxi.d.ts']) {
    assert.ok(statSync(join(installed, file)).size > 0, `${file} is missing`);
  }
});
