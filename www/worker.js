// The analyzer lives here so that the page never blocks on loading or analysis.
//
// page → worker: { type: 'analyze', id, text, options } | { type: 'dispose' }
// worker → page: { type: 'ready', ms } | { type: 'result', id, analysis, ms } | { type: 'error', id?, message }
import init, { Analyzer } from './pkg/wenxi.js';

/** The one Analyzer of this worker, built at start-up; rejects when the wasm cannot load. */
const analyzer = (async () => {
  const started = performance.now();
  await init();
  const built = new Analyzer();
  self.postMessage({ type: 'ready', ms: performance.now() - started });
  return built;
})();

analyzer.catch((err) => {
  self.postMessage({ type: 'error', message: `分析器加载失败 (analyzer failed to load): ${messageOf(err)}` });
});

self.onmessage = async ({ data }) => {
  if (data.type === 'dispose') {
    analyzer.then((a) => a.free(), () => {}).finally(() => self.close());
    return;
  }
  if (data.type !== 'analyze') return;
  let instance;
  try {
    instance = await analyzer;
  } catch {
    return; // already reported above
  }
  try {
    const started = performance.now();
    const analysis = instance.analyze(data.text, data.options);
    self.postMessage({ type: 'result', id: data.id, analysis, ms: performance.now() - started });
  } catch (err) {
    self.postMessage({ type: 'error', id: data.id, message: messageOf(err) });
  }
};

function messageOf(err) {
  return err instanceof Error ? err.message : String(err);
}
