// Long texts, a chunk at a time: where to cut, and how to put the analyses back together.
// Used by worker.js; pure functions, tested in tests/node/chunks.test.mjs.

/** Longest chunk in UTF-16 units: 85,000 CJK characters are at most ~256 KB of UTF-8. */
export const CHUNK_UNITS = 85_000;

/**
 * Cuts `text` into [start, end) ranges of at most `limit` UTF-16 units: after a blank line when
 * there is one, else after a line break or a sentence end, else anywhere that does not split a
 * surrogate pair. The ranges cover the text exactly.
 */
export function split(text, limit) {
  const ranges = [];
  let start = 0;
  while (text.length - start > limit) {
    const window = text.slice(start, start + limit);
    let cut = -1;
    for (const pattern of [/\n[ \t\u3000]*\n/g, /\n/g, /[。！？!?；;]/g]) {
      for (const m of window.matchAll(pattern)) cut = m.index + m[0].length;
      if (cut > limit / 4) break;
      cut = -1;
    }
    if (cut < 0) {
      cut = limit;
      const code = text.charCodeAt(start + cut - 1);
      if (code >= 0xd800 && code <= 0xdbff) cut -= 1; // do not split a surrogate pair
    }
    ranges.push({ start, end: start + cut });
    start += cut;
  }
  ranges.push({ start, end: text.length });
  return ranges;
}

/** One analysis from the analyses of consecutive chunks, offsets shifted into the whole text. */
export function merge(parts) {
  const shift = (offset) => (span) => ({ ...span, start: span.start + offset, end: span.end + offset });
  const merged = { tokens: [], sentences: [], entities: [], keywords: [] };
  const weights = new Map();
  for (const { offset, analysis } of parts) {
    for (const t of analysis.tokens) merged.tokens.push(shift(offset)(t));
    for (const s of analysis.sentences) merged.sentences.push(shift(offset)(s));
    for (const e of analysis.entities) merged.entities.push(shift(offset)(e));
    // A keyword's weight over the whole text: the sum of its weights in the chunks, rescaled below.
    for (const k of analysis.keywords) weights.set(k.word, (weights.get(k.word) ?? 0) + k.weight);
  }
  const top = Math.max(0, ...weights.values()) || 1;
  merged.keywords = [...weights].map(([word, w]) => ({ word, weight: w / top }))
    .sort((a, b) => b.weight - a.weight).slice(0, 50);
  return merged;
}
