// The objects of an analysis, built on the JavaScript side from the packed form the core
// returns (src/analysis/packed.rs, through src/wasm.rs): one loop here is many times faster
// than setting each field through the wasm boundary. `spans` holds [start, end, tag index] per
// token in UTF-16 units of `text`.
export function wenxiTokenObjects(text, spans, tags) {
  const names = tags.split(' ');
  const tokens = new Array(spans.length / 3);
  for (let i = 0, k = 0; k < spans.length; i += 1, k += 3) {
    const start = spans[k];
    const end = spans[k + 1];
    const word = end - start === 1 ? oneUnitString(text, start) : text.slice(start, end);
    tokens[i] = { text: word, start, end, pos: names[spans[k + 2]] };
  }
  return tokens;
}

// The string of each UTF-16 unit a token has been, made once: two tokens in five are one
// character (的, 在, ，), and V8 keeps such strings for Latin-1 alone. Cutting a new one for
// each took this loop from about 20 to about 48 ms on 313,000 tokens in Node 20. At most
// 65,536 of them.
const oneUnitStrings = new Array(65536);

function oneUnitString(text, at) {
  const unit = text.charCodeAt(at);
  return oneUnitStrings[unit] ?? (oneUnitStrings[unit] = text[at]);
}

// The whole analysis from its packed parts (src/analysis/packed.rs, PackedRest): `sentences` holds
// [start, end] per sentence; `entities` [kind, start, end, source + 1, attrs + 1] per entity,
// indices of `kinds` and `sources` (names joined by spaces) and of `json`'s `attrs`, the fields
// an entity has after `text` when it has more than a source. The keys come in the order of the
// CLI's JSON: type, start, end, text, then the attributes.
export function wenxiAnalysis(text, spans, tags, sentences, entities, json, kinds, sources) {
  const rest = JSON.parse(json);
  const kindNames = kinds.split(' ');
  const sourceNames = sources.split(' ');
  const sentenceObjects = new Array(sentences.length / 2);
  for (let i = 0, k = 0; k < sentences.length; i += 1, k += 2) {
    sentenceObjects[i] = { start: sentences[k], end: sentences[k + 1] };
  }
  const entityObjects = new Array(entities.length / 5);
  for (let i = 0, k = 0; k < entities.length; i += 1, k += 5) {
    const start = entities[k + 1];
    const end = entities[k + 2];
    const e = { type: kindNames[entities[k]], start, end, text: text.slice(start, end) };
    if (entities[k + 4] > 0) Object.assign(e, rest.attrs[entities[k + 4] - 1]);
    else if (entities[k + 3] > 0) e.source = sourceNames[entities[k + 3] - 1];
    entityObjects[i] = e;
  }
  return {
    tokens: wenxiTokenObjects(text, spans, tags),
    sentences: sentenceObjects,
    entities: entityObjects,
    keywords: rest.keywords,
  };
}
