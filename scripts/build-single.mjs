// Builds the page as one HTML file that works when opened from disk (file://): dist/wenxi.html.
//
//   node scripts/build-single.mjs    (after `npm run build`, which makes www/pkg)
//
// The page's modules become one inline module script, the worker's (worker.js and
// wasm-bindgen's wenxi.js) one classic script in a data block that the page starts from a Blob
// URL, and the wasm rides along as base64 in another data block. The sample article is inlined
// too. The CSP stays strict: the one inline script and the one inline style are allowed by their
// SHA-256 hashes, workers only from blob:, and nothing may be fetched at all.
//
// Bundling is a few string rewrites rather than a bundler: each module is wrapped in a function
// that returns its exports, and `import { a, b as c } from './x.js'` becomes
// `const { a, b: c } = __x;`. That covers the import/export forms our own files and wasm-bindgen's
// output use; anything else fails the build with its line.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const www = join(root, 'www');
const out = join(root, 'dist', 'wenxi.html');

function fail(message) {
  console.error(`build-single: error: ${message}`);
  process.exit(1);
}

const read = (path) => {
  try {
    return readFileSync(join(www, path), 'utf8');
  } catch (err) {
    return fail(`cannot read www/${path}: ${err.message}${path.startsWith('pkg/') ? ' (run `npm run build` first)' : ''}`);
  }
};

const varName = (path) => `__${path.replace(/^\.\//, '').replace(/\.js$/, '').replace(/[^A-Za-z0-9]/g, '_')}`;

/**
 * One ES module as a statement `const __name = (() => { …; return { exports }; })();`.
 * `classic` also replaces import.meta.url (not allowed in a classic worker script).
 */
function wrap(path, { classic = false } = {}) {
  let code = read(path);
  const exports = [];
  const dir = path.includes('/') ? `${path.slice(0, path.lastIndexOf('/') + 1)}` : '';
  code = code.replace(/^import\s+(?:(\w+)\s*,?\s*)?(?:\{([^}]*)\}\s*)?from\s+'([^']+)';\s*$/gm, (_, def, named, from) => {
    const target = varName(join(dir, from).replace(/\\/g, '/'));
    const parts = [];
    if (def) parts.push(`const ${def} = ${target}.default;`);
    if (named) parts.push(`const { ${named.split(',').map((s) => s.trim()).filter(Boolean).map((s) => s.replace(/\s+as\s+/, ': ')).join(', ')} } = ${target};`);
    return parts.join(' ');
  });
  code = code.replace(/^export\s+(async\s+function|function|const|let|class)\s+(\w+)/gm, (_, kind, name) => {
    exports.push(name);
    return `${kind} ${name}`;
  });
  code = code.replace(/^export\s*\{([^}]*)\};?\s*$/gm, (_, list) => {
    for (const item of list.split(',').map((s) => s.trim()).filter(Boolean)) {
      const [local, as] = item.split(/\s+as\s+/);
      exports.push(as ? `${as}: ${local}` : local);
    }
    return '';
  });
  const leftover = code.split('\n').find((line) => /^\s*(import|export)\s/.test(line));
  if (leftover) fail(`www/${path}: cannot bundle the line ${JSON.stringify(leftover)}`);
  if (classic) code = code.replaceAll('import.meta.url', 'self.location.href');
  return `const ${varName(path)} = (() => {\n${code}\nreturn { ${exports.join(', ')} };\n})();\n`;
}

/** Text for inside a <script> element: it must not close the element early. */
function scriptSafe(text, what) {
  if (/<\/script|<!--/i.test(text)) fail(`${what} contains </script or <!--; cannot inline it`);
  return text;
}

const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

const workerSource = scriptSafe([wrap('pkg/wenxi.js', { classic: true }), wrap('worker.js', { classic: true })].join('\n'), 'the worker');
const appSource = scriptSafe(['kinds.js', 'i18n.js', 'export.js', 'charts.js', 'client.js', 'app.js']
  .map((path) => wrap(path)).join('\n'), 'the page script');
const style = read('style.css');
const wasm = readFileSync(join(www, 'pkg', 'wenxi_bg.wasm')).toString('base64');
const sample = read('sample.txt');

let html = read('index.html');
const csp = [
  "default-src 'none'",
  `script-src ${sha256(appSource)} 'wasm-unsafe-eval'`,
  'worker-src blob:',
  `style-src ${sha256(style)}`,
  'img-src data:',
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
const replace = (pattern, replacement) => {
  if (!pattern.test(html)) fail(`www/index.html no longer has ${pattern}`);
  html = html.replace(pattern, () => replacement);
};
replace(/content="default-src[^"]*"/, `content="${csp}"`);
replace(/<link rel="stylesheet" href="style.css">/, `<style>${style}</style>`);
replace(/<script type="module" src="app.js"><\/script>/, '');
// Data blocks are not run; the page reads them. Base64, and JSON with every < escaped, cannot close them.
const sampleJson = JSON.stringify(sample).replace(/</g, '\\u003c');
replace(/<\/body>/, `<script type="application/json" id="wenxi-sample">${sampleJson}</script>
<script type="application/octet-stream" id="wenxi-wasm">${wasm}</script>
<script type="text/plain" id="wenxi-worker">${workerSource}</script>
<script type="module">${appSource}</script>
</body>`);

mkdirSync(join(root, 'dist'), { recursive: true });
writeFileSync(out, html);
const mib = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MiB`;
console.log(`build-single: ok, ${relative(root, out)} is ${mib(statSync(out).size)} (wasm ${mib(wasm.length * 0.75)} as base64)`);
