// The embeddable API (the npm package's entry point, `import { createAnalyzer } from 'wenxi'`).
//
//   const analyzer = await createAnalyzer({ worker: true });
//   const analysis = await analyzer.analyze(text, { referenceDate: '2021-06-01' });
//   await analyzer.addWord('文析公司', 'organization');
//   localStorage.words = await analyzer.exportDictionary();   // later: importDictionary(json)
//
// With `worker: true` (the default) the wasm runs in a Web Worker and long texts go a chunk at a
// time; with `worker: false` it runs on the calling thread. Errors are Errors with a `kind`: the
// core's (`not_a_string`, `bad_options`, `input_too_long`, `bad_reference_date`, `bad_user_word`,
// `bad_word_type`), or `not_ready`, `disposed`, `cancelled`, `trap`.
import { AnalyzerWorker } from './client.js';

function wenxiError(kind, message) {
  return Object.assign(new Error(`wenxi: ${message}`), { kind });
}

const notReady = (name) => () => {
  throw wenxiError('not_ready', `${name}() was called before the analyzer was ready: use \`const analyzer = await createAnalyzer()\`, then analyzer.${name}()`);
};

/**
 * Loads the analyzer. Resolves when it is ready; the promise itself also has the analyzer's
 * methods, which throw a clear `not_ready` error if called before it resolves.
 */
export function createAnalyzer({ worker = true, wasm } = {}) {
  const promise = worker ? workerAnalyzer() : threadAnalyzer(wasm);
  for (const name of ['analyze', 'addWord', 'removeWord', 'resetDictionary', 'exportDictionary', 'importDictionary', 'dispose']) promise[name] = notReady(name);
  return promise;
}

async function workerAnalyzer() {
  const client = new AnalyzerWorker();
  await client.ready;
  let disposed = false;
  const alive = (name) => {
    if (disposed) throw wenxiError('disposed', `${name}() was called after dispose()`);
  };
  // The worker runs the core's own methods, one message at a time, and answers with what they
  // return or throw: the core's errors (with their kinds) as they are, and a refused word
  // changes nothing.
  return {
    /** Resolves to the analysis; `onProgress(done, total)` is told about chunks of long texts. */
    async analyze(text, options, { onProgress } = {}) {
      alive('analyze');
      return (await client.analyze(text, options, { onProgress })).analysis;
    },
    async addWord(word, type, freq) {
      alive('addWord');
      await client.callDictionary('addWord', word, type, freq);
    },
    async removeWord(word) {
      alive('removeWord');
      return client.callDictionary('removeWord', word);
    },
    async resetDictionary() {
      alive('resetDictionary');
      await client.callDictionary('resetDictionary');
    },
    async exportDictionary() {
      alive('exportDictionary');
      return client.callDictionary('exportDictionary');
    },
    async importDictionary(json) {
      alive('importDictionary');
      await client.callDictionary('importDictionary', json);
    },
    dispose() {
      if (!disposed) client.dispose();
      disposed = true;
    },
  };
}

async function threadAnalyzer(wasm) {
  const { default: init, Analyzer } = await import('./pkg/wenxi.js');
  await init(wasm === undefined ? undefined : { module_or_path: wasm });
  let core = new Analyzer();
  const alive = (name) => {
    if (!core) throw wenxiError('disposed', `${name}() was called after dispose()`);
    return core;
  };
  // On this thread the core's own methods run, and throw its errors (with their kinds) as they are.
  return {
    async analyze(text, options) {
      return alive('analyze').analyze(text, options);
    },
    async addWord(word, type, freq) {
      alive('addWord').addWord(word, type, freq);
    },
    async removeWord(word) {
      return alive('removeWord').removeWord(word);
    },
    async resetDictionary() {
      alive('resetDictionary').resetDictionary();
    },
    async exportDictionary() {
      return alive('exportDictionary').exportDictionary();
    },
    async importDictionary(json) {
      alive('importDictionary').importDictionary(json);
    },
    dispose() {
      core?.free();
      core = null;
    },
  };
}
