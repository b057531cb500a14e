// scripts/serve.mjs: serves www/ with the right types and nothing outside it.
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { after, before, test } from 'node:test';
import { serve } from '../../scripts/serve.mjs';

let server;
before(async () => {
  server = await serve({ port: 0 });
});
after(() => server.close());

/** GET `path` as written (no URL normalization, so `..` reaches the server). */
function get(path) {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, method: 'GET' }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, type: res.headers['content-type'], body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

test('serves index.html for / as utf-8 html', async () => {
  const res = await get('/');
  assert.equal(res.status, 200);
  assert.equal(res.type, 'text/html; charset=utf-8');
  assert.match(res.body.toString('utf8'), /文析/);
});

test('serves modules as text/javascript, styles as text/css, text as utf-8', async () => {
  assert.equal((await get('/app.js')).type, 'text/javascript; charset=utf-8');
  assert.equal((await get('/worker.js')).type, 'text/javascript; charset=utf-8');
  assert.equal((await get('/style.css')).type, 'text/css; charset=utf-8');
  const sample = await get('/sample.txt');
  assert.equal(sample.type, 'text/plain; charset=utf-8');
  assert.match(sample.body.toString('utf8'), /高洪驰/);
});

test('serves the wasm as application/wasm', async (t) => {
  const res = await get('/pkg/wenxi_bg.wasm');
  if (res.status === 404) return t.skip('www/pkg is not built');
  assert.equal(res.status, 200);
  assert.equal(res.type, 'application/wasm');
  assert.deepEqual([...res.body.subarray(0, 4)], [0x00, 0x61, 0x73, 0x6d]); // "\0asm"
});

test('answers 404 for a missing file', async () => {
  assert.equal((await get('/nope.js')).status, 404);
});

test('refuses paths that leave www/', async () => {
  for (const path of ['/../package.json', '/pkg/../../package.json', '/%2e%2e/package.json', '/%2E%2E%2Fpackage.json',
    '/..%5cpackage.json', '/%00', '/%E0%A4%A']) {
    const res = await get(path);
    assert.equal(res.status, 403, `${path} gave ${res.status}`);
    assert.doesNotMatch(res.body.toString('utf8'), /"name"/, `${path} leaked a file`);
  }
});
