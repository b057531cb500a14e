// The page: keeps the draft, sends text to the analyzer worker, and shows what comes back.
// User text is data, never markup: everything below goes through textContent, text nodes,
// attribute setters and the escaping in export.js — never innerHTML.
import { AnalyzerWorker } from './client.js';
import { barChart, timelineChart } from './charts.js';
import { analysisJson, entitiesCsv, highlightedHtml, markable } from './export.js';
import { TYPES, apply, language, setLanguage, t, typeName } from './i18n.js';
import { NAME_TYPES, NUMBER_TYPES } from './kinds.js';

/** A text longer than this (UTF-16 units, about one chunk of the core's) waits longer after typing. */
const LONG_TEXT = 20_000;
/** The table shows at most this many rows; the filter finds the rest. */
const TABLE_ROWS = 1000;
/** Characters a minute for the reading time (a common figure for Chinese prose). */
const READING_SPEED = 400;
const STORE = { draft: 'wenxi.draft', lang: 'wenxi.lang', words: 'wenxi.dictionary', live: 'wenxi.live', date: 'wenxi.referenceDate' };

const $ = (id) => document.getElementById(id);
const input = $('input');
const status = $('status');
const progress = $('progress');
const cancelButton = $('cancel');
const referenceDate = $('reference-date');
const live = $('live');

/** What is on screen: the text analysed and its analysis. */
let shown = null;
/** The analysis in flight: its promise (with .id). */
let running = null;
const hiddenTypes = new Set();
let sort = { key: null, dir: 1 };
let lastStatus = ['loading', 'loading'];

// --- settings kept on this device ----------------------------------------------------------

const store = {
  get(key, fallback) {
    try {
      const value = localStorage.getItem(key);
      return value === null ? fallback : value;
    } catch {
      return fallback;
    }
  },
  set(key, value) {
    try {
      localStorage.setItem(key, value);
      return true;
    } catch {
      return false;
    }
  },
};

setLanguage(store.get(STORE.lang, 'zh'));
apply();
live.checked = store.get(STORE.live, '1') === '1';
referenceDate.value = store.get(STORE.date, '');
/**
 * The user dictionary as saved on this device: `[{ word, type, freq? }]`. The core owns the
 * dictionary; this list follows it, changed only after the core took a change.
 */
let words = savedWords();

// --- the analyzer ----------------------------------------------------------------------------

const analyzer = new AnalyzerWorker({
  create: inlineWorker(),
  onRestart: ({ message }) => setStatus('error', 'trap', message),
});
analyzer.ready.then(({ ms }) => {
  if (!running) setStatus('ready', 'ready', formatMs(ms));
  renderDictionary();
}, () => setStatus('error', 'loadFailed'));
if (words.length) replayDictionary();

// Free the analyzer when the page goes for good (not when it is kept in the back/forward cache).
addEventListener('pagehide', (event) => {
  if (!event.persisted) analyzer.dispose();
});

async function analyze({ quiet = false } = {}) {
  const text = input.value;
  if (running) analyzer.cancel(running.id);
  if (text.trim() === '') {
    running = null;
    showProgress(false);
    if (!quiet) {
      setStatus('error', 'empty');
      input.focus();
    }
    return;
  }
  const date = referenceDate.value.trim();
  const options = date ? { referenceDate: date } : undefined;
  setStatus('busy', 'busy');
  // The worker reports progress for a text of more than one chunk; then the bar and Cancel show.
  showProgress(false);
  const request = analyzer.analyze(text, options, {
    onProgress: (done, total) => {
      if (running !== request) return;
      showProgress(true, done, total);
      setStatus('busy', 'progress', done, total);
    },
  });
  running = request;
  try {
    const { analysis, ms } = await request;
    if (running !== request) return;
    running = null;
    showProgress(false);
    render(text, analysis);
    setStatus('done', 'done', formatMs(ms));
  } catch (err) {
    if (running !== request) return;
    running = null;
    showProgress(false);
    if (err.kind === 'cancelled') setStatus('ready', 'cancelled');
    else if (err.kind === 'input_too_long') setStatus('error', 'tooLong');
    else if (err.kind === 'trap') setStatus('error', 'trap', err.message);
    else setStatus('error', 'error', err.message);
  }
}

