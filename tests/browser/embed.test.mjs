// <wenxi-annotate> on the plain CMS form of www/embed-example.html: it highlights a textarea and
// a contenteditable element, follows typing, and shows markup typed into the field as text.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { RESULT_TIMEOUT, assertNoProblems, open, outputDir, root } from './browser.mjs';

let session;
let page;

before(async () => {
  session = await open();
  page = session.page;
  await page.goto(`${session.server.url}embed-example.html`);
});

after(() => session?.close());

/** The marks that the annotator for `id` shows, as [type, text]. */
const marks = (id) => page.evaluate((forId) => [...document.querySelector(`wenxi-annotate[for="${forId}"]`).shadowRoot
  .querySelectorAll('mark')].map((m) => [m.dataset.type, m.textContent]), id);

test('the annotator highlights the article body and the contenteditable notes', async () => {
  await page.waitForFunction(() => document.querySelector('wenxi-annotate[for="article-body"]').shadowRoot.querySelectorAll('mark').length > 3,
    null, { timeout: RESULT_TIMEOUT });
  const body = await marks('article-body');
  assert.ok(body.some(([type, text]) => type === 'money' && text === '477万元'), JSON.stringify(body));
  assert.ok(body.some(([type, text]) => type === 'person' && text === '高洪驰'), JSON.stringify(body));
  await page.waitForFunction(() => document.querySelector('wenxi-annotate[for="article-notes"]').shadowRoot.querySelectorAll('mark').length > 0);
  assert.ok((await marks('article-notes')).some(([type]) => type === 'money'));
  await page.screenshot({ path: join(outputDir, 'embed.png'), fullPage: true });
  if (process.env.WENXI_DOCS_SCREENSHOTS === '1') {
    await page.screenshot({ path: join(root, 'docs', 'embed.png'), clip: { x: 240, y: 40, width: 800, height: 720 } });
  }
  assertNoProblems(session.problems);
});

test('the annotator follows typing and shows markup as text', async () => {
  await page.locator('#article-body').fill('<img src=x onerror="window.__pwned=1">西华县投资300万元');
  await page.waitForFunction(() => document.querySelector('wenxi-annotate[for="article-body"]').shadowRoot
    .querySelector('.text').textContent.startsWith('<img'), null, { timeout: RESULT_TIMEOUT });
  assert.deepEqual((await marks('article-body')).filter(([type]) => type === 'money'), [['money', '300万元']]);
  const seen = await page.evaluate(() => ({
    pwned: window.__pwned,
    elements: [...document.querySelector('wenxi-annotate[for="article-body"]').shadowRoot.querySelectorAll('.text *')].map((e) => e.tagName),
  }));
  assert.equal(seen.pwned, undefined);
  assert.ok(seen.elements.every((tag) => tag === 'MARK'), seen.elements.join());
  assertNoProblems(session.problems);
});
