// Types of the embeddable API (www/api.js, the npm package's entry point).
import type { Analysis, AnalyzeOptions, EntityType } from './pkg/wenxi.js';

export type { Analysis, AnalyzeOptions, Entity, EntityType, Keyword, Sentence, Token } from './pkg/wenxi.js';

export interface CreateAnalyzerOptions {
  /** Run the wasm in a Web Worker (default true): the page never blocks, long texts go in chunks. */
  worker?: boolean;
  /** worker: false only: the wasm as bytes, a URL or a Response (default: wenxi_bg.wasm next to the module). */
  wasm?: BufferSource | URL | string | Response | WebAssembly.Module;
}

/** An Error with a stable `kind`: the core's (`input_too_long`, `bad_reference_date`, …) or
 * `not_ready`, `disposed`, `unsupported`, `bad_word`, `cancelled`, `trap`. */
export interface WenxiError extends Error { kind: string; }

export interface WenxiAnalyzer {
  /** Analyzes `text`; offsets are UTF-16 code units. Rejects with a WenxiError. */
  analyze(text: string, options?: AnalyzeOptions, hooks?: { onProgress?: (done: number, total: number) => void }): Promise<Analysis>;
  /** Adds a word to the user dictionary (needs a core with one; else rejects with kind `unsupported`). */
  addWord(word: string, type: EntityType | string, freq?: number): Promise<void>;
  removeWord(word: string): Promise<void>;
  resetDictionary(): Promise<void>;
  /** Frees the wasm (and ends the worker). */
  dispose(): void;
}

/** Loads the analyzer; resolves when it is ready. Methods called on the promise itself throw `not_ready`. */
export function createAnalyzer(options?: CreateAnalyzerOptions): Promise<WenxiAnalyzer> & Partial<Record<keyof WenxiAnalyzer, () => never>>;
