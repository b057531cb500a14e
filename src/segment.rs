//! Word segmentation and part-of-speech tags, by jieba-rs with its HMM for unknown words.
//!
//! This is the only file that imports `jieba_rs`.

use std::sync::{OnceLock, PoisonError, RwLock, RwLockReadGuard};

use rustc_hash::FxHashMap as HashMap;

/// The tags guessed for words outside the dictionary, kept over the parts of one text ([`Segmenter::run_with`]).
pub use jieba_rs::Guesses;
use jieba_rs::{AddIf, Jieba};

use crate::gazetteer;
use crate::lexicon::Lexicon;
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

/// Least frequency of a place name added to jieba's dictionary, so that a name the
/// dictionary would split (项城市 → 项城/市) stays whole; jieba's words run from 1 to millions.
const PLACE_FREQ: usize = 2_000;

/// The frequencies of the names that [`name_dictionary`] does not give [`PLACE_FREQ`], and
/// jieba's total frequency with all the names added: what adding them one by one to the whole
/// dictionary gives, worked out in advance so that the dictionary can be loaded as texts need it.
static NAME_FREQS: &str = include_str!("../data/name_freqs.tsv");

/// Cuts text into words with jieba's dictionary (MIT, from the jieba project), the place names
/// of the gazetteer, the user's words, and jieba's HMM for the rest.
pub struct Segmenter {
    /// Loads its dictionary's words as texts need them, so `run(&self)` may write: the lock is
    /// taken for writing only when a text has a character whose words are not loaded yet.
    jieba: RwLock<Jieba>,
    /// The user's words with the tag their type gives (`nr`, `ns`, `nt`, `nz`); it overrides
    /// the tag jieba's dictionary has for the same word.
    user: HashMap<String, &'static str>,
}

impl std::fmt::Debug for Segmenter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Segmenter").finish_non_exhaustive()
    }
}

impl Default for Segmenter {
    fn default() -> Self {
        Self::new(&Lexicon::new())
    }
}

impl Segmenter {
    /// Loads jieba's embedded dictionary and adds the lexicon's names: the gazetteer's (tagged
    /// `ns`), the well-known organizations (`nt`) and the user's words.
    pub fn new(lexicon: &Lexicon) -> Self {
        let mut segmenter = Segmenter { jieba: RwLock::new(name_dictionary(lexicon)), user: HashMap::default() };
        segmenter.add_user_words(lexicon);
        segmenter
    }

    /// Adds a word of the user's with its tag (`nr`, `ns`, `nt`, `nz`) and frequency.
    pub fn add_word(&mut self, word: &str, tag: &'static str, freq: usize) {
        self.jieba.get_mut().unwrap_or_else(PoisonError::into_inner).add_word(word, Some(freq), Some(tag));
        self.user.insert(word.to_owned(), intern(tag));
    }

    /// Loads every word of the dictionary that is not loaded yet.
    pub fn load_all(&mut self) {
        self.jieba.get_mut().unwrap_or_else(PoisonError::into_inner).load_all();
    }

    /// Starts again from jieba's dictionary and the lexicon's names and user words. jieba cannot
    /// forget a word, so removing one means building the dictionary anew.
    pub fn rebuild(&mut self, lexicon: &Lexicon) {
        self.jieba = RwLock::new(name_dictionary(lexicon));
        self.user.clear();
        self.add_user_words(lexicon);
    }

    fn add_user_words(&mut self, lexicon: &Lexicon) {
        for w in lexicon.user.values() {
            self.add_word(&w.word, w.kind.tag(), w.freq);
        }
    }

    /// Cuts `text` into tagged words, in order. Runs of whitespace are not tokens.
    ///
    /// `记者高洪驰` → `记者/n 高洪驰/nr`; `7个乡镇` → `7/m 个/q 乡镇/n`.
    pub fn run(&self, text: &str) -> Vec<Token> {
        self.run_with(text, &mut Guesses::default())
    }

