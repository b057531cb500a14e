//! `wenxi._wenxi`: the Rust core for Python. `python/wenxi/__init__.py` is the package around it.
//!
//! The analysis is the CLI's, the same dict shape as its JSON; offsets are code points by
//! default (`text[e["start"]:e["end"]] == e["text"]` in Python), UTF-16 units with
//! `offsets="utf16"` as in JavaScript and the CLI. Batches run on every core with the GIL released.

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict};
use rayon::prelude::*;
use wenxi::{Analysis, Analyzer as Core, Error, Options, UserDictionary, Value, WordType};

/// The unit of the offsets a caller asked for.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Offsets {
    CodePoints,
    Utf16,
}

impl Offsets {
    fn parse(name: &str) -> PyResult<Self> {
        match name {
            "codepoints" => Ok(Offsets::CodePoints),
            "utf16" => Ok(Offsets::Utf16),
            _ => Err(wenxi_error("bad_options", &format!("offsets must be \"codepoints\" or \"utf16\", got {name:?}"))),
        }
    }
}

/// `wenxi.WenxiError(kind, message)`, defined in Python so that it pickles and documents itself.
fn wenxi_error(kind: &str, message: &str) -> PyErr {
    Python::attach(|py| {
        let class = py.import("wenxi").and_then(|m| m.getattr("WenxiError"));
        match class.and_then(|c| c.call1((kind, message))) {
            Ok(value) => PyErr::from_value(value),
            Err(e) => e,
        }
    })
}

fn core_error(e: &Error) -> PyErr {
    wenxi_error(e.kind(), &e.to_string())
}

fn options(reference_date: Option<&str>, model: bool) -> PyResult<Options> {
    let dated = reference_date
        .map_or_else(|| Ok(Options::default()), |d| Options::with_reference_date(d).map_err(|e| core_error(&e)))?;
    Ok(Options { model, ..dated })
}

/// UTF-16 offsets of `text` → code points: each astral character before an offset counts one
/// code point for its two units.
struct CodePoints {
    /// The UTF-16 offset of each astral character, in order.
    astral: Vec<usize>,
}

impl CodePoints {
    fn new(text: &str) -> Self {
        let mut astral = Vec::new();
        let mut unit = 0;
        for c in text.chars() {
            if c.len_utf16() == 2 {
                astral.push(unit);
            }
            unit += c.len_utf16();
        }
        CodePoints { astral }
    }

    fn of(&self, unit: usize) -> usize {
        unit - self.astral.partition_point(|&a| a < unit)
    }

    fn convert(&self, analysis: &mut Analysis) {
        if self.astral.is_empty() {
            return;
        }
        for t in &mut analysis.tokens {
            (t.start, t.end) = (self.of(t.start), self.of(t.end));
        }
        for s in &mut analysis.sentences {
            (s.start, s.end) = (self.of(s.start), self.of(s.end));
        }
        for e in &mut analysis.entities {
            (e.start, e.end) = (self.of(e.start), self.of(e.end));
        }
    }
}

/// One text analysed, its offsets in `unit`.
fn analyze_one(core: &Core, text: &str, options: &Options, unit: Offsets) -> Result<Analysis, Error> {
    let mut analysis = core.analyze(text, options)?;
    if unit == Offsets::CodePoints {
        CodePoints::new(text).convert(&mut analysis);
    }
    Ok(analysis)
}

/// One text with its own reference date, if any.
fn analyze_dated(core: &Core, text: &str, date: Option<&str>, unit: Offsets, model: bool) -> Result<Analysis, Error> {
    let dated = match date {
        Some(d) => Options::with_reference_date(d)?,
        None => Options::default(),
    };
    let options = Options { model, ..dated };
    analyze_one(core, text, &options, unit)
}

/// The reference date of each text: none, one list of the same length, or an error.
fn reference_dates(count: usize, dates: Option<Vec<Option<String>>>) -> PyResult<Vec<Option<String>>> {
    match dates {
        None => Ok(vec![None; count]),
        Some(d) if d.len() == count => Ok(d),
        Some(d) => Err(wenxi_error("bad_options", &format!("{} reference dates for {count} texts", d.len()))),
    }
}

