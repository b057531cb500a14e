//! The word lists of `data/` as the rules read them (sources and licenses in `data/README.md`):
//! one entry a line, `#` starts a comment line. They are compiled in (`include_str!`: the wasm has
//! no files) and parsed once, on first use.

use std::sync::OnceLock;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// The list `data/lists/<name>.txt`, embedded: `list!("<name>")`.
macro_rules! list {
    ($name:literal) => {
        $crate::lists::List::new(include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/data/lists/", $name, ".txt")))
    };
}
pub(crate) use list;

/// The characters of the list `data/lists/<name>.txt` (one a line), embedded, as a
/// [`Chars`](crate::chars::Chars): `char_list!("<name>")`.
macro_rules! char_list {
    ($name:literal) => {
        $crate::chars::Chars::of_file(include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/data/lists/", $name, ".txt")))
    };
}
pub(crate) use char_list;

/// The entries of a list file: its lines, trimmed, less the empty ones and the comments (`#`).
pub(crate) fn entries(list: &'static str) -> impl Iterator<Item = &'static str> {
    list.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// A word list of `data/lists/`, in the file's order, parsed on first use.
pub(crate) struct List {
    text: &'static str,
    parsed: OnceLock<Parsed>,
}

struct Parsed {
    words: Box<[&'static str]>,
    set: HashSet<&'static str>,
    /// Bit `n % 64` set for a word of `n` bytes: most words asked about have a length no entry has.
    lengths: u64,
    /// The entries by their last character, for [`List::any_ends`] (asked for many tokens).
    by_last: HashMap<char, Vec<&'static str>>,
    /// The first characters of the entries: most words asked about start with none.
    firsts: crate::chars::CharSet,
}

impl List {
    /// The list of the text of a list file (see [`list!`]).
    pub(crate) const fn new(text: &'static str) -> Self {
        List { text, parsed: OnceLock::new() }
    }

    fn parsed(&self) -> &Parsed {
        self.parsed.get_or_init(|| {
            let words: Box<[&'static str]> = entries(self.text).collect();
            let set: HashSet<&'static str> = words.iter().copied().collect();
            let lengths = words.iter().fold(0, |bits, w| bits | 1 << (w.len() % 64));
            let mut by_last: HashMap<char, Vec<&'static str>> = HashMap::default();
            for &w in &words {
                if let Some(c) = w.chars().next_back() {
                    by_last.entry(c).or_default().push(w);
                }
            }
            let firsts = words.iter().filter_map(|w| w.chars().next()).collect();
            Parsed { words, set, lengths, by_last, firsts }
        })
    }

    /// The entries, in the file's order.
    pub(crate) fn words(&self) -> &[&'static str] {
        &self.parsed().words
    }

    /// The entries, in the file's order.
    pub(crate) fn iter(&self) -> std::slice::Iter<'_, &'static str> {
        self.words().iter()
    }

    /// True when `word` is an entry.
    pub(crate) fn contains(&self, word: &str) -> bool {
        let p = self.parsed();
        p.lengths >> (word.len() % 64) & 1 != 0
            && word.chars().next().is_some_and(|c| p.firsts.contains(c))
            && p.set.contains(word)
    }

    /// True when `word` ends with an entry.
    pub(crate) fn any_ends(&self, word: &str) -> bool {
        let Some(last) = word.chars().next_back() else { return false };
        self.parsed().by_last.get(&last).is_some_and(|ends| ends.iter().any(|e| word.ends_with(e)))
    }

    /// True when `word` starts with an entry.
    pub(crate) fn any_starts(&self, word: &str) -> bool {
        self.iter().any(|e| word.starts_with(e))
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;

    /// Every file of `data/lists/`: a header that says what the list is, which code reads it and
    /// its source; entries without whitespace, each once; read by some `list!` or `char_list!` of `src/`.
    #[test]
    fn every_list_says_what_it_is_and_is_read() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut sources = String::new();
        let mut dirs = vec![root.join("src")];
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    dirs.push(path);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    sources.push_str(&std::fs::read_to_string(&path).unwrap_or_default());
                }
            }
        }
        let mut count = 0;
        for entry in std::fs::read_dir(root.join("data/lists")).into_iter().flatten().flatten() {
            let path = entry.path();
            let name = path.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_owned();
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            let header: Vec<&str> = text.lines().take_while(|l| l.starts_with('#')).collect();
            assert!(header.iter().any(|l| l.starts_with("# Read by: src/")), "{name}: no `# Read by:` line");
            assert!(header.iter().any(|l| l.starts_with("# Source: ")), "{name}: no `# Source:` line");
            let words: Vec<&str> = entries(text.leak()).collect();
            assert!(!words.is_empty(), "{name}: empty");
            assert!(words.iter().all(|w| !w.contains(char::is_whitespace)), "{name}: an entry with a space");
            let mut sorted = words.clone();
            sorted.sort_unstable();
            assert!(sorted.windows(2).all(|w| w[0] != w[1]), "{name}: an entry twice");
            let chars = sources.contains(&format!("char_list!(\"{name}\")"));
            assert!(
                chars || sources.contains(&format!("list!(\"{name}\")")),
                "{name}: no `list!(\"{name}\")` or `char_list!(\"{name}\")` reads it"
            );
            assert!(!chars || words.iter().all(|w| w.chars().count() == 1), "{name}: not one character a line");
            count += 1;
        }
        assert!(count > 0);
    }

    #[test]
    fn a_list_answers_in_its_order() {
        let list = List::new("# a comment\n\n 公司 \n集团\n# another\n公司\n");
        assert_eq!(list.words(), ["公司", "集团", "公司"]);
        assert!(list.contains("集团") && !list.contains("集") && !list.contains("# a comment"));
        assert!(list.any_ends("万达集团") && !list.any_ends("集团军"));
        assert!(list.any_starts("集团军") && !list.any_starts("大集团"));
    }
}
