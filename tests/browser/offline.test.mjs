// Offline (issue 5): after one visit the service worker has the page, the wasm and the sample;
// offline, a reload still analyses. No request ever leaves the origin, and none is made while
// analysing. Requests are recorded, not routed, so that the service worker sees the real network.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { RESULT_TIMEOUT, analyzeText, assertNoProblems, open, waitForResult } from './browser.mjs';

let session;
let page;
/** Every request the browser made, from the page, its worker or the service worker. */
const requests = [];

before(async () => {
  session = await open({ outside: 'record' });
  page = session.page;
  session.context.on('request', (request) => requests.push(request.url()));
  await page.goto(session.server.url);
});

after(() => session?.close());

test('the first visit caches the page, the wasm and the sample', async () => {
  await page.waitForSelector('#status[data-state="ready"]', { timeout: RESULT_TIMEOUT });
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(async () => {
    const cache = await caches.open('wenxi-v2');
    return Boolean(await cache.match('pkg/wenxi_bg.wasm')) && Boolean(await cache.match('sample.txt'));
  }, null, { timeout: RESULT_TIMEOUT, polling: 200 });
  assertNoProblems(session.problems);
});

test('offline, a reload still loads the page and analyses the sample', async () => {
  await session.context.setOffline(true);
  await page.reload();
  await page.waitForSelector('#status[data-state="ready"], #status[data-state="done"]', { timeout: RESULT_TIMEOUT });
  await page.locator('#live').uncheck();
  await page.getByRole('button', { name: /载入示例文章/ }).click();
  await waitForResult(page);
  assert.ok(await page.locator('#highlighted mark[data-type="person"]', { hasText: '高洪驰' }).count() > 0);
  assert.ok(await page.evaluate(() => navigator.serviceWorker.controller !== null), 'the page is not served by the service worker');
  assertNoProblems(session.problems);
});

test('analysing makes no request at all', async () => {
  const before = requests.length;
  await analyzeText(page, '记者 高洪驰 报道，西华县投资477万元，2020年5月6日开工。');
  await analyzeText(page, '周口市下发通知，共计20余份。');
  assert.deepEqual(requests.slice(before), []);
  await session.context.setOffline(false);
});

test('no request ever left the origin', () => {
  const origin = new URL(session.server.url).origin;
  const outside = requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'));
  assert.deepEqual(outside, []);
  assert.ok(requests.length > 5, `only ${requests.length} requests were recorded`);
});
