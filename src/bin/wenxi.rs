//! The command line: `wenxi analyze [FILE|-]` and `wenxi analyze --jsonl`.

use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, IsTerminal, Read, Write};
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use serde_json::json;
use wenxi::{Analysis, Analyzer, Options};

#[derive(Parser)]
#[command(name = "wenxi", version, about = "Chinese text analyzer: words, entities and figures")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Analyze text and print the analysis as JSON (offsets in UTF-16 code units).
    Analyze {
        /// File to read, or `-` for standard input.
        #[arg(default_value = "-")]
        file: String,
        /// Read JSON Lines (`{"id", "text", "reference_date"?}` a line) and write one analysis a
        /// line, in the same order, echoing `id`. A bad line gets `{"id", "error"}` and a message
        /// on stderr; the other lines are still analyzed.
        #[arg(long)]
        jsonl: bool,
        /// The date relative dates resolve against (ISO 8601, e.g. 2021-06-01). In JSON Lines a
        /// line's own `reference_date` wins.
        #[arg(long, value_name = "DATE")]
        reference_date: Option<String>,
        /// Pretty-print the JSON (not with --jsonl).
        #[arg(long, conflicts_with = "jsonl")]
        pretty: bool,
        /// Threads for --jsonl, at most 256 (default, or 0: one per core).
        #[arg(long, value_name = "N", requires = "jsonl", value_parser = clap::value_parser!(u16).range(0..=MAX_THREADS))]
        threads: Option<u16>,
        /// Let the names tagger decide people, places and organizations after the rules.
        #[arg(long)]
        model: bool,
        /// With --model: the tagger's weights from this file instead of the shipped ones (to
        /// try weights that `wenxi-train` wrote without a rebuild).
        #[arg(long, value_name = "FILE", requires = "model")]
        model_file: Option<String>,
    },
}

/// The most threads `--threads` takes: more than any machine this runs on has cores, few enough
/// that starting them stays instant (10,000 took half a minute).
const MAX_THREADS: i64 = 256;

/// One input line of `--jsonl`; other fields are ignored.
#[derive(Deserialize)]
struct Line {
    #[serde(default)]
    id: serde_json::Value,
    #[serde(deserialize_with = "lossy_string")]
    text: String,
    #[serde(default)]
    reference_date: Option<String>,
}

/// The id of a line that does not read as a `Line` (no `text`, a `text` that is not a string…),
/// so that its error line still says which input it answers; null when it has none.
fn line_id(line: &str) -> serde_json::Value {
    #[derive(Deserialize)]
    struct Id {
        #[serde(default)]
        id: serde_json::Value,
    }
    serde_json::from_str::<Id>(line).map_or(serde_json::Value::Null, |l| l.id)
}

/// A JSON string with each lone surrogate escape (`\ud800`) read as U+FFFD, as JavaScript's
/// strings reach the wasm API: the same text gives the same analysis, offsets included (one
/// UTF-16 unit either way).
fn lossy_string<'de, D: serde::Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    struct Visitor;
    impl serde::de::Visitor<'_> for Visitor {
        type Value = String;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a string")
        }
        fn visit_str<E>(self, s: &str) -> Result<String, E> {
            Ok(s.to_owned())
        }
        fn visit_bytes<E>(self, b: &[u8]) -> Result<String, E> {
            Ok(from_wtf8(b))
        }
    }
    // serde_json hands a string over as bytes without checking its escapes: WTF-8, where a lone
    // surrogate is ED A0..BF 80..BF.
    d.deserialize_bytes(Visitor)
}

/// WTF-8 → UTF-8, each surrogate (three bytes) made U+FFFD.
fn from_wtf8(bytes: &[u8]) -> String {
    let mut out = Vec::with_capacity(bytes.len());
    let mut rest = bytes;
    while let Some(i) = rest.windows(2).position(|w| w[0] == 0xED && w[1] >= 0xA0) {
        out.extend_from_slice(&rest[..i]);
        out.extend_from_slice("\u{FFFD}".as_bytes());
        rest = rest.get(i + 3..).unwrap_or_default();
    }
    out.extend_from_slice(rest);
    String::from_utf8(out).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

fn main() -> ExitCode {
    let Command::Analyze { file, jsonl, reference_date, pretty, threads, model, model_file } = Cli::parse().command;
    let mut options = match reference_date.as_deref().map(Options::with_reference_date).transpose() {
        Ok(o) => o.unwrap_or_default(),
        Err(e) => return fail(&format!("--reference-date: {e}")),
    };
    options.model = model;
    if let Some(path) = model_file {
        let installed = std::fs::read(&path)
            .map_err(|e| e.to_string())
            .and_then(|bytes| wenxi::tagger::install(&bytes).map_err(|e| e.0.to_owned()));
        if let Err(e) = installed {
            return fail(&format!("--model-file {path}: {e}"));
        }
    }
    let input: Box<dyn Read> = if file == "-" {
        Box::new(io::stdin().lock())
    } else {
        match File::open(&file) {
            Ok(f) => Box::new(f),
            Err(e) => return fail(&format!("{file}: {e}")),
        }
    };
    if let Some(n) = threads
        && let Err(e) = rayon::ThreadPoolBuilder::new().num_threads(n.into()).build_global()
    {
        return fail(&format!("--threads: {e}"));
    }
    let mut analyzer = Analyzer::new();
    let result = if jsonl {
        // A batch needs most of the dictionary: loaded now, threads do not wait on each other
        // while it loads text by text.
        analyzer.load_dictionary();
        let progress = progress_bar(&file);
        analyze_lines(&analyzer, &options, BufReader::new(input), &file, &progress)
    } else {
        analyze_whole(&analyzer, &options, input, &file, pretty)
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => fail(&e.to_string()),
    }
}

/// A bar over the bytes of `file` (a spinner for stdin), drawn only when stderr is a terminal.
fn progress_bar(file: &str) -> ProgressBar {
    if !io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let size = (file != "-").then(|| std::fs::metadata(file).ok()).flatten().map(|m| m.len());
    let bar = size.map_or_else(ProgressBar::new_spinner, ProgressBar::new);
    let template = if size.is_some() {
        "{bar:40} {bytes}/{total_bytes} {bytes_per_sec} eta {eta}"
    } else {
        "{spinner} {bytes} {bytes_per_sec}"
    };
    if let Ok(style) = ProgressStyle::with_template(template) {
        bar.set_style(style);
    }
    bar
}

fn fail(message: &str) -> ExitCode {
    eprintln!("wenxi: {message}");
    ExitCode::from(2)
}

/// Analyzes the whole input as one text. Returns false when it could not.
fn analyze_whole(
    analyzer: &Analyzer,
    options: &Options,
    mut input: impl Read,
    name: &str,
    pretty: bool,
) -> io::Result<bool> {
    let mut bytes = Vec::new();
    input.read_to_end(&mut bytes).map_err(|e| io::Error::new(e.kind(), format!("{name}: {e}")))?;
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("wenxi: {name}: invalid UTF-8 at byte {}", e.utf8_error().valid_up_to());
            return Ok(false);
        }
    };
    let analysis = match analyzer.analyze(&text, options) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("wenxi: {name}: {e}");
            return Ok(false);
        }
    };
    let mut out = BufWriter::new(io::stdout().lock());
    if pretty {
        serde_json::to_writer_pretty(&mut out, &analysis)?;
    } else {
        serde_json::to_writer(&mut out, &analysis)?;
    }
    writeln!(out)?;
    out.flush()?;
    Ok(true)
}

