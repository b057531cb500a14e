//! wenxi: packs the embedded data into columns that HTTP compression shrinks better than the
//! text, and that load without parsing: the dictionary (gzip -9 1.90 MB → 1.42 MB) and the POS
//! model's rows of states and emission probabilities by character.
//!
//! The dictionary, from `src/data/dict.txt` (`word freq tag` per line, sorted by word):
//! `OUT_DIR/dict.bin`: b"JBD4", then u32 LE entry count, u32 LE byte length of the words column,
//! u32 LE byte length of the frequencies column, u64 LE sum of the frequencies, u32 LE number of
//! groups and u32 LE byte length of the groups column, one byte with the number of tags and each
//! tag as a length byte and its bytes; then the four columns.
//! - Words, in UTF-16 (two bytes a Chinese character rather than UTF-8's three: with a byte for
//!   each length below, the column was 1.69 MB instead of 2.19, and the same with gzip -9): per
//!   entry, the number of code units it shares with the word before (not splitting a surrogate
//!   pair; 0 for the first word of a group) and the number of the rest, in one byte as
//!   `shared << 4 | rest` when both are under 15 (every word of `dict.txt`: a byte each was
//!   0.35 MB more to download), else 0xFF and a byte each; then the rest (u16 LE each).
//! - Frequencies: LEB128.
//! - Tags: one byte, the tag's index.
//! - Groups, the runs of words that start with the same character, so that one run can be loaded
//!   without the others: per group, as LEB128, its number of words and its byte lengths in the
//!   words and in the frequencies column.

use std::collections::BTreeMap;
use std::path::Path;

fn main() {
    pack_dict();
    pack_posseg();
}

fn out_path(name: &str) -> std::path::PathBuf {
    Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join(name)
}

