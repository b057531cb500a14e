//! The place lists as one table, made at build time: `build.rs` includes this file, reads
//! `data/gazetteer.tsv` and `data/world.txt`, and writes the table that [`super::Gazetteer`]
//! reads in place. Reading the lists at start-up (42,000 divisions into hash maps, then every
//! name into jieba) took most of the time to a first result in the browser; the table is read
//! a character at a time, as texts need it.
//!
//! Layout, integers little-endian:
//!
//! ```text
//! "WXG2"  u32 chars  u32 codes  u64 lengths (bit n % 64 set for a name of n bytes)
//! chars × (u32 first character, u32 offset of its block in the records)
//! codes × (u32 code, u32 offset of the record of its full name)   divisions above townships, by code
//! records: the names in byte order (so grouped by first character), each
//!     u8 length, the name, u8 kind, LEB128 n + n codes (the divisions it is the full name of,
//!     in list order), LEB128 m + m codes (the divisions it is the short form of)
//! ```
//!
//! A code in a record is LEB128 of `2 × i` for the `i`-th division of the code table, or of
//! `2 × (1024 × i + t) + 1` for the township `t` (its last three digits) of the `i`-th: half the
//! size of the codes themselves after gzip, where the codes were most of the table.
//!
//! Only the standard library here: build scripts cannot use the crate's dependencies.

use std::collections::BTreeMap;

/// The version stamp `data/gazetteer.tsv` must carry on its first line.
pub const STAMP: &str = "# wenxi gazetteer v1:";

/// The first bytes of the table.
pub const MAGIC: &[u8; 4] = b"WXG2";

/// The longest name the table may hold, in bytes: the mask of lengths has a bit for each length up
/// to it, and a word longer than it is answered without a look-up. build.rs fails on a longer
/// name (the longest of the lists is 45 bytes).
pub const LONGEST_NAME: usize = 63;

/// The bit of a name's byte length in a mask of lengths (the table's header, a block's):
/// `n % 64` for `n` bytes, one bit per length for names of at most `LONGEST_NAME` bytes.
pub fn length_bit(name: &str) -> u64 {
    1 << (name.len() % 64)
}

/// Bits of a name's kind (see `NameKind`).
pub mod kind {
    /// The full name of a division of China's list.
    pub const DIVISION: u8 = 1;
    /// A name of the world list.
    pub const WORLD: u8 = 2;
    /// A division's short form.
    pub const SHORT: u8 = 4;
    /// A province's or prefecture's short form.
    pub const PREFECTURE_SHORT: u8 = 8;
    /// Only townships have this full name.
    pub const TOWNSHIP: u8 = 16;
    /// A city or a state of the world list (its part from [`super::CITIES_FROM`] on): a country
    /// before it makes one place of both (英国伦敦, 美国加州).
    pub const WORLD_CITY: u8 = 32;
}

/// The line of `data/world.txt` its cities and states come after.
pub const CITIES_FROM: &str = "# -- major foreign cities";

/// One division of the list: 河南省 (41), 周口市 (4116), 沈丘县 (411624), 王明口镇 (411681111).
#[derive(Debug, Clone, Copy)]
pub struct Division<'a> {
    /// Its statistical code: 2 digits for a province, 4 a prefecture, 6 a county, 9 a township.
    pub code: u64,
    pub name: &'a str,
}

/// What the lists say of one name.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Entry {
    /// Bits of [`kind`].
    pub kind: u8,
    /// The codes of the divisions with this full name, in list order.
    pub full: Vec<u64>,
    /// The codes of the divisions (above townships) this is the short form of, in list order.
    pub short: Vec<u64>,
}

/// Ethnic names inside autonomous divisions' names, stripped for the short form:
/// 延边朝鲜族自治州 → 延边, 长阳土家族自治县 → 长阳.
const ETHNIC: [&str; 48] = [
    "维吾尔",
    "朝鲜",
    "土家",
    "布依",
    "哈尼",
    "景颇",
    "傈僳",
    "蒙古",
    "哈萨克",
    "柯尔克孜",
    "仫佬",
    "毛南",
    "仡佬",
    "纳西",
    "拉祜",
    "独龙",
    "普米",
    "基诺",
    "德昂",
    "阿昌",
    "布朗",
    "撒拉",
    "东乡",
    "保安",
    "裕固",
    "达斡尔",
    "鄂温克",
    "鄂伦春",
    "锡伯",
    "塔吉克",
    "壮",
    "回",
    "苗",
    "藏",
    "羌",
    "彝",
    "侗",
    "傣",
    "白",
    "满",
    "瑶",
    "畲",
    "黎",
    "佤",
    "怒",
    "水",
    "土",
    "各",
];

/// Suffixes dropped for a short form, longest first.
const SHORTENED: [&str; 9] = ["特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "省", "市", "县"];

/// The divisions of `data/gazetteer.tsv`, in code order; none when the stamp is missing (a list
/// from another version of the generator).
pub fn divisions(tsv: &str) -> Vec<Division<'_>> {
    let mut divisions = Vec::with_capacity(45_000);
    let list = if tsv.starts_with(STAMP) { tsv } else { "" };
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
    divisions
}

