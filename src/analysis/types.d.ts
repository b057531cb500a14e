// The TypeScript types of the analysis and its options: what `src/analysis/mod.rs` serializes
// (the CLI's JSON and the JS objects `decode.js` builds), written for TypeScript users. build.rs
// copies this file into wasm-bindgen's `wenxi.d.ts`; tests/contract.rs checks it against the Rust
// types (every kind, source, word type and field).
export interface AnalyzeOptions {
  /** ISO 8601 date (or date-time) that relative dates resolve against, e.g. "2021-06-01". */
  referenceDate?: string;
  /** Let the names tagger (a model trained on our annotated corpus) decide people, places and
   * organizations after the rules. Off by default. */
  model?: boolean;
}
export interface Token { text: string; start: number; end: number; pos: string; }
export interface Sentence { start: number; end: number; }
export type EntityType = "person" | "place" | "organization" | "work" | "date" | "time"
  | "duration" | "money" | "percent" | "quantity" | "ordinal" | "number";
export interface Entity {
  type: EntityType;
  /** UTF-16 code units, half-open: text.slice(start, end) === entity.text */
  start: number;
  end: number;
  text: string;
  /** money: amount in `unit`; percent: fraction; date/time/duration: ISO 8601 text */
  value?: number | string;
  /** money: ISO 4217 code; quantity: the unit as written */
  unit?: string;
  approx?: boolean;
  /** date/time ranges: first and last day or time, inclusive, ISO 8601 as precise as the text */
  from?: string;
  to?: string;
  /** relative or year-less dates: the form before anchoring (XXXX-05-30, -P1Y, +P1D) */
  unresolved?: string;
  lunar?: boolean;
  recurring?: boolean;
  /** quantity: the noun counted (7个乡镇 → "乡镇") */
  noun?: string;
  /** quantity: what the unit measures: "mass", "length", "area", "temperature", "age", … */
  kind?: string;
  /** quantity: the value in the base unit of its kind: 20万公斤 → { value: 200000, unit: "kg" } */
  si?: { value: number; unit: string };
  /** a range (3至5万元): its bounds, in the unit of `value` */
  min?: number;
  max?: number;
  /** percent: true for percentage points (3个百分点) */
  points?: boolean;
  role?: string;
  /** where it came from: jieba's dictionary, its HMM, a rule, the place lists, the user dictionary */
  source?: "dictionary" | "model" | "rule" | "gazetteer" | "user";
  /** place: the division's full name when written short (沈丘 → "沈丘县") */
  name?: string;
  /** place: the division's statistical code, e.g. "411624" */
  code?: string;
  /** place: the divisions from the province down, e.g. ["河南省", "周口市", "沈丘县"] */
  path?: string[];
  /** place written as a chain, organization built on a place: its parts as written (a chain's
   * parts are place entities of their own too, nested in it) */
  parts?: string[];
}
export type WordType = "person" | "place" | "organization" | "other";
export interface UserWord { word: string; type: WordType; freq?: number; }
export interface UserDictionary { version: 1; words: UserWord[]; }
export interface Keyword { word: string; weight: number; }
/** `entities` are sorted by start, then longest first; they may nest (a name inside a title, a
 * division inside its chain, a figure inside an organization) but never cross. */
export interface Analysis { tokens: Token[]; sentences: Sentence[]; entities: Entity[]; keywords: Keyword[]; }