/// Runs `f` over `items` on `threads` threads (every core when `None`), in order.
fn on_pool<T: Sync, R: Send>(
    threads: Option<usize>,
    items: &[T],
    f: impl Fn(&T) -> R + Sync + Send,
) -> PyResult<Vec<R>> {
    let run = || items.par_iter().map(&f).collect();
    match threads {
        None | Some(0) => Ok(run()),
        // One thread is this one (Spark runs a task per core and asks for one per batch).
        Some(1) => Ok(items.iter().map(&f).collect()),
        Some(n) if n <= 256 => rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build()
            .map(|pool| pool.install(run))
            .map_err(|e| PyValueError::new_err(format!("threads: {e}"))),
        Some(n) => Err(wenxi_error("bad_options", &format!("threads must be 0..=256, got {n}"))),
    }
}

/// The analyzer: jieba's dictionary, the name lists and the user dictionary. Create one and
/// keep it (loading takes a fraction of a second); it is safe to share between threads.
#[pyclass(module = "wenxi._wenxi", name = "Analyzer")]
struct Analyzer {
    core: Core,
}

#[pymethods]
impl Analyzer {
    #[new]
    fn new() -> Self {
        let mut core = Core::new();
        // Batches need most of jieba's dictionary: loaded now, not word by word by each thread.
        core.load_dictionary();
        Analyzer { core }
    }

    /// Analyzes one text: a dict of tokens, sentences, entities and keywords, as the CLI's JSON.
    /// `model=True` lets the names tagger decide people, places and organizations after the rules.
    #[pyo3(signature = (text, reference_date=None, offsets="codepoints", model=false))]
    fn analyze<'py>(
        &self,
        py: Python<'py>,
        text: &str,
        reference_date: Option<&str>,
        offsets: &str,
        model: bool,
    ) -> PyResult<Bound<'py, PyAny>> {
        let (options, unit) = (self::options(reference_date, model)?, Offsets::parse(offsets)?);
        let analysis = py.detach(|| analyze_one(&self.core, text, &options, unit)).map_err(|e| core_error(&e))?;
        Ok(pythonize::pythonize(py, &analysis)?)
    }

    /// Analyzes many texts on every core (or `threads`), with the GIL released; the results in
    /// the order of the texts. The first error raises, after all are done.
    #[pyo3(signature = (texts, reference_dates=None, threads=None, offsets="codepoints", model=false))]
    fn analyze_batch<'py>(
        &self,
        py: Python<'py>,
        texts: Vec<String>,
        reference_dates: Option<Vec<Option<String>>>,
        threads: Option<usize>,
        offsets: &str,
        model: bool,
    ) -> PyResult<Vec<Bound<'py, PyAny>>> {
        let unit = Offsets::parse(offsets)?;
        let dates = self::reference_dates(texts.len(), reference_dates)?;
        let jobs: Vec<(&String, &Option<String>)> = texts.iter().zip(&dates).collect();
        let results = py.detach(|| {
            on_pool(threads, &jobs, |(text, date)| analyze_dated(&self.core, text, date.as_deref(), unit, model))
        })?;
        results
            .into_iter()
            .map(|r| r.map_err(|e| core_error(&e)).and_then(|a| Ok(pythonize::pythonize(py, &a)?)))
            .collect()
    }

    /// The analyses of `texts` as Arrow buffers, for `wenxi.arrow` (see there); a text that
    /// fails gives an error string and empty lists.
    #[pyo3(signature = (texts, reference_dates=None, threads=None, offsets="codepoints"))]
    fn _analyze_columns<'py>(
        &self,
        py: Python<'py>,
        texts: Vec<Option<String>>,
        reference_dates: Option<Vec<Option<String>>>,
        threads: Option<usize>,
        offsets: &str,
    ) -> PyResult<Bound<'py, PyDict>> {
        let unit = Offsets::parse(offsets)?;
        let dates = self::reference_dates(texts.len(), reference_dates)?;
        let jobs: Vec<(&Option<String>, &Option<String>)> = texts.iter().zip(&dates).collect();
        let columns = py.detach(|| -> PyResult<Columns> {
            let results = on_pool(threads, &jobs, |(text, date)| {
                analyze_dated(&self.core, text.as_deref().unwrap_or(""), date.as_deref(), unit, false)
            })?;
            Columns::new(&results)
                .ok_or_else(|| wenxi_error("input_too_long", "over 2 GiB of results in one batch: pass fewer texts"))
        })?;
        columns.into_dict(py)
    }

    /// Adds `word` to the user dictionary as `type` (`person`, `place`, `organization`,
    /// `other`), with an optional frequency (1 to 100000000, default 10000).
    #[pyo3(signature = (word, r#type, freq=None))]
    fn add_word(&mut self, word: &str, r#type: &str, freq: Option<usize>) -> PyResult<()> {
        let kind = WordType::parse(r#type).ok_or_else(|| {
            wenxi_error(
                "bad_word_type",
                &format!("type must be \"person\", \"place\", \"organization\" or \"other\", got {type:?}"),
            )
        })?;
        self.core.add_word(word, kind, freq).map_err(|e| core_error(&e))
    }

    /// Removes `word` from the user dictionary; whether it was there.
    fn remove_word(&mut self, word: &str) -> bool {
        self.core.remove_word(word)
    }

    /// Empties the user dictionary.
    fn reset_dictionary(&mut self) {
        self.core.reset_dictionary();
    }

    /// The user dictionary as JSON text: `{"version": 1, "words": [{"word", "type", "freq"}]}`,
    /// the same as the JavaScript API's.
    fn export_dictionary(&self) -> PyResult<String> {
        serde_json::to_string(&self.core.export_dictionary()).map_err(|e| PyValueError::new_err(e.to_string()))
    }

    /// Replaces the user dictionary by an exported one (JSON text, or the dict it parses to).
    /// Nothing changes when it is refused.
    fn import_dictionary(&mut self, dictionary: &Bound<'_, PyAny>) -> PyResult<()> {
        let parsed: Result<UserDictionary, String> = if let Ok(text) = dictionary.extract::<String>() {
            serde_json::from_str(&text).map_err(|e| e.to_string())
        } else if dictionary.is_instance_of::<PyDict>() {
            pythonize::depythonize(dictionary).map_err(|e| e.to_string())
        } else {
            return Err(PyTypeError::new_err("import_dictionary: a JSON string or a dict"));
        };
        let dictionary = parsed.map_err(|reason| core_error(&Error::BadUserDictionary { reason }))?;
        self.core.import_dictionary(dictionary).map_err(|e| core_error(&e))
    }
}

