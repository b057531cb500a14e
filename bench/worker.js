// A library in a worker of its own (bench/library.js says why): `?lib=wenxi` or `?lib=jieba`.
// Answers 'memory' with its wasm memory in bytes and a run's name with { ms, tokens }.
import { load, timed } from './library.js';

const lib = new URL(self.location.href).searchParams.get('lib');
const corpus = await (await fetch('corpus.txt')).text();
const library = await load(lib, corpus);
self.onmessage = ({ data }) => {
  self.postMessage(data === 'memory' ? library.memory() : timed(library, data));
};
self.postMessage('ready');
