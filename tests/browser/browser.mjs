// What every browser test needs: Debian's Chromium through playwright-core with a fresh profile,
// the page served from localhost, and a list of everything that went wrong in it.
// CHROMIUM_PATH overrides the browser. Downloads nothing.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const outputDir = join(root, 'tests', 'output');
export const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const RESULT_TIMEOUT = 60_000;
/**
 * Makes the wasm module served to `context` trap on a marker as a Rust panic would (RuntimeError:
 * unreachable): a session of a text holding __TRAP__ traps at its first step. Appended to
 * wasm-bindgen's wenxi.js as it is served.
 */
export async function trapOnMarker(context) {
  await context.route('**/pkg/wenxi.js', async (route) => {
    const response = await route.fetch();
    const body = `${await response.text()}\n${TRAP_ON_MARKER}`;
    await route.fulfill({ response, body, headers: { ...response.headers(), 'content-length': String(Buffer.byteLength(body)) } });
  });
}

const TRAP_ON_MARKER = `
const __session = Analyzer.prototype.session;
Analyzer.prototype.session = function (text, options) {
  const session = __session.call(this, text, options);
  if (String(text).includes('__TRAP__')) session.step = () => { throw new WebAssembly.RuntimeError('unreachable'); };
  return session;
};`;

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * Starts a server on `serveRoot` (default www/) and Chromium with a fresh profile.
 * `outside: 'abort'` fails and aborts any request that is not to our server.
 * Resolves to `{ server, context, page, problems, close }`.
 */
export async function open({ serveRoot, viewport = { width: 1280, height: 1000 }, server: given, outside = 'abort' } = {}) {
  assert.ok(existsSync(join(root, 'www', 'pkg', 'wenxi_bg.wasm')), 'www/pkg is missing: run `npm run build` first');
  assert.ok(existsSync(executablePath), `no Chromium at ${executablePath}: run scripts/setup.sh --browser or set CHROMIUM_PATH`);
  mkdirSync(outputDir, { recursive: true });
  const server = given ?? (serveRoot === false ? null : await serve({ port: 0, ...(serveRoot ? { root: serveRoot } : {}) }));
  const userDataDir = mkdtempSync(join(tmpdir(), 'wenxi-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath, headless: true, args: CHROMIUM_ARGS, viewport, locale: 'zh-CN', acceptDownloads: true,
  });
  const problems = [];
  if (outside === 'abort' && server) {
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(server.url) || url.startsWith('data:') || url.startsWith('blob:')) return route.fallback();
      problems.push(`outside request: ${url}`);
      return route.abort();
    });
  }
  const page = context.pages()[0] ?? await context.newPage();
  watch(page, problems);
  return {
    server, context, page, problems,
    close: async () => {
      await context.close();
      if (!given) await server?.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Records console errors, uncaught errors, failed requests, HTTP errors and dialogs of `page`. */
export function watch(page, problems) {
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
}

export function assertNoProblems(problems) {
  assert.deepEqual(problems, [], `the page had problems:\n${problems.join('\n')}`);
}

/**
 * Waits until the status says done (or error, which fails with its message). The status may still
 * say done from the run before when a new run is about to start: when it has turned busy by the
 * time it is read, this waits again.
 */
export async function waitForResult(page) {
  const status = page.locator('#status');
  for (;;) {
    await page.waitForSelector('#status[data-state="done"], #status[data-state="error"]', { timeout: RESULT_TIMEOUT });
    const state = await status.getAttribute('data-state');
    if (state !== 'done' && state !== 'error') continue;
    assert.equal(state, 'done', `status: ${await status.textContent()}`);
    return;
  }
}

/** Types `text` into the box and analyzes it with the button (not waiting for the debounce). */
export async function analyzeText(page, text) {
  await page.locator('#live').uncheck();
  await page.locator('#input').fill(text);
  await page.locator('#analyze').click();
  await waitForResult(page);
}
