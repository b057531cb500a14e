// The embeddable API (the npm package's entry point, `import { createAnalyzer } from 'wenxi'`).
//
//   const analyzer = await createAnalyzer({ worker: true });
//   const analysis = await analyzer.analyze(text, { referenceDate: '2021-06-01' });
//   await analyzer.addWord('文析公司', 'organization');
//
// With `worker: true` (the default) the wasm runs in a Web Worker and long texts go a chunk at a
// time; with `worker: false` it runs on the calling thread. The user dictionary needs a wenxi core
// that has it (Analyzer.addWord); without one those methods reject with kind `unsupported`.
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
  for (const name of ['analyze', 'addWord', 'removeWord', 'resetDictionary', 'dispose']) promise[name] = notReady(name);
  return promise;
}

/** The dictionary as a list, applied to the core in one go (reset, then addWord each). */
function dictionary(apply) {
  let words = [];
  const set = async (next) => {
    const result = await apply(next);
    if (!result.supported) throw wenxiError('unsupported', 'this build of the wenxi core has no user dictionary (Analyzer.addWord)');
    if (result.errors.length) throw wenxiError('bad_word', result.errors.join('; '));
    words = next;
  };
  return {
    addWord: (word, type, freq) => set([...words.filter((w) => w.word !== word), { word, type, ...(freq === undefined ? {} : { freq }) }]),
    removeWord: (word) => set(words.filter((w) => w.word !== word)),
    resetDictionary: () => set([]),
  };
}

async function workerAnalyzer() {
  const client = new AnalyzerWorker();
  await client.ready;
  let disposed = false;
  const alive = (name) => {
    if (disposed) throw wenxiError('disposed', `${name}() was called after dispose()`);
  };
  const words = dictionary(async (next) => {
    const result = await client.setDictionary(next);
    return result.superseded ? { supported: true, errors: [] } : result;
  });
  return {
    /** Resolves to the analysis; `onProgress(done, total)` is told about chunks of long texts. */
    async analyze(text, options, { onProgress } = {}) {
      alive('analyze');
      return (await client.analyze(text, options, { onProgress })).analysis;
    },
    addWord: (...args) => { alive('addWord'); return words.addWord(...args); },
    removeWord: (...args) => { alive('removeWord'); return words.removeWord(...args); },
    resetDictionary: () => { alive('resetDictionary'); return words.resetDictionary(); },
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
  const words = dictionary(async (next) => {
    const instance = alive('addWord');
    if (typeof instance.addWord !== 'function') return { supported: false, errors: [] };
    const errors = [];
    instance.resetDictionary?.();
    for (const { word, type, freq } of next) {
      try {
        instance.addWord(word, type, freq);
      } catch (err) {
        errors.push(`${word}: ${err.message}`);
      }
    }
    return { supported: true, errors };
  });
  return {
    async analyze(text, options) {
      return alive('analyze').analyze(text, options);
    },
    ...words,
    dispose() {
      core?.free();
      core = null;
    },
  };
}