function showProgress(visible, done = 0, total = 1) {
  progress.hidden = !visible;
  cancelButton.hidden = !visible;
  progress.max = total;
  progress.value = done;
}

cancelButton.addEventListener('click', () => {
  if (running) analyzer.cancel(running.id);
});

// --- input: typing, the draft, files -----------------------------------------------------------

let analyzeTimer;
let draftTimer;
input.value = store.get(STORE.draft, '');
input.addEventListener('input', () => {
  clearTimeout(draftTimer);
  draftTimer = setTimeout(saveDraft, 300);
  if (live.checked) {
    clearTimeout(analyzeTimer);
    analyzeTimer = setTimeout(() => analyze({ quiet: true }), input.value.length > LONG_TEXT ? 1500 : 400);
  }
});
input.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) analyze();
});
// Save at once when the page goes away, so that no keystroke is lost.
addEventListener('pagehide', saveDraft);
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') saveDraft();
});

function saveDraft() {
  clearTimeout(draftTimer);
  const ok = store.set(STORE.draft, input.value);
  $('draft').textContent = ok ? t('draftSaved') : t('draftTooBig');
  $('draft').dataset.ok = ok ? '1' : '0';
}

live.addEventListener('change', () => store.set(STORE.live, live.checked ? '1' : '0'));
referenceDate.addEventListener('change', () => {
  store.set(STORE.date, referenceDate.value.trim());
  if (live.checked && input.value.trim()) analyze({ quiet: true });
});
$('analyze').addEventListener('click', () => analyze());
$('load-sample').addEventListener('click', loadSample);
$('file').addEventListener('change', (event) => {
  const [file] = event.target.files;
  if (file) openFile(file);
  event.target.value = '';
});
input.addEventListener('dragover', (event) => {
  if ([...event.dataTransfer.types].includes('Files')) {
    event.preventDefault();
    input.classList.add('dropping');
  }
});
input.addEventListener('dragleave', () => input.classList.remove('dropping'));
input.addEventListener('drop', (event) => {
  input.classList.remove('dropping');
  const [file] = event.dataTransfer.files;
  if (!file) return;
  event.preventDefault();
  openFile(file);
});

async function openFile(file) {
  if (file.type && !file.type.startsWith('text/') && !/\.(txt|text|md)$/i.test(file.name)) {
    setStatus('error', 'notText');
    return;
  }
  try {
    setText(await file.text());
  } catch (err) {
    setStatus('error', 'fileFailed', err.message);
    return;
  }
  analyze();
}

function setText(text) {
  input.value = text;
  saveDraft();
}

async function loadSample() {
  setStatus('busy', 'busy');
  try {
    const inline = document.getElementById('wenxi-sample'); // the single-file build
    let sample;
    if (inline) {
      sample = JSON.parse(inline.textContent);
    } else {
      const response = await fetch('sample.txt');
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      sample = await response.text();
    }
    // The file opens with blank lines; the text box does not need them.
    setText(sample.trimStart());
  } catch (err) {
    setStatus('error', 'sampleFailed', err.message);
    return;
  }
  analyze();
}

function setStatus(state, key, ...args) {
  lastStatus = [state, key, ...args];
  status.dataset.state = state;
  status.textContent = t(key, ...args);
}

// --- language ------------------------------------------------------------------------------------

$('lang').addEventListener('click', () => {
  store.set(STORE.lang, setLanguage(language() === 'zh' ? 'en' : 'zh'));
  apply();
  $('lang').lang = language() === 'zh' ? 'en' : 'zh-CN';
  setStatus(...lastStatus);
  renderDictionary();
  if (shown) render(shown.text, shown.analysis);
});
$('lang').lang = language() === 'zh' ? 'en' : 'zh-CN';

// --- results ---------------------------------------------------------------------------------------

