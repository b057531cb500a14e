// The real page in Chromium, used as a person would: load the sample, read the highlights and the table.
// Needs `npm run build` (www/pkg) and Chromium (scripts/setup.sh --browser). CHROMIUM_PATH overrides
// the browser; screenshots go to tests/output/, and also to docs/ (for the README) when
// WENXI_DOCS_SCREENSHOTS=1, so a test run does not rewrite committed files.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const outputDir = join(root, 'tests', 'output');
const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const RESULT_TIMEOUT = 60_000;

let server;
let context;
let userDataDir;
let page;
/** Everything that went wrong in the page: console errors, uncaught errors, failed or outside requests. */
const problems = [];

before(async () => {
  assert.ok(existsSync(join(root, 'www', 'pkg', 'wenxi_bg.wasm')), 'www/pkg is missing: run `npm run build` first');
  assert.ok(existsSync(executablePath), `no Chromium at ${executablePath}: run scripts/setup.sh --browser or set CHROMIUM_PATH`);
  mkdirSync(outputDir, { recursive: true });
  server = await serve({ port: 0 });
  userDataDir = mkdtempSync(join(tmpdir(), 'wenxi-chromium-'));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1280, height: 1000 },
    locale: 'zh-CN',
  });
  // The page must work offline: any request that is not to our server is a failure.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(server.url) || url.startsWith('data:')) return route.continue();
    problems.push(`outside request: ${url}`);
    return route.abort();
  });
  page = context.pages()[0] ?? await context.newPage();
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()} (${msg.location().url})`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('requestfailed', (req) => problems.push(`request failed: ${req.url()} ${req.failure()?.errorText}`));
  page.on('response', (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  page.on('dialog', (dialog) => {
    problems.push(`dialog opened: ${dialog.message()}`);
    return dialog.dismiss();
  });
  await page.goto(server.url);
});

after(async () => {
  await context?.close();
  await server?.close();
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
});

function assertNoProblems() {
  assert.deepEqual(problems, [], `the page had problems:\n${problems.join('\n')}`);
}

/** Waits until the status says done (or error, which fails with its message). */
async function waitForResult() {
  const status = page.locator('#status');
  await page.waitForSelector('#status[data-state="done"], #status[data-state="error"]', { timeout: RESULT_TIMEOUT });
  assert.equal(await status.getAttribute('data-state'), 'done', `status: ${await status.textContent()}`);
}

test('the analyzer loads in the worker', async () => {
  await page.waitForSelector('#status[data-state="ready"]', { timeout: RESULT_TIMEOUT });
  assertNoProblems();
});

test('the sample article is analyzed and highlighted', async () => {
  await page.getByRole('button', { name: /载入示例文章/ }).click();
  await waitForResult();

  const shown = await page.evaluate(() => ({
    input: document.getElementById('input').value,
    highlighted: document.getElementById('highlighted').textContent,
    persons: [...document.querySelectorAll('#highlighted mark[data-type="person"]')].map((m) => m.textContent),
    marks: document.querySelectorAll('#highlighted mark').length,
    rows: [...document.querySelectorAll('#entities tbody tr')].map((tr) => [...tr.cells].map((td) => td.textContent)),
    legend: document.querySelectorAll('#legend li').length,
    stats: document.getElementById('stats').textContent,
  }));
  assert.match(shown.input, /记者 高洪驰/, 'the sample did not load into the text box');
  assert.equal(shown.highlighted, shown.input, 'the highlighted view lost or changed text');
  assert.ok(shown.persons.includes('高洪驰'), `no person mark 高洪驰 among ${JSON.stringify(shown.persons)}`);
  assert.ok(shown.rows.length > 0, 'the entity table is empty');
  assert.ok(shown.marks > 0 && shown.marks <= shown.rows.length, `${shown.marks} marks for ${shown.rows.length} entities`);
  assert.ok(shown.rows.some(([type, text, value]) => type === '人名' && text === '高洪驰' && value === ''),
    'the table has no row 人名 高洪驰');
  assert.ok(shown.rows.some(([type, text, value]) => type === '金额' && text === '477万元' && value === '4,770,000 CNY'),
    'the table has no row 金额 477万元 4,770,000 CNY');
  assert.ok(shown.legend >= 11, `the legend lists ${shown.legend} types`);
  assert.match(shown.stats, /字 · \d+ 词 · \d+ 句 · \d+ 个实体 · 用时/);
  assertNoProblems();

  await page.evaluate(() => document.getElementById('highlighted').scrollTo(0, 0));
  const shot = await page.screenshot();
  if (process.env.WENXI_DOCS_SCREENSHOTS === '1') {
    await page.screenshot({ path: join(root, 'docs', 'screenshot.png') });
  }
  await page.screenshot({ path: join(outputDir, 'desktop.png') });
  assert.ok(shot.length > 10_000, 'the screenshot is suspiciously small');
});

test('the page fits a phone screen', async () => {
  await page.setViewportSize({ width: 390, height: 844 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the page is ${overflow}px wider than a phone screen`);
  await page.screenshot({ path: join(outputDir, 'phone.png') });
  await page.setViewportSize({ width: 1280, height: 1000 });
});

test('pasted markup is shown as text, never run', async () => {
  const text = '<img src=x onerror="alert(1)"><b>粗体</b> 记者 高洪驰 报道';
  await page.locator('#input').fill(text);
  await page.getByRole('button', { name: /分析/ }).first().click();
  await waitForResult();
  const shown = await page.evaluate(() => ({
    highlighted: document.getElementById('highlighted').textContent,
    elements: [...document.querySelectorAll('#highlighted *, #entities tbody *')].map((e) => e.tagName.toLowerCase()),
  }));
  assert.equal(shown.highlighted, text);
  assert.deepEqual([...new Set(shown.elements)].filter((tag) => !['mark', 'tr', 'td', 'span'].includes(tag)), []);
  assertNoProblems();
});

test('a reference date that is not a date is reported in the status', async () => {
  await page.locator('#reference-date').fill('next tuesday');
  await page.getByRole('button', { name: /分析/ }).first().click();
  await page.waitForSelector('#status[data-state="error"]', { timeout: RESULT_TIMEOUT });
  assert.match(await page.locator('#status').textContent(), /next tuesday/);
  await page.locator('#reference-date').fill('2021-06-01');
  await page.getByRole('button', { name: /分析/ }).first().click();
  await waitForResult();
  assertNoProblems();
});