/// How many input lines are read before they are analyzed together: enough to keep every core
/// busy, few enough that memory does not grow with the length of the input.
const BATCH_LINES: usize = 512;

/// Analyzes JSON Lines, one output line per non-blank input line, in input order, on every core
/// (`threads` when given). Reads a batch at a time, so memory does not grow with the input. Shows
/// a progress bar when stderr is a terminal. Returns false when a line failed.
fn analyze_lines(
    analyzer: &Analyzer,
    options: &Options,
    mut input: impl BufRead,
    name: &str,
    progress: &ProgressBar,
) -> io::Result<bool> {
    let mut out = BufWriter::new(io::stdout().lock());
    let mut all_ok = true;
    let mut number = 0usize;
    loop {
        let mut batch: Vec<(usize, Vec<u8>)> = Vec::with_capacity(BATCH_LINES);
        while batch.len() < BATCH_LINES {
            let mut raw = Vec::new();
            if input.read_until(b'\n', &mut raw).map_err(|e| io::Error::new(e.kind(), format!("{name}: {e}")))? == 0 {
                break;
            }
            number += 1;
            progress.inc(raw.len() as u64);
            if !raw.trim_ascii().is_empty() {
                batch.push((number, raw));
            }
        }
        if batch.is_empty() {
            break;
        }
        // Each line is analyzed and serialized on the pool; the output keeps the input order.
        let records: Vec<(Vec<u8>, Option<String>)> = batch
            .par_iter()
            .map(|(number, raw)| match analyze_raw_line(analyzer, options, raw) {
                Ok(json) => (json, None),
                Err((id, message)) => {
                    let message = format!("{name}: line {number}: {message}");
                    (json!({"id": id, "error": message}).to_string().into_bytes(), Some(message))
                }
            })
            .collect();
        for (record, error) in records {
            if let Some(message) = error {
                all_ok = false;
                progress.suspend(|| eprintln!("wenxi: {message}"));
            }
            out.write_all(&record)?;
            writeln!(out)?;
        }
    }
    out.flush()?;
    progress.finish_and_clear();
    Ok(all_ok)
}

/// One raw input line (UTF-8 checked here) → `{"id", ...analysis}` as JSON, or the id and what is wrong.
fn analyze_raw_line(
    analyzer: &Analyzer,
    options: &Options,
    raw: &[u8],
) -> Result<Vec<u8>, (serde_json::Value, String)> {
    let line = std::str::from_utf8(raw)
        .map_err(|e| (line_id(&String::from_utf8_lossy(raw)), format!("invalid UTF-8 at byte {}", e.valid_up_to())))?;
    analyze_line(analyzer, options, line.trim())
}

/// An analysis with the id of its input line first.
#[derive(Serialize)]
struct Record<'a> {
    id: &'a serde_json::Value,
    #[serde(flatten)]
    analysis: &'a Analysis,
}

/// One JSON line → `{"id", ...analysis}` as JSON, or the line's id and what is wrong with it.
fn analyze_line(analyzer: &Analyzer, options: &Options, line: &str) -> Result<Vec<u8>, (serde_json::Value, String)> {
    let record: Line = serde_json::from_str(line).map_err(|e| (line_id(line), format!("bad JSON: {e}")))?;
    let options = match record.reference_date.as_deref() {
        Some(d) => Options {
            model: options.model,
            ..Options::with_reference_date(d).map_err(|e| (record.id.clone(), e.to_string()))?
        },
        None => options.clone(),
    };
    let analysis = analyzer.analyze(&record.text, &options).map_err(|e| (record.id.clone(), e.to_string()))?;
    serde_json::to_vec(&Record { id: &record.id, analysis: &analysis }).map_err(|e| (record.id.clone(), e.to_string()))
}
