//! The packed form of an analysis, for a binding that builds the objects itself (the
//! JavaScript one: `decode.js` beside this file reads it). The fields and their order are the
//! contract between the two files.

use super::{Analysis, Attrs, Keyword, Mention, in_order, keywords_of};
use crate::segment::{Keyword as SegKeyword, Token as SegToken};
use crate::span::{OffsetMap, Span};

/// The tokens in three numbers each, for a binding that builds the token objects itself (the
/// JavaScript one: a plain loop in JS makes them many times faster than one call per field).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PackedTokens {
    /// For each token: its first UTF-16 unit, the unit after its last, and the index of its
    /// tag in `tags`.
    pub spans: Vec<u32>,
    /// The tags the tokens use, each once.
    pub tags: Vec<&'static str>,
}

impl PackedTokens {
    pub(crate) fn new(map: &OffsetMap, tokens: &[SegToken]) -> Self {
        let mut packed = PackedTokens { spans: Vec::with_capacity(tokens.len() * 3), tags: Vec::new() };
        // Where the last token ended, in bytes and UTF-16 units: most tokens start there.
        let mut last_end = (usize::MAX, 0);
        for t in tokens {
            // Tags are mostly the same few static strings: their addresses are compared first.
            let same = |p: &&str| std::ptr::eq(*p, t.pos);
            let tag = match packed.tags.iter().position(same).or_else(|| packed.tags.iter().position(|&p| p == t.pos)) {
                Some(i) => i,
                None => {
                    packed.tags.push(t.pos);
                    packed.tags.len() - 1
                }
            };
            let start = if last_end.0 == t.span.start { last_end.1 } else { map.utf16(t.span.start) };
            let end = map.utf16(t.span.end);
            last_end = (t.span.end, end);
            let utf16 = |unit: usize| u32::try_from(unit).unwrap_or(u32::MAX);
            packed.spans.extend([utf16(start), utf16(end), tag as u32]);
        }
        packed
    }

    /// How many tokens there are.
    pub fn len(&self) -> usize {
        self.spans.len() / 3
    }

    /// True when there is no token.
    pub fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }
}

/// The sentences and entities in numbers, for a binding that builds their objects itself, as
/// [`PackedTokens`] for the tokens: parsing the JSON of 28,000 entities and 13,000 sentences took
/// longer in the browser than a loop over numbers does. The entities' texts are left to the
/// binding, which has the text.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PackedRest {
    /// For each sentence: its start and end.
    pub sentences: Vec<u32>,
    /// For each entity, in the order of [`Analysis::entities`], five numbers: its kind (an index
    /// of [`EntityKind::ALL`](super::EntityKind::ALL)), start, end, source (an index of [`Source::ALL`](super::Source::ALL) plus one; 0 for
    /// none) and the index plus one in `attrs` of its attributes (0 when it has none but its
    /// source).
    pub entities: Vec<u32>,
    /// The attributes of the entities that have more than a source.
    pub attrs: Vec<Attrs>,
    /// As [`Analysis::keywords`].
    pub keywords: Vec<Keyword>,
}

impl PackedRest {
    fn new(map: &OffsetMap, sentences: Vec<Span>, mentions: Vec<Mention>, keywords: Vec<SegKeyword>) -> Self {
        let unit = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        let mut packed = PackedRest {
            sentences: sentences.into_iter().flat_map(|s| <[usize; 2]>::from(map.utf16_span(s))).map(unit).collect(),
            entities: Vec::with_capacity(mentions.len() * 5),
            attrs: Vec::new(),
            keywords: keywords_of(keywords),
        };
        for m in in_order(mentions) {
            let (start, end) = map.utf16_span(m.span);
            let source = m.attrs.source.map_or(0, |s| s as u32 + 1);
            let attrs = if m.attrs.beyond_source() {
                packed.attrs.push(*m.attrs);
                unit(packed.attrs.len())
            } else {
                0
            };
            packed.entities.extend([m.kind as u32, unit(start), unit(end), source, attrs]);
        }
        packed
    }
}

impl Analysis {
    /// As [`Analysis::assemble`], packed for a binding: [`PackedRest`] and [`PackedTokens`].
    pub(crate) fn assemble_packed(
        map: &OffsetMap,
        tokens: &[SegToken],
        sentences: Vec<Span>,
        mentions: Vec<Mention>,
        keywords: Vec<SegKeyword>,
    ) -> (PackedRest, PackedTokens) {
        (PackedRest::new(map, sentences, mentions, keywords), PackedTokens::new(map, tokens))
    }
}
