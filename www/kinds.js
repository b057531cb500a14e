// The entity types, in legend order: the one list that the page, its exports, the charts and
// <wenxi-annotate> read. `type` is the core's name (EntityType in src/analysis/types.d.ts);
// `fill` and `line` are the highlight's background and underline (style.css has the same pairs
// for the page's own marks). tests/node/page.test.mjs checks that all three agree.
export const KINDS = [
  { type: 'person', zh: '人名', en: 'person', fill: '#ffd9d6', line: '#d1453b', name: true },
  { type: 'place', zh: '地名', en: 'place', fill: '#d3f0dc', line: '#2f9e55', name: true },
  { type: 'organization', zh: '机构', en: 'organization', fill: '#d9e6ff', line: '#3b6fd6', name: true },
  { type: 'work', zh: '作品', en: 'work', fill: '#efdcff', line: '#9650c8' },
  { type: 'date', zh: '日期', en: 'date', fill: '#fff0bf', line: '#c29200', figure: true },
  { type: 'time', zh: '时间', en: 'time', fill: '#ffe3c7', line: '#d9771e', figure: true },
  { type: 'duration', zh: '时长', en: 'duration', fill: '#fde2f0', line: '#c2408a', figure: true },
  { type: 'money', zh: '金额', en: 'money', fill: '#d2f3ee', line: '#16907f', figure: true },
  { type: 'percent', zh: '百分比', en: 'percent', fill: '#e6f4cc', line: '#6a9a1f', figure: true },
  { type: 'quantity', zh: '数量', en: 'quantity', fill: '#ece4d6', line: '#8a6a3b', figure: true },
  { type: 'ordinal', zh: '序数', en: 'ordinal', fill: '#e2e2f6', line: '#5b5bb0', figure: true },
  { type: 'number', zh: '数字', en: 'number', fill: '#e8e8e8', line: '#7a7a7a', figure: true },
];

/** The types that are names of people, places and organizations: the user dictionary's types. */
export const NAME_TYPES = KINDS.filter((k) => k.name).map((k) => k.type);

/** The types whose entities are figures (the Numbers tab). */
export const NUMBER_TYPES = new Set(KINDS.filter((k) => k.figure).map((k) => k.type));
