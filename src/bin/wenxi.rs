//! The command line: `wenxi analyze [FILE|-]` and `wenxi analyze --jsonl`.

use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, Read, Write};
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use serde::Deserialize;
use serde_json::json;
use wenxi::{Analyzer, Options};

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
        #[arg(long)]
        pretty: bool,
    },
}

/// One input line of `--jsonl`; other fields are ignored.
#[derive(Deserialize)]
struct Line {
    #[serde(default)]
    id: serde_json::Value,
    text: String,
    #[serde(default)]
    reference_date: Option<String>,
}

fn main() -> ExitCode {
    let Command::Analyze { file, jsonl, reference_date, pretty } = Cli::parse().command;
    let options = match reference_date.as_deref().map(Options::with_reference_date).transpose() {
        Ok(o) => o.unwrap_or_default(),
        Err(e) => return fail(&format!("--reference-date: {e}")),
    };
    let input: Box<dyn Read> = if file == "-" {
        Box::new(io::stdin().lock())
    } else {
        match File::open(&file) {
            Ok(f) => Box::new(f),
            Err(e) => return fail(&format!("{file}: {e}")),
        }
    };
    let analyzer = Analyzer::new();
    let result = if jsonl {
        analyze_lines(&analyzer, &options, BufReader::new(input), &file)
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

fn fail(message: &str) -> ExitCode {
    eprintln!("wenxi: {message}");
    ExitCode::from(2)
}

/// Analyzes the whole input as one text. Returns false when it could not.
fn analyze_whole(analyzer: &Analyzer, options: &Options, mut input: impl Read, name: &str, pretty: bool) -> io::Result<bool> {
    let mut bytes = Vec::new();
    input.read_to_end(&mut bytes)?;
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

/// Analyzes JSON Lines, one output line per non-blank input line. Returns false when a line failed.
fn analyze_lines(analyzer: &Analyzer, options: &Options, mut input: impl BufRead, name: &str) -> io::Result<bool> {
    let mut out = BufWriter::new(io::stdout().lock());
    let mut all_ok = true;
    let mut raw = Vec::new();
    let mut number = 0usize;
    loop {
        raw.clear();
        if input.read_until(b'\n', &mut raw)? == 0 {
            break;
        }
        number += 1;
        let line = match std::str::from_utf8(&raw) {
            Ok(l) => l.trim(),
            Err(e) => {
                all_ok = false;
                let message = format!("{name}: line {number}: invalid UTF-8 at byte {}", e.valid_up_to());
                eprintln!("wenxi: {message}");
                serde_json::to_writer(&mut out, &json!({"id": null, "error": message}))?;
                writeln!(out)?;
                continue;
            }
        };
        if line.is_empty() {
            continue;
        }
        let record = match analyze_line(analyzer, options, line) {
            Ok(value) => value,
            Err((id, message)) => {
                all_ok = false;
                let message = format!("{name}: line {number}: {message}");
                eprintln!("wenxi: {message}");
                json!({"id": id, "error": message})
            }
        };
        serde_json::to_writer(&mut out, &record)?;
        writeln!(out)?;
    }
    out.flush()?;
    Ok(all_ok)
}

/// One JSON line → `{"id", ...analysis}`, or the line's id and what is wrong with it.
fn analyze_line(analyzer: &Analyzer, options: &Options, line: &str) -> Result<serde_json::Value, (serde_json::Value, String)> {
    let record: Line = serde_json::from_str(line).map_err(|e| (serde_json::Value::Null, format!("bad JSON: {e}")))?;
    let options = match record.reference_date.as_deref() {
        Some(d) => Options::with_reference_date(d).map_err(|e| (record.id.clone(), e.to_string()))?,
        None => options.clone(),
    };
    let analysis = analyzer.analyze(&record.text, &options).map_err(|e| (record.id.clone(), e.to_string()))?;
    let mut value = serde_json::to_value(&analysis).map_err(|e| (record.id.clone(), e.to_string()))?;
    if let serde_json::Value::Object(map) = &mut value {
        map.insert("id".to_owned(), record.id);
    }
    Ok(value)
}
