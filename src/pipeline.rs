//! The pipeline: the order of the stages, and the one place a long text is cut into chunks.
//!
//! A [`Doc`] is one text on its way through. Its chunks, whole paragraphs of at most
//! [`CHUNK_BYTES`], go through the chunk stages one [`Doc::step`] at a time, so no stage's work
//! space grows with the text and a caller (the page's worker) can show progress and stop between
//! steps. [`Doc::finish`] then runs the stages that read the whole text:
//!
//! | stage | per chunk ([`Doc::step`]) |
//! |---|---|
//! | [`normalize`] | once, in [`Doc::new`]: full-width forms folded, one character for one |
//! | [`segment`] | words and tags; guessed tags kept for the next chunks |
//! | [`entities::recognize`] | names, works, bylines, the user's words; one reading per name in the chunk |
//! | `tagger::decide` | with [`Options::model`] (native builds): the names tagger decides people, places, organizations |
//! | [`numbers`] | figures; the last full date written is the anchor of the next chunk's relative dates |
//! | [`entities::resolve_crossings`] | a name and a figure that cross: one gives way |
//!
//! | stage | whole text ([`Doc::finish`]) |
//! |---|---|
//! | [`sentences`] | sentence spans |
//! | [`segment::align`] | tokens cut where names begin and end |
//! | [`keywords`] | the text's keywords |
//! | [`Analysis`] | offsets in UTF-16 units of the original text |

use std::borrow::Cow;

use chrono::{NaiveDate, NaiveTime};

use crate::analysis::{Analysis, Mention, PackedRest, PackedTokens};
use crate::analyzer::{Analyzer, Options};
use crate::error::Error;
use crate::segment::{self, Guesses, Keyword, Token};
use crate::span::{OffsetMap, Span};
#[cfg(not(target_arch = "wasm32"))]
use crate::tagger;
use crate::{entities, keywords, normalize, numbers, sentences};

/// Largest chunk, in UTF-8 bytes of the normalized text (about 21,000 Chinese characters).
pub const CHUNK_BYTES: usize = 64 << 10;

/// How many keywords an analysis lists.
pub const KEYWORDS: usize = 20;

/// How far a [`Doc`] has got: chunks analysed, of how many.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    pub done: usize,
    pub total: usize,
}

/// One text on its way through the stages, with what a chunk hands on to the next: the date
/// anchor, the guessed tags, and the findings so far (in bytes of the normalized text).
#[derive(Debug)]
pub struct Doc<'t> {
    text: Cow<'t, str>,
    norm: String,
    chunks: Vec<Span>,
    done: usize,
    reference: Option<NaiveDate>,
    /// The time of day of the reference, when it has one (2小时后 resolves against it).
    reference_time: Option<NaiveTime>,
    /// Whether the names tagger runs (native builds only: the browser's has no weights).
    #[cfg_attr(target_arch = "wasm32", allow(dead_code))]
    model: bool,
    /// The day relative dates resolve against: the last full date written, else the reference.
    anchor: Option<NaiveDate>,
    guesses: Guesses,
    tokens: Vec<Token>,
    mentions: Vec<Mention>,
    /// The analyzer's dictionary generation when the doc began (see [`Error::DictionaryChanged`]).
    generation: u64,
}

impl<'t> Doc<'t> {
    /// Normalizes `text` and cuts it into chunks; no stage has run yet. Callers outside the crate
    /// begin one with [`Analyzer::session`].
    ///
    /// # Errors
    /// [`Error::InputTooLong`] when `text` is over [`crate::MAX_INPUT_BYTES`].
    pub(crate) fn new(analyzer: &Analyzer, text: impl Into<Cow<'t, str>>, options: &Options) -> Result<Self, Error> {
        let text = text.into();
        crate::analyzer::check_length(&text)?;
        let norm = normalize::run(&text);
        let chunks = chunks(&norm, CHUNK_BYTES);
        Ok(Doc {
            text,
            norm,
            chunks,
            done: 0,
            reference: options.reference_date,
            reference_time: options.reference_time,
            model: options.model,
            anchor: options.reference_date,
            guesses: Guesses::default(),
            tokens: Vec::new(),
            mentions: Vec::new(),
            generation: analyzer.generation(),
        })
    }

    /// Chunks analysed so far, of how many.
    pub fn progress(&self) -> Progress {
        Progress { done: self.done, total: self.chunks.len() }
    }

