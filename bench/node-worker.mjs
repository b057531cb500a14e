// A library in a worker_threads worker of its own (bench/library.js says why), for the Node runs
// of scripts/bench.mjs: workerData is { lib, site }; it answers as bench/worker.js does.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { load, timed } from './library.js';

const { lib, site } = workerData;
const corpus = readFileSync(join(site, 'corpus.txt'), 'utf8');
const wasm = lib === 'wenxi' ? join(site, 'wenxi', 'wenxi_bg.wasm') : join(site, 'jieba', 'jieba_rs_wasm_bg.wasm');
const library = await load(lib, corpus, readFileSync(wasm));
parentPort.on('message', (message) => {
  parentPort.postMessage(message === 'memory' ? library.memory() : timed(library, message));
});
parentPort.postMessage('ready');
