// Lays out the npm package `wenxi` in dist/package/ from www/ (after `npm run build`):
//
//   node scripts/build-package.mjs           dist/package/
//   node scripts/build-package.mjs --pack    also `npm pack` it into dist/ and print the tarball's path
//
//   import { createAnalyzer } from 'wenxi';  // api.js
//   import 'wenxi/element';                  // <wenxi-annotate for="…">
//
// The package is the page's own modules, unchanged: ES modules, the worker started with
// `new Worker(new URL('./worker.js', import.meta.url), { type: 'module' })` and the wasm found with
// `new URL('wenxi_bg.wasm', import.meta.url)`, two forms that bundlers (Vite, webpack 5, Rollup
// with its URL plugin) follow. The root package.json stays private: it is the workspace.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const www = join(root, 'www');
const out = join(root, 'dist', 'package');

const FILES = ['api.js', 'api.d.ts', 'client.js', 'worker.js', 'element.js', 'export.js', 'i18n.js', 'kinds.js',
  'pkg/wenxi.js', 'pkg/wenxi.d.ts', 'pkg/wenxi_bg.wasm', 'pkg/wenxi_bg.wasm.d.ts'];

function fail(message) {
  console.error(`build-package: error: ${message}`);
  process.exit(1);
}

const workspace = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
rmSync(out, { recursive: true, force: true });
for (const file of FILES) {
  const from = join(www, file);
  try {
    statSync(from);
  } catch {
    fail(`www/${file} is missing${file.startsWith('pkg/') ? ': run `npm run build` first' : ''}`);
  }
  mkdirSync(dirname(join(out, file)), { recursive: true });
  copyFileSync(from, join(out, file));
}

writeFileSync(join(out, 'element.d.ts'), `// <wenxi-annotate for="id">: highlights the entities of a textarea, input or contenteditable element.
export declare class WenxiAnnotate extends HTMLElement {
  /** The last analysis shown, or null. */
  analysis: import('./api.js').Analysis | { entities: [] } | null;
  /** Analyzes the field's text now. */
  update(): Promise<import('./api.js').Analysis | null>;
}
declare global {
  interface HTMLElementTagNameMap { 'wenxi-annotate': WenxiAnnotate; }
}
`);

const pkg = {
  name: 'wenxi',
  version: workspace.version,
  description: '文析 wenxi: Chinese text analysis (words, entities, normalized figures) in WebAssembly, in the browser',
  license: workspace.license,
  type: 'module',
  exports: {
    '.': { types: './api.d.ts', default: './api.js' },
    './element': { types: './element.d.ts', default: './element.js' },
    './wasm': './pkg/wenxi.js',
    './wenxi_bg.wasm': './pkg/wenxi_bg.wasm',
    './package.json': './package.json',
  },
  types: './api.d.ts',
  sideEffects: ['./element.js'],
  files: [...FILES, 'element.d.ts', 'README.md'],
  keywords: ['chinese', 'nlp', 'ner', 'segmentation', 'jieba', 'wasm', 'web-component'],
};
writeFileSync(join(out, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
writeFileSync(join(out, 'README.md'), `# wenxi

Chinese text analysis in WebAssembly, in the browser: words with part-of-speech tags, people,
places, organizations, titles, and every figure (money, percentages, quantities, dates) with its
value normalized. The text never leaves the page.

\`\`\`js
import { createAnalyzer } from 'wenxi';
const analyzer = await createAnalyzer({ worker: true });   // the wasm runs in a Web Worker
const analysis = await analyzer.analyze('记者 高洪驰 报道，项目总投资477万元。', { referenceDate: '2021-06-01' });
// analysis.entities: [{ type: 'person', text: '高洪驰', start: 3, end: 6, … }, { type: 'money', value: 4770000, unit: 'CNY', … }]
\`\`\`

\`\`\`html
<textarea id="article-body"></textarea>
<wenxi-annotate for="article-body"></wenxi-annotate>
<script type="module">import 'wenxi/element';</script>
\`\`\`

Offsets are UTF-16 code units (\`text.slice(start, end)\`). Errors have a \`kind\`. A bundler must
follow \`new URL('…', import.meta.url)\` (Vite, webpack 5 do). TypeScript: add \`esnext.disposable\`
to \`lib\` (wasm-bindgen's types name \`Symbol.dispose\`) or use \`skipLibCheck\`. Under a CSP, allow
\`script-src 'wasm-unsafe-eval'\` and workers from your own origin. MIT.
`);

console.log(`build-package: ok, ${relative(root, out)}/ (${FILES.length + 3} files)`);

if (process.argv.includes('--pack')) {
  const packed = spawnSync('npm', ['pack', '--json', '--pack-destination', join(root, 'dist')], { cwd: out, encoding: 'utf8' });
  if (packed.status !== 0) fail(`npm pack failed:\n${packed.stderr}`);
  const [info] = JSON.parse(packed.stdout);
  const tarball = join(root, 'dist', info.filename);
  console.log(`build-package: ${relative(root, tarball)} is ${(info.size / 1024 / 1024).toFixed(2)} MiB packed, ${(info.unpackedSize / 1024 / 1024).toFixed(2)} MiB unpacked`);
}