    /// Runs the chunk stages on the next chunk. `Ok(false)` when every chunk was done already.
    ///
    /// # Errors
    /// [`Error::DictionaryChanged`] when `analyzer` is not the one the doc began with, or its
    /// user dictionary changed since.
    pub fn step(&mut self, analyzer: &Analyzer) -> Result<bool, Error> {
        self.check(analyzer)?;
        let Some(&chunk) = self.chunks.get(self.done) else { return Ok(false) };
        let part = chunk.text(&self.norm);
        let tokens = analyzer.segmenter.run_with(part, &mut self.guesses);
        let mut names = entities::recognize(part, &tokens, &analyzer.lexicon);
        #[cfg(not(target_arch = "wasm32"))]
        if self.model {
            tagger::decide(tagger::current(), part, &tokens, &analyzer.lexicon, &mut names);
        }
        let (mut figures, anchor) =
            numbers::extract_after(part, &tokens, &names, self.reference, self.anchor, self.reference_time);
        self.anchor = anchor;
        entities::resolve_crossings(part, &mut names, &mut figures);
        names.extend(figures);
        self.tokens.extend(tokens.into_iter().map(|t| Token { span: t.span.shift(chunk.start), ..t }));
        self.mentions.extend(names.into_iter().map(|m| Mention { span: m.span.shift(chunk.start), ..m }));
        self.done += 1;
        Ok(true)
    }

    /// Runs the chunks left, then the whole-text stages: the analysis.
    ///
    /// # Errors
    /// As [`Doc::step`].
    pub fn finish(self, analyzer: &Analyzer) -> Result<Analysis, Error> {
        let (text, norm, f) = self.findings(analyzer)?;
        let map = OffsetMap::new(&text, &norm);
        Ok(Analysis::assemble(&text, &map, f.tokens, f.sentences, f.mentions, f.keywords))
    }

    /// As [`Doc::finish`], packed in numbers ([`PackedRest`], [`PackedTokens`]) for a binding
    /// that builds the objects itself from the string it has.
    ///
    /// # Errors
    /// As [`Doc::step`].
    pub fn finish_packed(self, analyzer: &Analyzer) -> Result<(PackedRest, PackedTokens), Error> {
        let (text, norm, f) = self.findings(analyzer)?;
        let map = OffsetMap::new(&text, &norm);
        Ok(Analysis::assemble_packed(&map, &f.tokens, f.sentences, f.mentions, f.keywords))
    }

    /// Every chunk's findings, and the whole-text stages, on the normalized text.
    fn findings(mut self, analyzer: &Analyzer) -> Result<(Cow<'t, str>, String, Findings), Error> {
        while self.step(analyzer)? {}
        let norm = self.norm;
        let sentences = sentences::split(&norm);
        // A piece of a token split at a name's boundary takes the name's tag or the dictionary's.
        let tokens = {
            let named = name_tags(&self.mentions);
            segment::align(self.tokens, &boundaries(&self.mentions), |piece| {
                named(piece).or_else(|| analyzer.segmenter.tag_of(piece.text(&norm)))
            })
        };
        let keywords = keywords::extract(&norm, &tokens, KEYWORDS);
        Ok((self.text, norm, Findings { tokens, sentences, mentions: self.mentions, keywords }))
    }

    fn check(&self, analyzer: &Analyzer) -> Result<(), Error> {
        if analyzer.generation() != self.generation {
            return Err(Error::DictionaryChanged);
        }
        Ok(())
    }
}

/// What the stages found, on the normalized text.
struct Findings {
    tokens: Vec<Token>,
    sentences: Vec<Span>,
    mentions: Vec<Mention>,
    keywords: Vec<Keyword>,
}

/// `text` cut into spans of at most about `limit` bytes, at line breaks; a longer line is cut
/// after a sentence's end, or else at any character.
fn chunks(text: &str, limit: usize) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    while text.len() - start > limit {
        let window = text.get(start..).unwrap_or("");
        let mut cut = limit;
        while !window.is_char_boundary(cut) {
            cut -= 1;
        }
        let head = window.get(..cut).unwrap_or("");
        let end = head
            .rfind('\n')
            .map(|i| i + 1)
            .or_else(|| head.rfind(['。', '！', '？', '；']).map(|i| i + '。'.len_utf8()))
            .filter(|&e| e > 0)
            .unwrap_or(cut);
        out.push(Span::new(start, start + end));
        start += end;
    }
    if start < text.len() || out.is_empty() {
        out.push(Span::new(start, text.len()));
    }
    out
}

