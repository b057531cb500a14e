// The analyzer lives here so that the page never blocks on loading or analysis.
//
// page → worker: { type: 'analyze', id, text, options } | { type: 'cancel', id }
//              | { type: 'call', id, method, args }      (one of the core's DICTIONARY_METHODS)
//              | { type: 'dispose' }
// worker → page: { type: 'ready', ms }
//              | { type: 'progress', id, done, total }            (chunks, for a text of more than one)
//              | { type: 'result', id, analysis, ms, chunks }
//              | { type: 'cancelled', id }
//              | { type: 'returned', id, value }                  (what the core's method returned)
//              | { type: 'error', id?, message, kind?, fatal? }   (kind: the core's, when it has one)
//
// A text goes through the core's session a chunk at a time (see analyze below), so the page can
// show progress and cancel; the result is the same as one call's.
//
// A wasm trap (a Rust panic: `RuntimeError: unreachable`) leaves the module unusable. The worker
// then reports `fatal: true` and the page replaces it with a new one (see client.js).
import init, { Analyzer } from './pkg/wenxi.js';

/** The one Analyzer of this worker, built at start-up; rejects when the wasm cannot load. */
const analyzer = (async () => {
  const started = performance.now();
  // The single-file build puts the wasm here as base64 (see scripts/build-single.mjs).
  const inline = self.WENXI_WASM_BASE64;
  await init(inline ? { module_or_path: Uint8Array.from(atob(inline), (c) => c.charCodeAt(0)) } : undefined);
  const built = new Analyzer();
  self.postMessage({ type: 'ready', ms: performance.now() - started });
  return built;
})();

analyzer.catch((err) => {
  self.postMessage({ type: 'error', fatal: true, kind: err?.kind, message: `分析器加载失败 (analyzer failed to load): ${messageOf(err)}` });
});

/** Ids the page no longer wants; checked between a session's steps. */
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
  try {
    if (data?.type === 'analyze') await analyze(instance, data);
    else if (data?.type === 'call') call(instance, data);
  } catch (err) {
    report(data?.id, err);
  } finally {
    cancelled.delete(data?.id);
  }
}

/**
 * Analyses `text` with a core session, a chunk (~21,000 Chinese characters) per step: between
 * steps a long text reports progress and lets a 'cancel' in. The core carries what one chunk
 * hands on to the next (the date relative dates resolve against), so the result is one call's.
 */
async function analyze(instance, { id, text, options }) {
  const started = performance.now();
  const session = instance.session(text, options);
  try {
    const total = session.total;
    while (session.step()) {
      if (total === 1) continue;
      self.postMessage({ type: 'progress', id, done: session.done, total });
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (cancelled.has(id)) {
        self.postMessage({ type: 'cancelled', id });
        return;
      }
    }
    const analysis = session.finish();
    self.postMessage({ type: 'result', id, analysis, ms: performance.now() - started, chunks: total });
  } finally {
    session.free();
  }
}

/**
 * The core's user dictionary methods that the page may call, one change at a time: the core owns
 * the dictionary, and a change it refuses changes nothing.
 */
const DICTIONARY_METHODS = new Set(['addWord', 'removeWord', 'resetDictionary', 'importDictionary', 'exportDictionary']);

/** Calls one of the core's DICTIONARY_METHODS; what it throws is reported as it is, with its kind. */
function call(instance, { id, method, args }) {
  if (!DICTIONARY_METHODS.has(method)) throw new Error(`the worker has no method ${JSON.stringify(method)}`);
  self.postMessage({ type: 'returned', id, value: instance[method](...args) });
}

function report(id, err) {
  // A trap (RuntimeError) means the wasm instance is broken for good: the page starts a new worker.
  const fatal = err instanceof WebAssembly.RuntimeError;
  self.postMessage({ type: 'error', id, message: messageOf(err), kind: err?.kind, fatal });
}

function messageOf(err) {
  return err instanceof Error ? `${err.name === 'RuntimeError' ? 'RuntimeError: ' : ''}${err.message}` : String(err);
}
