// The single-file build (npm run build:single → dist/wenxi.html) opened from disk (file://):
// the wasm and the worker are inside the file, its CSP allows no request, and it analyses the sample.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, test } from 'node:test';
import { RESULT_TIMEOUT, assertNoProblems, open, outputDir, root, waitForResult } from './browser.mjs';

let session;
let page;
const requests = [];
const file = join(root, 'dist', 'wenxi.html');

before(async () => {
  const built = spawnSync(process.execPath, [join(root, 'scripts', 'build-single.mjs')], { encoding: 'utf8' });
  assert.equal(built.status, 0, `build-single failed:\n${built.stderr}`);
  session = await open({ serveRoot: false });
  page = session.page;
  session.context.on('request', (request) => requests.push(request.url()));
  await page.goto(pathToFileURL(file).href);
});

after(() => session?.close());

test('the single file opened from disk loads the analyzer and analyses the sample', async () => {
  await page.waitForSelector('#status[data-state="ready"]', { timeout: RESULT_TIMEOUT });
  await page.getByRole('button', { name: /载入示例文章/ }).click();
  await waitForResult(page);
  const shown = await page.evaluate(() => ({
    input: document.getElementById('input').value,
    highlighted: document.getElementById('highlighted').textContent,
    money: [...document.querySelectorAll('#highlighted mark[data-type="money"]')].map((m) => m.textContent),
  }));
  assert.match(shown.input, /记者 高洪驰/);
  assert.equal(shown.highlighted, shown.input);
  assert.ok(shown.money.includes('477万元'));
  await page.screenshot({ path: join(outputDir, 'single-file.png') });
  assertNoProblems(session.problems);
});

test('the single file makes no request but for itself and its blob worker', () => {
  const other = requests.filter((url) => url !== pathToFileURL(file).href && !url.startsWith('blob:') && !url.startsWith('data:'));
  assert.deepEqual(other, []);
});
