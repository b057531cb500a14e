// The user dictionary editor against a core that has the API another branch is adding to
// src/wasm.rs (addWord, removeWord, resetDictionary). Until it lands, the test gives the built
// module a stand-in with that shape, so the page's side (feature detection, applying the saved
// words in the worker, after a reload and after edits) is tested either way.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { RESULT_TIMEOUT, analyzeText, assertNoProblems, open, waitForResult } from './browser.mjs';

let session;
let page;

const STAND_IN = `
if (typeof Analyzer.prototype.addWord !== 'function') {
  const words = new WeakMap();
  const own = (a) => { if (!words.has(a)) words.set(a, new Map()); return words.get(a); };
  Analyzer.prototype.addWord = function (word, type) { own(this).set(word, type); };
  Analyzer.prototype.removeWord = function (word) { own(this).delete(word); };
  Analyzer.prototype.resetDictionary = function () { own(this).clear(); };
  const analyze = Analyzer.prototype.analyze;
  Analyzer.prototype.analyze = function (text, options) {
    const analysis = analyze.call(this, text, options);
    for (const [word, type] of own(this)) {
      for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length)) {
        analysis.entities = analysis.entities.filter((e) => e.end <= i || e.start >= i + word.length);
        analysis.entities.push({ type, start: i, end: i + word.length, text: word, source: 'dictionary' });
      }
    }
    analysis.entities.sort((a, b) => a.start - b.start);
    return analysis;
  };
}`;

before(async () => {
  session = await open();
  page = session.page;
  await session.context.route('**/pkg/wenxi.js', async (route) => {
    const response = await route.fetch();
    const body = `${await response.text()}\n${STAND_IN}`;
    await route.fulfill({ response, body, headers: { ...response.headers(), 'content-length': String(Buffer.byteLength(body)) } });
  });
  await page.goto(session.server.url);
  await page.waitForSelector('#status[data-state="ready"]', { timeout: RESULT_TIMEOUT });
});

after(() => session?.close());

const userMarks = () => page.locator('#highlighted mark[data-type="organization"]', { hasText: '文析传媒' }).count();

test('a word added in the editor is applied at once', async () => {
  await analyzeText(page, '文析传媒今天成立，总投资477万元。');
  assert.equal(await userMarks(), 0);
  await page.locator('#dictionary summary').click();
  await page.locator('#dict-word').fill('文析传媒');
  await page.locator('#dict-type').selectOption('organization');
  await page.locator('#dict-word').press('Enter');
  await page.waitForFunction(() => document.getElementById('dict-status').textContent.includes('已应用 1'));
  await waitForResult(page);
  assert.equal(await userMarks(), 1);
  assertNoProblems(session.problems);
});

test('the saved words are applied again after a reload', async () => {
  await page.reload();
  await waitForResult(page);
  assert.match(await page.locator('#dict-list').textContent(), /文析传媒/);
  assert.equal(await userMarks(), 1);
  assertNoProblems(session.problems);
});

test('removing a word and clearing the dictionary take effect', async () => {
  await page.locator('#dictionary summary').click();
  await page.locator('#dict-list button').first().click();
  await page.waitForFunction(() => !document.getElementById('dict-list').textContent.includes('文析传媒'));
  // The page analyses again once the worker has the new list.
  await page.waitForFunction(() => ![...document.querySelectorAll('#highlighted mark[data-type="organization"]')]
    .some((m) => m.textContent === '文析传媒'), null, { timeout: RESULT_TIMEOUT });
  await waitForResult(page);
  await page.locator('#dict-word').fill('文析传媒');
  await page.locator('#dict-form button[type="submit"]').click();
  await page.waitForFunction(() => document.getElementById('dict-list').textContent.includes('文析传媒'));
  await page.locator('#dict-reset').click();
  await page.waitForFunction(() => document.getElementById('dict-list').textContent.includes('词典为空'));
  assert.equal(await page.evaluate(() => localStorage.getItem('wenxi.dictionary')), '[]');
  assertNoProblems(session.problems);
});
