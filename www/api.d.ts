// Types of the embeddable API (www/api.js, the npm package's entry point).
import type { Analysis, AnalyzeOptions, WordType } from './pkg/wenxi.js';

export type { Analysis, AnalyzeOptions, Entity, EntityType, Keyword, Sentence, Token, WordType } from './pkg/wenxi.js';

export interface CreateAnalyzerOptions {
  /** Run the wasm in a Web Worker (default true): the page never blocks, long texts go in chunks. */
  worker?: boolean;
  /** worker: false only: the wasm as bytes, a URL or a Response (default: wenxi_bg.wasm next to the module). */
  wasm?: BufferSource | URL | string | Response | WebAssembly.Module;
}

/** An Error with a stable `kind`: the core's (`not_a_string`, `bad_options`, `input_too_long`,
 * `bad_reference_date`, `bad_user_word`, `bad_word_type`) or `not_ready`, `disposed`,
 * `cancelled`, `trap`. */
export interface WenxiError extends Error { kind: string; }

export interface WenxiAnalyzer {
  /** Analyzes `text`; offsets are UTF-16 code units. Rejects with a WenxiError. */
  analyze(text: string, options?: AnalyzeOptions, hooks?: { onProgress?: (done: number, total: number) => void }): Promise<Analysis>;
  /** Adds a word to the user dictionary (an existing one is replaced), with an optional frequency
   * (1 to 100000000; `undefined` or `null` for the default, 10000). Rejects with kind
   * `not_a_string` (a word that is no string), `bad_word_type` or `bad_user_word`. */
  addWord(word: string, type: WordType, freq?: number | null): Promise<void>;
  /** Removes a word from the user dictionary; resolves to whether it was there. Rejects with kind
   * `not_a_string` when `word` is no string. */
  removeWord(word: string): Promise<boolean>;
  resetDictionary(): Promise<void>;
  /** The user dictionary as JSON text: `{"version":1,"words":[{"word","type","freq"}]}`. */
  exportDictionary(): Promise<string>;
  /** Replaces the user dictionary by one exported before, all or nothing: rejects with kind
   * `not_a_string`, `bad_user_dictionary` or `bad_user_word` and then changes nothing. */
  importDictionary(json: string): Promise<void>;
  /** Frees the wasm (and ends the worker). */
  dispose(): void;
}

/** Loads the analyzer; resolves when it is ready. Methods called on the promise itself throw `not_ready`. */
export function createAnalyzer(options?: CreateAnalyzerOptions): Promise<WenxiAnalyzer> & Partial<Record<keyof WenxiAnalyzer, () => never>>;