function render(text, analysis) {
  shown = { text, analysis };
  const counts = new Map();
  for (const entity of analysis.entities) counts.set(entity.type, (counts.get(entity.type) ?? 0) + 1);
  renderStats(text, analysis);
  $('legend').replaceChildren(...legendItems(counts));
  closeMenu();
  $('highlighted').replaceChildren(highlight(text, analysis.entities));
  refocus();
  applyHidden();
  renderEntities();
  $('numbers').tBodies[0].replaceChildren(...numberRows(analysis.entities));
  $('keywords').replaceChildren(...analysis.keywords.map(keywordItem));
  renderCharts(analysis, counts);
  $('results').hidden = false;
}

function renderStats(text, analysis) {
  const chars = [...text.replace(/\s/gu, '')].length;
  const wordCount = analysis.tokens.filter((token) => token.pos !== 'w').length;
  const items = [
    ['chars', chars.toLocaleString()],
    ['words', wordCount.toLocaleString()],
    ['sentences', analysis.sentences.length.toLocaleString()],
    ['entities', analysis.entities.length.toLocaleString()],
    ['readingTime', t('minutes', Math.max(1, Math.round(chars / READING_SPEED)))],
  ];
  $('stats').replaceChildren(...items.map(([key, value]) => {
    const item = el('li', { 'data-stat': key });
    item.append(el('strong', {}, value), ' ', el('span', {}, t(key)));
    return item;
  }));
}

function legendItems(counts) {
  const known = TYPES.map(([type]) => type);
  const extra = [...counts.keys()].filter((type) => !known.includes(type));
  return [...known, ...extra].map((type) => {
    const button = el('button', { type: 'button', 'data-type': type, 'aria-pressed': String(!hiddenTypes.has(type)), class: counts.has(type) ? '' : 'absent' });
    button.append(el('span', { class: 'swatch', 'data-type': type }), `${typeName(type)} `,
      el('span', { class: 'count' }, String(counts.get(type) ?? 0)));
    button.addEventListener('click', () => {
      if (hiddenTypes.has(type)) hiddenTypes.delete(type);
      else hiddenTypes.add(type);
      button.setAttribute('aria-pressed', String(!hiddenTypes.has(type)));
      applyHidden();
      renderEntities();
    });
    const item = el('li');
    item.append(button);
    return item;
  });
}

function applyHidden() {
  for (const mark of $('highlighted').querySelectorAll('mark')) mark.classList.toggle('off', hiddenTypes.has(mark.dataset.type));
}

/** The text with one focusable <mark> per entity; one that overlaps a mark already shown is left out. */
function highlight(text, entities) {
  const fragment = document.createDocumentFragment();
  let cursor = 0;
  for (const entity of markable(entities)) {
    if (entity.start > cursor) fragment.append(text.slice(cursor, entity.start));
    const mark = el('mark', { 'data-type': entity.type, 'data-start': String(entity.start), tabindex: '0' }, text.slice(entity.start, entity.end));
    mark.setAttribute('aria-label', `${entity.text}，${typeName(entity.type)} ${formatValue(entity)}`.trim());
    if (NAME_TYPES.includes(entity.type)) {
      // A name opens a menu to fix its type (see "fixing a highlight").
      mark.setAttribute('role', 'button');
      mark.setAttribute('aria-haspopup', 'menu');
    }
    fragment.append(mark);
    cursor = entity.end;
  }
  fragment.append(text.slice(cursor));
  return fragment;
}

// The tooltip: type, normalized value, unit, source and place path of the mark under the pointer or focus.
const tip = $('tip');
const highlighted = $('highlighted');
highlighted.addEventListener('mouseover', (event) => showTip(event.target.closest('mark')));
highlighted.addEventListener('focusin', (event) => showTip(event.target.closest('mark')));
highlighted.addEventListener('mouseout', () => { tip.hidden = true; });
highlighted.addEventListener('focusout', () => { tip.hidden = true; });
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') tip.hidden = true;
});

/** The entity shown by `mark`. */
function entityOf(mark) {
  const start = Number(mark.dataset.start);
  return shown?.analysis.entities.find((e) => e.start === start && e.type === mark.dataset.type);
}

