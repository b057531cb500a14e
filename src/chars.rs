//! Sets of characters that the rules write as strings (`"第华摄半…"`), looked up by hashing
//! rather than by scanning the string: the scans showed in profiles, since most of them run
//! on every character or every token of a text.

use std::sync::OnceLock;

use rustc_hash::FxHashSet;

/// A set of characters given as a string; the set is built the first time it is asked.
pub struct Chars {
    list: &'static str,
    set: OnceLock<FxHashSet<char>>,
}

impl Chars {
    /// The characters of `list`.
    pub const fn new(list: &'static str) -> Self {
        Chars { list, set: OnceLock::new() }
    }

    /// True when `c` is one of the characters.
    pub fn contains(&self, c: char) -> bool {
        self.set.get_or_init(|| self.list.chars().collect()).contains(&c)
    }
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
}
