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

use std::cell::RefCell;
use std::rc::Rc;

use serde::Deserialize;
use wasm_bindgen::prelude::*;

use crate::analysis::{Attrs, EntityKind, Keyword, PackedRest, PackedTokens, Source};
use crate::analyzer::{Analyzer as Core, Options};
use crate::error::Error;
use crate::lexicon::{UserDictionary, WordType};
use crate::pipeline::Doc;

// The types of the analysis, from src/analysis/types.d.ts (build.rs wraps it for wasm-bindgen,
// whose custom section takes only a string literal).
include!(concat!(env!("OUT_DIR"), "/types_d_ts.rs"));

#[wasm_bindgen(module = "/src/analysis/decode.js")]
extern "C" {
    /// `Token` objects from packed tokens; `text` is the JavaScript string analysed, `tags` the
    /// tags joined by spaces. build.mjs inlines the module into wenxi.js.
    #[wasm_bindgen(js_name = wenxiTokenObjects)]
    fn token_objects_js(text: &JsValue, spans: &[u32], tags: &str) -> JsValue;
    /// The `Analysis` object from the packed tokens (as above) and the packed rest
    /// ([`crate::analysis::PackedRest`], its keywords and attributes as `json`), with the names
    /// of the kinds and sources joined by spaces.
    #[wasm_bindgen(js_name = wenxiAnalysis)]
    #[allow(clippy::too_many_arguments)]
    fn analysis_object_js(
        text: &JsValue,
        spans: &[u32],
        tags: &str,
        sentences: &[u32],
        entities: &[u32],
        json: &str,
        kinds: &str,
        sources: &str,
    ) -> JsValue;
}

/// The `Token[]` of `tokens`: the text of each is a slice of `text` (the JavaScript string, so
/// `text.slice(t.start, t.end) === t.text` by construction).
fn token_objects(text: &JsValue, tokens: &crate::analysis::PackedTokens) -> JsValue {
    token_objects_js(text, &tokens.spans, &tag_list(tokens))
}

/// Names as the JS side reads them: joined by spaces.
fn names<const N: usize>(names: [&str; N]) -> String {
    names.join(" ")
}

/// The tags of packed tokens as the JS side reads them: joined by spaces.
fn tag_list(tokens: &crate::analysis::PackedTokens) -> String {
    tokens.tags.join(" ")
}

/// Options as JavaScript passes them.
#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase")]
struct JsOptions {
    reference_date: Option<String>,
    /// Let the names tagger decide people, places and organizations (off by default).
    #[serde(default)]
    model: bool,
}

/// A Chinese text analyzer. Build one per worker and reuse it.
#[wasm_bindgen]
pub struct Analyzer {
    /// Shared with the sessions begun on it, which step with it.
    core: Rc<RefCell<Core>>,
}

#[wasm_bindgen]
impl Analyzer {
    /// Reads the name lists; jieba's dictionary loads as texts need it.
    #[wasm_bindgen(constructor)]
    pub fn new() -> Analyzer {
        console_error_panic_hook::set_once();
        Analyzer { core: Rc::new(RefCell::new(Core::new())) }
    }

    /// Analyzes `text` (a string) with optional `options` (`{ referenceDate, model }`; `undefined` or
    /// `null` for none).
    ///
    /// Throws an `Error` with a `kind` (`not_a_string`, `bad_options`, `input_too_long`,
    /// `bad_reference_date`) when the arguments are wrong or the text is over the size limit.
    #[wasm_bindgen(unchecked_return_type = "Analysis")]
    pub fn analyze(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "AnalyzeOptions | null")] options: JsValue,
    ) -> Result<JsValue, JsValue> {
        self.begin(text, options, "analyze")?.finish()
    }

    /// `text` (a string) ready to be analysed a chunk at a time (about 21,000 Chinese characters
    /// each), for a caller that shows progress or stops between chunks: `step()` until it returns
    /// `false`, then `finish()`. The analysis is `analyze`'s, relative dates after a chunk's end
    /// included. Throws as `analyze` does.
    pub fn session(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "AnalyzeOptions | null")] options: JsValue,
    ) -> Result<Session, JsValue> {
        self.begin(text, options, "session")
    }

    /// Only the words of `text` (a string) with their tags, as `analyze(text).tokens` gives them.
    ///
    /// Throws an `Error` with a `kind` (`not_a_string`, `input_too_long`) like `analyze`.
    #[wasm_bindgen(unchecked_return_type = "Token[]")]
    pub fn segment(&self, #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue) -> Result<JsValue, JsValue> {
        let string = string_arg(&text, "segment(text)", "text")?;
        let tokens = self.core.borrow().segment_packed(&string).map_err(|e| error(e.kind(), &e.to_string()))?;
        Ok(token_objects(&text, &tokens))
    }
}