function showTip(mark) {
  if (!mark || !shown || !menuBox.hidden) return;
  const entity = entityOf(mark);
  if (!entity) return;
  const lines = [[typeName(entity.type), entity.text]];
  const value = formatValue(entity);
  if (value) lines.push([t('value'), value]);
  if (entity.value !== undefined && (entity.from || entity.to)) lines.push([t('range'), `${entity.from ?? '…'} – ${entity.to ?? '…'}`]);
  if (entity.unresolved) lines.push([t('unresolved'), entity.unresolved]);
  if (entity.si) lines.push(['SI', `${entity.si.value.toLocaleString()} ${entity.si.unit}`]);
  if (entity.noun) lines.push([t('noun'), entity.noun]);
  if (entity.role) lines.push([t('role'), t('roles')[entity.role] ?? entity.role]);
  if (entity.path) lines.push([t('path'), [].concat(entity.path).join(' › ')]);
  if (entity.source) lines.push([t('source'), t('sources')[entity.source] ?? entity.source]);
  tip.replaceChildren(...lines.map(([k, v]) => {
    const row = el('div');
    row.append(el('span', { class: 'k' }, k), ' ', el('span', {}, v));
    return row;
  }));
  mark.setAttribute('aria-describedby', 'tip');
  const box = mark.getBoundingClientRect();
  tip.hidden = false;
  const left = Math.min(Math.max(4, box.left + scrollX), scrollX + document.documentElement.clientWidth - tip.offsetWidth - 4);
  tip.style.left = `${left}px`;
  tip.style.top = `${box.bottom + scrollY + 6}px`;
}

// --- fixing a highlight: a name's menu puts the right type in the user dictionary ------------------
//
// A click on a name (or Enter, Space, ArrowDown on it) opens a menu of the other name types and
// "not a name" (the core's type `other`: the word is kept whole and is no name). The choice goes
// to the core as one addWord, and the text is analysed again: two clicks to fix a highlight.
// The menu follows the WAI-ARIA menu button pattern: focus moves into it, arrow keys, Home and End
// move, Escape closes it and gives focus back to the name, a click outside or Tab closes it.

const menuBox = $('mark-menu');
const menu = $('mark-menu-items');
/** The mark whose menu is open. */
let menuMark = null;
/** The name just fixed (`{ start, text, type }`): its new mark gets the focus after the analysis. */
let fixed = null;

highlighted.addEventListener('click', (event) => {
  const mark = event.target.closest('mark[aria-haspopup]');
  if (!mark) return;
  if (mark === menuMark) closeMenu({ focus: true });
  else openMenu(mark);
});
highlighted.addEventListener('keydown', (event) => {
  const mark = event.target.closest('mark[aria-haspopup]');
  if (!mark || !['Enter', ' ', 'ArrowDown'].includes(event.key)) return;
  event.preventDefault();
  openMenu(mark);
});
highlighted.addEventListener('scroll', () => closeMenu(), { passive: true });
document.addEventListener('pointerdown', (event) => {
  if (menuMark && !menuBox.contains(event.target) && !menuMark.contains(event.target)) closeMenu();
});
menuBox.addEventListener('focusout', (event) => {
  if (menuMark && event.relatedTarget && !menuBox.contains(event.relatedTarget)) closeMenu();
});
menu.addEventListener('keydown', (event) => {
  const items = [...menu.querySelectorAll('[role="menuitem"]')];
  const i = items.indexOf(document.activeElement);
  const next = { ArrowDown: i + 1, ArrowUp: i - 1, Home: 0, End: items.length - 1 }[event.key];
  if (next !== undefined) {
    event.preventDefault();
    items[(next + items.length) % items.length].focus();
  } else if (event.key === 'Escape') {
    event.preventDefault();
    event.stopPropagation();
    closeMenu({ focus: true });
  } else if (event.key === 'Tab') {
    closeMenu({ focus: true }); // Tab then goes on from the name, not from the top of the page
  }
});

