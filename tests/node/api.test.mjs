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

test('addWord applies a word at once, removeWord says it was there, resetDictionary empties', async () => {
  await analyzer.addWord('文析公司', 'organization');
  const analysis = await analyzer.analyze('文析公司成立。');
  assert.deepEqual(analysis.entities.map((e) => [e.type, e.text, e.source]), [['organization', '文析公司', 'user']]);
  assert.equal(await analyzer.removeWord('文析公司'), true);
  assert.equal(await analyzer.removeWord('文析公司'), false);
  await analyzer.addWord('文析公司', 'organization');
  await analyzer.resetDictionary();
  assert.deepEqual((await analyzer.analyze('文析公司成立。')).entities.filter((e) => e.source === 'user'), []);
});

test('exportDictionary and importDictionary carry the dictionary over; a bad import changes nothing', async () => {
  await analyzer.addWord('文析公司', 'organization', 20000);
  const json = await analyzer.exportDictionary();
  assert.deepEqual(JSON.parse(json), { version: 1, words: [{ word: '文析公司', type: 'organization', freq: 20000 }] });
  await analyzer.resetDictionary();
  await analyzer.importDictionary(json);
  assert.equal(await analyzer.exportDictionary(), json);
  const bad = JSON.stringify({ version: 1, words: [{ word: '好词', type: 'place' }, { word: '有 空格', type: 'place' }] });
  await assert.rejects(analyzer.importDictionary(bad), (err) => err.kind === 'bad_user_word');
  await assert.rejects(analyzer.importDictionary({}), (err) => err.kind === 'not_a_string');
  assert.equal(await analyzer.exportDictionary(), json, 'a refused import changed the dictionary');
  await analyzer.resetDictionary();
});

// The wrapper rejects with the core's kinds (the README's), for each wrong argument.
for (const [call, args, kind] of [
  ['addWord with a word that is a number', [42, 'organization'], 'not_a_string'],
  ['addWord with a word that is an object', [{}, 'organization'], 'not_a_string'],
  ['addWord with a word that is null', [null, 'organization'], 'not_a_string'],
  ['addWord with a word that is undefined', [undefined, 'organization'], 'not_a_string'],
  ['addWord with a type that is a number', ['文析公司', 42], 'bad_word_type'],
  ['addWord with a type that is no type', ['文析公司', 'robot'], 'bad_word_type'],
  ['addWord with a type that is undefined', ['文析公司', undefined], 'bad_word_type'],
  ['addWord with an empty word', ['', 'organization'], 'bad_user_word'],
  ['addWord with a frequency of 0', ['文析公司', 'organization', 0], 'bad_user_word'],
  ['addWord with a frequency that is an object', ['文析公司', 'organization', {}], 'bad_user_word'],
]) {
  test(`${call} rejects with kind ${kind}`, async () => {
    await assert.rejects(analyzer.addWord(...args), (err) => err instanceof Error && err.kind === kind);
    assert.equal((await analyzer.analyze('记者 高洪驰')).entities[0].text, '高洪驰');
  });
}

for (const [label, value] of [['a number', 42], ['an object', {}], ['null', null], ['undefined', undefined]]) {
  test(`removeWord with a word that is ${label} rejects with kind not_a_string`, async () => {
    await assert.rejects(analyzer.removeWord(value), (err) => err instanceof Error && err.kind === 'not_a_string');
    assert.equal((await analyzer.analyze('记者 高洪驰')).entities[0].text, '高洪驰');
  });
}

test('after dispose, calls say so', async () => {
  const other = await createAnalyzer({ worker: false, wasm: readFileSync(wasmPath) });
  other.dispose();
  await assert.rejects(other.analyze('记者'), (err) => err.kind === 'disposed');
});
