//! The analyzer: what lasts from one text to the next (jieba's dictionary, the name lists, the
//! user's words) and the calls on it. The order of the stages is in [`crate::pipeline`].

use chrono::{NaiveDate, NaiveTime};

use std::sync::atomic::{AtomicU64, Ordering};

use crate::analysis::{Analysis, PackedRest, PackedTokens, Token};
use crate::error::Error;
use crate::lexicon::{Lexicon, UserDictionary, UserWord, WordType};
use crate::normalize;
use crate::pipeline::Doc;
use crate::segment::Segmenter;
use crate::span::OffsetMap;

/// Largest input of one call, in UTF-8 bytes (8 MiB, about 2.8 million Chinese characters).
pub const MAX_INPUT_BYTES: usize = 8 << 20;

/// Settings of one analysis.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Options {
    /// The day relative dates are resolved against when the text gives no full date before them
    /// (今年, 5月30日 without a year). Usually the publication date.
    pub reference_date: Option<NaiveDate>,
    /// The time of day of the reference, when it was given as a date-time (`2021-06-01T08:30`):
    /// what `2小时后` and `10分钟前` resolve against.
    pub reference_time: Option<NaiveTime>,
    /// Let the names tagger (`crate::tagger`, in native builds: the CLI's `--model`, Python's
    /// `model=True`) decide people, places and organizations after the rules. Off by default;
    /// the browser build has no weights and ignores it.
    pub model: bool,
}

impl Options {
    /// Options with `reference_date` parsed from ISO 8601: `2021-06-01` or `2021-06-01T08:00:00`.
    ///
    /// # Errors
    /// [`Error::BadReferenceDate`] when the text is not such a date.
    pub fn with_reference_date(date: &str) -> Result<Self, Error> {
        let parsed = date
            .get(..10)
            .and_then(iso_day)
            .filter(|_| date.len() == 10 || date.as_bytes().get(10).is_some_and(|b| matches!(b, b'T' | b' ')))
            .ok_or_else(|| Error::BadReferenceDate { found: date.to_owned() })?;
        let time = date.get(11..).and_then(iso_time);
        Ok(Options { reference_date: Some(parsed), reference_time: time, ..Options::default() })
    }
}

/// The day of `YYYY-MM-DD`, read without chrono's parser (it and chrono's formatting were 33 KB of
/// the wasm).
fn iso_day(day: &str) -> Option<NaiveDate> {
    let number = |from: usize, to: usize| -> Option<u32> {
        day.get(from..to)?.bytes().try_fold(0, |n, b| b.is_ascii_digit().then(|| n * 10 + u32::from(b - b'0')))
    };
    let dashes = day.len() == 10 && day.as_bytes().get(4) == Some(&b'-') && day.as_bytes().get(7) == Some(&b'-');
    let year = i32::try_from(number(0, 4).filter(|_| dashes)?).ok()?;
    NaiveDate::from_ymd_opt(year, number(5, 7)?, number(8, 10)?)
}

/// The time of `HH:MM` or `HH:MM:SS`, read as [`iso_day`] reads a day; anything else is none.
fn iso_time(time: &str) -> Option<NaiveTime> {
    let number = |from: usize| -> Option<u32> {
        time.get(from..from + 2)?.bytes().try_fold(0, |n, b| b.is_ascii_digit().then(|| n * 10 + u32::from(b - b'0')))
    };
    let colon = |at: usize| time.as_bytes().get(at) == Some(&b':');
    let second = match time.len() {
        5 => 0,
        8 if colon(5) => number(6)?,
        _ => return None,
    };
    NaiveTime::from_hms_opt(number(0).filter(|_| colon(2))?, number(3)?, second)
}

/// Analyzes Chinese text: words, sentences, entities, figures and keywords.
///
/// Building one reads the name lists (tens of milliseconds); jieba's dictionary then loads as
/// texts need it, so the first analyses are slower than the next ones. Reuse it.
#[derive(Debug)]
pub struct Analyzer {
    pub(crate) segmenter: Segmenter,
    pub(crate) lexicon: Lexicon,
    /// Which dictionary this is: new for every analyzer and every change of its user words, so
    /// a [`Doc`] begun on one never goes on with another.
    generation: u64,
}

/// The last dictionary generation given out, over all analyzers.
static GENERATIONS: AtomicU64 = AtomicU64::new(0);

fn next_generation() -> u64 {
    GENERATIONS.fetch_add(1, Ordering::Relaxed) + 1
}

impl Default for Analyzer {
    fn default() -> Self {
        Self::new()
    }
}

impl Analyzer {
    /// Reads the name lists and prepares jieba's dictionary to load as texts need it.
    pub fn new() -> Self {
        let lexicon = Lexicon::new();
        Analyzer { segmenter: Segmenter::new(&lexicon), lexicon, generation: next_generation() }
    }