function openMenu(mark) {
  const entity = entityOf(mark);
  if (!entity) return;
  closeMenu();
  tip.hidden = true;
  $('mark-menu-title').textContent = t('fixTitle', entity.text);
  const choices = [...NAME_TYPES.filter((type) => type !== entity.type), 'other'];
  menu.replaceChildren(...choices.map((type) => {
    const item = el('button', { type: 'button', role: 'menuitem', tabindex: '-1', 'data-choice': type });
    if (type === 'other') item.append(el('span', { class: 'swatch none' }), t('notAName'));
    else item.append(el('span', { class: 'swatch', 'data-type': type }), typeName(type));
    item.addEventListener('click', () => fixHighlight(entity, type));
    return item;
  }));
  menuMark = mark;
  mark.setAttribute('aria-expanded', 'true');
  menuBox.hidden = false;
  const box = mark.getBoundingClientRect();
  const left = Math.min(Math.max(4, box.left + scrollX), scrollX + document.documentElement.clientWidth - menuBox.offsetWidth - 4);
  menuBox.style.left = `${left}px`;
  menuBox.style.top = `${box.bottom + scrollY + 4}px`;
  menu.firstElementChild.focus();
}

function closeMenu({ focus = false } = {}) {
  if (!menuMark) return;
  const mark = menuMark;
  menuMark = null;
  mark.removeAttribute('aria-expanded');
  menuBox.hidden = true;
  if (focus && mark.isConnected) mark.focus();
}

/** Puts `entity`'s text in the user dictionary as `type` through the core; the text is analysed again. */
async function fixHighlight(entity, type) {
  closeMenu({ focus: true });
  fixed = { start: entity.start, text: entity.text, type: entity.type };
  if (!(await addWord(entity.text, type))) fixed = null;
}

/**
 * After an analysis: focus the mark where the fixed name was, or the text when it is no mark now.
 * A name that a rule finds from its context (a reporter after 记者) stays one: the page says so.
 */
function refocus() {
  if (!fixed) return;
  const { start, text, type } = fixed;
  fixed = null;
  const mark = [...highlighted.querySelectorAll('mark')].find((m) => Number(m.dataset.start) === start);
  (mark ?? highlighted).focus({ preventScroll: true });
  if (mark?.dataset.type === type && mark.textContent === text) showDictStatus(t('fixKept', text, typeName(type)), 'note');
}

// --- the entity table: grouped counts, filter, sort, jump to the text ----------------------------

const filterInput = $('filter');
filterInput.addEventListener('input', renderEntities);
$('group').addEventListener('change', renderEntities);
for (const button of document.querySelectorAll('#entities th button[data-sort]')) {
  button.addEventListener('click', () => {
    const key = button.dataset.sort;
    sort = { key, dir: sort.key === key ? -sort.dir : 1 };
    for (const th of document.querySelectorAll('#entities th[aria-sort]')) th.setAttribute('aria-sort', 'none');
    button.parentElement.setAttribute('aria-sort', sort.dir > 0 ? 'ascending' : 'descending');
    renderEntities();
  });
}

function renderEntities() {
  if (!shown) return;
  const all = shown.analysis.entities;
  const needle = filterInput.value.trim().toLowerCase();
  let rows = all.filter((e) => !hiddenTypes.has(e.type) && (!needle
    || [e.text, typeName(e.type), e.type, formatValue(e), e.noun ?? ''].some((s) => s.toLowerCase().includes(needle))));
  const order = TYPES.map(([type]) => type);
  const typeRank = (e) => (order.includes(e.type) ? order.indexOf(e.type) : order.length);
  const grouped = $('group').checked;
  if (sort.key || grouped) {
    const keyOf = {
      type: typeRank,
      text: (e) => e.text,
      value: (e) => (typeof e.value === 'number' ? e.value : e.value ?? ''),
    }[sort.key] ?? ((e) => e.start);
    rows = [...rows].sort((a, b) => {
      if (grouped && a.type !== b.type) return typeRank(a) - typeRank(b) || a.type.localeCompare(b.type);
      const x = keyOf(a);
      const y = keyOf(b);
      const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'zh-CN');
      return c * sort.dir || a.start - b.start;
    });
  }
  const counts = new Map();
  for (const e of rows) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
  $('groups').replaceChildren(...[...counts].sort((a, b) => order.indexOf(a[0]) - order.indexOf(b[0])).map(([type, n]) => {
    const chip = el('span', { class: 'chip', 'data-type': type });
    chip.append(el('span', { class: 'swatch', 'data-type': type }), `${typeName(type)} ${n}`);
    return chip;
  }));
  $('shown').textContent = t('shownOf', Math.min(rows.length, TABLE_ROWS), all.length);
  const body = [];
  let group = null;
  for (const entity of rows.slice(0, TABLE_ROWS)) {
    if (grouped && entity.type !== group) {
      group = entity.type;
      // A header row per type: its name and how many entities it has.
      const header = el('tr', { class: 'group' });
      const cell = el('th', { colspan: '4', scope: 'rowgroup' });
      cell.append(el('span', { class: 'swatch', 'data-type': group }), `${typeName(group)} · ${counts.get(group)}`);
      header.append(cell);
      body.push(header);
    }
    body.push(entityRow(entity));
  }
  $('entities').tBodies[0].replaceChildren(...body);
}

