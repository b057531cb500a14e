// Every method of the raw wasm API (www/pkg, src/wasm.rs) checks its arguments: a number, an
// object, null, undefined, an array or a boolean where a string is needed throws an Error with
// the README's `kind` (never a wasm trap or a plain TypeError), the analyzer and its user
// dictionary are as they were, and an optional argument that is undefined (or null) means its
// default.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';

const pkg = new URL('../../www/pkg/', import.meta.url);

let Analyzer;
let analyzer;
/** The user dictionary the analyzer holds through these tests. */
let dictionary;

before(async () => {
  assert.ok(existsSync(new URL('wenxi_bg.wasm', pkg)), 'www/pkg/wenxi_bg.wasm is missing: run `npm run build` first');
  const module = await import(new URL('wenxi.js', pkg));
  await module.default({ module_or_path: readFileSync(new URL('wenxi_bg.wasm', pkg)) });
  Analyzer = module.Analyzer;
  analyzer = new Analyzer();
  analyzer.addWord('金贵演艺', 'organization', 20000);
  dictionary = analyzer.exportDictionary();
});

after(() => analyzer?.free());

const WRONG = [['a number', 42], ['an object', {}], ['null', null], ['undefined', undefined],
  ['an array', ['高洪驰']], ['a boolean', true]];

/** What the message says was passed: the core names null and arrays, else the typeof. */
const described = (value) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

/** `call` throws an Error of `kind` whose message has `message`; the analyzer works as before. */
function assertRefused(call, kind, message) {
  assert.throws(call, (err) => {
    assert.ok(err instanceof Error, `threw ${err}, not an Error`);
    assert.ok(!(err instanceof WebAssembly.RuntimeError), `a wasm trap: ${err.message}`);
    assert.equal(err.kind, kind, err.message);
    assert.match(err.message, message);
    return true;
  });
  assert.equal(analyzer.exportDictionary(), dictionary, 'the user dictionary changed');
  const analysis = analyzer.analyze('记者 高洪驰 报道，金贵演艺在演出。');
  assert.deepEqual(analysis.entities.filter((e) => e.type === 'person' || e.type === 'organization')
    .map((e) => [e.type, e.text, e.source]), [['person', '高洪驰', 'rule'], ['organization', '金贵演艺', 'user']]);
}

test('the tests below cover every method that takes arguments', () => {
  const methods = Object.getOwnPropertyNames(Analyzer.prototype)
    .filter((name) => name !== 'constructor' && typeof Analyzer.prototype[name] === 'function' && Analyzer.prototype[name].length > 0)
    .sort();
  assert.deepEqual(methods, ['addWord', 'analyze', 'importDictionary', 'removeWord', 'segment', 'session']);
});

// [the call, the argument, the kind for a wrong value, a call with the wrong value in its place]
const STRING_ARGUMENTS = [
  ['analyze(text)', 'text', 'not_a_string', (v) => analyzer.analyze(v)],
  ['segment(text)', 'text', 'not_a_string', (v) => analyzer.segment(v)],
  ['session(text)', 'text', 'not_a_string', (v) => analyzer.session(v)],
  ['addWord(word, type)', 'word', 'not_a_string', (v) => analyzer.addWord(v, 'person')],
  ['removeWord(word)', 'word', 'not_a_string', (v) => analyzer.removeWord(v)],
  ['importDictionary(json)', 'json', 'not_a_string', (v) => analyzer.importDictionary(v)],
];

for (const [call, name, kind, withValue] of STRING_ARGUMENTS) {
  describe(call, () => {
    for (const [label, value] of WRONG) {
      test(`${name} that is ${label} throws ${kind}`, () => {
        assertRefused(() => withValue(value), kind,
          new RegExp(`^${call.replace(/[()]/g, '\\$&')}: ${name} must be a string, got ${described(value)}$`));
      });
    }
  });
}

describe('importDictionary(json)', () => {
  test('the parsed object instead of its JSON text throws not_a_string', () => {
    assertRefused(() => analyzer.importDictionary(JSON.parse(dictionary)), 'not_a_string', /json must be a string, got object/);
  });
});

describe('addWord(word, type, freq): type', () => {
  for (const [label, value] of [...WRONG, ['a string that is no type', 'robot']]) {
    test(`that is ${label} throws bad_word_type`, () => {
      assertRefused(() => analyzer.addWord('文析工坊', value), 'bad_word_type',
        /type must be "person", "place", "organization" or "other", got /);
    });
  }
});

describe('addWord(word, type, freq): freq', () => {
  for (const [label, value] of [['an object', {}], ['an array', [5]], ['a boolean', true], ['a string of digits', '100'],
    ['a fraction', 1.5], ['NaN', NaN], ['0', 0], ['over 100000000', 100_000_001]]) {
    test(`that is ${label} throws bad_user_word`, () => {
      assertRefused(() => analyzer.addWord('金贵演艺', 'organization', value), 'bad_user_word', /freq|frequency/);
    });
  }

  for (const [label, value] of [['undefined', undefined], ['null', null]]) {
    test(`that is ${label} means the default, 10000`, () => {
      const other = new Analyzer();
      try {
        other.addWord('文析工坊', 'organization', value);
        assert.deepEqual(JSON.parse(other.exportDictionary()).words, [{ word: '文析工坊', type: 'organization', freq: 10000 }]);
      } finally {
        other.free();
      }
    });
  }

  test('left out means the default, 10000', () => {
    const other = new Analyzer();
    try {
      other.addWord('文析工坊', 'organization');
      assert.deepEqual(JSON.parse(other.exportDictionary()).words, [{ word: '文析工坊', type: 'organization', freq: 10000 }]);
    } finally {
      other.free();
    }
  });
});

/** The analysis of `text` with `options` (the arguments as given) by `analyze`, or by a session. */
const ANALYSES = [
  ['analyze', (...args) => analyzer.analyze(...args)],
  ['session', (...args) => {
    const session = analyzer.session(...args);
    try {
      return session.finish();
    } finally {
      session.free();
    }
  }],
];

for (const [call, analyze] of ANALYSES) {
  describe(`${call}(text, options): options`, () => {
    for (const [label, value] of [['a number', 42], ['an array', ['2021-06-01']], ['a boolean', true], ['a string', '2021-06-01']]) {
      test(`that is ${label} throws bad_options`, () => {
        assertRefused(() => analyze('今年', value), 'bad_options', /options must be an object, got /);
      });
    }

    for (const [label, value] of [['a number', 20210601], ['an object', {}], ['an array', ['2021-06-01']], ['a boolean', true]]) {
      test(`with a referenceDate that is ${label} throws bad_options`, () => {
        assertRefused(() => analyze('今年', { referenceDate: value }), 'bad_options', new RegExp(`^${call}\\(text, options\\): `));
      });
    }

    // With a reference date 今年 has the value of that year; without one it has none.
    for (const [label, args] of [['that is undefined', [undefined]], ['that is null', [null]], ['left out', []],
      ['that is an object without referenceDate', [{}]],
      ['whose referenceDate is undefined', [{ referenceDate: undefined }]],
      ['whose referenceDate is null', [{ referenceDate: null }]]]) {
      test(`${label} means no reference date`, () => {
        const date = analyze('今年', ...args).entities.find((e) => e.type === 'date');
        assert.deepEqual([date.text, date.value, date.unresolved], ['今年', undefined, 'P0Y']);
      });
    }

    test('with a referenceDate anchors the dates (the options are read)', () => {
      const date = analyze('今年', { referenceDate: '2021-06-01' }).entities.find((e) => e.type === 'date');
      assert.equal(date.value, '2021');
    });
  });
}
