//! The user's words.

use crate::analysis::{EntityKind, Mention, Source};
use crate::lexicon::{Lexicon, WordType};
use crate::segment::Token;
use crate::span::Span;

/// The user's words among the tokens: names of their type, and the spans of `other` words.
pub(super) fn user_words(text: &str, tokens: &[Token], lexicon: &Lexicon) -> (Vec<Mention>, Vec<Span>) {
    let mut names = Vec::new();
    let mut kept_whole = Vec::new();
    if lexicon.user.is_empty() {
        return (names, kept_whole);
    }
    for t in tokens {
        let Some(word) = lexicon.user.get(t.span.text(text)) else { continue };
        let kind = match word.kind {
            WordType::Person => EntityKind::Person,
            WordType::Place => EntityKind::Place,
            WordType::Organization => EntityKind::Organization,
            WordType::Other => {
                kept_whole.push(t.span);
                continue;
            }
        };
        names.push(Mention::new(kind, t.span, Source::User));
    }
    (names, kept_whole)
}