    /// As [`Segmenter::run`], for one part of a longer text: the tags guessed for words outside
    /// the dictionary are kept in `guesses` for the next parts.
    pub fn run_with(&self, text: &str, guesses: &mut Guesses) -> Vec<Token> {
        let mut tokens = Vec::with_capacity(text.len() / 4);
        self.loaded_for(text).tag_each_known_with(text, true, guesses, |tag, known| {
            if tag.word.chars().all(char::is_whitespace) {
                return;
            }
            let user = if self.user.is_empty() { None } else { self.user.get(tag.word) };
            let pos = if let Some(user) = user {
                user
            } else if tag.word.chars().all(is_punctuation) {
                "w"
            } else {
                intern(tag.tag)
            };
            tokens.push(Token { span: Span::new(tag.byte_start, tag.byte_end), pos, known });
        });
        self.split_glued_levels(text, &mut tokens);
        tokens
    }

    /// 由市/n 人民政府/nt → 由/p 市/n 人民政府: jieba's model glues a preposition or a verb of
    /// passing on to the level (市, 省, 县…) of the body named after it, which then has no level.
    fn split_glued_levels(&self, text: &str, tokens: &mut Vec<Token>) {
        /// Prepositions and verbs of passing a matter on (报 to report to, 经 through).
        const GLUED: [char; 12] = ['由', '向', '报', '经', '对', '从', '给', '为', '与', '和', '同', '在'];
        const LEVELS: [char; 6] = ['市', '省', '县', '区', '乡', '镇'];
        let glued = |k: usize| {
            let (Some(t), Some(n)) = (tokens.get(k), tokens.get(k + 1)) else { return None };
            // (The next word's tag first: it rejects nearly every token. Not a word of the
            // dictionary: 和县 is a county.)
            if n.pos != "nt" || t.span.len() != 6 || t.known {
                return None;
            }
            let mut cs = t.span.text(text).chars();
            let (Some(a), Some(b), None) = (cs.next(), cs.next(), cs.next()) else { return None };
            (GLUED.contains(&a) && LEVELS.contains(&b) && n.span.start == t.span.end)
                .then_some(t.span.start + a.len_utf8())
        };
        // Seldom any: most texts are left as they are.
        if !(0..tokens.len()).any(|k| glued(k).is_some()) {
            return;
        }
        let mut out = Vec::with_capacity(tokens.len() + 4);
        for k in 0..tokens.len() {
            let Some(t) = tokens.get(k).cloned() else { continue };
            match glued(k) {
                Some(cut) => {
                    for span in [Span::new(t.span.start, cut), Span::new(cut, t.span.end)] {
                        let pos = self.tag_of(span.text(text)).unwrap_or(t.pos);
                        out.push(Token { span, pos, known: true });
                    }
                }
                None => out.push(t),
            }
        }
        *tokens = out;
    }

    /// True when `word` is in the dictionary.
    pub fn knows(&self, word: &str) -> bool {
        self.loaded_for(word).has_word(word)
    }

    /// The tag of `word` in the dictionary (the user's tag for a user word), if it is there.
    pub fn tag_of(&self, word: &str) -> Option<&'static str> {
        if let Some(&tag) = self.user.get(word) {
            return Some(tag);
        }
        self.loaded_for(word).freq_and_tag(word).map(|(_, tag)| intern(tag))
    }

    /// jieba with every word that can start at a character of `text` loaded.
    fn loaded_for(&self, text: &str) -> RwLockReadGuard<'_, Jieba> {
        let jieba = self.jieba.read().unwrap_or_else(PoisonError::into_inner);
        if jieba.is_loaded_for(text) {
            return jieba;
        }
        drop(jieba);
        self.jieba.write().unwrap_or_else(PoisonError::into_inner).load_for(text);
        self.jieba.read().unwrap_or_else(PoisonError::into_inner)
    }
}

