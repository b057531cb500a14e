// The page: sends text to worker.js and shows the analysis it sends back.
// User text is data, never markup: everything below goes through textContent and text nodes.

/** Entity types in legend order, with their Chinese names. Colours live in style.css. */
const TYPES = [
  ['person', '人名'],
  ['place', '地名'],
  ['organization', '机构'],
  ['work', '作品'],
  ['date', '日期'],
  ['time', '时间'],
  ['duration', '时长'],
  ['money', '金额'],
  ['percent', '百分比'],
  ['quantity', '数量'],
  ['ordinal', '序数'],
  ['number', '数字'],
];
const TYPE_NAMES = new Map(TYPES);
const SOURCE_NAMES = { dictionary: '词典', model: '模型', rule: '规则', gazetteer: '名录', user: '用户词典' };
const ROLE_NAMES = { reporter: '记者', correspondent: '通讯员', editor: '编辑' };
const KEYWORD_COUNT = 12;

const $ = (id) => document.getElementById(id);
const input = $('input');
const analyzeButton = $('analyze');
const sampleButton = $('load-sample');
const referenceDate = $('reference-date');
const status = $('status');

const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
let lastId = 0;
/** The request whose result we still want: { id, text }. Older results are dropped. */
let pending = null;

worker.onmessage = ({ data }) => {
  if (data.type === 'ready') {
    if (!pending) setStatus('ready', `就绪（分析器加载用时 ${formatMs(data.ms)}）`);
  } else if (data.type === 'result') {
    if (pending?.id !== data.id) return;
    render(pending.text, data.analysis, data.ms);
    pending = null;
    setStatus('done', '完成');
  } else if (data.type === 'error') {
    if (data.id !== undefined && pending?.id !== data.id) return;
    pending = null;
    setStatus('error', `出错：${data.message}`);
  }
};
worker.onerror = (event) => {
  event.preventDefault();
  setStatus('error', '分析器无法加载。请先运行 npm run build 生成 www/pkg/。');
};
// Free the analyzer when the page goes for good (not when it is kept in the back/forward cache).
addEventListener('pagehide', (event) => {
  if (!event.persisted) worker.postMessage({ type: 'dispose' });
});

analyzeButton.addEventListener('click', () => analyze());
input.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) analyze();
});
sampleButton.addEventListener('click', loadSample);

function analyze() {
  const text = input.value;
  if (text.trim() === '') {
    setStatus('error', '请先输入文本，或载入示例文章。');
    input.focus();
    return;
  }
  const date = referenceDate.value.trim();
  const options = date ? { referenceDate: date } : undefined;
  pending = { id: ++lastId, text };
  setStatus('busy', '分析中…');
  worker.postMessage({ type: 'analyze', id: pending.id, text, options });
}

async function loadSample() {
  setStatus('busy', '载入示例文章…');
  try {
    const response = await fetch('sample.txt');
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    // The file opens with blank lines; the text box does not need them.
    input.value = (await response.text()).trimStart();
  } catch (err) {
    setStatus('error', `示例文章载入失败：${err.message}`);
    return;
  }
  analyze();
}

function setStatus(state, message) {
  status.dataset.state = state;
  status.textContent = message;
}

function render(text, analysis, ms) {
  const counts = new Map();
  for (const entity of analysis.entities) counts.set(entity.type, (counts.get(entity.type) ?? 0) + 1);

  $('stats').textContent = [
    `${[...text].length} 字`,
    `${analysis.tokens.length} 词`,
    `${analysis.sentences.length} 句`,
    `${analysis.entities.length} 个实体`,
    `用时 ${formatMs(ms)}`,
  ].join(' · ');
  $('legend').replaceChildren(...legendItems(counts));
  $('highlighted').replaceChildren(highlight(text, analysis.entities));
  $('keywords').replaceChildren(...analysis.keywords.slice(0, KEYWORD_COUNT).map(keywordItem));
  $('entities').tBodies[0].replaceChildren(...analysis.entities.map(entityRow));
  $('results').hidden = false;
}

function legendItems(counts) {
  const known = TYPES.map(([type]) => type);
  const extra = [...counts.keys()].filter((type) => !TYPE_NAMES.has(type));
  return [...known, ...extra].map((type) => {
    const item = el('li', { class: counts.has(type) ? '' : 'absent' });
    item.append(el('span', { class: 'swatch', 'data-type': type }), `${typeName(type)} `,
      el('span', { class: 'count' }, String(counts.get(type) ?? 0)));
    return item;
  });
}

/**
 * The text with one <mark data-type> per entity. An entity that overlaps one already shown
 * is left out here (it stays in the table).
 */
function highlight(text, entities) {
  const fragment = document.createDocumentFragment();
  const ordered = [...entities].sort((a, b) => a.start - b.start || b.end - a.end);
  let cursor = 0;
  for (const entity of ordered) {
    if (entity.start < cursor) continue;
    if (entity.start > cursor) fragment.append(text.slice(cursor, entity.start));
    const mark = el('mark', { 'data-type': entity.type }, text.slice(entity.start, entity.end));
    mark.title = [typeName(entity.type), formatValue(entity)].filter(Boolean).join('：');
    fragment.append(mark);
    cursor = entity.end;
  }
  fragment.append(text.slice(cursor));
  return fragment;
}

function keywordItem({ word, weight }) {
  const item = el('li', {}, word);
  item.title = `权重 ${weight.toFixed(3)}`;
  return item;
}

function entityRow(entity) {
  const row = el('tr');
  const type = el('td');
  type.append(el('span', { class: 'swatch', 'data-type': entity.type }), typeName(entity.type));
  const notes = [
    entity.role && (ROLE_NAMES[entity.role] ?? entity.role),
    entity.noun && `名词：${entity.noun}`,
    entity.path?.length && entity.path.join(' › '),
    entity.source && (SOURCE_NAMES[entity.source] ?? entity.source),
  ].filter(Boolean).join(' · ');
  row.append(type, el('td', {}, entity.text), el('td', { class: 'value' }, formatValue(entity)),
    el('td', { class: 'notes' }, notes));
  return row;
}

/** `value` and `unit` as one readable string: "4,770,000 CNY", "≈ 300 人", "2025", "2021-01 – 2021-06". */
function formatValue({ value, unit, approx, from, to }) {
  if (value === undefined && (from !== undefined || to !== undefined)) return `${from ?? '…'} – ${to ?? '…'}`;
  if (value === undefined && unit === undefined) return '';
  const shown = typeof value === 'number'
    ? value.toLocaleString('zh-CN', { maximumFractionDigits: 10 })
    : (value ?? '');
  return [approx ? '≈' : '', shown, unit ?? ''].filter(Boolean).join(' ');
}

function typeName(type) {
  return TYPE_NAMES.get(type) ?? type;
}

function formatMs(ms) {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(2)} s`;
}

/** A new element with attributes and optional text content. */
function el(tag, attributes = {}, text) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}