function entityRow(entity) {
  const row = el('tr', { 'data-type': entity.type });
  const type = el('td');
  type.append(el('span', { class: 'swatch', 'data-type': entity.type }), typeName(entity.type));
  const jump = el('button', { type: 'button', class: 'jump' }, entity.text);
  jump.addEventListener('click', () => jumpTo(entity));
  const text = el('td');
  text.append(jump);
  const notes = [
    entity.role && (t('roles')[entity.role] ?? entity.role),
    entity.noun && `${t('noun')}：${entity.noun}`,
    entity.path?.length && entity.path.join(' › '),
    entity.source && (t('sources')[entity.source] ?? entity.source),
  ].filter(Boolean).join(' · ');
  row.append(type, text, el('td', { class: 'value' }, formatValue(entity)), el('td', { class: 'notes' }, notes));
  return row;
}

/** Scrolls the text to the mark of `entity` (or the mark that covers it) and focuses it. */
function jumpTo(entity) {
  const marks = [...highlighted.querySelectorAll('mark')];
  const mark = marks.find((m) => Number(m.dataset.start) === entity.start)
    ?? marks.findLast((m) => Number(m.dataset.start) <= entity.start);
  if (!mark) return;
  mark.scrollIntoView({ block: 'center', behavior: 'smooth' });
  mark.focus({ preventScroll: true });
  mark.classList.remove('flash');
  void mark.offsetWidth; // restart the animation
  mark.classList.add('flash');
}

function numberRows(entities) {
  return entities.filter((e) => NUMBER_TYPES.has(e.type)).slice(0, TABLE_ROWS).map((e) => {
    const row = el('tr', { 'data-type': e.type });
    const type = el('td');
    type.append(el('span', { class: 'swatch', 'data-type': e.type }), typeName(e.type));
    const value = typeof e.value === 'number' ? numberFormat.format(e.value) : (e.value ?? '');
    const range = e.min !== undefined || e.max !== undefined ? ` (${e.min ?? ''}–${e.max ?? ''})` : '';
    row.append(type, el('td', {}, e.text), el('td', { class: 'value' }, `${e.approx ? '≈ ' : ''}${value}${range}${e.points ? ' pp' : ''}`),
      el('td', {}, e.unit ?? ''), el('td', { class: 'notes' }, e.si ? `${e.si.value.toLocaleString()} ${e.si.unit}` : (e.kind ?? e.noun ?? '')));
    return row;
  });
}

function keywordItem({ word, weight }) {
  const item = el('li', {}, word);
  item.title = weight.toFixed(3);
  return item;
}

function renderCharts(analysis, counts) {
  const byType = TYPES.filter(([type]) => counts.has(type)).map(([type]) => ({ label: typeName(type), value: counts.get(type), type }));
  $('chart-types').replaceChildren(barChart(byType, { title: t('chartTypes') }));
  const mentions = new Map();
  for (const e of analysis.entities) {
    if (!NAME_TYPES.includes(e.type)) continue;
    const key = `${e.type}\u0000${e.text}`;
    mentions.set(key, (mentions.get(key) ?? 0) + 1);
  }
  const top = [...mentions].sort((a, b) => b[1] - a[1]).slice(0, 10).map(([key, value]) => {
    const [type, label] = key.split('\u0000');
    return { label, value, type };
  });
  $('chart-top').replaceChildren(barChart(top, { title: t('chartTop') }));
  const timeline = timelineChart(analysis.entities.filter((e) => e.type === 'date' || e.type === 'time').map((e) => e.value ?? e.from),
    { title: t('chartTimeline') });
  $('chart-timeline').replaceChildren(timeline ?? el('p', { class: 'note' }, t('noDates')));
}

