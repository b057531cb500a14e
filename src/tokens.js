// The objects of an analysis, built on the JavaScript side from the packed form the core
// returns (src/wasm.rs): one loop here is many times faster than setting each field through
// the wasm boundary. `spans` holds [start, end, tag index] per token in UTF-16 units of `text`.
export function wenxiTokenObjects(text, spans, tags) {
  const names = tags.split(' ');
  const tokens = new Array(spans.length / 3);
  for (let i = 0, k = 0; k < spans.length; i += 1, k += 3) {
    const start = spans[k];
    const end = spans[k + 1];
    tokens[i] = { text: text.slice(start, end), start, end, pos: names[spans[k + 2]] };
  }
  return tokens;
}

// The whole analysis: `json` is it with `tokens` empty (JSON.parse beats building the entities
// field by field across the boundary); `tokens` keeps its place as the first key.
export function wenxiAnalysis(json, text, spans, tags) {
  const analysis = JSON.parse(json);
  analysis.tokens = wenxiTokenObjects(text, spans, tags);
  return analysis;
}
