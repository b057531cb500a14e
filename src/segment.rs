//! Word segmentation and part-of-speech tags, by jieba-rs with its HMM for unknown words.
//!
//! This is the only file that imports `jieba_rs`.

use jieba_rs::Jieba;

use crate::span::Span;

/// One word of the text with its part of speech.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Where the word is: UTF-8 bytes of the normalized text.
    pub span: Span,
    /// jieba's tag (ICTCLAS set: `n`, `v`, `nr` person, `ns` place, `nt` organization, `m`
    /// numeral, `q` measure word, …), plus `w` for punctuation.
    pub pos: &'static str,
    /// True when the word is in the dictionary, false when the HMM joined it and guessed its tag.
    pub known: bool,
}

/// A keyword of the text with its TextRank weight (the best is 1.0); see [`crate::keywords`].
#[derive(Debug, Clone, PartialEq)]
pub struct Keyword {
    /// The word as it appears in the normalized text.
    pub word: String,
    /// Weight in `0.0..=1.0`.
    pub weight: f64,
}

/// Cuts text into words with jieba's dictionary (MIT, from the jieba project) and its HMM.
pub struct Segmenter {
    jieba: Jieba,
}

impl std::fmt::Debug for Segmenter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Segmenter").finish_non_exhaustive()
    }
}

impl Default for Segmenter {
    fn default() -> Self {
        Self::new()
    }
}

impl Segmenter {
    /// Loads jieba's embedded dictionary.
    pub fn new() -> Self {
        Segmenter { jieba: Jieba::new() }
    }

    /// Cuts `text` into tagged words, in order. Runs of whitespace are not tokens.
    ///
    /// `记者高洪驰` → `记者/n 高洪驰/nr`; `7个乡镇` → `7/m 个/q 乡镇/n`.
    pub fn run(&self, text: &str) -> Vec<Token> {
        let mut tokens = Vec::with_capacity(text.len() / 4);
        for tag in self.jieba.tag(text, true) {
            if tag.word.chars().all(char::is_whitespace) {
                continue;
            }
            let pos = if tag.word.chars().all(is_punctuation) { "w" } else { intern(tag.tag) };
            let known = self.jieba.has_word(tag.word);
            tokens.push(Token { span: Span::new(tag.byte_start, tag.byte_end), pos, known });
        }
        tokens
    }

    /// True when `word` is in the dictionary.
    pub fn knows(&self, word: &str) -> bool {
        self.jieba.has_word(word)
    }
}

/// True for punctuation and symbols: what is neither a letter, a digit nor whitespace.
fn is_punctuation(c: char) -> bool {
    !c.is_alphanumeric() && !c.is_whitespace()
}

/// jieba's tags as `'static` strings, so tokens need no allocation for them.
const TAGS: &[&str] = &[
    "a", "ad", "ag", "an", "b", "bg", "c", "d", "df", "dg", "e", "en", "f", "g", "h", "i", "in",
    "j", "jn", "k", "l", "ln", "m", "mg", "mq", "n", "ng", "nr", "nrfg", "nrt", "ns", "nt", "nz",
    "o", "p", "q", "qe", "qg", "r", "rg", "rr", "rz", "s", "t", "tg", "u", "ud", "ug", "uj", "ul",
    "uv", "uz", "v", "vd", "vg", "vi", "vn", "vq", "w", "x", "y", "yg", "z", "zg", "eng", "nrf",
];

fn intern(tag: &str) -> &'static str {
    TAGS.iter().copied().find(|t| *t == tag).unwrap_or("x")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cut(text: &str) -> Vec<(&str, &'static str)> {
        let seg = Segmenter::new();
        seg.run(text).into_iter().map(|t| (t.span.text(text), t.pos)).collect()
    }

    #[test]
    fn unknown_name_is_joined_and_tagged_person() {
        // 高洪驰 is not in jieba's dictionary: the HMM joins it, the POS model calls it nr.
        let tokens = cut("记者 高洪驰");
        assert_eq!(tokens, vec![("记者", "n"), ("高洪驰", "nr")]);
    }

    #[test]
    fn whitespace_is_skipped_and_punctuation_tagged_w() {
        let tokens = cut("记者，\n 周口");
        assert_eq!(tokens.iter().map(|t| t.0).collect::<Vec<_>>(), ["记者", "，", "周口"]);
        assert_eq!(tokens[1].1, "w");
    }
}
