// Throughput of wenxi and jieba-wasm on the same text, in the same page. scripts/bench.mjs calls
// window.bench.run(name) alternately and reads window.bench.memory().
import initWenxi, { Analyzer } from './wenxi/wenxi.js';
import initJieba, { cut } from './jieba/jieba_rs_wasm.js';

const [wenxiWasm, jiebaWasm] = await Promise.all([initWenxi(), initJieba()]);
const corpus = await (await fetch('corpus.txt')).text();
const analyzer = new Analyzer();
cut('预热', true); // jieba-wasm builds its dictionary on the first call

const runs = {
  'wenxi analyze': () => analyzer.analyze(corpus).tokens.length,
  'wenxi segment': () => analyzer.segment(corpus).length,
  'jieba-wasm cut': () => cut(corpus, true).length,
};

window.bench = {
  chars: corpus.length,
  run(name) {
    const start = performance.now();
    const tokens = runs[name]();
    return { ms: performance.now() - start, tokens };
  },
  memory: () => ({ wenxi: wenxiWasm.memory.buffer.byteLength, jieba: jiebaWasm.memory.buffer.byteLength }),
};
window.__ready = true;
