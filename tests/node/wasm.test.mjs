// The built wasm package (www/pkg, from `npm run build`) as JavaScript sees it.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';

const pkg = new URL('../../www/pkg/', import.meta.url);
const sample = readFileSync(new URL('../../www/sample.txt', import.meta.url), 'utf8');

let analyzer;

before(async () => {
  assert.ok(existsSync(new URL('wenxi_bg.wasm', pkg)), 'www/pkg/wenxi_bg.wasm is missing: run `npm run build` first');
  const { default: init, Analyzer } = await import(new URL('wenxi.js', pkg));
  await init({ module_or_path: readFileSync(new URL('wenxi_bg.wasm', pkg)) });
  analyzer = new Analyzer();
});

after(() => analyzer?.free());

/** Every span of `analysis` lies in `text`, and its `text` is exactly `text.slice(start, end)`. */
function assertSpansSliceText(text, analysis) {
  const spans = [
    ...analysis.tokens.map((t) => ['token', t]),
    ...analysis.entities.map((e) => [`${e.type} entity`, e]),
  ];
  for (const [what, span] of spans) {
    assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0
      && span.start < span.end && span.end <= text.length,
    `${what} ${JSON.stringify(span)} is out of bounds for a text of ${text.length} UTF-16 units`);
    assert.equal(span.text, text.slice(span.start, span.end),
      `${what} ${JSON.stringify(span)} does not match its slice of ${JSON.stringify(text)}`);
  }
  for (const sentence of analysis.sentences) {
    assert.ok(sentence.start >= 0 && sentence.start <= sentence.end && sentence.end <= text.length,
      `sentence ${JSON.stringify(sentence)} is out of bounds for a text of ${text.length} UTF-16 units`);
  }
}

/** Tokens come in order, do not overlap, and leave out nothing but whitespace. */
function assertTokensCoverText(text, tokens) {
  let cursor = 0;
  for (const token of tokens) {
    assert.ok(token.start >= cursor, `token ${JSON.stringify(token)} starts before the previous one ends (${cursor})`);
    const gap = text.slice(cursor, token.start);
    assert.match(gap, /^\s*$/u, `text ${JSON.stringify(gap)} at ${cursor} is in no token`);
    cursor = token.end;
  }
  assert.match(text.slice(cursor), /^\s*$/u, `the text after ${cursor} is in no token`);
}