/// A string column in Arrow's layout: i32 offsets (the first 0), UTF-8 bytes, a validity bitmap.
struct Strings {
    offsets: Vec<i32>,
    data: Vec<u8>,
    valid: Bits,
}

impl Default for Strings {
    fn default() -> Self {
        Strings { offsets: vec![0], data: Vec::new(), valid: Bits::default() }
    }
}

impl Strings {
    fn push(&mut self, s: Option<&str>) -> Option<()> {
        self.data.extend_from_slice(s.unwrap_or("").as_bytes());
        self.offsets.push(i32::try_from(self.data.len()).ok()?);
        self.valid.push(s.is_some());
        Some(())
    }
}

/// A validity bitmap, least significant bit first.
#[derive(Default)]
struct Bits {
    bytes: Vec<u8>,
    len: usize,
    nulls: usize,
}

impl Bits {
    fn push(&mut self, set: bool) {
        if self.len % 8 == 0 {
            self.bytes.push(0);
        }
        if set {
            if let Some(b) = self.bytes.last_mut() {
                *b |= 1 << (self.len % 8);
            }
        } else {
            self.nulls += 1;
        }
        self.len += 1;
    }
}

/// The analyses of a batch as Arrow buffers: one list of entities, tokens and keywords per row.
#[derive(Default)]
struct Columns {
    rows: usize,
    error: Strings,
    entity_offsets: Vec<i32>,
    entity_type: Strings,
    entity_start: Vec<i32>,
    entity_end: Vec<i32>,
    entity_text: Strings,
    entity_value: Strings,
    entity_number: Vec<f64>,
    entity_number_valid: Bits,
    entity_unit: Strings,
    entity_source: Strings,
    token_offsets: Vec<i32>,
    token_text: Strings,
    token_start: Vec<i32>,
    token_end: Vec<i32>,
    token_pos: Strings,
    keyword_offsets: Vec<i32>,
    keyword_word: Strings,
    keyword_weight: Vec<f64>,
}

