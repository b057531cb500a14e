// The page's side of worker.js: requests as promises, progress, cancel, and a new worker when
// the wasm module traps (a Rust panic kills the instance; the next text must still work).

/** Errors from the worker as Errors with the `kind` it sent (the core's), or `trap`. */
const workerError = ({ message, kind, fatal }) => Object.assign(new Error(message), { kind: kind ?? (fatal ? 'trap' : undefined) });

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
    /** id → a dictionary change sent and not yet answered */
    this.changes = new Map();
    /**
     * word → `{ word, type, freq? }`: the user dictionary the core has, made from the changes it
     * took, in order. A new worker gets it back in one importDictionary.
     */
    this.words = new Map();
    this.restarts = 0;
    this.start();
  }

  start() {
    const worker = this.create();
    this.worker = worker;
    let readyResolve;
    let readyReject;
    this.ready = new Promise((resolve, reject) => {
      readyResolve = resolve;
      readyReject = reject;
    });
    this.ready.catch(() => {});
    worker.onmessage = ({ data }) => {
      if (worker !== this.worker) return; // a worker already replaced
      if (data.type === 'ready') {
        readyResolve(data);
      } else if (data.type === 'progress') {
        this.pending.get(data.id)?.onProgress?.(data.done, data.total);
      } else if (data.type === 'result') {
        this.settle(data.id, 'resolve', { analysis: data.analysis, ms: data.ms, chunks: data.chunks });
      } else if (data.type === 'cancelled') {
        this.settle(data.id, 'reject', Object.assign(new Error('cancelled'), { kind: 'cancelled' }));
      } else if (data.type === 'returned') {
        this.took(data.id);
        this.settle(data.id, 'resolve', data.value);
      } else if (data.type === 'error') {
        const error = workerError(data);
        this.changes.delete(data.id);
        if (data.id !== undefined) this.settle(data.id, 'reject', error);
        if (data.fatal) {
          readyReject(error);
          this.restart(error);
        }
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      if (worker !== this.worker) return;
      const error = new Error(event.message || 'the analyzer worker could not start');
      readyReject(error);
      this.changes.clear();
      for (const id of [...this.pending.keys()]) this.settle(id, 'reject', error);
    };
  }

  /**
   * A trapped module cannot be trusted again: replace the worker and give it the dictionary back,
   * all of it in one importDictionary (all or nothing, one rebuild of the segmenter).
   */
  restart(error) {
    this.worker.terminate();
    // What was not answered did not happen: it is rejected, and not sent again.
    this.changes.clear();
    for (const id of [...this.pending.keys()]) this.settle(id, 'reject', error);
    this.restarts += 1;
    if (this.restarts > 5) return; // it keeps trapping on load: stop trying
    this.start();
    if (this.words.size) {
      const json = JSON.stringify({ version: 1, words: [...this.words.values()] });
      this.worker.postMessage({ type: 'call', method: 'importDictionary', args: [json], id: ++this.lastId });
    }
    this.onRestart({ message: error.message });
  }

  /** The core took the dictionary change `id`: the dictionary it has now is what a new worker gets. */
  took(id) {
    const change = this.changes.get(id);
    if (!change) return;
    this.changes.delete(id);
    const [word, type, freq] = change.args;
    if (change.method === 'addWord') {
      this.words.set(word, { word, type, ...(freq === undefined || freq === null ? {} : { freq }) });
    } else if (change.method === 'removeWord') {
      this.words.delete(word);
    } else if (change.method === 'resetDictionary') {
      this.words.clear();
    } else if (change.method === 'importDictionary') {
      // The core parsed it and took every word: it replaces the whole dictionary.
      this.words = new Map(JSON.parse(word).words.map((entry) => [entry.word, entry]));
    }
  }

  settle(id, how, value) {
    const entry = this.pending.get(id);
    if (!entry) return;
    this.pending.delete(id);
    entry[how](value);
  }

  /** Sends `message` with a new id; the promise settles with the worker's answer to it. */
  request(message, { onProgress, change = false } = {}) {
    const id = ++this.lastId;
    const promise = new Promise((resolve, reject) => this.pending.set(id, { resolve, reject, onProgress }));
    promise.id = id;
    try {
      this.worker.postMessage({ ...message, id });
      if (change) this.changes.set(id, message);
    } catch (err) {
      this.settle(id, 'reject', err); // a value that cannot be sent to a worker (DataCloneError)
    }
    return promise;
  }

  /**
   * Analyzes `text` in the worker. Resolves to `{ analysis, ms, chunks }`; rejects with an Error
   * whose `kind` is the core's (`input_too_long`, `bad_reference_date`, …), `trap` or `cancelled`.
   */
  analyze(text, options, { onProgress } = {}) {
    return this.request({ type: 'analyze', text, options }, { onProgress });
  }

  /** Stops the analysis `id` before its next chunk. */
  cancel(id) {
    this.worker.postMessage({ type: 'cancel', id });
  }

  /**
   * Calls the core's `addWord`, `removeWord`, `resetDictionary`, `importDictionary` or
   * `exportDictionary` in the worker, one change at a time. Resolves to what it returns; rejects
   * with its Error and `kind` (the core refused it: nothing changed), or `trap`.
   */
  callDictionary(method, ...args) {
    return this.request({ type: 'call', method, args }, { change: true });
  }

  dispose() {
    this.worker.postMessage({ type: 'dispose' });
  }
}
