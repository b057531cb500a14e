// Issue 6: pasted text is data, never markup — on the page, in the exports and after a reload;
// the draft survives a reload; a wasm trap does not kill the page.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { analyzeText, assertNoProblems, open, outputDir, trapOnMarker, waitForResult } from './browser.mjs';

/** Each payload would set window.__pwned (or open a dialog) if it were ever parsed as HTML. */
const PAYLOADS = [
  '<script>window.__pwned = "script"</script>',
  '<img src=x onerror="window.__pwned = \'img\'">',
  '<svg onload="window.__pwned = \'svg\'"><circle r="1"/></svg>',
  '<a href="javascript:window.__pwned=\'link\'" id="evil-link">点我</a>',
  '<iframe srcdoc="<script>parent.__pwned = 1</script>"></iframe>',
  '"><img src=x onerror=alert(1)>',
  "'><svg/onload=alert(2)>",
  '&lt;b&gt;不是粗体&lt;/b&gt; &amp;amp; &#60;script&#62; &nbsp;',
  '<style>body{display:none}</style><b>粗体</b><!-- 注释 -->',
  '<math><mi xlink:href="javascript:alert(3)">x</mi></math>',
  '</textarea><script>window.__pwned="textarea"</script>',
  '<details open ontoggle="window.__pwned=\'details\'">',
];
const ARTICLE = `记者 高洪驰 报道：${PAYLOADS.join('\n项目总投资477万元，')}\n2020年5月6日，河南省人民政府发布通知。`;

let session;
let page;

before(async () => {
  session = await open();
  page = session.page;
  await page.goto(session.server.url);
});

after(() => session?.close());

async function assertNotInjected() {
  const seen = await page.evaluate(() => ({
    pwned: window.__pwned,
    injected: [...document.querySelectorAll('#highlighted *, #entities tbody *, #numbers tbody *, #keywords *, .chart *')]
      .map((e) => e.tagName.toLowerCase())
      .filter((tag) => !['mark', 'tr', 'th', 'td', 'span', 'button', 'li', 'svg', 'g', 'rect', 'text', 'title', 'line', 'p'].includes(tag)),
    scripts: document.scripts.length,
    evilLink: document.getElementById('evil-link') !== null,
  }));
  assert.equal(seen.pwned, undefined, 'a payload ran');
  assert.deepEqual(seen.injected, [], 'a payload became elements');
  assert.equal(seen.scripts, 1, 'a script element was added');
  assert.equal(seen.evilLink, false, 'a link from the text became an element');
}

test('markup in the text is shown literally in the highlighted text and the tables', async () => {
  await analyzeText(page, ARTICLE);
  const shown = await page.evaluate(() => document.getElementById('highlighted').textContent);
  assert.equal(shown, ARTICLE, 'the highlighted text is not exactly the text');
  // Hovering and focusing marks (the tooltip) and switching tabs must not parse anything either.
  await page.locator('#highlighted mark').first().hover();
  await page.locator('#highlighted mark').last().focus();
  for (const tab of ['numbers', 'keywords', 'charts', 'entities']) await page.locator(`#tab-${tab}`).click();
  await page.waitForTimeout(200);
  await assertNotInjected();
  assertNoProblems(session.problems);
});

test('the exports carry the text escaped, and the HTML export runs nothing when opened', async () => {
  await page.locator('#tab-export').click();
  const saved = {};
  for (const [id, name] of [['export-json', 'json'], ['export-csv', 'csv'], ['export-html', 'html']]) {
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`#${id}`).click()]);
    saved[name] = join(outputDir, `safety-export.${name}`);
    await download.saveAs(saved[name]);
  }
  const json = JSON.parse(readFileSync(saved.json, 'utf8'));
  assert.equal(json.text, ARTICLE);
  assert.ok(json.entities.length > 0);

  const csv = readFileSync(saved.csv, 'utf8');
  assert.match(csv, /^\uFEFFtype,start,end,text,value,unit/);
  assert.ok(csv.includes('477万元'));

  const html = readFileSync(saved.html, 'utf8');
  assert.ok(!/<script|<img|<svg|<iframe|<a |<details|<style>b/i.test(html.replace(/<meta[^>]*>/g, '')),
    'the HTML export has live markup from the text');
  assert.match(html, /&lt;script&gt;window.__pwned/);

  // Open the export as a page of its own: same text, nothing ran.
  const exported = await session.context.newPage();
  const problems = [];
  exported.on('dialog', (d) => { problems.push(`dialog: ${d.message()}`); return d.dismiss(); });
  exported.on('pageerror', (e) => problems.push(e.message));
  await exported.setContent(html);
  const seen = await exported.evaluate(() => ({
    pwned: window.__pwned,
    text: document.querySelector('.text').textContent,
    tags: [...document.querySelectorAll('.text *')].map((e) => e.tagName.toLowerCase()),
  }));
  await exported.close();
  assert.equal(seen.pwned, undefined);
  assert.equal(seen.text, ARTICLE);
  assert.deepEqual([...new Set(seen.tags)], ['mark']);
  assert.deepEqual(problems, []);
  assertNoProblems(session.problems);
});

test('the draft survives a reload and is analysed again, still as text', async () => {
  await page.reload();
  await waitForResult(page);
  assert.equal(await page.locator('#input').inputValue(), ARTICLE);
  assert.equal(await page.evaluate(() => document.getElementById('highlighted').textContent), ARTICLE);
  await assertNotInjected();
  assertNoProblems(session.problems);
});

test('a wasm trap restarts the analyzer and the next text is analysed', async () => {
  // Make the module trap on a marker, as a Rust panic would (RuntimeError: unreachable).
  await trapOnMarker(session.context);
  // The service worker would answer from its cache without our patch: bypass it for this page.
  await page.evaluate(async () => {
    for (const r of await navigator.serviceWorker.getRegistrations()) await r.unregister();
  });
  await page.reload();
  await waitForResult(page);
  await page.locator('#live').uncheck();
  await page.locator('#input').fill('记者 高洪驰 __TRAP__');
  await page.locator('#analyze').click();
  await page.waitForSelector('#status[data-state="error"]');
  assert.match(await page.locator('#status').textContent(), /崩溃.*unreachable/);
  await analyzeText(page, '记者 高洪驰 报道，项目总投资477万元。');
  assert.ok(await page.locator('#highlighted mark[data-type="money"]').count() > 0);
  await session.context.unroute('**/pkg/wenxi.js');
  assertNoProblems(session.problems);
});