#[wasm_bindgen]
impl Analyzer {
    /// Adds `word` to the user dictionary as a `type` (`"person"`, `"place"`, `"organization"`,
    /// `"other"`) with an optional frequency (1 to 100000000, default 10000); an existing word
    /// is replaced. The word is then kept whole and found as an entity of its type.
    ///
    /// Throws an `Error` with `kind` `not_a_string` (`word` is no string), `bad_word_type`
    /// (`type` is none of the four strings) or `bad_user_word` (empty, over 64 characters,
    /// whitespace; `freq` not a whole number in range; `undefined` or `null` mean the default).
    #[wasm_bindgen(js_name = addWord)]
    pub fn add_word(
        &mut self,
        #[wasm_bindgen(unchecked_param_type = "string")] word: JsValue,
        #[wasm_bindgen(unchecked_param_type = "WordType")] kind: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "number | null")] freq: JsValue,
    ) -> Result<(), JsValue> {
        let word = string_arg(&word, "addWord(word, type)", "word")?;
        let kind = kind.as_string().and_then(|name| WordType::parse(&name)).ok_or_else(|| {
            let found = kind.as_string().map_or_else(|| describe(&kind), |name| format!("{:?}", name.chars().take(32).collect::<String>()));
            error("bad_word_type", &format!(
                "addWord(word, type): type must be \"person\", \"place\", \"organization\" or \"other\", got {found}"))
        })?;
        let freq = if freq.is_undefined() || freq.is_null() {
            None
        } else {
            match freq.as_f64() {
                Some(f) if f.fract() == 0.0 && (0.0..=1e9).contains(&f) => Some(f as usize),
                _ => {
                    let found = freq.as_f64().map_or_else(|| describe(&freq), |f| f.to_string());
                    return Err(error(
                        "bad_user_word",
                        &format!(
                            "addWord(word, type, freq): freq must be a whole number from 1 to 100000000, got {found}"
                        ),
                    ));
                }
            }
        };
        self.core.borrow_mut().add_word(&word, kind, freq).map_err(js_error)
    }

    /// Removes `word` from the user dictionary; returns whether it was there.
    ///
    /// Throws an `Error` with `kind` `not_a_string` when `word` is no string.
    #[wasm_bindgen(js_name = removeWord)]
    pub fn remove_word(
        &mut self,
        #[wasm_bindgen(unchecked_param_type = "string")] word: JsValue,
    ) -> Result<bool, JsValue> {
        let word = string_arg(&word, "removeWord(word)", "word")?;
        Ok(self.core.borrow_mut().remove_word(&word))
    }

    /// Empties the user dictionary.
    #[wasm_bindgen(js_name = resetDictionary)]
    pub fn reset_dictionary(&mut self) {
        self.core.borrow_mut().reset_dictionary();
    }

    /// The user dictionary as JSON text: `{"version":1,"words":[{"word","type","freq"}]}`.
    #[wasm_bindgen(js_name = exportDictionary)]
    pub fn export_dictionary(&self) -> Result<String, JsValue> {
        let serializer = serde_wasm_bindgen::Serializer::json_compatible();
        let value = serde::Serialize::serialize(&self.core.borrow().export_dictionary(), &serializer)
            .map_err(|e| error("internal", &e.to_string()))?;
        js_sys::JSON::stringify(&value).map(String::from).map_err(|_| error("internal", "exportDictionary: JSON"))
    }

    /// Replaces the user dictionary by one exported before (JSON text). Nothing changes when it
    /// is refused: an `Error` with `kind` `not_a_string` (`json` is no string, not even the
    /// parsed object), `bad_user_dictionary` (not JSON, wrong shape or version) or `bad_user_word`.
    #[wasm_bindgen(js_name = importDictionary)]
    pub fn import_dictionary(
        &mut self,
        #[wasm_bindgen(unchecked_param_type = "string")] json: JsValue,
    ) -> Result<(), JsValue> {
        let json = string_arg(&json, "importDictionary(json)", "json")?;
        let bad = |reason: String| js_error(Error::BadUserDictionary { reason });
        let value = js_sys::JSON::parse(&json).map_err(|_| bad("the text is not JSON".to_owned()))?;
        let dictionary: UserDictionary = serde_wasm_bindgen::from_value(value).map_err(|e| bad(e.to_string()))?;
        self.core.borrow_mut().import_dictionary(dictionary).map_err(js_error)
    }
}

impl Default for Analyzer {
    fn default() -> Self {
        Self::new()
    }
}

impl Analyzer {
    /// The session of `text` with `options`, the arguments of `call` checked.
    fn begin(&self, text: JsValue, options: JsValue, call: &str) -> Result<Session, JsValue> {
        let string = string_arg(&text, &format!("{call}(text)"), "text")?;
        let options = options_arg(options, call)?;
        let doc = self.core.borrow().session(string, &options).map_err(js_error)?;
        Ok(Session { core: Rc::clone(&self.core), doc: Some(doc), text })
    }
}