/// Every name of the lists with what it is.
pub fn entries<'a>(divisions: &[Division<'a>], world: &'a str) -> BTreeMap<&'a str, Entry> {
    let mut names: BTreeMap<&str, Entry> = BTreeMap::new();
    let mut by_short: BTreeMap<&str, Vec<u64>> = BTreeMap::new();
    for d in divisions {
        let name = names.entry(d.name).or_default();
        name.kind |= kind::DIVISION;
        // A township's name, unless some division of the same name is not a township.
        if name.full.is_empty() || name.kind & kind::TOWNSHIP != 0 {
            name.kind = if d.code >= 100_000_000 { name.kind | kind::TOWNSHIP } else { name.kind & !kind::TOWNSHIP };
        }
        name.full.push(d.code);
        if d.code < 1_000_000
            && let Some(short) = short_form(d.name)
        {
            by_short.entry(short).or_default().push(d.code);
        }
    }
    let mut cities = false;
    for line in world.lines().map(str::trim) {
        cities |= line == CITIES_FROM;
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        names.entry(line).or_default().kind |= if cities { kind::WORLD | kind::WORLD_CITY } else { kind::WORLD };
    }
    for (short, codes) in by_short {
        let entry = names.entry(short).or_default();
        entry.kind |= kind::SHORT;
        if codes.iter().any(|&c| c < 10_000) {
            entry.kind |= kind::PREFECTURE_SHORT;
        }
        entry.short = codes;
    }
    names
}

/// The table of the lists (layout in the module's documentation). Names longer than
/// `LONGEST_NAME` bytes and codes over `u32` cannot be written: the lists have none, and build.rs
/// fails on them.
pub fn encode(divisions: &[Division<'_>], entries: &BTreeMap<&str, Entry>) -> Result<Vec<u8>, String> {
    let named: BTreeMap<u64, &str> =
        divisions.iter().filter(|d| d.code < 1_000_000).map(|d| (d.code, d.name)).collect();
    let above: Vec<u64> = named.keys().copied().collect();
    let index = |code: u64| above.binary_search(&code).map_err(|_| format!("no division {code} in the list"));
    let mut records = Vec::with_capacity(1 << 20);
    let mut chars: Vec<(u32, u32)> = Vec::new();
    let mut offsets: BTreeMap<&str, u32> = BTreeMap::new();
    let mut lengths = 0u64;
    for (&name, entry) in entries {
        if name.len() > LONGEST_NAME {
            return Err(format!("name longer than {LONGEST_NAME} bytes: {name}"));
        }
        lengths |= length_bit(name);
        let offset = u32::try_from(records.len()).map_err(|_| "the table is over 4 GB".to_owned())?;
        let first = name.chars().next().ok_or("an empty name")? as u32;
        if chars.last().is_none_or(|&(c, _)| c != first) {
            chars.push((first, offset));
        }
        offsets.insert(name, offset);
        records.push(u8::try_from(name.len()).map_err(|_| format!("name longer than 255 bytes: {name}"))?);
        records.extend_from_slice(name.as_bytes());
        records.push(entry.kind);
        for codes in [&entry.full, &entry.short] {
            leb128(&mut records, codes.len() as u64);
            for &code in codes {
                let packed = if code < 1_000_000 {
                    2 * index(code)? as u64
                } else {
                    2 * (((index(code / 1000)? as u64) << 10) | (code % 1000)) + 1
                };
                leb128(&mut records, packed);
            }
        }
    }
    let mut codes: Vec<(u32, u32)> = Vec::with_capacity(above.len());
    for &code in &above {
        let name = named.get(&code).ok_or("lost a division")?;
        let offset = offsets.get(name).copied().ok_or_else(|| format!("no record for {name}"))?;
        codes.push((u32::try_from(code).map_err(|_| format!("code over u32: {code}"))?, offset));
    }
    let mut out = Vec::with_capacity(20 + 8 * (chars.len() + codes.len()) + records.len());
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&(chars.len() as u32).to_le_bytes());
    out.extend_from_slice(&(codes.len() as u32).to_le_bytes());
    out.extend_from_slice(&lengths.to_le_bytes());
    for (a, b) in chars.into_iter().chain(codes) {
        out.extend_from_slice(&a.to_le_bytes());
        out.extend_from_slice(&b.to_le_bytes());
    }
    out.extend_from_slice(&records);
    Ok(out)
}

fn leb128(out: &mut Vec<u8>, mut n: u64) {
    loop {
        let byte = (n & 0x7f) as u8;
        n >>= 7;
        if n == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

/// How many digits a division code has: 2, 4, 6 or 9.
pub fn digits(code: u64) -> u32 {
    code.checked_ilog10().map_or(1, |l| l + 1)
}

/// The order of codes as digit strings, a division's parent before it: 41 < 4101 < 410102 <
/// 410102001 < 410103 < 42.
pub fn code_order(code: u64) -> (u64, u32) {
    let digits = digits(code);
    (code * 10u64.pow(9u32.saturating_sub(digits)), digits)
}

/// The short form of a division above township level, if it keeps at least two characters:
/// 沈丘县 → 沈丘, 周口市 → 周口, 广西壮族自治区 → 广西; 城区 and 和县 have none.
pub fn short_form(name: &str) -> Option<&str> {
    let mut short = SHORTENED.iter().find_map(|s| name.strip_suffix(s))?;
    if name.ends_with("自治区") || name.ends_with("自治州") || name.ends_with("自治县") || name.ends_with("自治旗")
    {
        short = short.strip_suffix('族').unwrap_or(short);
        while let Some(rest) = ETHNIC.iter().find_map(|e| short.strip_suffix(e).filter(|r| r.chars().count() >= 2)) {
            short = rest.strip_suffix('族').unwrap_or(rest);
        }
    }
    (short.chars().count() >= 2).then_some(short)
}
