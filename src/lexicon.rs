//! Word lists shipped in `data/` (sources and licenses in `data/README.md`), loaded once, and
//! the user's own words.

use std::collections::BTreeMap;

use rustc_hash::FxHashSet as HashSet;

use serde::{Deserialize, Serialize};

use crate::chars::CharSet;
use crate::error::Error;
use crate::gazetteer::Gazetteer;
use crate::lists::entries;

/// Longest word of the user dictionary, in characters.
pub const MAX_USER_WORD_CHARS: usize = 64;
/// Largest frequency of a user word (jieba's most frequent word, 的, has about 320 000).
pub const MAX_USER_FREQ: usize = 100_000_000;
/// Frequency of a user word added without one: enough to keep it whole in most sentences.
pub const DEFAULT_USER_FREQ: usize = 10_000;

/// The lists the entity rules consult.
#[derive(Debug, Clone)]
pub struct Lexicon {
    surnames: Words,
    /// China's divisions and the world's places.
    pub places: Gazetteer,
    /// Well-known organizations: 联合国, 国务院, 新华社.
    organizations: Words,
    /// Well-known people: 钟南山, 奥巴马, 屠呦呦.
    people: Words,
    /// The user's words, by word.
    pub user: BTreeMap<String, UserWord>,
}

/// What a user word is: the entity it makes, or `other` for a word that is only kept whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum WordType {
    /// A person: 王明.
    Person,
    /// A place: 王明口.
    Place,
    /// An organization: 周口市文联.
    Organization,
    /// A word kept whole that is no entity (and hides any entity over it): 王明口.
    Other,
}

impl WordType {
    /// The type of this name, as JSON and the bindings write it: `person`, `place`,
    /// `organization`, `other`.
    pub fn parse(name: &str) -> Option<Self> {
        match name {
            "person" => Some(WordType::Person),
            "place" => Some(WordType::Place),
            "organization" => Some(WordType::Organization),
            "other" => Some(WordType::Other),
            _ => None,
        }
    }

    /// The jieba tag a word of this type gets: `nr`, `ns`, `nt`, `nz`.
    pub fn tag(self) -> &'static str {
        match self {
            WordType::Person => "nr",
            WordType::Place => "ns",
            WordType::Organization => "nt",
            WordType::Other => "nz",
        }
    }
}

/// A word of the user dictionary, as exported and imported.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserWord {
    /// The word, 1 to 64 characters, no whitespace.
    pub word: String,
    /// What it is.
    #[serde(rename = "type")]
    pub kind: WordType,
    /// How common it is, 1 to 100 000 000, in jieba's scale (higher keeps it whole more often).
    #[serde(default = "default_freq")]
    pub freq: usize,
}

fn default_freq() -> usize {
    DEFAULT_USER_FREQ
}

/// The user dictionary as exported: `{"version": 1, "words": [{"word", "type", "freq"}, …]}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserDictionary {
    /// Format version, 1.
    pub version: u32,
    /// The words, sorted.
    pub words: Vec<UserWord>,
}

impl UserWord {
    /// Checks a word before it enters the dictionary.
    ///
    /// # Errors
    /// [`Error::BadUserWord`] when the word is empty, too long, holds whitespace or control
    /// characters, or its frequency is 0 or over [`MAX_USER_FREQ`].
    pub fn check(&self) -> Result<(), Error> {
        let bad = |reason: &str| Err(Error::BadUserWord { word: self.word.clone(), reason: reason.to_owned() });
        let chars = self.word.chars().count();
        if chars == 0 {
            return bad("the word is empty");
        }
        if chars > MAX_USER_WORD_CHARS {
            return bad("the word is longer than 64 characters");
        }
        if self.word.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return bad("the word holds whitespace or a control character");
        }
        if !(1..=MAX_USER_FREQ).contains(&self.freq) {
            return bad("the frequency must be from 1 to 100000000");
        }
        Ok(())
    }
}

impl Default for Lexicon {
    fn default() -> Self {
        Self::new()
    }
}

