// The page's pure modules in Node: the exports (www/export.js) and the list of kinds (www/kinds.js).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { entitiesCsv, escapeHtml, highlightedHtml, markable } from '../../www/export.js';

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

test('kinds.js lists the core\'s entity types, in the colours of style.css', async () => {
  const { KINDS, NAME_TYPES, NUMBER_TYPES } = await import('../../www/kinds.js');
  const types = readFileSync(new URL('../../src/analysis/types.d.ts', import.meta.url), 'utf8');
  const union = types.match(/export type EntityType = ([^;]+);/)[1];
  const core = [...union.matchAll(/"([a-z]+)"/g)].map((m) => m[1]);
  assert.deepEqual(KINDS.map((k) => k.type).sort(), [...core].sort());
  const css = readFileSync(new URL('../../www/style.css', import.meta.url), 'utf8');
  const colours = Object.fromEntries([...css.matchAll(/\[data-type="([a-z]+)"\]\s*\{\s*--bg:\s*(#[0-9a-f]+);\s*--fg:\s*(#[0-9a-f]+);\s*\}/g)]
    .map(([, type, bg, fg]) => [type, [bg, fg]]));
  assert.deepEqual(colours, Object.fromEntries(KINDS.map((k) => [k.type, [k.fill, k.line]])));
  assert.deepEqual(NAME_TYPES, ['person', 'place', 'organization']);
  assert.ok(KINDS.every((k) => k.zh && k.en) && NUMBER_TYPES.has('money') && !NUMBER_TYPES.has('work'));
});
