//! The names tagger: a sequence model over characters, stacked on what the rules know, that
//! decides the people, places and organizations after the rules have proposed theirs.
//!
//! Each character gets features ([`features`]): the characters around it, the jieba word it
//! is in with its tag, the rules' names over it with their source, the lists' hits (places,
//! organizations, surnames, titles, transliteration characters), Latin and digit runs. An
//! averaged perceptron ([`train`]) learned weights for BIOES tags from our annotated corpus
//! (`data/corpus/train.jsonl`); Viterbi ([`model`]) picks the best tags.
//!
//! Where the model's reading of a stretch differs from the rules', it replaces theirs only when
//! it scores [`MARGIN`] better ([`model::gate`]).
//!
//! Then [`decide`]: a name the model reads as the rules do keeps the rules' mention (its place
//! code, its parts); one it reads otherwise is new, `source: "model"`; a rules' name the model
//! does not read goes. Works (《》), bylines, the user's words and figures stay as the rules
//! give them, and the model's names that would cross them are left out.
//!
//! The weights (`data/model/names.bin`, CC BY-SA 4.0: see `data/model/README.md`) are compiled
//! in; `wenxi-train` rebuilds them.

pub mod features;
pub mod model;
#[cfg(not(target_arch = "wasm32"))]
pub mod train;

use std::sync::OnceLock;

use crate::analysis::{EntityKind, Mention, Source};
use crate::lexicon::Lexicon;
use crate::segment::Token;
use crate::span::Span;

pub use model::{BadModel, KINDS, Model};

/// How much better the model's reading of a stretch must score than the rules' to replace it
/// (in the trained weights' units). Chosen on the held-out tenth of the train documents and the
/// two dev sets (0: 0.761 / PD dev 0.700 / CLUENER dev 0.465; 20: 0.768 / 0.712 / 0.472;
/// 50: 0.761 / 0.728 / 0.478; 100: 0.739 / 0.751 / 0.480; 1000: the rules).
pub const MARGIN: f32 = 50.0;

/// The shipped weights.
static SHIPPED: &[u8] = include_bytes!("../../data/model/names.bin");

static MODEL: OnceLock<Model> = OnceLock::new();

/// The model in use: the shipped one, read on first use, unless [`install`] came first.
pub fn current() -> &'static Model {
    MODEL.get_or_init(|| Model::read(SHIPPED).unwrap_or_else(|_| Model::empty(8)))
}

/// Uses the model file `bytes` instead of the shipped one, for trying weights without a
/// rebuild (`wenxi analyze --model-file`). It must come before the first analysis that uses
/// the model.
///
/// # Errors
/// When the bytes are no model, or a model is in use already.
pub fn install(bytes: &[u8]) -> Result<(), BadModel> {
    MODEL.set(Model::read(bytes)?).map_err(|_| BadModel("a model is in use already"))
}

/// The model's names in `text`: byte spans and kinds.
pub fn tag(
    model: &Model,
    text: &str,
    tokens: &[Token],
    lexicon: &Lexicon,
    names: &[Mention],
) -> Vec<(Span, EntityKind)> {
    let feats = features::extract(text, tokens, lexicon, names);
    if feats.is_empty() {
        return Vec::new();
    }
    let emissions = model.emissions(&feats);
    let mut tags = model::viterbi(&emissions, &model.transitions);
    let bytes: Vec<usize> = text.char_indices().map(|(b, _)| b).chain([text.len()]).collect();
    // The rules' outermost people, places and organizations as tags.
    let index = |byte: usize| bytes.partition_point(|&b| b < byte);
    let mut rules: Vec<(usize, usize, usize)> = Vec::new();
    for m in names.iter().filter(|m| !features::protected(m)) {
        let Some(k) = KINDS.iter().position(|&k| k == m.kind) else { continue };
        let (s, e) = (index(m.span.start), index(m.span.end));
        if rules.last().is_none_or(|&(_, e0, _)| s >= e0) {
            rules.push((s, e, k));
        }
    }
    let fallback = model::tags_of(tags.len(), &rules);
    model::gate(&emissions, &model.transitions, &mut tags, &fallback, MARGIN);
    model::spans(&tags)
        .into_iter()
        .filter_map(|(s, e, k)| Some((Span::new(*bytes.get(s)?, *bytes.get(e)?), *KINDS.get(k)?)))
        .collect()
}

fn inside(a: Span, outer: Span) -> bool {
    outer.start <= a.start && a.end <= outer.end
}

/// The names of `text` once the model has decided: `names` are the rules' (sorted by start,
/// outer before inner), and come back in that order.
pub fn decide(model: &Model, text: &str, tokens: &[Token], lexicon: &Lexicon, names: &mut Vec<Mention>) {
    let found = tag(model, text, tokens, lexicon, names);
    // Works, bylines, the user's words, and the names inside them, stay. In start order, a name
    // is inside one of them when one before it ends at or after its end.
    names.sort_by_key(|m| (m.span.start, std::cmp::Reverse(m.span.end), !features::protected(m)));
    let mut cover = 0;
    let mut kept = Vec::new();
    let mut candidates = Vec::new();
    for m in std::mem::take(names) {
        let fixed = features::protected(&m);
        if fixed || m.span.end <= cover && !m.span.is_empty() {
            if fixed {
                cover = cover.max(m.span.end);
            }
            kept.push(m);
        } else {
            candidates.push(m);
        }
    }
    // The rules' outermost names, each with the names inside it, by span and kind.
    let mut outer: Vec<Option<(Mention, Vec<Mention>)>> = Vec::new();
    for m in candidates {
        match outer.last_mut().and_then(Option::as_mut) {
            Some((o, inner)) if inside(m.span, o.span) && m.span != o.span => inner.push(m),
            _ => outer.push(Some((m, Vec::new()))),
        }
    }
    let index: rustc_hash::FxHashMap<(Span, EntityKind), usize> =
        outer.iter().enumerate().filter_map(|(i, o)| o.as_ref().map(|(m, _)| ((m.span, m.kind), i))).collect();
    // The kept spans by start, with the furthest end so far: a found name that starts before
    // that end and ends after a kept start crosses one.
    let mut out = kept;
    let mut blocked: Vec<Span> = out.iter().map(|m| m.span).collect();
    blocked.sort_unstable();
    let reach: Vec<usize> = blocked
        .iter()
        .scan(0, |r, b| {
            *r = b.end.max(*r);
            Some(*r)
        })
        .collect();
    for (span, kind) in found {
        let before = blocked.partition_point(|b| b.start < span.end);
        if before > 0 && reach[before - 1] > span.start {
            continue;
        }
        match index.get(&(span, kind)).and_then(|&i| outer.get_mut(i)).and_then(Option::take) {
            Some((o, inner)) => {
                out.push(o);
                out.extend(inner);
            }
            None => out.push(Mention::new(kind, span, Source::Model)),
        }
    }
    out.sort_by_key(|m| (m.span.start, std::cmp::Reverse(m.span.end)));
    *names = out;
}

#[cfg(test)]
mod tests;