// --- tabs (arrow keys move between them, as in the WAI-ARIA tabs pattern) ----------------------------

const tabs = [...document.querySelectorAll('[role="tab"]')];
for (const tab of tabs) {
  tab.addEventListener('click', () => selectTab(tab));
  tab.addEventListener('keydown', (event) => {
    const i = tabs.indexOf(tab);
    const next = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: tabs.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const target = tabs[(next + tabs.length) % tabs.length];
    selectTab(target);
    target.focus();
  });
}

function selectTab(selected) {
  for (const tab of tabs) {
    const on = tab === selected;
    tab.setAttribute('aria-selected', String(on));
    tab.tabIndex = on ? 0 : -1;
    $(tab.getAttribute('aria-controls')).hidden = !on;
  }
}

// --- export ----------------------------------------------------------------------------------------

$('export-json').addEventListener('click', () => shown
  && download('wenxi-analysis.json', 'application/json', analysisJson(shown.text, shown.analysis)));
$('export-csv').addEventListener('click', () => shown
  && download('wenxi-entities.csv', 'text/csv', entitiesCsv(shown.analysis.entities)));
$('export-html').addEventListener('click', () => shown
  && download('wenxi-highlighted.html', 'text/html', highlightedHtml(shown.text, shown.analysis.entities, {
    title: t('title'),
    lang: document.documentElement.lang,
    describe: (e) => [typeName(e.type), formatValue(e)].filter(Boolean).join('：'),
  })));

