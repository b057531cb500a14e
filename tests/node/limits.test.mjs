// The wasm package at its limits: lone surrogates, input over the size limit, and memory over
// a thousand analyses. Prints the memory figures it measures.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';

const pkg = new URL('../../www/pkg/', import.meta.url);
const sample = readFileSync(new URL('../../www/sample.txt', import.meta.url), 'utf8');

let analyzer;
let memory;

before(async () => {
  const { default: init, Analyzer } = await import(new URL('wenxi.js', pkg));
  const exports = await init({ module_or_path: readFileSync(new URL('wenxi_bg.wasm', pkg)) });
  memory = exports.memory;
  analyzer = new Analyzer();
});

after(() => analyzer?.free());

test('lone surrogates keep every later offset right', () => {
  const text = '\uD800记者 高洪驰\uDC00报道,477万元。\uDBFF';
  const analysis = analyzer.analyze(text);
  const person = analysis.entities.find((e) => e.type === 'person');
  assert.equal(text.slice(person.start, person.end), '高洪驰');
  const money = analysis.entities.find((e) => e.type === 'money');
  assert.equal(text.slice(money.start, money.end), '477万元');
  assert.equal(money.value, 4770000);
  // The core reads a lone surrogate as U+FFFD, one UTF-16 unit like the original, so the
  // tokens (sliced from the string given) are the text exactly, lone surrogates and all.
  assert.equal(analysis.tokens.map((t) => t.text).join(''), text.replace(/ /g, ''));
  for (const token of analysis.tokens) {
    assert.equal(token.text, text.slice(token.start, token.end), JSON.stringify(token));
  }
  assert.ok(analysis.tokens.some((t) => t.text.includes('\uD800')));
});

test('text over the limit is a clear error, and the analyzer lives on', () => {
  const big = '字'.repeat(10 * 1024 * 1024 / 3 + 1); // over 10 MB of UTF-8
  assert.throws(() => analyzer.analyze(big), (err) => {
    assert.equal(err.kind, 'input_too_long');
    assert.match(err.message, /limit/);
    return true;
  });
  assert.equal(analyzer.analyze('记者 高洪驰').entities[0].text, '高洪驰');
});

test('memory stays bounded over 1,000 analyses of the sample', () => {
  analyzer.analyze(sample);
  const afterOne = memory.buffer.byteLength;
  for (let i = 1; i < 1000; i++) analyzer.analyze(sample);
  const afterThousand = memory.buffer.byteLength;
  const mib = (n) => `${(n / 1048576).toFixed(1)} MiB`;
  console.log(`wasm memory: ${mib(afterOne)} after 1 analysis, ${mib(afterThousand)} after 1,000`);
  assert.ok(afterThousand <= afterOne * 1.25, `memory grew from ${mib(afterOne)} to ${mib(afterThousand)}`);
});
