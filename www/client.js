// The page's side of worker.js: requests as promises, progress, cancel, and a new worker when
// the wasm module traps (a Rust panic kills the instance; the next text must still work).

export class AnalyzerWorker {
  /**
   * @param {object} [settings]
   * @param {() => Worker} [settings.create] makes the worker (default: ./worker.js as a module worker)
   * @param {(info: {message: string}) => void} [settings.onRestart] told when a trap replaced the worker
   */
  constructor({ create, onRestart } = {}) {
    this.create = create ?? (() => new Worker(new URL('./worker.js', import.meta.url), { type: 'module' }));
    this.onRestart = onRestart ?? (() => {});
    this.lastId = 0;
    /** id → { resolve, reject, onProgress } */
    this.pending = new Map();
    this.words = null;
    this.restarts = 0;
    this.start();
  }

  start() {
    this.worker = this.create();
    let readyResolve;
    let readyReject;
    this.ready = new Promise((resolve, reject) => {
      readyResolve = resolve;
      readyReject = reject;
    });
    this.ready.catch(() => {});
    this.worker.onmessage = ({ data }) => {
      if (data.type === 'ready') {
        this.dictionarySupported = data.dictionary;
        readyResolve(data);
      } else if (data.type === 'progress') {
        this.pending.get(data.id)?.onProgress?.(data.done, data.total);
      } else if (data.type === 'result') {
        this.settle(data.id, 'resolve', { analysis: data.analysis, ms: data.ms, chunks: data.chunks });
      } else if (data.type === 'cancelled') {
        this.settle(data.id, 'reject', Object.assign(new Error('cancelled'), { kind: 'cancelled' }));
      } else if (data.type === 'dictionary') {
        this.settle('dictionary', 'resolve', data);
      } else if (data.type === 'error') {
        const error = Object.assign(new Error(data.message), { kind: data.kind ?? (data.fatal ? 'trap' : undefined) });
        if (data.id !== undefined) this.settle(data.id, 'reject', error);
        if (data.fatal) {
          readyReject(error);
          this.restart(error);
        }
      }
    };
    this.worker.onerror = (event) => {
      event.preventDefault();
      const error = new Error(event.message || 'the analyzer worker could not start');
      readyReject(error);
      for (const id of [...this.pending.keys()]) this.settle(id, 'reject', error);
    };
  }

  /** A trapped module cannot be trusted again: replace the worker and put the dictionary back. */
  restart(error) {
    this.worker.terminate();
    for (const id of [...this.pending.keys()]) this.settle(id, 'reject', error);
    this.restarts += 1;
    if (this.restarts > 5) return; // it keeps trapping on load: stop trying
    this.start();
    if (this.words) this.setDictionary(this.words).catch(() => {});
    this.onRestart({ message: error.message });
  }

  settle(id, how, value) {
    const entry = this.pending.get(id);
    if (!entry) return;
    this.pending.delete(id);
    entry[how](value);
  }

  /**
   * Analyzes `text` in the worker. Resolves to `{ analysis, ms, chunks }`; rejects with an Error
   * whose `kind` is the core's (`input_too_long`, `bad_reference_date`, …), `trap` or `cancelled`.
   */
  analyze(text, options, { onProgress } = {}) {
    const id = ++this.lastId;
    const promise = new Promise((resolve, reject) => this.pending.set(id, { resolve, reject, onProgress }));
    promise.id = id;
    this.worker.postMessage({ type: 'analyze', id, text, options });
    return promise;
  }

  /** Stops the analysis `id` before its next chunk. */
  cancel(id) {
    this.worker.postMessage({ type: 'cancel', id });
  }

  /** Replaces the user dictionary: `[{ word, type, freq? }]`. Resolves to `{ supported, applied, errors }`. */
  setDictionary(words) {
    this.words = words;
    this.settle('dictionary', 'resolve', { superseded: true });
    const promise = new Promise((resolve, reject) => this.pending.set('dictionary', { resolve, reject }));
    this.worker.postMessage({ type: 'dictionary', words });
    return promise;
  }

  dispose() {
    this.worker.postMessage({ type: 'dispose' });
  }
}
