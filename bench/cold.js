// Cold start: from navigation (performance.timeOrigin) to the first result of one library.
const lib = new URLSearchParams(location.search).get('lib');
const text = '记者 高洪驰 报道:项目总投资477万元。';

async function first() {
  if (lib === 'wenxi') {
    const { default: init, Analyzer } = await import('./wenxi/wenxi.js');
    await init();
    return new Analyzer().analyze(text).tokens.length;
  }
  if (lib === 'jieba') {
    const { default: init, cut } = await import('./jieba/jieba_rs_wasm.js');
    await init();
    return cut(text, true).length;
  }
  return 0; // an empty page: what the browser itself costs
}

first().then(
  (n) => { window.__result = { ms: performance.now(), n }; },
  (e) => { window.__result = { error: String(e) }; },
);