describe('the sample article', () => {
  let analysis;
  before(() => {
    analysis = analyzer.analyze(sample, { referenceDate: '2021-06-01' });
  });

  test('is the CLI\'s analysis, field for field and key for key in the same order', () => {
    // The binding builds its objects from numbers and a little JSON (src/analysis/decode.js); the CLI
    // serializes the analysis whole. `cargo test --release` has built the CLI already.
    const root = new URL('../..', import.meta.url);
    const cli = execFileSync('cargo', ['run', '--quiet', '--release', '--bin', 'wenxi', '--', 'analyze',
      '--reference-date', '2021-06-01', 'www/sample.txt'], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
    assert.equal(JSON.stringify(analysis), JSON.stringify(JSON.parse(cli)));
  });

  test('has tokens that cover the text', () => {
    assert.ok(analysis.tokens.length > 1000, `only ${analysis.tokens.length} tokens`);
    assertTokensCoverText(sample, analysis.tokens);
  });

  test('has tokens, entities and sentences that are slices of the text', () => {
    assertSpansSliceText(sample, analysis);
  });

  test('names the reporter 高洪驰 as a person', () => {
    const start = sample.indexOf('高洪驰');
    const found = analysis.entities.find((e) => e.type === 'person' && e.start === start);
    assert.ok(found, `no person entity at ${start}: ${JSON.stringify(analysis.entities.filter((e) => e.text.includes('高洪驰')))}`);
    assert.equal(found.text, '高洪驰');
  });

  test('normalizes 477万元 to 4 770 000 CNY', () => {
    // The sample says “资金477万元”; checked by hand: 477 × 10 000.
    const found = analysis.entities.find((e) => e.type === 'money' && e.text === '477万元');
    assert.ok(found, 'no money entity 477万元');
    assert.equal(found.value, 4_770_000);
    assert.equal(found.unit, 'CNY');
  });

  test('gives keywords with weights in (0, 1]', () => {
    assert.ok(analysis.keywords.length > 0);
    for (const { word, weight } of analysis.keywords) {
      assert.ok(sample.includes(word), `keyword ${word} is not in the text`);
      assert.ok(weight > 0 && weight <= 1, `keyword ${word} has weight ${weight}`);
    }
  });

  test('is a plain object that survives structured cloning (postMessage)', () => {
    assert.deepEqual(structuredClone(analysis), analysis);
  });
});

describe('any text', () => {
  /** mulberry32: a small seeded PRNG, so that a failure can be replayed. */
  function prng(seed) {
    return () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  // Pieces with 1-, 2- and multi-unit UTF-16 lengths, full-width forms and number words.
  const pieces = [
    '高洪驰', '周口', '市委', '乡村振兴', '记者', '的', '了', '年', '月', '日', '万元', '亿', '%', '百分之',
    '三千', '第二', '十五', '２０２１', '４７７', '2021', '477', '3.5', '12:30', '，', '。', '、', '“', '”',
    '《', '》', '（', '）', '\n', ' ', '\u3000', '\t', 'abc', 'Rust', 'x', '-', '👨‍👩‍👧', '😀', '🇨🇳', '𠮷', '𠮷野家',
    '\u200d', '\ufe0f', 'é', '\u0301', '\0', '\r\n',
  ];

  test('gives spans that are slices of it (300 seeded random strings)', () => {
    const random = prng(20210601);
    for (let i = 0; i < 300; i++) {
      const length = Math.floor(random() * 40);
      let text = '';
      for (let k = 0; k < length; k++) text += pieces[Math.floor(random() * pieces.length)];
      const analysis = analyzer.analyze(text);
      assertSpansSliceText(text, analysis);
      assertTokensCoverText(text, analysis.tokens);
    }
  });

  test('empty gives empty arrays', () => {
    assert.deepEqual(analyzer.analyze(''), { tokens: [], sentences: [], entities: [], keywords: [] });
  });
});

describe('wrong arguments', () => {
  for (const [label, value] of [['a number', 42], ['null', null], ['undefined', undefined], ['an object', {}],
    ['an array', ['高洪驰']]]) {
    test(`text that is ${label} throws an Error that says text must be a string`, () => {
      assert.throws(() => analyzer.analyze(value), (err) => {
        assert.ok(err instanceof Error, `threw ${typeof err}, not an Error`);
        assert.match(err.message, /text must be a string/);
        assert.equal(err.kind, 'not_a_string');
        return true;
      });
    });
  }

  test('a reference date that is not a date throws an Error that names it', () => {
    assert.throws(() => analyzer.analyze('今年', { referenceDate: 'next tuesday' }), (err) => {
      assert.ok(err instanceof Error);
      assert.match(err.message, /next tuesday/);
      return true;
    });
  });

  test('the analyzer still works after an error', () => {
    assert.throws(() => analyzer.analyze(42));
    assert.equal(analyzer.analyze('记者 高洪驰').tokens.at(-1).text, '高洪驰');
  });
});

describe('the place lists and the user dictionary', () => {
  test('a township after its county is one place with its path', () => {
    const place = analyzer.analyze('项城市王明口镇').entities[0];
    assert.equal(place.type, 'place');
    assert.equal(place.source, 'gazetteer');
    assert.deepEqual(place.parts, ['项城市', '王明口镇']);
    assert.deepEqual(place.path, ['河南省', '周口市', '项城市', '王明口镇']);
  });

  test('addWord, removeWord, resetDictionary, exportDictionary, importDictionary', () => {
    const user = new (analyzer.constructor)();
    try {
      const text = '金贵演艺在演出';
      const before = JSON.stringify(user.analyze(text));
      user.addWord('金贵演艺', 'organization', 20000);
      const org = user.analyze(text).entities.find((e) => e.text === '金贵演艺');
      assert.equal(org?.type, 'organization');
      assert.equal(org?.source, 'user');
      const exported = user.exportDictionary();
      assert.deepEqual(JSON.parse(exported), { version: 1, words: [{ word: '金贵演艺', type: 'organization', freq: 20000 }] });
      assert.equal(user.removeWord('金贵演艺'), true);
      assert.equal(JSON.stringify(user.analyze(text)), before);
      user.importDictionary(exported);
      assert.equal(user.analyze(text).entities.find((e) => e.text === '金贵演艺')?.source, 'user');
      user.resetDictionary();
      assert.equal(JSON.stringify(user.analyze(text)), before);
    } finally {
      user.free();
    }
  });

  test('importDictionary with one bad word among good ones changes nothing', () => {
    const user = new (analyzer.constructor)();
    try {
      const text = '青禾文创和蓝湾书社今天签约。';
      user.addWord('青禾文创', 'organization');
      const before = user.exportDictionary();
      const analysed = JSON.stringify(user.analyze(text));
      const kindOf = (words) => {
        try {
          user.importDictionary(JSON.stringify({ version: 1, words }));
        } catch (err) {
          return err.kind;
        }
        return 'taken';
      };
      const good = [{ word: '蓝湾书社', type: 'organization' }, { word: '青禾', type: 'person', freq: 500 }];
      assert.equal(kindOf([...good, { word: '蓝湾 书社', type: 'place' }]), 'bad_user_word');
      assert.equal(kindOf([good[0], { word: '书'.repeat(65), type: 'place' }, good[1]]), 'bad_user_word');
      assert.equal(kindOf([...good, { word: '蓝湾', type: 'robot' }]), 'bad_user_dictionary');
      assert.equal(kindOf([...good, { word: '蓝湾', type: 'place', freq: 0 }]), 'bad_user_word');
      assert.equal(user.exportDictionary(), before);
      assert.equal(JSON.stringify(user.analyze(text)), analysed);
      // The good ones alone are taken, and replace what was there.
      assert.equal(kindOf(good), 'taken');
      assert.deepEqual(JSON.parse(user.exportDictionary()).words.map((w) => w.word).sort(), ['蓝湾书社', '青禾']);
    } finally {
      user.free();
    }
  });

  test('bad words and dictionaries throw Errors with a kind', () => {
    const kindOf = (f) => {
      try { f(); } catch (err) { assert.ok(err instanceof Error); return err.kind; }
      return 'no error';
    };
    assert.equal(kindOf(() => analyzer.addWord('', 'person')), 'bad_user_word');
    assert.equal(kindOf(() => analyzer.addWord('王明', 'robot')), 'bad_word_type');
    assert.equal(kindOf(() => analyzer.addWord('王明', 'person', -1)), 'bad_user_word');
    assert.equal(kindOf(() => analyzer.importDictionary('not json')), 'bad_user_dictionary');
    assert.equal(kindOf(() => analyzer.importDictionary('{"version":2,"words":[]}')), 'bad_user_dictionary');
    assert.equal(JSON.parse(analyzer.exportDictionary()).words.length, 0);
  });
});

describe('a session: a long text a chunk at a time', () => {
  /** A full date, then well over one chunk (~64 KB of UTF-8) of other text, then 次日. */
  const text = ['2020年5月6日，检查组抵达县城。',
    ...Array.from({ length: 2200 }, () => '各单位认真落实有关要求，扎实推进各项工作。'), '次日，检查组进驻企业。'].join('\n');
  const nextDay = (analysis) => analysis.entities.find((e) => e.text === '次日');

  test('steps through the chunks with progress, and 次日 after a chunk boundary resolves against the date before it', () => {
    const session = analyzer.session(text, { referenceDate: '2021-01-01' });
    try {
      const total = session.total;
      assert.ok(total >= 2, `${total} chunk(s): the text does not cross a boundary`);
      const seen = [];
      while (session.step()) seen.push(session.done);
      assert.deepEqual(seen, Array.from({ length: total }, (_, i) => i + 1));
      const analysis = session.finish();
      assert.equal(nextDay(analysis).value, '2020-05-07');
      assertSpansSliceText(text, analysis);
      assert.deepEqual(analysis, analyzer.analyze(text, { referenceDate: '2021-01-01' }));
      assert.throws(() => session.step(), (err) => err.kind === 'finished');
      assert.throws(() => session.finish(), (err) => err.kind === 'finished');
    } finally {
      session.free();
    }
  });

  test('finish() runs the chunks left', () => {
    const session = analyzer.session(text);
    try {
      session.step();
      assert.equal(nextDay(session.finish()).value, '2020-05-07');
    } finally {
      session.free();
    }
  });

  test('a change of the user dictionary between steps stops the session with dictionary_changed', async () => {
    const { Analyzer } = await import(new URL('wenxi.js', pkg));
    const own = new Analyzer();
    const session = own.session(text);
    try {
      session.step();
      own.addWord('检查组', 'organization');
      assert.throws(() => session.step(), (err) => err.kind === 'dictionary_changed' && !(err instanceof WebAssembly.RuntimeError));
      // The analyzer itself goes on, with the word.
      assert.ok(own.analyze('检查组进驻。').entities.some((e) => e.text === '检查组' && e.source === 'user'));
    } finally {
      session.free();
      own.free();
    }
  });
});