/// A text being analysed a chunk at a time (`Analyzer.session`).
///
/// ```js
/// const session = analyzer.session(text, options);
/// while (session.step()) showProgress(session.done, session.total);
/// const analysis = session.finish();
/// ```
#[wasm_bindgen]
pub struct Session {
    core: Rc<RefCell<Core>>,
    /// `None` once finished.
    doc: Option<Doc<'static>>,
    /// The JavaScript string, whose slices are the texts of the tokens and entities.
    text: JsValue,
}

#[wasm_bindgen]
impl Session {
    /// Analyses the next chunk; `false` when none was left.
    ///
    /// Throws an `Error` with `kind` `dictionary_changed` when the analyzer's user dictionary
    /// changed since the session began (begin again), `finished` after `finish()`.
    pub fn step(&mut self) -> Result<bool, JsValue> {
        let doc = self.doc.as_mut().ok_or_else(finished)?;
        doc.step(&self.core.borrow()).map_err(js_error)
    }

    /// Chunks analysed so far.
    #[wasm_bindgen(getter)]
    pub fn done(&self) -> usize {
        self.doc.as_ref().map_or(0, |d| d.progress().done)
    }

    /// Chunks in all (1 for a text of up to about 21,000 Chinese characters).
    #[wasm_bindgen(getter)]
    pub fn total(&self) -> usize {
        self.doc.as_ref().map_or(0, |d| d.progress().total)
    }

    /// Analyses the chunks left and returns the `Analysis`. A session finishes once.
    ///
    /// Throws as `step()` does.
    #[wasm_bindgen(unchecked_return_type = "Analysis")]
    pub fn finish(&mut self) -> Result<JsValue, JsValue> {
        let doc = self.doc.take().ok_or_else(finished)?;
        let (rest, tokens) = doc.finish_packed(&self.core.borrow()).map_err(js_error)?;
        analysis_object(&self.text, &rest, &tokens)
    }
}

fn finished() -> JsValue {
    error("finished", "this session has finished: begin another with analyzer.session(text)")
}

/// Options as `call` was given them: `undefined` or `null` for none, else an object.
fn options_arg(options: JsValue, call: &str) -> Result<Options, JsValue> {
    let options: JsOptions = if options.is_undefined() || options.is_null() {
        JsOptions::default()
    } else if !options.is_object() || js_sys::Array::is_array(&options) {
        let found = describe(&options);
        return Err(error("bad_options", &format!("{call}(text, options): options must be an object, got {found}")));
    } else {
        serde_wasm_bindgen::from_value(options)
            .map_err(|e| error("bad_options", &format!("{call}(text, options): {e}")))?
    };
    let dated = match options.reference_date {
        Some(d) => Options::with_reference_date(&d).map_err(js_error)?,
        None => Options::default(),
    };
    Ok(Options { model: options.model, ..dated })
}

/// The `Analysis` object of a packed analysis of `text` (the JavaScript string).
fn analysis_object(text: &JsValue, rest: &PackedRest, tokens: &PackedTokens) -> Result<JsValue, JsValue> {
    /// What of the analysis goes as JSON: the keywords, and the attributes of the entities
    /// that have more than a source (each as the fields an entity has after `text`).
    #[derive(serde::Serialize)]
    struct Rest<'a> {
        keywords: &'a [Keyword],
        attrs: &'a [Attrs],
    }
    let json = serde_json::to_string(&Rest { keywords: &rest.keywords, attrs: &rest.attrs })
        .map_err(|e| error("internal", &e.to_string()))?;
    Ok(analysis_object_js(
        text,
        &tokens.spans,
        &tag_list(tokens),
        &rest.sentences,
        &rest.entities,
        &json,
        &names(EntityKind::ALL.map(EntityKind::as_str)),
        &names(Source::ALL.map(Source::as_str)),
    ))
}

/// The string `value`, or a `not_a_string` error naming `call`, the argument `name` and what
/// was passed instead.
fn string_arg(value: &JsValue, call: &str, name: &str) -> Result<String, JsValue> {
    value.as_string().ok_or_else(|| {
        let found = describe(value);
        error("not_a_string", &format!("{call}: {name} must be a string, got {found}"))
    })
}

/// What kind of value `value` is, for a message: `null`, `array` or its `typeof`.
fn describe(value: &JsValue) -> String {
    if value.is_null() {
        "null".to_owned()
    } else if js_sys::Array::is_array(value) {
        "array".to_owned()
    } else {
        value.js_typeof().as_string().unwrap_or_default()
    }
}

/// The core's error as a JS `Error` with its `kind`.
fn js_error(e: Error) -> JsValue {
    error(e.kind(), &e.to_string())
}

/// A JS `Error` with a stable `kind` property.
fn error(kind: &str, message: &str) -> JsValue {
    let err = js_sys::Error::new(message);
    let _ = js_sys::Reflect::set(&err, &JsValue::from_str("kind"), &JsValue::from_str(kind));
    err.into()
}