    /// Which dictionary this is (see [`Doc`]): it changes with every change of the user's words.
    pub(crate) fn generation(&self) -> u64 {
        self.generation
    }

    /// Loads all of jieba's dictionary now rather than as texts need it: for a batch of texts,
    /// which needs most of it, on several threads, which would wait on each other while it loads.
    pub fn load_dictionary(&mut self) {
        self.segmenter.load_all();
    }

    /// Adds `word` to the user dictionary as a `kind` with frequency `freq` (how common it is
    /// in jieba's scale; `None` for [`crate::lexicon::DEFAULT_USER_FREQ`]), or changes it if it
    /// is there. The word is then kept whole, and found as an entity of its type over any other
    /// reading: `王明口` as a place, `金贵` as an organization.
    ///
    /// # Errors
    /// [`Error::BadUserWord`] when the word is empty, longer than 64 characters, holds
    /// whitespace, or `freq` is 0 or over 100 000 000.
    pub fn add_word(&mut self, word: &str, kind: WordType, freq: Option<usize>) -> Result<(), Error> {
        let entry = UserWord { word: word.to_owned(), kind, freq: freq.unwrap_or(crate::lexicon::DEFAULT_USER_FREQ) };
        entry.check()?;
        self.generation = next_generation();
        if let Some(old) = self.lexicon.user.insert(word.to_owned(), entry.clone()) {
            if old.freq > entry.freq {
                // jieba keeps the higher frequency's effect only by rebuilding.
                self.rebuild();
                return Ok(());
            }
        }
        self.segmenter.add_word(word, kind.tag(), entry.freq);
        Ok(())
    }

    /// Removes `word` from the user dictionary; true when it was there.
    pub fn remove_word(&mut self, word: &str) -> bool {
        let removed = self.lexicon.user.remove(word).is_some();
        if removed {
            self.generation = next_generation();
            self.rebuild();
        }
        removed
    }

    /// Empties the user dictionary: the analyzer works as a new one.
    pub fn reset_dictionary(&mut self) {
        if !self.lexicon.user.is_empty() {
            self.lexicon.user.clear();
            self.generation = next_generation();
            self.rebuild();
        }
    }

    /// The user dictionary, words sorted.
    pub fn export_dictionary(&self) -> UserDictionary {
        UserDictionary { version: 1, words: self.lexicon.user.values().cloned().collect() }
    }

    /// Replaces the user dictionary by `dictionary`. Nothing changes when it is refused.
    ///
    /// # Errors
    /// [`Error::BadUserDictionary`] when its version is not 1, [`Error::BadUserWord`] for the
    /// first bad word.
    pub fn import_dictionary(&mut self, dictionary: UserDictionary) -> Result<(), Error> {
        if dictionary.version != 1 {
            return Err(Error::BadUserDictionary { reason: format!("version {} is not 1", dictionary.version) });
        }
        for w in &dictionary.words {
            w.check()?;
        }
        self.lexicon.user = dictionary.words.into_iter().map(|w| (w.word.clone(), w)).collect();
        self.generation = next_generation();
        self.rebuild();
        Ok(())
    }

    /// Builds the segmenter's dictionary anew with the user's words (jieba cannot forget one).
    fn rebuild(&mut self) {
        self.segmenter.rebuild(&self.lexicon);
    }

    /// Analyzes `text`. Any string is fine: odd input gives fewer findings, never a panic.
    ///
    /// # Errors
    /// [`Error::InputTooLong`] when `text` is over [`MAX_INPUT_BYTES`].
    pub fn analyze(&self, text: &str, options: &Options) -> Result<Analysis, Error> {
        Doc::new(self, text, options)?.finish(self)
    }

    /// As [`Analyzer::analyze`], packed in numbers ([`PackedRest`], [`PackedTokens`]) for a
    /// binding that builds the objects itself, with the texts of the tokens and entities cut
    /// from the string it has.
    ///
    /// # Errors
    /// As [`Analyzer::analyze`].
    pub fn analyze_packed(&self, text: &str, options: &Options) -> Result<(PackedRest, PackedTokens), Error> {
        Doc::new(self, text, options)?.finish_packed(self)
    }