/// Splits the tokens that cross a boundary of a name, so that tokens never cut through one: a
/// byline read off the characters (`记者马月红`) may end inside a word jieba made. `cuts` are
/// byte offsets, sorted. A piece takes the tag `dictionary` gives it (a word of jieba's:
/// `队为/p` cut after 队 gives 队/n) and otherwise keeps the token's.
pub fn align(tokens: Vec<Token>, cuts: &[usize], dictionary: impl Fn(Span) -> Option<&'static str>) -> Vec<Token> {
    // Mostly no cut falls inside a token: then the tokens are the answer as they are.
    let mut next_cut = cuts.iter().peekable();
    let crossed = tokens.iter().any(|t| {
        while next_cut.next_if(|&&c| c <= t.span.start).is_some() {}
        next_cut.peek().is_some_and(|&&c| c < t.span.end)
    });
    if !crossed {
        return tokens;
    }
    let mut out = Vec::with_capacity(tokens.len() + cuts.len());
    let mut next_cut = cuts.iter().peekable();
    let piece = |span: Span, pos: &'static str| match dictionary(span) {
        Some(tag) => Token { span, pos: tag, known: true },
        None => Token { span, pos, known: false },
    };
    for t in tokens {
        while next_cut.next_if(|&&c| c <= t.span.start).is_some() {}
        let mut start = t.span.start;
        while let Some(cut) = next_cut.next_if(|&&c| c < t.span.end) {
            out.push(piece(Span::new(start, *cut), t.pos));
            start = *cut;
        }
        if start == t.span.start {
            out.push(t);
        } else {
            out.push(piece(Span::new(start, t.span.end), t.pos));
        }
    }
    out
}

/// jieba's dictionary with the well-known organizations (tagged `nt` when jieba does not know
/// them) and the gazetteer's names: full names (项城市, 王明口镇, 美国) kept whole
/// and tagged `ns`, short forms (沈丘) added when jieba does not know them. A two-character
/// name jieba already has keeps its own tag: 城区 is a district's name but mostly a plain noun.
///
/// A name gets the frequency that keeps it whole (jieba's `suggest_freq`), at least
/// [`PLACE_FREQ`]; a township's name only [`PLACE_FREQ`], for it may also be a phrase (宜居乡 in
/// 宜居乡村). The frequencies depend on the whole dictionary and on the names added before, so
/// they come from [`NAME_FREQS`] (`tests::name_freqs_are_current` works them out again). The
/// organizations wait in jieba until a text needs the words they start with; the places are
/// read from the gazetteer only then ([`supply_places`]).
fn name_dictionary(lexicon: &Lexicon) -> Jieba {
    let mut jieba = Jieba::new_lazy();
    for org in lexicon.organizations() {
        let kind = Name::Organization;
        jieba.defer_word(org, kind.freq(org), kind.tag(), kind.add_if());
    }
    jieba.supply(gazetteer::first_chars(), supply_places);
    jieba.set_total_freq(name_freqs().total);
    jieba
}

/// The gazetteer's names that start with `c`, as [`name_dictionary`] adds them.
fn supply_places(c: char, add: &mut dyn FnMut(&'static str, usize, &'static str, AddIf)) {
    for_each_place(Some(c), |name, kind| add(name, kind.freq(name), kind.tag(), kind.add_if()));
}

/// What [`name_dictionary`] adds a name as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Name {
    Organization,
    /// A place's full name, above a township.
    Full,
    Township,
    Short,
}

impl Name {
    fn tag(self) -> &'static str {
        if self == Name::Organization { "nt" } else { "ns" }
    }

    /// When the name is added: a two-character full name jieba has keeps jieba's reading, a
    /// short form jieba has is that word.
    fn add_if(self) -> AddIf {
        match self {
            Name::Organization => AddIf::Always,
            Name::Full | Name::Township => AddIf::UnknownOrLongerThan(2),
            Name::Short => AddIf::Unknown,
        }
    }

    /// True when the name gets the frequency that keeps it whole, not just [`PLACE_FREQ`].
    fn keeps_whole(self) -> bool {
        matches!(self, Name::Organization | Name::Full)
    }

    /// The frequency `name` is added with.
    fn freq(self, name: &str) -> usize {
        if self.keeps_whole() { name_freqs().get(name) } else { PLACE_FREQ }
    }

    /// The order [`tests::eager_name_dictionary`] adds the kinds in, as the dictionary was
    /// built before it was deferred.
    #[cfg(test)]
    fn order(self) -> u8 {
        match self {
            Name::Organization => 0,
            Name::Full | Name::Township => 1,
            Name::Short => 2,
        }
    }
}

