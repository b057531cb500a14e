//! Sets of characters that the rules write as strings (`"第华摄半…"`), looked up in a bitmap
//! rather than by scanning the string: the scans showed in profiles, since most of them run
//! on every character or every token of a text.

use std::sync::OnceLock;

use rustc_hash::FxHashSet;

/// A set of characters given as a string; the set is built the first time it is asked.
pub struct Chars {
    list: &'static str,
    /// True when `list` is a list file of `data/lists/`: one character a line, `#` comments.
    file: bool,
    set: OnceLock<CharSet>,
}

impl Chars {
    /// The characters of `list`.
    pub const fn new(list: &'static str) -> Self {
        Chars { list, file: false, set: OnceLock::new() }
    }

    /// The characters of a list file's text (`char_list!` in `src/lists.rs`): the characters of
    /// its entries, without the comment lines.
    pub(crate) const fn of_file(text: &'static str) -> Self {
        Chars { list: text, file: true, set: OnceLock::new() }
    }

    /// The characters, as given (a list file's whole text for one made by `of_file`).
    pub fn list(&self) -> &'static str {
        self.list
    }

    /// True when `c` is one of the characters. Inlined: rules ask it for every character or
    /// token, and the call showed in the browser's profiles.
    #[inline]
    pub fn contains(&self, c: char) -> bool {
        self.set.get_or_init(|| self.build()).contains(c)
    }

    fn build(&self) -> CharSet {
        if self.file {
            crate::lists::entries(self.list).flat_map(str::chars).collect()
        } else {
            self.list.chars().collect()
        }
    }
}

/// A set of characters: a bit per character of the Basic Multilingual Plane (8 KiB, one load to
/// test), a hash set for the rest. [`Chars`] makes one of a string; rules make their own of
/// characters they work out (the last characters of a list of words).
#[derive(Clone)]
pub struct CharSet {
    bmp: Box<[u64; 1024]>,
    astral: FxHashSet<char>,
}

impl FromIterator<char> for CharSet {
    fn from_iter<I: IntoIterator<Item = char>>(chars: I) -> Self {
        let mut set = CharSet { bmp: Box::new([0; 1024]), astral: FxHashSet::default() };
        for c in chars {
            match set.bmp.get_mut(c as usize / 64) {
                Some(word) => *word |= 1 << (c as usize % 64),
                None => {
                    set.astral.insert(c);
                }
            }
        }
        set
    }
}

impl CharSet {
    /// True when `c` is in the set.
    #[inline]
    pub fn contains(&self, c: char) -> bool {
        match self.bmp.get(c as usize / 64) {
            Some(word) => word & (1 << (c as usize % 64)) != 0,
            None => self.astral.contains(&c),
        }
    }
}

impl std::fmt::Debug for CharSet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let count = self.bmp.iter().map(|w| w.count_ones() as usize).sum::<usize>() + self.astral.len();
        write!(f, "CharSet({count} chars)")
    }
}

/// The number of chars in `s`, as `s.chars().count()`. Inlined: the rules count the chars of
/// short words (a name of three, a suffix of two) on nearly every token, and the library's
/// out-of-line count for short strings showed in profiles (8% of the entity passes).
#[inline]
pub fn count(s: &str) -> usize {
    // A char starts at every byte that is not a continuation byte (0b10xx_xxxx).
    s.bytes().filter(|&b| (b as i8) >= -0x40).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contains_exactly_the_characters_of_the_list() {
        static SET: Chars = Chars::new("第华𠮷a");
        for c in ['第', '华', '𠮷', 'a'] {
            assert!(SET.contains(c), "{c}");
        }
        for c in ['地', 'b', ' ', '\0'] {
            assert!(!SET.contains(c), "{c}");
        }
    }

    #[test]
    fn count_is_the_number_of_chars() {
        for s in ["", "a", "文", "周口市", "𠮷a文", "e\u{301}"] {
            assert_eq!(count(s), s.chars().count(), "{s}");
        }
    }
}
