//! Word lists shipped in `data/` (sources and licenses in `data/README.md`), loaded once.

use std::collections::HashSet;

/// The lists the entity rules consult.
#[derive(Debug, Clone)]
pub struct Lexicon {
    surnames: HashSet<&'static str>,
    places: HashSet<&'static str>,
}

impl Default for Lexicon {
    fn default() -> Self {
        Self::new()
    }
}

impl Lexicon {
    /// Reads the embedded lists.
    pub fn new() -> Self {
        Lexicon { surnames: entries(include_str!("../data/surnames.txt")), places: entries(include_str!("../data/places.txt")) }
    }

    /// The surname `name` starts with (compound first: 欧阳 before 欧), if any.
    pub fn surname_of<'n>(&self, name: &'n str) -> Option<&'n str> {
        let two = name.char_indices().nth(2).map_or(name.len(), |(i, _)| i);
        let one = name.char_indices().nth(1).map_or(name.len(), |(i, _)| i);
        [two, one].into_iter().filter_map(|end| name.get(..end)).find(|s| self.surnames.contains(s))
    }

    /// True for a place of the shipped list: provinces with their short names.
    pub fn is_known_place(&self, word: &str) -> bool {
        self.places.contains(word)
    }
}

/// The non-empty, non-comment lines of a list.
fn entries(list: &'static str) -> HashSet<&'static str> {
    list.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect()
}

#[cfg(test)]
mod tests {
    use super::Lexicon;

    #[test]
    fn compound_surname_wins_over_single() {
        let lex = Lexicon::new();
        assert_eq!(lex.surname_of("欧阳修"), Some("欧阳"));
        assert_eq!(lex.surname_of("高洪驰"), Some("高"));
        assert_eq!(lex.surname_of("付永奇"), Some("付"));
        assert_eq!(lex.surname_of("的确"), None);
    }
}
