//! wenxi: the default dictionary loaded one group at a time, a group being the words that start
//! with one character, when a text that has the character is cut or a word that starts with it
//! is added. Filling the trie with all 349,045 words took most of the time to a first result in
//! the browser; a short text needs a few dozen groups of the 11,772.
//!
//! Words can also be deferred: added when their group is loaded, after the dictionary's words,
//! on a condition checked then. Or supplied: handed over by a function of the caller's when
//! their group is loaded, after the deferred ones, on the same conditions, so that the caller
//! need not even read them before. The total frequency is not changed by them; the caller sets
//! it.

use std::borrow::Cow;

use rustc_hash::FxHashMap;

use crate::Jieba;
use crate::packed_dict::{Group, PackedDict};

/// When a deferred word is added, checked once its group is loaded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AddIf {
    /// Always, as [`Jieba::add_word`] adds: a word the dictionary has gets the new frequency and
    /// keeps its tag.
    Always,
    /// When the dictionary does not have the word.
    Unknown,
    /// When the dictionary does not have the word, or the word is longer than this many
    /// characters.
    UnknownOrLongerThan(usize),
}

impl AddIf {
    /// True when a word (`known` or not to the dictionary) is added on this condition.
    pub fn allows(self, known: bool, word: &str) -> bool {
        match self {
            AddIf::Always => true,
            AddIf::Unknown => !known,
            AddIf::UnknownOrLongerThan(n) => !known || word.chars().count() > n,
        }
    }
}

#[derive(Clone)]
struct Deferred {
    word: Cow<'static, str>,
    freq: usize,
    tag: u32,
    add_if: AddIf,
    /// The word deferred before it with the same first character, an index into
    /// `Pending::deferred` (`NONE` for none).
    before: u32,
}

const NONE: u32 = u32::MAX;

/// A caller's words for [`Jieba::supply`]: `supplier(c, add)` calls `add(word, freq, tag,
/// add_if)` for each word that starts with `c`. A function, not a closure, so that a `Jieba`
/// stays `Clone`, `Send` and `Sync`.
pub type Supplier = fn(char, &mut dyn FnMut(&'static str, usize, &'static str, AddIf));

/// What is not loaded yet.
#[derive(Clone)]
pub(crate) struct Pending {
    dict: PackedDict<'static>,
    /// The dictionary's groups, in order of their first character.
    groups: Vec<Group>,
    /// The dictionary's tags, interned in the `Jieba`.
    tag_ids: Vec<u32>,
    /// A bit per code point: set while something that starts with it waits to be loaded.
    waiting: Vec<u64>,
    /// How many bits of `waiting` are set.
    waiting_count: usize,
    /// Every deferred word, in order: one vector rather than one per character (34,000 names
    /// under 3,000 characters made as many small vectors grow).
    deferred: Vec<Deferred>,
    /// The last word deferred under each character; the others follow `Deferred::before`.
    last_deferred: FxHashMap<char, u32>,
    /// What supplies words as their groups are loaded, and the characters it has words for.
    supplier: Option<Supplier>,
    supplied: Vec<char>,
}

impl Pending {
    #[inline]
    fn is_waiting(&self, c: char) -> bool {
        let c = c as usize;
        self.waiting[c >> 6] >> (c & 63) & 1 != 0
    }

    fn set_waiting(&mut self, c: char) {
        if !self.is_waiting(c) {
            let c = c as usize;
            self.waiting[c >> 6] |= 1 << (c & 63);
            self.waiting_count += 1;
        }
    }

    fn clear_waiting(&mut self, c: char) {
        if self.is_waiting(c) {
            let c = c as usize;
            self.waiting[c >> 6] &= !(1 << (c & 63));
            self.waiting_count -= 1;
        }
    }
}

impl Jieba {
    /// An instance with the embedded dictionary that loads each group of its words when it is
    /// first needed. Before `cut`, `tag`, `has_word` or `suggest_freq` on a text, call
    /// [`Jieba::load_for`] with that text (or check [`Jieba::is_loaded_for`]): they read only
    /// what is loaded. `add_word` loads what it needs itself.
    #[cfg(feature = "default-dict")]
    pub fn new_lazy() -> Self {
        let mut jieba = Self::empty();
        let dict = crate::packed_dict::PackedDict::new(crate::DEFAULT_DICT);
        let Some((dict, groups)) = dict.and_then(|d| d.groups().map(|g| (d, g))) else {
            debug_assert!(false, "the packed default dictionary does not parse");
            return jieba;
        };
        let tag_ids = dict.tags().iter().map(|tag| jieba.intern_tag(tag)).collect();
        jieba.total = dict.total();
        jieba.update_log_total();
        let mut pending = Pending {
            dict,
            groups: Vec::new(),
            tag_ids,
            waiting: vec![0; (char::MAX as usize >> 6) + 1],
            waiting_count: 0,
            deferred: Vec::new(),
            last_deferred: FxHashMap::default(),
            supplier: None,
            supplied: Vec::new(),
        };
        for group in &groups {
            pending.set_waiting(group.first);
        }
        pending.groups = groups;
        jieba.pending = Some(Box::new(pending));
        jieba
    }