/// Calls `f` with the names [`name_dictionary`] adds: the organizations, then the places.
#[cfg(test)]
fn for_each_name(lexicon: &Lexicon, mut f: impl FnMut(&'static str, Name)) {
    lexicon.organizations().for_each(|org| f(org, Name::Organization));
    for_each_place(None, f);
}

/// Calls `f` with the gazetteer's names that start with `c` (all with `None`): the full names,
/// then the short ones. Within each kind the order does not matter: a name waits for its
/// group, where only the same word added before can change what it does.
fn for_each_place(c: Option<char>, mut f: impl FnMut(&'static str, Name)) {
    let mut short = Vec::new();
    gazetteer::for_each_name(c, |name, kind| {
        if kind.is_full_name() {
            f(name, if kind.is_township() { Name::Township } else { Name::Full });
        }
        if kind.is_short_name() {
            short.push(name);
        }
    });
    short.into_iter().for_each(|name| f(name, Name::Short));
}

/// [`NAME_FREQS`] read once.
fn name_freqs() -> &'static NameFreqs<'static> {
    static FREQS: OnceLock<NameFreqs<'static>> = OnceLock::new();
    FREQS.get_or_init(|| NameFreqs::parse(NAME_FREQS))
}

/// [`NAME_FREQS`] read: `total` and its number, then a name and its frequency per line.
struct NameFreqs<'a> {
    total: usize,
    freqs: HashMap<&'a str, usize>,
}

impl<'a> NameFreqs<'a> {
    fn parse(text: &'a str) -> Self {
        let mut out = NameFreqs { total: 0, freqs: HashMap::default() };
        for line in text.lines().filter(|l| !l.starts_with('#')) {
            let Some((name, freq)) = line.split_once('\t') else { continue };
            let Ok(freq) = freq.parse() else { continue };
            if name == "total" {
                out.total = freq;
            } else {
                out.freqs.insert(name, freq);
            }
        }
        out
    }

    fn get(&self, name: &str) -> usize {
        self.freqs.get(name).copied().unwrap_or(PLACE_FREQ)
    }
}

/// True for punctuation and symbols: what is neither a letter, a digit nor whitespace.
///
/// Asked of every token, mostly of a Chinese character: the block of common ideographs (all
/// letters) and the common Chinese punctuation are answered before the Unicode tables, whose
/// lookups were 4% of segmenting.
fn is_punctuation(c: char) -> bool {
    if ('\u{4E00}'..='\u{9FFF}').contains(&c) {
        return false;
    }
    matches!(
        c,
        '。' | '、'
            | '“'
            | '”'
            | '‘'
            | '’'
            | '《'
            | '》'
            | '〈'
            | '〉'
            | '—'
            | '…'
            | '·'
            | '【'
            | '】'
            | '「'
            | '」'
    ) || !c.is_alphanumeric() && !c.is_whitespace()
}

/// jieba's tags as `'static` strings, so tokens need no allocation for them.
const TAGS: &[&str] = &[
    "a", "ad", "ag", "an", "b", "bg", "c", "d", "df", "dg", "e", "en", "eng", "f", "g", "h", "i", "in", "j", "jn", "k",
    "l", "ln", "m", "mg", "mq", "n", "ng", "nr", "nrf", "nrfg", "nrt", "ns", "nt", "nz", "o", "p", "q", "qe", "qg",
    "r", "rg", "rr", "rz", "s", "t", "tg", "u", "ud", "ug", "uj", "ul", "uv", "uz", "v", "vd", "vg", "vi", "vn", "vq",
    "w", "x", "y", "yg", "z", "zg",
];

fn intern(tag: &str) -> &'static str {
    static BY_KEY: OnceLock<HashMap<u32, &'static str>> = OnceLock::new();
    let by_key = BY_KEY.get_or_init(|| TAGS.iter().filter_map(|&t| Some((tag_key(t)?, t))).collect());
    tag_key(tag).and_then(|k| by_key.get(&k)).copied().unwrap_or("x")
}

