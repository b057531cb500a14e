// <wenxi-annotate for="article-body">: shows the text of a textarea, input or contenteditable
// element with its entities highlighted, and updates as the user types. For CMS editors.
//
//   <textarea id="article-body"></textarea>
//   <wenxi-annotate for="article-body"></wenxi-annotate>
//   <script type="module">import 'wenxi/element';</script>
//
// Attributes: `for` (the id of the field), `reference-date` (for relative dates), `lang="en"`
// (English type names). Fires `wenxi-analysis` with `{ text, analysis }` after each analysis.
// The text is shown through text nodes only; styles come from a constructed stylesheet, so a
// strict CSP (style-src 'self') needs nothing added.
import { createAnalyzer } from './api.js';
import { TYPE_COLOURS, markable } from './export.js';
import { TYPES } from './i18n.js';

let shared = null;
/** One analyzer (one worker) for every element on the page. */
function sharedAnalyzer() {
  shared ??= createAnalyzer({ worker: true });
  return shared;
}

const CSS = `
:host { display: block; font: inherit; }
.bar { display: flex; flex-wrap: wrap; gap: 4px 10px; font-size: 0.85em; color: #656d76; margin-bottom: 6px; }
.bar .type { display: inline-flex; align-items: center; gap: 4px; }
.bar .type::before { content: ""; width: 0.8em; height: 0.8em; border-radius: 2px; background: var(--bg); border: 2px solid var(--fg); }
.text { white-space: pre-wrap; overflow-wrap: anywhere; line-height: 1.9; border: 1px solid #d8dee4; border-radius: 6px; padding: 8px 10px; background: #fff; max-height: var(--wenxi-max-height, 24em); overflow: auto; }
mark { color: inherit; background: var(--bg); border-bottom: 2px solid var(--fg); border-radius: 3px; padding: 1px 1px 0; }
.status[data-state="error"] { color: #b42318; }
${Object.entries(TYPE_COLOURS).map(([type, [bg, fg]]) => `[data-type="${type}"] { --bg: ${bg}; --fg: ${fg}; }`).join('\n')}
`;

let sheet = null;
function styles() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
  }
  return sheet;
}

export class WenxiAnnotate extends HTMLElement {
  static observedAttributes = ['for', 'reference-date', 'lang'];

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [styles()];
    this.bar = document.createElement('div');
    this.bar.className = 'bar';
    this.bar.part = 'summary';
    this.view = document.createElement('div');
    this.view.className = 'text';
    this.view.part = 'text';
    this.status = document.createElement('div');
    this.status.className = 'status';
    this.status.setAttribute('aria-live', 'polite');
    root.append(this.bar, this.view, this.status);
    this.onInput = () => {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.update(), 400);
    };
    this.analysis = null;
    this.requests = 0;
  }

  connectedCallback() {
    this.attach();
  }

  disconnectedCallback() {
    this.detach();
  }

  attributeChangedCallback() {
    if (this.isConnected) this.attach();
  }

  /** Listens to the field named by `for` (now, or once the document has loaded). */
  attach() {
    this.detach();
    const id = this.getAttribute('for');
    const field = id && document.getElementById(id);
    if (!field) {
      if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => this.attach(), { once: true });
      else this.show('error', `wenxi-annotate: no element with id "${id ?? ''}"`);
      return;
    }
    this.field = field;
    field.addEventListener('input', this.onInput);
    this.update();
  }

  detach() {
    this.field?.removeEventListener('input', this.onInput);
    this.field = null;
  }

  /** The field's text: the value of a form field, the text of a contenteditable element. */
  text() {
    const field = this.field;
    if (!field) return '';
    return 'value' in field && typeof field.value === 'string' ? field.value : field.innerText;
  }

  /** Analyzes the field's text now; resolves to the analysis (null for empty text). */
  async update() {
    const text = this.text();
    const request = ++this.requests;
    if (!text.trim()) {
      this.render(text, { entities: [] });
      return null;
    }
    this.show('busy', this.english() ? 'Analyzing…' : '分析中…');
    try {
      const analyzer = await sharedAnalyzer();
      const date = this.getAttribute('reference-date');
      const analysis = await analyzer.analyze(text, date ? { referenceDate: date } : undefined);
      if (request !== this.requests) return analysis;
      this.render(text, analysis);
      this.show('done', '');
      this.dispatchEvent(new CustomEvent('wenxi-analysis', { detail: { text, analysis }, bubbles: true }));
      return analysis;
    } catch (err) {
      if (request === this.requests) this.show('error', err.message);
      return null;
    }
  }

  english() {
    return (this.getAttribute('lang') ?? '').startsWith('en');
  }

  render(text, analysis) {
    this.analysis = analysis;
    const counts = new Map();
    for (const e of analysis.entities) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
    this.bar.replaceChildren(...TYPES.filter(([type]) => counts.has(type)).map(([type, zh, en]) => {
      const item = document.createElement('span');
      item.className = 'type';
      item.dataset.type = type;
      item.textContent = `${this.english() ? en : zh} ${counts.get(type)}`;
      return item;
    }));
    const fragment = document.createDocumentFragment();
    let cursor = 0;
    for (const e of markable(analysis.entities)) {
      fragment.append(text.slice(cursor, e.start));
      const mark = document.createElement('mark');
      mark.dataset.type = e.type;
      mark.textContent = text.slice(e.start, e.end);
      const row = TYPES.find(([type]) => type === e.type);
      mark.title = [row ? (this.english() ? row[2] : row[1]) : e.type, e.value ?? '', e.unit ?? ''].join(' ').trim();
      fragment.append(mark);
      cursor = e.end;
    }
    fragment.append(text.slice(cursor));
    this.view.replaceChildren(fragment);
  }

  show(state, message) {
    this.status.dataset.state = state;
    this.status.textContent = message;
  }
}

if (!customElements.get('wenxi-annotate')) customElements.define('wenxi-annotate', WenxiAnnotate);