/// The part-of-speech tag of a token that is one of the names among `mentions` (中 of 中美: ns),
/// by span: jieba's tags for names. The names are indexed the first time one is asked for,
/// which is only when a token is split.
fn name_tags(mentions: &[Mention]) -> impl Fn(Span) -> Option<&'static str> + '_ {
    use crate::analysis::EntityKind::{Organization, Person, Place};
    let index = std::cell::OnceCell::new();
    move |piece| {
        let index: &rustc_hash::FxHashMap<Span, &'static str> = index.get_or_init(|| {
            let tag = |m: &Mention| match m.kind {
                Person => Some("nr"),
                Place => Some("ns"),
                Organization => Some("nt"),
                _ => None,
            };
            mentions.iter().filter_map(|m| tag(m).map(|t| (m.span, t))).collect()
        });
        index.get(&piece).copied()
    }
}

/// The starts and ends of the mentions, sorted, where tokens must break.
fn boundaries(mentions: &[Mention]) -> Vec<usize> {
    let mut cuts: Vec<usize> = mentions.iter().flat_map(|m| [m.span.start, m.span.end]).collect();
    cuts.sort_unstable();
    cuts.dedup();
    cuts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::Value;
    use crate::lexicon::WordType;

    #[test]
    fn chunks_end_at_line_breaks_and_cover_the_text() {
        let text = "第一段。\n第二段很长。\n第三段。\n";
        let spans = chunks(text, 20);
        assert!(spans.iter().all(|s| s.text(text).ends_with('\n')), "{spans:?}");
        assert!(spans.iter().all(|s| s.len() <= 20));
        assert_eq!(spans.iter().map(|s| s.text(text)).collect::<String>(), text);
    }

    #[test]
    fn a_long_line_is_cut_after_a_sentence_then_anywhere() {
        let text = "一二三。四五六七八九十";
        let spans = chunks(text, 15);
        assert_eq!(spans.first().map(|s| s.text(text)), Some("一二三。"));
        assert_eq!(spans.iter().map(|s| s.text(text)).collect::<String>(), text);
        assert!(chunks("", 15).len() == 1);
    }

    /// A full date, then more than a chunk of other text, then 次日.
    fn next_day_after_a_chunk() -> String {
        let mut text = String::from("2020年5月6日,会议召开。\n");
        while text.len() < CHUNK_BYTES + 100 {
            text.push_str("各单位认真落实有关要求,扎实推进各项工作。\n");
        }
        text.push_str("次日,检查组进驻。");
        text
    }

    fn next_day(analysis: &Analysis) -> Option<Value> {
        analysis.entities.iter().find(|e| e.text == "次日").and_then(|e| e.attrs.value.clone())
    }

    #[test]
    fn a_date_anchors_relative_dates_in_later_chunks() {
        let analysis = Analyzer::new().analyze(&next_day_after_a_chunk(), &Options::default()).unwrap();
        assert_eq!(next_day(&analysis), Some(Value::Text("2020-05-07".into())));
    }

    #[test]
    fn stepping_a_doc_is_one_analysis() {
        let analyzer = Analyzer::new();
        let text = next_day_after_a_chunk();
        let options = Options::with_reference_date("2021-01-01").unwrap();
        let mut doc = Doc::new(&analyzer, text.as_str(), &options).unwrap();
        assert_eq!(doc.progress(), Progress { done: 0, total: 2 });
        assert!(doc.step(&analyzer).unwrap());
        assert_eq!(doc.progress(), Progress { done: 1, total: 2 });
        assert!(doc.step(&analyzer).unwrap());
        assert!(!doc.step(&analyzer).unwrap());
        let stepped = doc.finish(&analyzer).unwrap();
        assert_eq!(next_day(&stepped), Some(Value::Text("2020-05-07".into())));
        // Half stepped, the rest run by finish: the same.
        let mut doc = Doc::new(&analyzer, text.clone(), &options).unwrap();
        doc.step(&analyzer).unwrap();
        assert_eq!(doc.finish(&analyzer).unwrap(), stepped);
        assert_eq!(analyzer.analyze(&text, &options).unwrap(), stepped);
    }

    #[test]
    fn a_doc_refuses_to_go_on_after_the_dictionary_changed() {
        let mut analyzer = Analyzer::new();
        let mut doc = Doc::new(&analyzer, next_day_after_a_chunk(), &Options::default()).unwrap();
        doc.step(&analyzer).unwrap();
        analyzer.add_word("检查组", WordType::Organization, None).unwrap();
        assert_eq!(doc.step(&analyzer), Err(Error::DictionaryChanged));
        assert_eq!(doc.finish(&analyzer).unwrap_err().kind(), "dictionary_changed");
        // Another analyzer is another dictionary too.
        let doc = Doc::new(&analyzer, "次日", &Options::default()).unwrap();
        assert!(doc.finish(&Analyzer::new()).is_err());
    }
}