    /// True when everything the words of `text` can start with is loaded.
    #[inline]
    pub fn is_loaded_for(&self, text: &str) -> bool {
        self.pending.as_ref().is_none_or(|p| !text.chars().any(|c| p.is_waiting(c)))
    }

    /// Loads the words that start with any character of `text`.
    pub fn load_for(&mut self, text: &str) {
        if self.pending.is_none() {
            return;
        }
        for c in text.chars() {
            self.load_char(c);
        }
    }

    /// Loads everything still waiting.
    pub fn load_all(&mut self) {
        let Some(pending) = self.pending.as_ref() else { return };
        let mut chars: Vec<char> = pending.groups.iter().map(|g| g.first).collect();
        chars.extend(pending.last_deferred.keys());
        chars.extend(&pending.supplied);
        for c in chars {
            self.load_char(c);
        }
    }

    /// Adds `word` when its group is loaded (now, if it is), if `add_if` holds then, without
    /// changing the total frequency: set that with [`Jieba::set_total_freq`].
    pub fn defer_word(&mut self, word: impl Into<Cow<'static, str>>, freq: usize, tag: &str, add_if: AddIf) {
        let word = word.into();
        let Some(first) = word.chars().next() else { return };
        let tag = self.intern_tag(tag);
        let mut deferred = Deferred { word, freq, tag, add_if, before: NONE };
        match self.pending.as_mut() {
            Some(pending) if pending.is_waiting(first) => {
                let index = u32::try_from(pending.deferred.len()).unwrap_or(NONE);
                deferred.before = pending.last_deferred.insert(first, index).unwrap_or(NONE);
                pending.deferred.push(deferred);
            }
            // Loaded, or nothing of the dictionary starts with `first`.
            _ => self.add_deferred(&deferred),
        }
    }

    /// Has `supplier` add its words that start with each of `chars` when that character's group
    /// is loaded (now, if it is), after the deferred words, on each word's `AddIf`. Call it once:
    /// a second supplier replaces the first, also for the first one's characters not loaded yet.
    pub fn supply(&mut self, chars: impl IntoIterator<Item = char>, supplier: Supplier) {
        let mut now = Vec::new();
        match self.pending.as_mut() {
            Some(pending) => {
                pending.supplier = Some(supplier);
                for c in chars {
                    if pending.is_waiting(c) {
                        pending.supplied.push(c);
                    } else {
                        // Loaded, or nothing of the dictionary starts with `c`.
                        now.push(c);
                    }
                }
            }
            None => now.extend(chars),
        }
        for c in now {
            self.add_supplied(supplier, c);
        }
    }

    fn add_supplied(&mut self, supplier: Supplier, c: char) {
        supplier(c, &mut |word, freq, tag, add_if| {
            let tag = self.intern_tag(tag);
            self.add_deferred(&Deferred { word: Cow::Borrowed(word), freq, tag, add_if, before: NONE });
        });
    }

    /// Sets the sum of the frequencies that segmentation divides by.
    pub fn set_total_freq(&mut self, total: usize) {
        self.total = total;
        self.update_log_total();
    }

    /// The sum of the frequencies that segmentation divides by.
    pub fn total_freq(&self) -> usize {
        self.total
    }

    pub(crate) fn load_char(&mut self, c: char) {
        let Some(mut pending) = self.pending.take() else { return };
        if pending.is_waiting(c) {
            pending.clear_waiting(c);
            if let Ok(i) = pending.groups.binary_search_by_key(&c, |g| g.first) {
                let tag_ids = &pending.tag_ids;
                pending.dict.for_each_in(&pending.groups[i], |word, freq, tag| {
                    self.push_tagged_record(word, freq, tag_ids.get(tag).copied().unwrap_or_default());
                });
            }
            let mut chain = Vec::new();
            let mut next = pending.last_deferred.remove(&c).unwrap_or(NONE);
            while let Some(deferred) = pending.deferred.get(next as usize) {
                chain.push(next);
                next = deferred.before;
            }
            for &i in chain.iter().rev() {
                self.add_deferred(&pending.deferred[i as usize]);
            }
            if let Some(supplier) = pending.supplier {
                self.add_supplied(supplier, c);
            }
        }
        if pending.waiting_count > 0 {
            self.pending = Some(pending);
        }
    }

    fn add_deferred(&mut self, deferred: &Deferred) {
        let known = self.trie.get(&deferred.word);
        let add = deferred.add_if.allows(known.is_some(), &deferred.word);
        match known {
            Some(word_id) if add => self.set_freq(word_id as usize, deferred.freq),
            None if add => self.push_tagged_record(&deferred.word, deferred.freq, deferred.tag),
            _ => {}
        }
    }
}

impl Jieba {
    /// The frequency and tag of `word`, if the loaded dictionary has it (for tests that compare
    /// two dictionaries).
    #[doc(hidden)]
    pub fn freq_and_tag(&self, word: &str) -> Option<(usize, &str)> {
        let word_id = self.trie.get(word)? as usize;
        Some((self.records[word_id].freq, self.record_tag(word_id)))
    }

    /// How many words are loaded.
    #[doc(hidden)]
    pub fn word_count(&self) -> usize {
        self.records.len()
    }
}