impl Lexicon {
    /// Reads the embedded lists.
    pub fn new() -> Self {
        Lexicon {
            surnames: Words::new(entries(include_str!("../data/surnames.txt"))),
            places: Gazetteer::new(),
            organizations: Words::new(entries(include_str!("../data/organizations.txt"))),
            people: Words::new(entries(include_str!("../data/people.txt"))),
            user: BTreeMap::new(),
        }
    }

    /// True for a well-known organization of the shipped list: 联合国, 北约, 新华社; a Latin
    /// acronym in any case (imf, Imf: IMF).
    pub fn is_known_organization(&self, word: &str) -> bool {
        self.organizations.contains(word)
            || word.is_ascii()
                && word.bytes().any(|b| b.is_ascii_lowercase())
                && self.organizations.contains(word.to_ascii_uppercase().as_str())
    }

    /// True for a well-known person of the shipped list: 钟南山, 奥巴马.
    pub fn is_known_person(&self, name: &str) -> bool {
        self.people.contains(name)
    }

    /// True when a well-known person's name may start with `c` (most characters start none).
    pub fn may_start_known_person(&self, c: char) -> bool {
        self.people.firsts.contains(c)
    }

    /// The well-known organizations, for the segmenter to keep whole.
    pub fn organizations(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.organizations.iter().copied()
    }

    /// The surname `name` starts with (compound first: 欧阳 before 欧), if any.
    pub fn surname_of<'n>(&self, name: &'n str) -> Option<&'n str> {
        let two = name.char_indices().nth(2).map_or(name.len(), |(i, _)| i);
        let one = name.char_indices().nth(1).map_or(name.len(), |(i, _)| i);
        [two, one].into_iter().filter_map(|end| name.get(..end)).find(|s| self.surnames.contains(s))
    }
}

/// A list of words, with two filters in front of the hash set: the rules ask the lists about
/// nearly every token, and most tokens have a length or a first character no word of the list has.
#[derive(Debug, Clone)]
struct Words {
    set: HashSet<&'static str>,
    /// Bit `n % 64` set for a word of `n` bytes.
    lengths: u64,
    /// The first characters of the words.
    firsts: CharSet,
}

impl Words {
    fn new(words: impl Iterator<Item = &'static str>) -> Self {
        let set: HashSet<&'static str> = words.collect();
        let lengths = set.iter().fold(0, |bits, w| bits | 1 << (w.len() % 64));
        let firsts = set.iter().filter_map(|w| w.chars().next()).collect();
        Words { set, lengths, firsts }
    }

    fn contains(&self, word: &str) -> bool {
        self.lengths >> (word.len() % 64) & 1 != 0
            && word.chars().next().is_none_or(|c| self.firsts.contains(c))
            && self.set.contains(word)
    }

    fn iter(&self) -> impl Iterator<Item = &&'static str> {
        self.set.iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_type_parses_from_its_json_name_and_nothing_else() {
        for kind in [WordType::Person, WordType::Place, WordType::Organization, WordType::Other] {
            let json = serde_json::to_string(&kind).unwrap_or_default();
            assert_eq!(WordType::parse(json.trim_matches('"')), Some(kind), "{json}");
        }
        for name in ["Person", "robot", "", "nr"] {
            assert_eq!(WordType::parse(name), None, "{name}");
        }
    }

    #[test]
    fn compound_surname_wins_over_single() {
        let lex = Lexicon::new();
        assert_eq!(lex.surname_of("欧阳修"), Some("欧阳"));
        assert_eq!(lex.surname_of("高洪驰"), Some("高"));
        assert_eq!(lex.surname_of("付永奇"), Some("付"));
        assert_eq!(lex.surname_of("的确"), None);
    }

    #[test]
    fn user_words_are_checked() {
        let word = |w: &str, freq| UserWord { word: w.to_owned(), kind: WordType::Person, freq };
        assert!(word("王明", 10).check().is_ok());
        assert!(word("", 10).check().is_err());
        assert!(word("王 明", 10).check().is_err());
        assert!(word("王明", 0).check().is_err());
        assert!(word(&"字".repeat(65), 10).check().is_err());
    }
}
