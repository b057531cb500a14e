//! Trains the names tagger (`src/tagger/`) from annotated sentences and writes its weights.
//!
//! ```text
//! cargo run --profile fast --bin wenxi-train -- data/corpus/train.jsonl --out data/model/names.bin
//! ```
//!
//! The input is JSON Lines in the corpus format (`text`, `entities` with code-point `start`,
//! `end` and `type` PER/LOC/ORG; WORK and other types are left to the rules; `doc` names the
//! document). The same input and settings give the same file byte for byte.

use std::io::{BufRead, BufReader, Write};
use std::process::ExitCode;

use clap::Parser;
use serde::Deserialize;
use wenxi::Analyzer;
use wenxi::tagger::train::{self, Sentence, Settings};

#[derive(Parser)]
#[command(name = "wenxi-train", about = "Train the names tagger from annotated sentences")]
struct Cli {
    /// Training sentences, JSON Lines.
    corpus: String,
    /// Where to write the model.
    #[arg(long, default_value = "data/model/names.bin")]
    out: String,
    /// Hold out every document whose id hashes to below this percentage, and write its
    /// sentences to --held-out-file instead of training on them (for choosing settings).
    #[arg(long, default_value_t = 0)]
    hold_out: u8,
    #[arg(long, value_name = "FILE")]
    held_out_file: Option<String>,
    #[arg(long, default_value_t = Settings::default().epochs)]
    epochs: usize,
    /// The weight table has 2^BITS buckets of 16.
    #[arg(long, default_value_t = Settings::default().bits)]
    bits: u8,
    #[arg(long, default_value_t = Settings::default().seed)]
    seed: u64,
    /// Drop weights under this share of the largest one.
    #[arg(long, default_value_t = Settings::default().prune)]
    prune: f32,
}

#[derive(Deserialize)]
struct Line {
    text: String,
    #[serde(default)]
    doc: String,
    entities: Vec<Name>,
}

#[derive(Deserialize)]
struct Name {
    start: usize,
    end: usize,
    #[serde(rename = "type")]
    kind: String,
}

/// FNV-1a of a document id, for a held-out part that does not depend on the file's order.
fn doc_hash(doc: &str) -> u64 {
    doc.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(&cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("wenxi-train: {e}");
            ExitCode::from(2)
        }
    }
}

fn run(cli: &Cli) -> Result<(), String> {
    let file = std::fs::File::open(&cli.corpus).map_err(|e| format!("{}: {e}", cli.corpus))?;
    let mut sentences: Vec<Sentence> = Vec::new();
    let mut held: Vec<String> = Vec::new();
    for (n, line) in BufReader::new(file).lines().enumerate() {
        let line = line.map_err(|e| e.to_string())?;
        if line.trim().is_empty() {
            continue;
        }
        let record: Line = serde_json::from_str(&line).map_err(|e| format!("line {}: {e}", n + 1))?;
        if doc_hash(&record.doc) % 100 < u64::from(cli.hold_out) {
            held.push(line);
            continue;
        }
        let names = record
            .entities
            .iter()
            .filter_map(|e| {
                let k = ["PER", "LOC", "ORG"].iter().position(|&t| t == e.kind)?;
                Some((e.start, e.end, k))
            })
            .collect();
        sentences.push((record.text, names));
    }
    if let Some(path) = &cli.held_out_file {
        let mut out = std::fs::File::create(path).map_err(|e| format!("{path}: {e}"))?;
        for l in &held {
            writeln!(out, "{l}").map_err(|e| e.to_string())?;
        }
    }
    let analyzer = Analyzer::new();
    let examples = train::examples(&analyzer, &sentences);
    let settings = Settings { bits: cli.bits, epochs: cli.epochs, seed: cli.seed, prune: cli.prune };
    let model = train::train(&examples, settings);
    let bytes = model.write();
    std::fs::write(&cli.out, &bytes).map_err(|e| format!("{}: {e}", cli.out))?;
    let nonzero = model.table.iter().filter(|&&w| w != 0).count();
    eprintln!(
        "wenxi-train: {} sentences ({} held out), {} weights not zero, {} bytes to {}",
        sentences.len(),
        held.len(),
        nonzero,
        bytes.len(),
        cli.out
    );
    Ok(())
}
