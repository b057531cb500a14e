// Throughput of wenxi and jieba-wasm on the same text, in the same page, each library in a
// worker of its own (bench/library.js says why). scripts/bench.mjs calls window.bench.run(name)
// alternately and reads window.bench.memory().

/** A worker running `lib`, once it is ready, and a function that asks it one thing. */
async function start(lib) {
  const worker = new Worker(new URL(`worker.js?lib=${lib}`, import.meta.url), { type: 'module' });
  const next = () => new Promise((resolve, reject) => {
    worker.onmessage = ({ data }) => resolve(data);
    worker.onerror = (e) => reject(new Error(`${lib} worker: ${e.message}`));
  });
  await next(); // 'ready'
  return (message) => {
    const answer = next();
    worker.postMessage(message);
    return answer;
  };
}

const [wenxi, jieba] = await Promise.all([start('wenxi'), start('jieba')]);
const corpus = await (await fetch('corpus.txt')).text();

window.bench = {
  chars: corpus.length,
  run: (name) => (name.startsWith('wenxi') ? wenxi : jieba)(name),
  memory: async () => ({ wenxi: await wenxi('memory'), jieba: await jieba('memory') }),
};
window.__ready = true;