impl Columns {
    /// None when a column passes 2 GiB.
    fn new(results: &[Result<Analysis, Error>]) -> Option<Self> {
        let mut c = Columns { rows: results.len(), ..Columns::default() };
        for list in [&mut c.entity_offsets, &mut c.token_offsets, &mut c.keyword_offsets] {
            list.push(0);
        }
        let unit = |n: usize| i32::try_from(n).ok();
        for result in results {
            match result {
                Err(e) => c.error.push(Some(&format!("{}: {e}", e.kind())))?,
                Ok(a) => {
                    c.error.push(None)?;
                    for e in &a.entities {
                        c.entity_type.push(Some(e.kind.as_str()))?;
                        c.entity_start.push(unit(e.start)?);
                        c.entity_end.push(unit(e.end)?);
                        c.entity_text.push(Some(&e.text))?;
                        let (value, number) = match &e.attrs.value {
                            Some(Value::Number(n)) => (serde_json::to_string(&Value::Number(*n)).ok(), Some(*n)),
                            Some(Value::Text(t)) => (Some(t.clone()), None),
                            None => (None, None),
                        };
                        c.entity_value.push(value.as_deref())?;
                        c.entity_number.push(number.unwrap_or(0.0));
                        c.entity_number_valid.push(number.is_some());
                        c.entity_unit.push(e.attrs.unit.as_deref())?;
                        c.entity_source.push(e.attrs.source.map(|s| s.as_str()))?;
                    }
                    for t in &a.tokens {
                        c.token_text.push(Some(&t.text))?;
                        c.token_start.push(unit(t.start)?);
                        c.token_end.push(unit(t.end)?);
                        c.token_pos.push(Some(t.pos))?;
                    }
                    for k in &a.keywords {
                        c.keyword_word.push(Some(&k.word))?;
                        c.keyword_weight.push(k.weight);
                    }
                }
            }
            c.entity_offsets.push(unit(c.entity_start.len())?);
            c.token_offsets.push(unit(c.token_start.len())?);
            c.keyword_offsets.push(unit(c.keyword_weight.len())?);
        }
        Some(c)
    }

    fn into_dict(self, py: Python<'_>) -> PyResult<Bound<'_, PyDict>> {
        fn ints(v: &[i32]) -> Vec<u8> {
            v.iter().flat_map(|i| i.to_le_bytes()).collect()
        }
        fn floats(v: &[f64]) -> Vec<u8> {
            v.iter().flat_map(|f| f.to_le_bytes()).collect()
        }
        let d = PyDict::new(py);
        d.set_item("rows", self.rows)?;
        let strings = |name: &str, s: &Strings| -> PyResult<()> {
            let valid = (s.valid.nulls > 0).then(|| PyBytes::new(py, &s.valid.bytes));
            d.set_item(name, (PyBytes::new(py, &ints(&s.offsets)), PyBytes::new(py, &s.data), valid))
        };
        strings("error", &self.error)?;
        strings("entity_type", &self.entity_type)?;
        strings("entity_text", &self.entity_text)?;
        strings("entity_value", &self.entity_value)?;
        strings("entity_unit", &self.entity_unit)?;
        strings("entity_source", &self.entity_source)?;
        strings("token_text", &self.token_text)?;
        strings("token_pos", &self.token_pos)?;
        strings("keyword_word", &self.keyword_word)?;
        for (name, v) in [
            ("entity_offsets", &self.entity_offsets),
            ("entity_start", &self.entity_start),
            ("entity_end", &self.entity_end),
            ("token_offsets", &self.token_offsets),
            ("token_start", &self.token_start),
            ("token_end", &self.token_end),
            ("keyword_offsets", &self.keyword_offsets),
        ] {
            d.set_item(name, PyBytes::new(py, &ints(v)))?;
        }
        let valid = (self.entity_number_valid.nulls > 0).then(|| PyBytes::new(py, &self.entity_number_valid.bytes));
        d.set_item("entity_number", (PyBytes::new(py, &floats(&self.entity_number)), valid))?;
        d.set_item("keyword_weight", PyBytes::new(py, &floats(&self.keyword_weight)))?;
        Ok(d)
    }
}

#[pymodule]
fn _wenxi(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Analyzer>()?;
    m.add("MAX_INPUT_BYTES", wenxi::MAX_INPUT_BYTES)?;
    Ok(())
}
