// Exports made on the device: the analysis as JSON, the entities as CSV, the highlighted text as a
// standalone HTML file. Pure functions of the text and the analysis (tested in tests/node/export.test.mjs).
// User text is data: every piece of it is escaped for the format it lands in.
import { KINDS } from './kinds.js';

/** Entities that can be shown as marks: sorted, and none overlapping one already taken. */
export function markable(entities) {
  const ordered = [...entities].sort((a, b) => a.start - b.start || b.end - a.end);
  const taken = [];
  let cursor = 0;
  for (const entity of ordered) {
    if (entity.start < cursor) continue;
    taken.push(entity);
    cursor = entity.end;
  }
  return taken;
}

const HTML_ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for HTML element content and quoted attribute values. */
export function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/** `{ text, tokens, sentences, entities, keywords }`, pretty-printed. */
export function analysisJson(text, analysis) {
  return `${JSON.stringify({ text, ...analysis }, null, 2)}\n`;
}

const CSV_COLUMNS = ['type', 'start', 'end', 'text', 'value', 'unit', 'approx', 'noun', 'kind', 'si_value', 'si_unit',
  'min', 'max', 'from', 'to', 'unresolved', 'role', 'path', 'source'];

/**
 * One row per entity (RFC 4180: CRLF, quotes doubled). A text cell that a spreadsheet would read
 * as a formula (starting with = + - @ or a tab) gets a leading apostrophe.
 */
export function entitiesCsv(entities) {
  const cell = (value) => {
    if (value === undefined || value === null) return '';
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    let text = Array.isArray(value) ? value.join(' > ') : String(value);
    if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const rows = entities.map((e) => [e.type, e.start, e.end, e.text, e.value, e.unit, e.approx, e.noun, e.kind,
    e.si?.value, e.si?.unit, e.min, e.max, e.from, e.to, e.unresolved, e.role, e.path, e.source].map(cell).join(','));
  return `\uFEFF${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}

/** Background and underline colour per entity type (kinds.js), for pages without our stylesheet. */
export const TYPE_COLOURS = Object.fromEntries(KINDS.map(({ type, fill, line }) => [type, [fill, line]]));

/**
 * The text with its entities marked, as a standalone HTML document that runs no script
 * (its CSP forbids any) and loads nothing.
 * `describe(entity)` gives each mark's title (its type and value).
 */
export function highlightedHtml(text, entities, { title = 'wenxi', lang = 'zh-CN', describe = (e) => e.type } = {}) {
  const parts = [];
  let cursor = 0;
  for (const e of markable(entities)) {
    parts.push(escapeHtml(text.slice(cursor, e.start)));
    parts.push(`<mark class="${escapeHtml(e.type)}" title="${escapeHtml(describe(e))}">${escapeHtml(text.slice(e.start, e.end))}</mark>`);
    cursor = e.end;
  }
  parts.push(escapeHtml(text.slice(cursor)));
  const styles = Object.entries(TYPE_COLOURS)
    .map(([type, [bg, fg]]) => `mark.${type}{background:${bg};border-bottom:2px solid ${fg}}`).join('\n');
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body{font-family:system-ui,"Noto Sans CJK SC","WenQuanYi Micro Hei",sans-serif;max-width:48em;margin:2em auto;padding:0 1em;line-height:2;color:#1f2328}
.text{white-space:pre-wrap;overflow-wrap:anywhere}
mark{color:inherit;border-radius:3px;padding:1px 1px 0}
${styles}
</style>
</head>
<body>
<div class="text">${parts.join('')}</div>
</body>
</html>
`;
}
