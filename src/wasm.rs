//! The JavaScript binding: the only file that says `wasm_bindgen`.
//!
//! ```js
//! import init, { Analyzer } from './pkg/wenxi.js';
//! await init();
//! const analyzer = new Analyzer();
//! const analysis = analyzer.analyze(text, { referenceDate: '2021-06-01' });
//! ```
//! Results are plain objects (they survive `postMessage` and need no `free()`); offsets are
//! UTF-16 code units, so `text.slice(e.start, e.end) === e.text`.

use serde::Deserialize;
use wasm_bindgen::prelude::*;

use crate::analyzer::{Analyzer as Core, Options};

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = r#"
export interface AnalyzeOptions {
  /** ISO 8601 date (or date-time) that relative dates resolve against, e.g. "2021-06-01". */
  referenceDate?: string;
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
  source?: "dictionary" | "model" | "rule";
}
export interface Keyword { word: string; weight: number; }
export interface Analysis { tokens: Token[]; sentences: Sentence[]; entities: Entity[]; keywords: Keyword[]; }
"#;

/// Options as JavaScript passes them.
#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase")]
struct JsOptions {
    reference_date: Option<String>,
}

/// A Chinese text analyzer. Build one per worker and reuse it.
#[wasm_bindgen]
pub struct Analyzer {
    core: Core,
}

#[wasm_bindgen]
impl Analyzer {
    /// Loads the dictionaries.
    #[wasm_bindgen(constructor)]
    pub fn new() -> Analyzer {
        console_error_panic_hook::set_once();
        Analyzer { core: Core::new() }
    }

    /// Analyzes `text` (a string) with optional `options` (`{ referenceDate }`).
    ///
    /// Throws an `Error` with a `kind` (`not_a_string`, `bad_options`, `input_too_long`,
    /// `bad_reference_date`) when the arguments are wrong or the text is over the size limit.
    #[wasm_bindgen(unchecked_return_type = "Analysis")]
    pub fn analyze(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
        #[wasm_bindgen(unchecked_param_type = "AnalyzeOptions | undefined")] options: JsValue,
    ) -> Result<JsValue, JsValue> {
        let text = string_arg(&text, "analyze(text)")?;
        let options: JsOptions = if options.is_undefined() || options.is_null() {
            JsOptions::default()
        } else {
            serde_wasm_bindgen::from_value(options)
                .map_err(|e| error("bad_options", &format!("analyze(text, options): {e}")))?
        };
        let options = match options.reference_date {
            Some(d) => Options::with_reference_date(&d).map_err(|e| error(e.kind(), &e.to_string()))?,
            None => Options::default(),
        };
        let analysis = self.core.analyze(&text, &options).map_err(|e| error(e.kind(), &e.to_string()))?;
        let serializer = serde_wasm_bindgen::Serializer::json_compatible();
        serde::Serialize::serialize(&analysis, &serializer).map_err(|e| error("internal", &e.to_string()))
    }

    /// Only the words of `text` (a string) with their tags, as `analyze(text).tokens` gives them.
    ///
    /// Throws an `Error` with a `kind` (`not_a_string`, `input_too_long`) like `analyze`.
    #[wasm_bindgen(unchecked_return_type = "Token[]")]
    pub fn segment(&self, #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue) -> Result<JsValue, JsValue> {
        let text = string_arg(&text, "segment(text)")?;
        let tokens = self.core.segment(&text).map_err(|e| error(e.kind(), &e.to_string()))?;
        let serializer = serde_wasm_bindgen::Serializer::json_compatible();
        serde::Serialize::serialize(&tokens, &serializer).map_err(|e| error("internal", &e.to_string()))
    }
}

impl Default for Analyzer {
    fn default() -> Self {
        Self::new()
    }
}

/// The string `value`, or a `not_a_string` error naming `call` and what was passed instead.
fn string_arg(value: &JsValue, call: &str) -> Result<String, JsValue> {
    value.as_string().ok_or_else(|| {
        let found = if value.is_null() { "null".to_owned() } else { value.js_typeof().as_string().unwrap_or_default() };
        error("not_a_string", &format!("{call}: text must be a string, got {found}"))
    })
}

/// A JS `Error` with a stable `kind` property.
fn error(kind: &str, message: &str) -> JsValue {
    let err = js_sys::Error::new(message);
    let _ = js_sys::Reflect::set(&err, &JsValue::from_str("kind"), &JsValue::from_str(kind));
    err.into()
}