/// The POS model, from `src/data/posseg.txt`: `OUT_DIR/posseg.txt` is the file without its
/// `@START`, `@TRANS`, `@EMIT` and `@CHAR_STATE` sections, and `OUT_DIR/posseg_rows.bin` the
/// probabilities of the first two in the order of the file, and the rows the parser makes of the
/// last two (`PossegData`'s rows: per character, the states it may take, each with its emission
/// probability), so that loading the model builds no table of its own. As `parse_posseg` makes
/// them: a repeated emission takes the later probability; a character with a state list keeps
/// exactly that list (the last one given; an empty list means none), a state without an emission
/// getting `MIN_FLOAT`; a character with emissions but no list gets the states it has emissions
/// for; each row's states ascending. The file: b"JBR5"; u32 LE count of start probabilities and
/// each one's state (u16 LE) and probability (f64 LE); u32 LE count of transitions and each one's
/// states to and from (u16 LE each) and probability (f64 LE); u32 LE count of the distinct
/// emission probabilities and each (f64 LE: 21,747 values for 89,132 states); u32 LE count of
/// characters, u32 LE byte length of the characters and the characters (ascending, each as
/// LEB128 of its distance from the one before, the first from 0); per character, how many of its
/// states have each position (B, M, E, S: four bytes), which the loader needs without reading the
/// states; each state's index (a byte: position × 64 + tag); each state's probability as the
/// index of its value among the distinct ones (u16 LE). Every probability is parsed as the text
/// parser parses it, so it is the same to the bit. (States as u16 and a u16 count per character
/// made the file 71 KB larger and its loading, in a browser's first analysis, a few
/// milliseconds longer.)
fn pack_posseg() {
    const MIN_FLOAT: f64 = -3.14e100;
    const NUM_TAGS: u16 = 64;
    let source = Path::new("src/data/posseg.txt");
    println!("cargo::rerun-if-changed={}", source.display());
    let text = std::fs::read_to_string(source).expect("src/data/posseg.txt");
    let mut rest = String::with_capacity(text.len() / 4);
    let mut emits: BTreeMap<char, Vec<(u16, f64)>> = BTreeMap::new();
    let mut lists: BTreeMap<char, Vec<u16>> = BTreeMap::new();
    let mut start: Vec<(u16, f64)> = Vec::new();
    let mut trans: Vec<(u16, u16, f64)> = Vec::new();
    let mut section = "";
    let state_of = |pair: &str| -> u16 {
        let mut numbers = pair.splitn(2, ',').map(|n| n.trim().parse::<u16>().expect("position,tag"));
        let (pos, tag) = (numbers.next().expect("a position"), numbers.next().expect("a tag"));
        pos * NUM_TAGS + tag
    };
    for line in text.lines() {
        let trimmed = line.trim();
        if trimmed.starts_with('@') {
            section = trimmed;
        }
        let packed = ["@START", "@TRANS", "@EMIT", "@CHAR_STATE"].contains(&section);
        if !packed {
            rest.push_str(line);
            rest.push('\n');
        }
        if !packed || trimmed.starts_with('@') || trimmed.is_empty() {
            continue;
        }
        let probability = |p: &str| -> f64 { p.parse().expect("a probability") };
        if section == "@START" {
            let (state, prob) = trimmed.rsplit_once(',').expect("position,tag,probability");
            start.push((state_of(state), probability(prob)));
            continue;
        }
        let mut segments = trimmed.split('|');
        let head = segments.next().expect("a first field");
        let segments = segments.map(str::trim).filter(|s| !s.is_empty());
        if section == "@TRANS" {
            let from = state_of(head);
            for seg in segments {
                let (to, prob) = seg.rsplit_once(',').expect("position,tag,probability");
                trans.push((state_of(to), from, probability(prob)));
            }
        } else if section == "@EMIT" {
            let state = state_of(head);
            for seg in segments {
                let mut parts = seg.rsplitn(2, ',');
                let prob: f64 = parts.next().and_then(|p| p.parse().ok()).expect("a probability");
                let ch = parts.next().and_then(|c| c.chars().next()).expect("a character");
                let row = emits.entry(ch).or_default();
                match row.iter_mut().find(|(s, _)| *s == state) {
                    Some(entry) => entry.1 = prob,
                    None => row.push((state, prob)),
                }
            }
        } else {
            let ch = head.chars().next().expect("a character");
            let states: Vec<u16> = segments.map(state_of).collect();
            if states.is_empty() {
                lists.remove(&ch);
            } else {
                lists.insert(ch, states);
            }
        }
    }
    let mut rows: BTreeMap<char, Vec<(u16, f64)>> = BTreeMap::new();
    for (ch, states) in lists {
        let row = emits.remove(&ch).unwrap_or_default();
        let prob = |s: u16| row.iter().find(|(es, _)| *es == s).map_or(MIN_FLOAT, |&(_, p)| p);
        rows.insert(ch, states.into_iter().map(|s| (s, prob(s))).collect());
    }
    rows.extend(emits);
    // Each character as LEB128 of its distance from the one before (they ascend): 13 KB where
    // UTF-8 was 20, and no UTF-8 to validate when loading (a millisecond in a browser's
    // baseline-compiled first call).
    let mut chars = Vec::new();
    let mut before = 0;
    for &c in rows.keys() {
        push_leb128(&mut chars, u64::from(c as u32 - before));
        before = c as u32;
    }
    let mut out = b"JBR5".to_vec();
    out.extend_from_slice(&(start.len() as u32).to_le_bytes());
    for (state, prob) in start {
        out.extend_from_slice(&state.to_le_bytes());
        out.extend_from_slice(&prob.to_le_bytes());
    }
    out.extend_from_slice(&(trans.len() as u32).to_le_bytes());
    for (to, from, prob) in trans {
        out.extend_from_slice(&to.to_le_bytes());
        out.extend_from_slice(&from.to_le_bytes());
        out.extend_from_slice(&prob.to_le_bytes());
    }
    let mut values: Vec<f64> = Vec::new();
    let mut value_index: std::collections::HashMap<u64, u16> = std::collections::HashMap::new();
    for row in rows.values_mut() {
        row.sort_by_key(|&(s, _)| s);
        for &(_, prob) in row.iter() {
            value_index.entry(prob.to_bits()).or_insert_with(|| {
                values.push(prob);
                u16::try_from(values.len() - 1).expect("at most 65,536 distinct probabilities")
            });
        }
    }
    out.extend_from_slice(&(values.len() as u32).to_le_bytes());
    values.iter().for_each(|v| out.extend_from_slice(&v.to_le_bytes()));
    out.extend_from_slice(&(rows.len() as u32).to_le_bytes());
    out.extend_from_slice(&(chars.len() as u32).to_le_bytes());
    out.extend_from_slice(&chars);
    for row in rows.values() {
        for pos in 0..4 {
            let count = row.iter().filter(|&&(state, _)| state / NUM_TAGS == pos).count();
            out.push(u8::try_from(count).expect("at most 64 states of a position"));
        }
    }
    for row in rows.values() {
        row.iter().for_each(|&(state, _)| out.push(u8::try_from(state).expect("256 states")));
    }
    for row in rows.values() {
        row.iter().for_each(|(_, prob)| out.extend_from_slice(&value_index[&prob.to_bits()].to_le_bytes()));
    }
    std::fs::write(out_path("posseg_rows.bin"), out).expect("write posseg_rows.bin");
    std::fs::write(out_path("posseg.txt"), rest).expect("write posseg.txt");
}

