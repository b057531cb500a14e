// The exact version of the `wasm-bindgen` crate in Cargo.lock: the wasm-bindgen CLI must match it.
// Run as a script it prints the version (scripts/setup.sh uses that).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const lockPath = fileURLToPath(new URL('../Cargo.lock', import.meta.url));

/** Returns the version of the `wasm-bindgen` package recorded in Cargo.lock, e.g. "0.2.130". */
export function wasmBindgenVersion(lockText = readFileSync(lockPath, 'utf8')) {
  for (const block of lockText.split('[[package]]')) {
    if (/^name = "wasm-bindgen"$/m.test(block)) {
      const version = block.match(/^version = "([^"]+)"$/m);
      if (version) return version[1];
    }
  }
  throw new Error('Cargo.lock has no wasm-bindgen package; run `cargo generate-lockfile` first');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    console.log(wasmBindgenVersion());
  } catch (err) {
    console.error(`wasm-bindgen-version: ${err.message}`);
    process.exit(1);
  }
}