    /// `text` ready to be analysed a chunk at a time: [`Doc::step`] with this analyzer until it
    /// is done (showing [`Doc::progress`], stopping when asked), then [`Doc::finish`]. The result
    /// is [`Analyzer::analyze`]'s, relative dates after a chunk's end included.
    ///
    /// # Errors
    /// [`Error::InputTooLong`] when `text` is over [`MAX_INPUT_BYTES`].
    pub fn session<'t>(&self, text: impl Into<std::borrow::Cow<'t, str>>, options: &Options) -> Result<Doc<'t>, Error> {
        Doc::new(self, text, options)
    }

    /// Only the words of `text` with their tags: the first stage of [`Analyzer::analyze`], for
    /// callers that need nothing else (and to measure segmentation alone).
    ///
    /// # Errors
    /// [`Error::InputTooLong`] when `text` is over [`MAX_INPUT_BYTES`].
    pub fn segment(&self, text: &str) -> Result<Vec<Token>, Error> {
        check_length(text)?;
        let norm = normalize::run(text);
        let tokens = self.segmenter.run(&norm);
        let map = OffsetMap::new(text, &norm);
        Ok(Analysis::assemble(text, &map, tokens, Vec::new(), Vec::new(), Vec::new()).tokens)
    }

    /// As [`Analyzer::segment`], the tokens packed ([`PackedTokens`]).
    ///
    /// # Errors
    /// As [`Analyzer::segment`].
    pub fn segment_packed(&self, text: &str) -> Result<PackedTokens, Error> {
        check_length(text)?;
        let norm = normalize::run(text);
        let tokens = self.segmenter.run(&norm);
        let map = OffsetMap::new(text, &norm);
        Ok(PackedTokens::new(&map, &tokens))
    }
}

pub(crate) fn check_length(text: &str) -> Result<(), Error> {
    if text.len() > MAX_INPUT_BYTES {
        return Err(Error::InputTooLong { bytes: text.len(), limit: MAX_INPUT_BYTES });
    }
    Ok(())
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
        assert!(Options::with_reference_date("2018-02-29").is_err());
        assert!(Options::with_reference_date("2018/01/22").is_err());
        assert!(Options::with_reference_date("2018-01-22x").is_err());
        assert_eq!(
            Options::with_reference_date("2020-02-29 12:00").unwrap().reference_date,
            NaiveDate::from_ymd_opt(2020, 2, 29)
        );
        // The time of day when there is one; a date alone, or an odd time, has none.
        let time = |s: &str| Options::with_reference_date(s).unwrap().reference_time;
        assert_eq!(time("2020-02-29 12:05"), NaiveTime::from_hms_opt(12, 5, 0));
        assert_eq!(time("2018-01-22T08:30:15"), NaiveTime::from_hms_opt(8, 30, 15));
        assert_eq!(time("2018-01-22T08:30:15.250Z"), None);
        assert_eq!(time("2018-01-22"), None);
        assert_eq!(time("2018-01-22T25:00"), None);
        assert_eq!(time("2018-01-22T8:3"), None);
    }

    #[test]
    fn packed_analysis_is_the_analysis() {
        use crate::analysis::{Attrs, EntityKind, Source};
        let analyzer = Analyzer::new();
        let text = "𠮷记者 高洪驰报道,477万元。";
        let full = analyzer.analyze(text, &Options::default()).unwrap();
        let (rest, packed) = analyzer.analyze_packed(text, &Options::default()).unwrap();
        // The entities, unpacked: the attributes when more than a source, else the source.
        let entities: Vec<(EntityKind, usize, usize, Attrs)> = rest
            .entities
            .chunks(5)
            .map(|e| {
                let attrs = match (e[4], e[3]) {
                    (0, 0) => Attrs::default(),
                    (0, source) => Attrs { source: Some(Source::ALL[source as usize - 1]), ..Attrs::default() },
                    (k, _) => rest.attrs[k as usize - 1].clone(),
                };
                (EntityKind::ALL[e[0] as usize], e[1] as usize, e[2] as usize, attrs)
            })
            .collect();
        let expected: Vec<(EntityKind, usize, usize, Attrs)> =
            full.entities.iter().map(|e| (e.kind, e.start, e.end, e.attrs.clone())).collect();
        assert_eq!(entities, expected);
        assert!(entities.iter().any(|e| e.0 == EntityKind::Money && e.3.unit.as_deref() == Some("CNY")));
        let sentences: Vec<usize> = full.sentences.iter().flat_map(|s| [s.start, s.end]).collect();
        assert_eq!(rest.sentences.iter().map(|&u| u as usize).collect::<Vec<_>>(), sentences);
        assert_eq!(rest.keywords, full.keywords);
        let unpacked: Vec<(usize, usize, &str)> =
            packed.spans.chunks(3).map(|t| (t[0] as usize, t[1] as usize, packed.tags[t[2] as usize])).collect();
        let expected: Vec<(usize, usize, &str)> = full.tokens.iter().map(|t| (t.start, t.end, t.pos)).collect();
        assert_eq!(unpacked, expected);
        // 𠮷 is two UTF-16 units: 记者 starts at 2.
        assert_eq!(unpacked.get(1).map(|t| (t.0, t.1)), Some((2, 4)));
        let segmented = analyzer.segment_packed("记者 高洪驰").unwrap();
        assert_eq!(segmented.len(), 2);
    }

    #[test]
    fn input_over_the_limit_is_an_error_not_a_panic() {
        let analyzer = Analyzer::new();
        let big = "字".repeat(MAX_INPUT_BYTES / 3 + 1);
        let err = analyzer.analyze(&big, &Options::default()).unwrap_err();
        assert_eq!(err.kind(), "input_too_long");
    }
}