function download(name, type, content) {
  const url = URL.createObjectURL(new Blob([content], { type: `${type};charset=utf-8` }));
  const link = el('a', { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

// --- the user dictionary ---------------------------------------------------------------------------

const dictType = $('dict-type');
const dictStatus = $('dict-status');
$('dict-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const word = $('dict-word').value.trim();
  if (!word) return;
  if (await addWord(word, dictType.value)) $('dict-word').value = '';
});
$('dict-reset').addEventListener('click', () => changeDictionary(() => [], 'resetDictionary'));

/** The saved list, each entry as the core's import takes it; anything else in storage is no list. */
function savedWords() {
  try {
    const saved = JSON.parse(store.get(STORE.words, '[]'));
    if (!Array.isArray(saved)) return [];
    return saved.map((entry) => ({
      word: entry?.word,
      type: entry?.type,
      ...(entry?.freq === undefined || entry?.freq === null ? {} : { freq: entry.freq }),
    }));
  } catch {
    return [];
  }
}

/** Adds `word` as a `type` through the core; resolves to whether the core took it. */
function addWord(word, type) {
  return changeDictionary((list) => [...list.filter((w) => w.word !== word), { word, type }], 'addWord', word, type);
}

/**
 * Sends one change to the core (its `method` with `args`). When the core takes it, the saved list
 * becomes `next(words)` and the text is analysed again; when it refuses, nothing changes and the
 * core's message is shown with its kind. Resolves to whether the core took it.
 */
async function changeDictionary(next, method, ...args) {
  try {
    await analyzer.callDictionary(method, ...args);
  } catch (err) {
    showDictStatus(t('dictRefused', err.message, err.kind ?? 'error'), 'error');
    return false;
  }
  saveWords(next(words));
  showDictStatus(t('dictApplied', words.length));
  if (input.value.trim()) analyze({ quiet: true });
  return true;
}

/**
 * Gives the core the saved words after a reload, all in one importDictionary: all or nothing, one
 * rebuild of the segmenter. A list saved by an older page may hold a word the core refuses; then
 * the words are added one at a time, and those the core refuses leave the list, with its message.
 */
async function replayDictionary() {
  const saved = words;
  try {
    await analyzer.callDictionary('importDictionary', JSON.stringify({ version: 1, words: saved }));
    showDictStatus(t('dictApplied', saved.length));
    return;
  } catch (err) {
    if (err.kind !== 'bad_user_word' && err.kind !== 'bad_user_dictionary' && err.kind !== 'bad_word_type') {
      showDictStatus(t('dictRefused', err.message, err.kind ?? 'error'), 'error');
      return;
    }
  }
  const refused = [];
  const messages = [];
  for (const entry of saved) {
    try {
      await analyzer.callDictionary('addWord', entry.word, entry.type, entry.freq);
    } catch (err) {
      messages.push(t('dictRefused', err.message, err.kind ?? 'error'));
      if (err.kind === 'trap') break; // not the word's fault: it stays in the list
      refused.push(entry);
    }
  }
  saveWords(words.filter((entry) => !refused.includes(entry)));
  showDictStatus([t('dictApplied', words.length), ...messages].join('；'), messages.length ? 'error' : 'ok');
  if (input.value.trim()) analyze({ quiet: true });
}

function saveWords(list) {
  words = list;
  store.set(STORE.words, JSON.stringify(words));
  renderDictionary();
}

/** Shows how the last change went; a refusal or a note opens the editor, so that it is seen. */
function showDictStatus(text, state = 'ok') {
  dictStatus.textContent = text;
  dictStatus.dataset.state = state;
  if (state !== 'ok') $('dictionary').open = true;
}

/** The name of a user dictionary word's type: one of the name types, or `other` (a word only kept whole). */
function wordTypeName(type) {
  return type === 'other' ? t('dictOther') : typeName(type);
}

function renderDictionary() {
  const selected = dictType.value || 'person';
  // The core's word types: a name of one of three kinds, or `other` (a word only kept whole).
  dictType.replaceChildren(...[...NAME_TYPES, 'other'].map((type) => el('option', { value: type }, wordTypeName(type))));
  dictType.value = selected;
  $('dict-list').replaceChildren(...(words.length ? words.map((entry) => {
    const item = el('li');
    const remove = el('button', { type: 'button', class: 'small' }, t('dictRemove'));
    remove.setAttribute('aria-label', `${t('dictRemove')} ${entry.word}`);
    remove.addEventListener('click', () => changeDictionary((list) => list.filter((w) => w.word !== entry.word), 'removeWord', entry.word));
    item.append(el('span', { class: entry.type === 'other' ? 'swatch none' : 'swatch', 'data-type': entry.type }),
      `${entry.word} · ${wordTypeName(entry.type)} `, remove);
    return item;
  }) : [el('li', { class: 'note' }, t('dictEmpty'))]));
}
renderDictionary();

/**
 * The single-file build (scripts/build-single.mjs) carries the worker's code and the wasm (base64)
 * in data blocks of the page; the worker then starts from a Blob URL. Undefined on the normal page.
 */
function inlineWorker() {
  const source = document.getElementById('wenxi-worker');
  const wasm = document.getElementById('wenxi-wasm');
  if (!source || !wasm) return undefined;
  const url = URL.createObjectURL(new Blob(
    [`self.WENXI_WASM_BASE64 = ${JSON.stringify(wasm.textContent.trim())};\n`, source.textContent],
    { type: 'text/javascript' },
  ));
  return () => new Worker(url);
}

// --- helpers -----------------------------------------------------------------------------------------

/** One formatter for every figure: toLocaleString builds a new one per call, slow over 20,000 marks. */
const numberFormat = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 10 });

/** `value` and `unit` as one readable string: "4,770,000 CNY", "≈ 300 人", "2025", "2021-01 – 2021-06". */
function formatValue({ value, unit, approx, from, to }) {
  if (value === undefined && (from !== undefined || to !== undefined)) return `${from ?? '…'} – ${to ?? '…'}`;
  if (value === undefined && unit === undefined) return '';
  const number = typeof value === 'number' ? numberFormat.format(value) : (value ?? '');
  return [approx ? '≈' : '', number, unit ?? ''].filter(Boolean).join(' ');
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

// Offline: cache the page, the wasm and the sample on first visit (see sw.js).
if ('serviceWorker' in navigator && location.protocol.startsWith('http')) {
  navigator.serviceWorker.register('sw.js').catch(() => {});
}

// Restore the draft's analysis, so that a reload shows what was there.
if (input.value.trim()) analyze({ quiet: true });
