//! The native core, stage by stage, on real news text: the sample article, and when the
//! evaluation sets are next to the repository (`../shared/eval`), ~1 MB of their sentences
//! (read at run time, never copied into the repository); and on a megabyte of each of three
//! long tokens (letters, digits, a URL repeated).
//!
//! `cargo bench --bench pipeline`; throughput is reported in bytes of UTF-8 per second
//! (a Chinese character is three bytes).

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use wenxi::lexicon::Lexicon;
use wenxi::segment::Segmenter;
use wenxi::{Analyzer, Options, entities, normalize, numbers};

const SAMPLE: &str = include_str!("../www/sample.txt");

/// About 1 MB of news sentences from the NER test sets, if they are there.
fn eval_text() -> Option<String> {
    let mut text = String::new();
    for set in ["ner_msra/test.jsonl", "ner_peoples_daily/test.jsonl"] {
        let path = format!("{}/../shared/eval/{set}", env!("CARGO_MANIFEST_DIR"));
        for line in std::fs::read_to_string(path).ok()?.lines() {
            let record: serde_json::Value = serde_json::from_str(line).ok()?;
            text.push_str(record.get("text")?.as_str()?);
            text.push('\n');
            if text.len() > 1 << 20 {
                return Some(text);
            }
        }
    }
    Some(text)
}

fn stages(c: &mut Criterion) {
    let analyzer = Analyzer::new();
    let segmenter = Segmenter::new(&Lexicon::new());
    let lexicon = Lexicon::new();
    let mut inputs = vec![("sample", SAMPLE.to_owned())];
    inputs.extend(eval_text().map(|t| ("news-1MB", t)));
    // A megabyte that is one long token after another (jieba keeps a run of letters or digits
    // whole, up to 64 K characters): no stage may take much longer on it than on news.
    let url = "https://example.com/a/b?c=1&d=2%20e-f_g.";
    inputs.push(("letters-1MB", "a".repeat(1 << 20)));
    inputs.push(("digits-1MB", "1".repeat(1 << 20)));
    inputs.push(("url-1MB", url.repeat((1 << 20) / url.len())));
    for (name, text) in &inputs {
        let norm = normalize::run(text);
        let tokens = segmenter.run(&norm);
        let names = entities::recognize(&norm, &tokens, &lexicon);
        let mut group = c.benchmark_group(*name);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.sample_size(if text.len() > 100_000 { 10 } else { 50 });
        group.bench_function("normalize", |b| b.iter(|| normalize::run(black_box(text))));
        group.bench_function("segment", |b| b.iter(|| segmenter.run(black_box(&norm))));
        group.bench_function("entities", |b| b.iter(|| entities::recognize(black_box(&norm), &tokens, &lexicon)));
        group.bench_function("numbers", |b| b.iter(|| numbers::extract(black_box(&norm), &tokens, &names, None)));
        group.bench_function("analyze", |b| b.iter(|| analyzer.analyze(black_box(text), &Options::default())));
        let model = Options { model: true, ..Options::default() };
        group.bench_function("analyze+model", |b| b.iter(|| analyzer.analyze(black_box(text), &model)));
        group.finish();
    }
}

criterion_group!(benches, stages);
criterion_main!(benches);
