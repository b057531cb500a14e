// One library, loaded on its own: the runs it offers on `corpus` and its wasm memory. The
// benchmark runs each library in a worker of its own (bench/worker.js in Chromium, a
// worker_threads worker in Node), so that the garbage one leaves is collected on its own time,
// never during the other's runs: in one heap, wenxi's token objects were partly collected while
// jieba-wasm ran, and the other way round.
export async function load(lib, corpus, wasmBytes) {
  if (lib === 'wenxi') {
    const { default: init, Analyzer } = await import('./wenxi/wenxi.js');
    const wasm = await init(wasmBytes ? { module_or_path: wasmBytes } : undefined);
    const analyzer = new Analyzer();
    return {
      runs: {
        'wenxi analyze': () => analyzer.analyze(corpus).tokens.length,
        'wenxi segment': () => analyzer.segment(corpus).length,
      },
      memory: () => wasm.memory.buffer.byteLength,
    };
  }
  const { default: init, cut } = await import('./jieba/jieba_rs_wasm.js');
  const wasm = await init(wasmBytes ? { module_or_path: wasmBytes } : undefined);
  cut('预热', true); // jieba-wasm builds its dictionary on the first call
  return {
    runs: { 'jieba-wasm cut': () => cut(corpus, true).length },
    memory: () => wasm.memory.buffer.byteLength,
  };
}

/** Runs `name` once: its time in milliseconds and the number of tokens it gave. */
export function timed(library, name) {
  const start = performance.now();
  const tokens = library.runs[name]();
  return { ms: performance.now() - start, tokens };
}