/// A tag of up to four bytes as one number, so that looking it up compares no strings.
fn tag_key(tag: &str) -> Option<u32> {
    let bytes = tag.as_bytes();
    (bytes.len() <= 4).then(|| bytes.iter().fold(0u32, |key, &b| key << 8 | u32::from(b)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cut(text: &str) -> Vec<(&str, &'static str)> {
        let seg = Segmenter::default();
        seg.run(text).into_iter().map(|t| (t.span.text(text), t.pos)).collect()
    }

    #[test]
    fn parts_of_a_text_tag_alike_with_the_guesses_of_the_parts_before() {
        // Made-up names outside the dictionary, in both parts: the second part's come from the
        // first part's guesses.
        let text = "记者扈倩婵报道，郏泸镭和扈倩婵出席。\n郏泸镭说，扈倩婵和郏泸镭都来了。";
        let (first, second) = text.split_at(text.find('\n').map_or(0, |i| i + 1));
        let seg = Segmenter::default();
        let mut guesses = Guesses::default();
        let shared = [seg.run_with(first, &mut guesses), seg.run_with(second, &mut guesses)];
        assert_eq!(shared, [seg.run(first), seg.run(second)]);
        assert!(shared[1].iter().any(|t| t.span.text(second) == "扈倩婵" && !t.known), "{:?}", shared[1]);
    }

    /// The names added one by one to the whole dictionary, in the order [`name_dictionary`]
    /// defers them, and what that gives [`NAME_FREQS`].
    fn eager_name_dictionary(lexicon: &Lexicon) -> (Jieba, String) {
        let mut jieba = Jieba::new();
        let mut lines = Vec::new();
        // Here the order matters: suggest_freq depends on the names added before.
        let mut names = Vec::new();
        for_each_name(lexicon, |name, kind| names.push((name, kind)));
        names.sort_by_key(|&(name, kind)| (kind.order(), name));
        for (name, kind) in names {
            if !kind.add_if().allows(jieba.has_word(name), name) {
                continue;
            }
            let freq = if kind.keeps_whole() { jieba.suggest_freq(name).max(PLACE_FREQ) } else { PLACE_FREQ };
            if freq != PLACE_FREQ {
                lines.push(format!("{name}\t{freq}\n"));
            }
            jieba.add_word(name, Some(freq), Some(kind.tag()));
        }
        let header = "# Made by `WENXI_BLESS=1 cargo test --release --lib name_freqs` (src/segment.rs), which adds\n\
                      # the names to jieba's whole dictionary one by one; read by name_dictionary there.\n";
        let text = format!("{header}total\t{}\n{}", jieba.total_freq(), lines.concat());
        (jieba, text)
    }

    #[test]
    fn name_freqs_are_current() {
        let (_, text) = eager_name_dictionary(&Lexicon::new());
        if std::env::var_os("WENXI_BLESS").is_some() {
            std::fs::write(concat!(env!("CARGO_MANIFEST_DIR"), "/data/name_freqs.tsv"), &text).unwrap();
        } else {
            assert!(
                text == NAME_FREQS,
                "data/name_freqs.tsv is out of date: run WENXI_BLESS=1 cargo test --release --lib name_freqs"
            );
        }
    }

    #[test]
    fn the_lazy_dictionary_loaded_is_the_eager_one() {
        let lexicon = Lexicon::new();
        let (eager, _) = eager_name_dictionary(&lexicon);
        let mut lazy = name_dictionary(&lexicon);
        assert!(!lazy.is_loaded_for("项城市"));
        lazy.load_all();
        assert!(lazy.is_loaded_for("项城市"));
        assert_eq!(lazy.total_freq(), eager.total_freq());
        assert_eq!(lazy.word_count(), eager.word_count());
        let mut words = Vec::new();
        jieba_rs::for_each_default_word(|word, _, _| words.push(word.to_owned()));
        for_each_name(&lexicon, |name, _| words.push(name.to_owned()));
        for word in &words {
            assert_eq!(lazy.freq_and_tag(word), eager.freq_and_tag(word), "{word}");
        }
    }

    #[test]
    fn loading_for_a_text_loads_what_it_needs() {
        let mut lazy = name_dictionary(&Lexicon::new());
        lazy.load_for("项城市王明口镇");
        assert!(lazy.is_loaded_for("城市王口镇"));
        assert!(!lazy.is_loaded_for("记者"));
        // The names deferred under 项 and 王 are in, with the words of the dictionary.
        assert_eq!(lazy.freq_and_tag("王明口镇"), Some((PLACE_FREQ, "ns")));
        assert!(lazy.has_word("项城市") && lazy.has_word("城市"));
        // A word added now loads its group first and keeps the group's words.
        lazy.add_word("记者站长", Some(5), Some("n"));
        assert!(lazy.has_word("记者") && lazy.has_word("记者站长"));
        // Loading the default dictionary into it loads what waits, once.
        let before = lazy.word_count();
        lazy.load_default_dict();
        let all = lazy.word_count();
        lazy.load_default_dict();
        assert!(all > before && lazy.word_count() == all && lazy.is_loaded_for("任何文字"));
    }

    #[test]
    fn unknown_name_is_joined_and_tagged_person() {
        // 高洪驰 is not in jieba's dictionary: the HMM joins it, the POS model calls it nr.
        let tokens = cut("记者 高洪驰");
        assert_eq!(tokens, vec![("记者", "n"), ("高洪驰", "nr")]);
    }

    #[test]
    fn every_tag_interns_to_itself() {
        assert!(TAGS.iter().all(|t| intern(t) == *t));
        assert_eq!(intern("not-a-tag"), "x");
    }

    #[test]
    fn known_says_whether_the_dictionary_has_the_word() {
        let seg = Segmenter::default();
        let text = "记者高洪驰报道";
        for t in seg.run(text) {
            assert_eq!(t.known, seg.knows(t.span.text(text)), "{}", t.span.text(text));
        }
    }

    #[test]
    fn a_preposition_glued_to_the_level_of_a_body_is_cut_off() {
        let seg = Segmenter::default();
        let text = "规划由市人民政府审批，向市人大常委会报告。";
        let words: Vec<(&str, &str)> = seg.run(text).iter().map(|t| (t.span.text(text), t.pos)).collect();
        for (word, pos) in [("由", "p"), ("市", "n"), ("向", "p")] {
            assert!(words.contains(&(word, pos)), "{word}: {words:?}");
        }
        assert!(words.iter().all(|w| w.0 != "由市" && w.0 != "向市"), "{words:?}");
        // Not a word of the dictionary: 和县 is a county.
        let text = "和县人民政府发布通知。";
        assert!(seg.run(text).iter().any(|t| t.span.text(text) == "和县"));
        // Not before an ordinary word: 城市 stays whole.
        let text = "他在城市工作。";
        assert!(seg.run(text).iter().any(|t| t.span.text(text) == "城市"));
    }

    #[test]
    fn punctuation_is_what_is_neither_letter_digit_nor_space() {
        for c in (0..0x11_0000).filter_map(char::from_u32) {
            assert_eq!(is_punctuation(c), !c.is_alphanumeric() && !c.is_whitespace(), "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn align_splits_only_the_tokens_a_cut_falls_inside() {
        let token = |start, end| Token { span: Span::new(start, end), pos: "n", known: true };
        let spans = |tokens: Vec<Token>| tokens.iter().map(|t| (t.span.start, t.span.end)).collect::<Vec<_>>();
        let tokens = vec![token(0, 6), token(6, 9), token(9, 18)];
        let none = |_: Span| None;
        // Cuts at token edges change nothing.
        assert_eq!(spans(align(tokens.clone(), &[0, 6, 18], none)), [(0, 6), (6, 9), (9, 18)]);
        // Cuts inside split; pieces the dictionary does not know keep the tag.
        let split = align(tokens.clone(), &[3, 9, 12, 15], none);
        assert_eq!(spans(split.clone()), [(0, 3), (3, 6), (6, 9), (9, 12), (12, 15), (15, 18)]);
        assert!(split.iter().all(|t| t.pos == "n"));
        assert_eq!(split.iter().map(|t| t.known).collect::<Vec<_>>(), [false, false, true, false, false, false]);
        // A piece the dictionary knows takes its tag.
        let split = align(tokens, &[3], |s: Span| (s == Span::new(3, 6)).then_some("p"));
        assert_eq!(
            split.iter().map(|t| (t.pos, t.known)).collect::<Vec<_>>(),
            [("n", false), ("p", true), ("n", true), ("n", true)]
        );
    }

    #[test]
    fn a_piece_of_a_split_token_takes_its_dictionary_tag() {
        let seg = Segmenter::default();
        assert_eq!(seg.tag_of("队"), Some("n"));
        assert_eq!(seg.tag_of("为"), Some("p"));
        assert_eq!(seg.tag_of("队为"), None);
    }

    #[test]
    fn whitespace_is_skipped_and_punctuation_tagged_w() {
        let tokens = cut("记者，\n 周口");
        assert_eq!(tokens.iter().map(|t| t.0).collect::<Vec<_>>(), ["记者", "，", "周口"]);
        assert_eq!(tokens[1].1, "w");
    }
}