/// The dictionary, packed as the module comment says.
fn pack_dict() {
    let source = Path::new("src/data/dict.txt");
    println!("cargo::rerun-if-changed={}", source.display());
    let text = std::fs::read_to_string(source).expect("src/data/dict.txt");
    let (mut words, mut freqs, mut tag_ids, mut groups) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let mut tags: Vec<&str> = Vec::new();
    let mut previous = "";
    let (mut count, mut total): (u32, u64) = (0, 0);
    // The group being written: its first character, word count and where its columns start.
    let mut group: Option<(char, u64, usize, usize)> = None;
    let mut group_count: u32 = 0;
    let mut end_group = |group: Option<(char, u64, usize, usize)>, words: &[u8], freqs: &[u8]| {
        if let Some((_, n, words_start, freqs_start)) = group {
            for value in [n, (words.len() - words_start) as u64, (freqs.len() - freqs_start) as u64] {
                push_leb128(&mut groups, value);
            }
            group_count += 1;
        }
    };
    for (n, line) in text.lines().enumerate() {
        let mut fields = line.split_ascii_whitespace();
        let Some(word) = fields.next() else { continue };
        assert!(previous < word, "dict.txt line {}: not sorted, or a duplicate", n + 1);
        let freq: u64 = fields.next().map_or(0, |f| f.parse().unwrap_or_else(|e| panic!("dict.txt line {}: {e}", n + 1)));
        let tag = fields.next().unwrap_or("");
        let first = word.chars().next().expect("a word");
        if group.is_none_or(|(c, ..)| c != first) {
            end_group(group, &words, &freqs);
            group = Some((first, 0, words.len(), freqs.len()));
            previous = "";
        }
        if let Some((_, n, ..)) = group.as_mut() {
            *n += 1;
        }
        let units: Vec<u16> = word.encode_utf16().collect();
        let before: Vec<u16> = previous.encode_utf16().collect();
        let mut shared = before.iter().zip(&units).take_while(|(a, b)| a == b).count().min(255);
        // A pair of surrogates stays whole in the rest.
        if shared > 0 && (0xD800..0xDC00).contains(&units[shared - 1]) {
            shared -= 1;
        }
        let rest = &units[shared..];
        let rest_len = u8::try_from(rest.len()).unwrap_or_else(|_| panic!("dict.txt line {}: too long a word", n + 1));
        if shared < 15 && rest_len < 15 {
            words.push((shared as u8) << 4 | rest_len);
        } else {
            words.extend_from_slice(&[0xFF, shared as u8, rest_len]);
        }
        rest.iter().for_each(|u| words.extend_from_slice(&u.to_le_bytes()));
        push_leb128(&mut freqs, freq);
        let id = tags.iter().position(|t| *t == tag).unwrap_or_else(|| {
            tags.push(tag);
            tags.len() - 1
        });
        tag_ids.push(u8::try_from(id).expect("at most 256 tags"));
        previous = word;
        count += 1;
        total += freq;
    }
    end_group(group, &words, &freqs);
    let mut out = b"JBD4".to_vec();
    for n in [count, words.len() as u32, freqs.len() as u32] {
        out.extend_from_slice(&n.to_le_bytes());
    }
    out.extend_from_slice(&total.to_le_bytes());
    for n in [group_count, groups.len() as u32] {
        out.extend_from_slice(&n.to_le_bytes());
    }
    out.push(u8::try_from(tags.len()).expect("at most 255 tags"));
    for tag in &tags {
        out.push(u8::try_from(tag.len()).expect("short tags"));
        out.extend_from_slice(tag.as_bytes());
    }
    out.extend_from_slice(&words);
    out.extend_from_slice(&freqs);
    out.extend_from_slice(&tag_ids);
    out.extend_from_slice(&groups);
    std::fs::write(out_path("dict.bin"), out).expect("write dict.bin");
}

fn push_leb128(out: &mut Vec<u8>, mut value: u64) {
    loop {
        let low = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            out.push(low);
            return;
        }
        out.push(low | 0x80);
    }
}
