// The analyzer lives here so that the page never blocks on loading or analysis.
//
// page → worker: { type: 'analyze', id, text, options } | { type: 'cancel', id }
//              | { type: 'dictionary', words: [{ word, type, freq? }] } | { type: 'dispose' }
// worker → page: { type: 'ready', ms, dictionary: bool }
//              | { type: 'progress', id, done, total }            (only for texts cut into chunks)
//              | { type: 'result', id, analysis, ms, chunks }
//              | { type: 'cancelled', id }
//              | { type: 'dictionary', supported, applied, errors }
//              | { type: 'error', id?, message, kind?, fatal? }
//
// A text longer than CHUNK_UNITS is cut at blank lines into chunks (the core takes at most 8 MiB
// of UTF-8 in one call, and a chunk at a time lets the page show progress and cancel). Offsets
// are shifted back into the whole text, so the result has the same shape as one call's.
//
// A wasm trap (a Rust panic: `RuntimeError: unreachable`) leaves the module unusable. The worker
// then reports `fatal: true` and the page replaces it with a new one (see worker-client.js).
import init, { Analyzer } from './pkg/wenxi.js';
import { CHUNK_UNITS, merge, split } from './chunks.js';

/** The one Analyzer of this worker, built at start-up; rejects when the wasm cannot load. */
const analyzer = (async () => {
  const started = performance.now();
  // The single-file build puts the wasm here as base64 (see scripts/build-single.mjs).
  const inline = self.WENXI_WASM_BASE64;
  await init(inline ? { module_or_path: Uint8Array.from(atob(inline), (c) => c.charCodeAt(0)) } : undefined);
  const built = new Analyzer();
  self.postMessage({ type: 'ready', ms: performance.now() - started, dictionary: typeof built.addWord === 'function' });
  return built;
})();

analyzer.catch((err) => {
  self.postMessage({ type: 'error', fatal: true, message: `分析器加载失败 (analyzer failed to load): ${messageOf(err)}` });
});

/** Ids the page no longer wants; checked between chunks. */
const cancelled = new Set();
/** Messages are handled one at a time, in order, so a dictionary change lands between analyses. */
let queue = Promise.resolve();

self.onmessage = ({ data }) => {
  if (data?.type === 'cancel') {
    cancelled.add(data.id);
    return;
  }
  queue = queue.then(() => handle(data)).catch((err) => report(undefined, err));
};

async function handle(data) {
  if (data?.type === 'dispose') {
    analyzer.then((a) => a.free(), () => {}).finally(() => self.close());
    return;
  }
  let instance;
  try {
    instance = await analyzer;
  } catch {
    return; // already reported above
  }
  if (data?.type === 'dictionary') return applyDictionary(instance, data.words ?? []);
  if (data?.type !== 'analyze') return;
  try {
    await analyze(instance, data);
  } catch (err) {
    report(data.id, err);
  } finally {
    cancelled.delete(data.id);
  }
}

async function analyze(instance, { id, text, options }) {
  const started = performance.now();
  if (typeof text !== 'string' || text.length <= CHUNK_UNITS) {
    const analysis = instance.analyze(text, options);
    self.postMessage({ type: 'result', id, analysis, ms: performance.now() - started, chunks: 1 });
    return;
  }
  const chunks = split(text, CHUNK_UNITS);
  const parts = [];
  for (const [index, chunk] of chunks.entries()) {
    // Let a 'cancel' message in before each chunk.
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (cancelled.has(id)) {
      self.postMessage({ type: 'cancelled', id });
      return;
    }
    parts.push({ offset: chunk.start, analysis: instance.analyze(text.slice(chunk.start, chunk.end), options) });
    self.postMessage({ type: 'progress', id, done: index + 1, total: chunks.length });
  }
  self.postMessage({ type: 'result', id, analysis: merge(parts), ms: performance.now() - started, chunks: chunks.length });
}

function applyDictionary(instance, words) {
  if (typeof instance.addWord !== 'function') {
    self.postMessage({ type: 'dictionary', supported: false, applied: 0, errors: [] });
    return;
  }
  const errors = [];
  let applied = 0;
  try {
    if (typeof instance.resetDictionary === 'function') instance.resetDictionary();
  } catch (err) {
    errors.push(messageOf(err));
  }
  for (const { word, type, freq } of words) {
    try {
      instance.addWord(word, type, freq);
      applied += 1;
    } catch (err) {
      errors.push(`${word}: ${messageOf(err)}`);
    }
  }
  self.postMessage({ type: 'dictionary', supported: true, applied, errors });
}

function report(id, err) {
  // A trap (RuntimeError) means the wasm instance is broken for good: the page starts a new worker.
  const fatal = err instanceof WebAssembly.RuntimeError;
  self.postMessage({ type: 'error', id, message: messageOf(err), kind: err?.kind, fatal });
}

function messageOf(err) {
  return err instanceof Error ? `${err.name === 'RuntimeError' ? 'RuntimeError: ' : ''}${err.message}` : String(err);
}
