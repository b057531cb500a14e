// After a wasm trap the page's client (www/client.js) starts a new worker and gives it the user
// dictionary the core had: the changes it answered, not those the trap cut off. The module is
// made to trap on a marker, as a Rust panic would (RuntimeError: unreachable).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { RESULT_TIMEOUT, analyzeText, assertNoProblems, open, trapOnMarker } from './browser.mjs';

let session;
let page;

before(async () => {
  session = await open();
  page = session.page;
  // Before the first page, so that no service worker has a copy without the marker.
  await trapOnMarker(session.context);
});

after(() => session?.close());

/** Runs `fn(arg)` in a page of our server that has no analyzer of its own (the sample text). */
async function inPage(fn, arg) {
  if (!page.url().endsWith('/sample.txt')) await page.goto(`${session.server.url}sample.txt`);
  return page.evaluate(fn, arg);
}

const userEntities = () => inPage(async () => {
  // What each worker is sent: the new worker must get the dictionary back in one import.
  const sent = new Map();
  const post = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (message, ...rest) {
    if (!sent.has(this)) sent.set(this, []);
    if (message?.type === 'call') sent.get(this).push(message);
    return post.call(this, message, ...rest);
  };
  const { createAnalyzer } = await import(new URL('api.js', location.href));
  const analyzer = await createAnalyzer({ worker: true });
  await analyzer.addWord('文析工坊', 'organization');
  await analyzer.addWord('', 'person').catch(() => {}); // refused by the core: changes nothing
  const trap = await analyzer.analyze('记者 高洪驰 __TRAP__').then(() => 'resolved', (err) => err.kind);
  const entities = (await analyzer.analyze('文析工坊成立。')).entities.map((e) => `${e.type} ${e.text} ${e.source}`);
  analyzer.dispose();
  Worker.prototype.postMessage = post;
  const replayed = [...sent.values()].at(-1).map(({ method, args }) => [method, ...args]);
  return { trap, entities, replayed };
});

test('after a trap, the new worker has the words the core had taken, in one importDictionary', async () => {
  const { trap, entities, replayed } = await userEntities();
  assert.equal(trap, 'trap');
  assert.deepEqual(replayed, [['importDictionary', JSON.stringify({ version: 1, words: [{ word: '文析工坊', type: 'organization' }] })]]);
  assert.deepEqual(entities, ['organization 文析工坊 user']);
  assertNoProblems(session.problems);
});

test('a dictionary change the trap cut off is rejected and not given to the new worker', async () => {
  const { kinds, entities } = await inPage(async () => {
    const { createAnalyzer } = await import(new URL('api.js', location.href));
    const analyzer = await createAnalyzer({ worker: true });
    const kindOf = (promise) => promise.then(() => 'resolved', (err) => err.kind);
    // Sent after the analysis that traps, so not answered before the worker is replaced.
    const kinds = await Promise.all([kindOf(analyzer.analyze('__TRAP__')), kindOf(analyzer.addWord('文析工坊', 'organization'))]);
    const entities = (await analyzer.analyze('文析工坊成立。')).entities.filter((e) => e.source === 'user');
    analyzer.dispose();
    return { kinds, entities };
  });
  assert.deepEqual(kinds, ['trap', 'trap']);
  assert.deepEqual(entities, []);
  assertNoProblems(session.problems);
});

test('after a trap, the page\'s words are applied in the new worker', async () => {
  await page.goto(session.server.url);
  await page.waitForSelector('#status[data-state="ready"]', { timeout: RESULT_TIMEOUT });
  await page.locator('#live').uncheck();
  await page.locator('#dictionary summary').click();
  await page.locator('#dict-word').fill('文析工坊');
  await page.locator('#dict-type').selectOption('organization');
  await page.locator('#dict-word').press('Enter');
  await page.waitForFunction(() => document.getElementById('dict-status').textContent.includes('已应用 1'));
  await page.locator('#input').fill('记者 高洪驰 __TRAP__');
  await page.locator('#analyze').click();
  await page.waitForSelector('#status[data-state="error"]');
  assert.match(await page.locator('#status').textContent(), /崩溃.*unreachable/);
  await analyzeText(page, '文析工坊今天成立。');
  assert.equal(await page.locator('#highlighted mark[data-type="organization"]', { hasText: '文析工坊' }).count(), 1);
  assertNoProblems(session.problems);
});
