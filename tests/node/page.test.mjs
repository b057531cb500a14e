// The page's pure modules in Node: cutting long texts into chunks and merging their analyses
// (www/chunks.js), and the exports (www/export.js).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { merge, split } from '../../www/chunks.js';
import { entitiesCsv, escapeHtml, highlightedHtml, markable } from '../../www/export.js';

test('split covers the text exactly, in chunks under the limit, cut at blank lines', () => {
  const paragraph = '记者 高洪驰 报道，项目总投资477万元。'.repeat(20);
  const text = Array.from({ length: 50 }, () => paragraph).join('\n\n');
  const ranges = split(text, 2000);
  assert.equal(ranges[0].start, 0);
  assert.equal(ranges.at(-1).end, text.length);
  for (const [i, r] of ranges.entries()) {
    assert.ok(r.end - r.start <= 2000 && r.end > r.start, `chunk ${i} is ${r.end - r.start} units`);
    if (i > 0) assert.equal(r.start, ranges[i - 1].end);
    if (i < ranges.length - 1) assert.ok(text.slice(r.start, r.end).endsWith('\n\n'), `chunk ${i} is not cut at a blank line`);
  }
});

test('split never cuts a surrogate pair, even in a text with no breaks', () => {
  const text = '𠮷'.repeat(5000);
  for (const r of split(text, 999)) {
    const chunk = text.slice(r.start, r.end);
    assert.ok(!/[\uD800-\uDBFF]$/.test(chunk) && !/^[\uDC00-\uDFFF]/.test(chunk), `chunk ${r.start}-${r.end} splits a pair`);
  }
});

test('merge shifts offsets into the whole text and merges keywords', () => {
  const merged = merge([
    { offset: 0, analysis: { tokens: [{ text: '西华县', start: 0, end: 3, pos: 'ns' }], sentences: [{ start: 0, end: 3 }],
      entities: [{ type: 'place', start: 0, end: 3, text: '西华县' }], keywords: [{ word: '西华县', weight: 1 }] } },
    { offset: 5, analysis: { tokens: [{ text: '477万元', start: 0, end: 5, pos: 'm' }], sentences: [{ start: 0, end: 5 }],
      entities: [{ type: 'money', start: 0, end: 5, text: '477万元', value: 4770000, unit: 'CNY' }],
      keywords: [{ word: '西华县', weight: 0.5 }, { word: '投资', weight: 1 }] } },
  ]);
  assert.deepEqual(merged.entities.map((e) => [e.start, e.end]), [[0, 3], [5, 10]]);
  assert.deepEqual(merged.sentences, [{ start: 0, end: 3 }, { start: 5, end: 10 }]);
  assert.equal(merged.entities[1].value, 4770000);
  assert.deepEqual(merged.keywords, [{ word: '西华县', weight: 1 }, { word: '投资', weight: 1 / 1.5 }]);
});

test('the CSV quotes what needs quoting and defuses spreadsheet formulas', () => {
  const csv = entitiesCsv([
    { type: 'work', start: 0, end: 9, text: '《a,"b"》', source: 'rule' },
    { type: 'person', start: 9, end: 20, text: '=HYPERLINK("x")' },
    { type: 'number', start: 20, end: 22, text: '-5', value: -5 },
  ]);
  const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
  assert.equal(lines[1], 'work,0,9,"《a,""b""》",,,,,,,,,,,,,,,rule');
  assert.equal(lines[2], 'person,9,20,"\'=HYPERLINK(""x"")",,,,,,,,,,,,,,,');
  assert.equal(lines[3], "number,20,22,'-5,-5,,,,,,,,,,,,,,");
});

test('the HTML export escapes the text and marks entities without overlaps', () => {
  assert.equal(escapeHtml(`<a href="x" onclick='y'>&amp;</a>`), '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
  const text = '<b>西华县</b>';
  const html = highlightedHtml(text, [{ type: 'place', start: 3, end: 6, text: '西华县' }, { type: 'place', start: 4, end: 6, text: '华县' }],
    { title: '<title>', describe: (e) => `"${e.text}"` });
  assert.ok(html.includes('&lt;b&gt;<mark class="place" title="&quot;西华县&quot;">西华县</mark>&lt;/b&gt;'));
  assert.ok(html.includes('<title>&lt;title&gt;</title>'));
  assert.equal(markable([{ start: 4, end: 6 }, { start: 3, end: 6 }, { start: 6, end: 7 }]).length, 2);
});
