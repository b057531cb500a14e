//! Training: an averaged structured perceptron over the features of [`super::features`], with
//! a fixed order of examples per epoch (shuffled by a seeded generator), so that the same corpus
//! gives the same weights byte for byte.

use crate::analyzer::Analyzer;
use crate::entities;
use crate::normalize;

use super::features::{self, Features};
use super::model::{FROM, Model, SLOTS, TAGS, tags_of, viterbi};

/// One sentence for training: its features and its gold tags.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Example {
    pub features: Features,
    pub gold: Vec<usize>,
}

/// A sentence and its names: (first character, end character, index in [`super::KINDS`]), in
/// code points.
pub type Sentence = (String, Vec<(usize, usize, usize)>);

/// The features the pipeline would give each sentence (normalized, segmented, the rules' names),
/// and its gold tags.
pub fn examples(analyzer: &Analyzer, sentences: &[Sentence]) -> Vec<Example> {
    sentences
        .iter()
        .map(|(text, names)| {
            let norm = normalize::run(text);
            let tokens = analyzer.segmenter.run(&norm);
            let found = entities::recognize(&norm, &tokens, &analyzer.lexicon);
            let features = features::extract(&norm, &tokens, &analyzer.lexicon, &found);
            let gold = tags_of(features.len(), names);
            Example { features, gold }
        })
        .collect()
}

/// Settings of a training run.
#[derive(Debug, Clone, Copy)]
pub struct Settings {
    /// The table has `2^bits` buckets.
    pub bits: u8,
    pub epochs: usize,
    pub seed: u64,
    /// Weights whose magnitude is under this share of the largest are dropped (a smaller file).
    pub prune: f32,
}

impl Default for Settings {
    fn default() -> Self {
        Settings { bits: 17, epochs: 20, seed: 21, prune: 0.035 }
    }
}

/// A small deterministic generator (SplitMix64) for the order of examples.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
}

/// Weights with their running sums for averaging.
struct Averaged {
    w: Vec<f32>,
    /// Sum of `time × change`: the average is `w - u / time`.
    u: Vec<f32>,
}

impl Averaged {
    fn new(n: usize) -> Self {
        Averaged { w: vec![0.0; n], u: vec![0.0; n] }
    }
    fn add(&mut self, i: usize, d: f32, time: f32) {
        if let (Some(w), Some(u)) = (self.w.get_mut(i), self.u.get_mut(i)) {
            *w += d;
            *u += time * d;
        }
    }
    fn average(&self, time: f32) -> Vec<f32> {
        self.w.iter().zip(&self.u).map(|(w, u)| w - u / time).collect()
    }
}

/// Trains a model on `examples`.
pub fn train(examples: &[Example], settings: Settings) -> Model {
    let bits = settings.bits;
    let mut table = Averaged::new(SLOTS << bits);
    let mut trans = Averaged::new(FROM * TAGS);
    let mut rng = Rng(settings.seed);
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut time = 1.0f32;
    for _ in 0..settings.epochs {
        // Fisher–Yates with the seeded generator.
        for i in (1..order.len()).rev() {
            order.swap(i, (rng.next() % (i as u64 + 1)) as usize);
        }
        for &e in &order {
            let ex = &examples[e];
            let emissions: Vec<[f32; TAGS]> = (0..ex.features.len())
                .map(|i| {
                    let mut s = [0.0f32; TAGS];
                    for &id in ex.features.at(i) {
                        let base = Model::slot(bits, id, 0);
                        for (t, v) in s.iter_mut().enumerate() {
                            *v += table.w[base + t];
                        }
                    }
                    s
                })
                .collect();
            let mut transitions = [[0.0f32; TAGS]; FROM];
            for (r, row) in transitions.iter_mut().enumerate() {
                row.copy_from_slice(&trans.w[r * TAGS..(r + 1) * TAGS]);
            }
            let pred = viterbi(&emissions, &transitions);
            if pred != ex.gold {
                for i in 0..ex.gold.len() {
                    let (g, p) = (ex.gold[i], pred[i]);
                    let (gp, pp) = if i == 0 { (0, 0) } else { (ex.gold[i - 1] + 1, pred[i - 1] + 1) };
                    if g != p {
                        for &id in ex.features.at(i) {
                            table.add(Model::slot(bits, id, g), 1.0, time);
                            table.add(Model::slot(bits, id, p), -1.0, time);
                        }
                    }
                    if g != p || gp != pp {
                        trans.add(gp * TAGS + g, 1.0, time);
                        trans.add(pp * TAGS + p, -1.0, time);
                    }
                }
            }
            time += 1.0;
        }
    }
    quantize(bits, &table.average(time), &trans.average(time), settings.prune)
}

/// Integer weights of a trained table: the largest magnitude becomes `i16::MAX`.
fn quantize(bits: u8, table: &[f32], trans: &[f32], prune: f32) -> Model {
    let max = table.iter().fold(0.0f32, |m, w| m.max(w.abs()));
    let scale = if max > 0.0 { max / f32::from(i16::MAX) } else { 1.0 };
    let floor = max * prune;
    let mut model = Model { scale, ..Model::empty(bits) };
    for (q, &w) in model.table.iter_mut().zip(table) {
        if w.abs() >= floor {
            *q = (w / scale).round().clamp(-32767.0, 32767.0) as i16;
        }
    }
    for (r, row) in model.transitions.iter_mut().enumerate() {
        row.copy_from_slice(&trans[r * TAGS..(r + 1) * TAGS]);
    }
    model
}
