//! The pipeline: the only place that knows the order of the stages.

use chrono::NaiveDate;

use crate::analysis::{Analysis, Token};
use crate::error::Error;
use crate::lexicon::Lexicon;
use crate::segment::Segmenter;
use crate::span::OffsetMap;
use crate::{entities, keywords, normalize, numbers, sentences};

/// Largest input of one call, in UTF-8 bytes (8 MiB, about 2.8 million Chinese characters).
pub const MAX_INPUT_BYTES: usize = 8 << 20;

/// How many keywords an analysis lists.
const KEYWORDS: usize = 20;

/// Settings of one analysis.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Options {
    /// The day relative dates are resolved against when the text gives no full date before them
    /// (今年, 5月30日 without a year). Usually the publication date.
    pub reference_date: Option<NaiveDate>,
}

impl Options {
    /// Options with `reference_date` parsed from ISO 8601: `2021-06-01` or `2021-06-01T08:00:00`.
    ///
    /// # Errors
    /// [`Error::BadReferenceDate`] when the text is not such a date.
    pub fn with_reference_date(date: &str) -> Result<Self, Error> {
        let day = date.get(..10).unwrap_or(date);
        let parsed = NaiveDate::parse_from_str(day, "%Y-%m-%d")
            .ok()
            .filter(|_| date.len() == 10 || date.as_bytes().get(10).is_some_and(|b| matches!(b, b'T' | b' ')))
            .ok_or_else(|| Error::BadReferenceDate { found: date.to_owned() })?;
        Ok(Options { reference_date: Some(parsed) })
    }
}

/// Analyzes Chinese text: words, sentences, entities, figures and keywords.
///
/// Building one loads jieba's dictionary (a few hundred milliseconds); reuse it.
#[derive(Debug, Default)]
pub struct Analyzer {
    segmenter: Segmenter,
    lexicon: Lexicon,
}

impl Analyzer {
    /// Loads the dictionaries.
    pub fn new() -> Self {
        Analyzer { segmenter: Segmenter::new(), lexicon: Lexicon::new() }
    }

    /// Analyzes `text`. Any string is fine: odd input gives fewer findings, never a panic.
    ///
    /// # Errors
    /// [`Error::InputTooLong`] when `text` is over [`MAX_INPUT_BYTES`].
    pub fn analyze(&self, text: &str, options: &Options) -> Result<Analysis, Error> {
        if text.len() > MAX_INPUT_BYTES {
            return Err(Error::InputTooLong { bytes: text.len(), limit: MAX_INPUT_BYTES });
        }
        let norm = normalize::run(text);
        let tokens = self.segmenter.run(&norm);
        let sentences = sentences::split(&norm);
        let mut mentions = entities::recognize(&norm, &tokens, &self.lexicon);
        mentions.extend(numbers::extract(&norm, &tokens, &mentions, options.reference_date));
        let keywords = keywords::extract(&norm, &tokens, KEYWORDS);
        let map = OffsetMap::new(text, &norm);
        Ok(Analysis::assemble(text, &map, tokens, sentences, mentions, keywords))
    }

    /// Only the words of `text` with their tags: the first stage of [`Analyzer::analyze`], for
    /// callers that need nothing else (and to measure segmentation alone).
    ///
    /// # Errors
    /// [`Error::InputTooLong`] when `text` is over [`MAX_INPUT_BYTES`].
    pub fn segment(&self, text: &str) -> Result<Vec<Token>, Error> {
        if text.len() > MAX_INPUT_BYTES {
            return Err(Error::InputTooLong { bytes: text.len(), limit: MAX_INPUT_BYTES });
        }
        let norm = normalize::run(text);
        let tokens = self.segmenter.run(&norm);
        let map = OffsetMap::new(text, &norm);
        Ok(Analysis::assemble(text, &map, tokens, Vec::new(), Vec::new(), Vec::new()).tokens)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reference_date_takes_a_date_or_a_date_time() {
        let day = NaiveDate::from_ymd_opt(2018, 1, 22);
        assert_eq!(Options::with_reference_date("2018-01-22").unwrap().reference_date, day);
        assert_eq!(Options::with_reference_date("2018-01-22T00:00:00").unwrap().reference_date, day);
        assert!(Options::with_reference_date("2018-13-01").is_err());
        assert!(Options::with_reference_date("2018-01-2x").is_err());
        assert!(Options::with_reference_date("昨天").is_err());
    }

    #[test]
    fn input_over_the_limit_is_an_error_not_a_panic() {
        let analyzer = Analyzer::new();
        let big = "字".repeat(MAX_INPUT_BYTES / 3 + 1);
        let err = analyzer.analyze(&big, &Options::default()).unwrap_err();
        assert_eq!(err.kind(), "input_too_long");
    }
}
