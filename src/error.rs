//! The one error type of the crate. Text is never an error; setup and limits are.

/// What can go wrong around an analysis: options and limits, never the characters of the text.
#[derive(Debug, thiserror::Error, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Error {
    /// The input is larger than [`crate::MAX_INPUT_BYTES`].
    #[error("input is {bytes} bytes of UTF-8, over the limit of {limit} bytes per call; split it into parts")]
    InputTooLong { bytes: usize, limit: usize },
    /// `reference_date` is not an ISO 8601 date (`2021-06-01`) or date-time (`2021-06-01T08:00:00`).
    #[error("reference date {found:?} is not an ISO 8601 date like 2021-06-01")]
    BadReferenceDate { found: String },
    /// A word given to the user dictionary is not acceptable: empty, too long, with spaces, a
    /// frequency out of range.
    #[error("user dictionary word {word:?}: {reason}")]
    BadUserWord { word: String, reason: String },
    /// A user dictionary to import is not `{"version": 1, "words": [...]}`.
    #[error("user dictionary: {reason}")]
    BadUserDictionary { reason: String },
    /// A text analysed a chunk at a time ([`crate::pipeline::Doc`]) was given another analyzer, or
    /// its analyzer's user dictionary changed between two steps: its parts would not agree.
    #[error("the user dictionary changed during this analysis; start it again")]
    DictionaryChanged,
}

impl Error {
    /// A stable lowercase identifier of the error's kind, for programs (`kind` on the JS error).
    pub fn kind(&self) -> &'static str {
        match self {
            Error::InputTooLong { .. } => "input_too_long",
            Error::BadReferenceDate { .. } => "bad_reference_date",
            Error::BadUserWord { .. } => "bad_user_word",
            Error::BadUserDictionary { .. } => "bad_user_dictionary",
            Error::DictionaryChanged => "dictionary_changed",
        }
    }
}
