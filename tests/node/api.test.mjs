// The embeddable API (www/api.js) on the calling thread, in Node: the same object the npm package
// gives with { worker: false }. The worker mode is tested in Chromium (tests/browser/package.test.mjs).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { createAnalyzer } from '../../www/api.js';

const wasmPath = new URL('../../www/pkg/wenxi_bg.wasm', import.meta.url);
let analyzer;

before(async () => {
  assert.ok(existsSync(wasmPath), 'www/pkg/wenxi_bg.wasm is missing: run `npm run build` first');
});

after(() => analyzer?.dispose());

test('a call before the analyzer is ready throws an error that says to await it', async () => {
  const pending = createAnalyzer({ worker: false, wasm: readFileSync(wasmPath) });
  assert.throws(() => pending.analyze('记者 高洪驰'), (err) => err.kind === 'not_ready'
    && /analyze\(\) was called before the analyzer was ready: use `const analyzer = await createAnalyzer\(\)`/.test(err.message));
  analyzer = await pending;
});

test('analyze resolves to the analysis, with UTF-16 offsets', async () => {
  const text = '𠮷记者 高洪驰 报道，项目总投资477万元。';
  const analysis = await analyzer.analyze(text, { referenceDate: '2021-06-01' });
  const money = analysis.entities.find((e) => e.type === 'money');
  assert.equal(money.value, 4770000);
  assert.equal(text.slice(money.start, money.end), '477万元');
});

test('errors keep the core kind', async () => {
  await assert.rejects(analyzer.analyze('今年', { referenceDate: 'next tuesday' }), (err) => err.kind === 'bad_reference_date');
});

test('the dictionary methods apply words when the core has addWord, else reject as unsupported', async () => {
  const { Analyzer } = await import('../../www/pkg/wenxi.js');
  if (typeof Analyzer.prototype.addWord === 'function') {
    await analyzer.addWord('文析公司', 'organization');
    const analysis = await analyzer.analyze('文析公司成立。');
    assert.ok(analysis.entities.some((e) => e.text === '文析公司' && e.source === 'user'), JSON.stringify(analysis.entities));
    await analyzer.removeWord('文析公司');
    await analyzer.resetDictionary();
  } else {
    await assert.rejects(analyzer.addWord('文析公司', 'organization'), (err) => err.kind === 'unsupported');
    await assert.rejects(analyzer.resetDictionary(), (err) => err.kind === 'unsupported');
  }
});

test('after dispose, calls say so', async () => {
  const other = await createAnalyzer({ worker: false, wasm: readFileSync(wasmPath) });
  other.dispose();
  await assert.rejects(other.analyze('记者'), (err) => err.kind === 'disposed');
});
