//! What the tagger sees at each character: the characters around it, the jieba word it is in,
//! the rules' names over it, the lists' hits. Each feature is a string of numbers hashed to one
//! `u32` (the weights are a hashed table: no feature dictionary ships).

use crate::analysis::{EntityKind, Mention, Source};
use crate::chars::{CharSet, Chars};
use crate::lexicon::Lexicon;
use crate::lists::{List, char_list, list};
use crate::segment::Token;

/// Characters of transliterated foreign names (阿, 尔, 斯…).
static TRANSLITERATION: Chars = char_list!("transliteration");
/// Titles before a person's name: 副局长, 主席.
static TITLES: List = list!("titles");
/// Words before a person's name: 记者, 同志.
static PERSON_BEFORE: List = list!("person_before");
/// Words after a person's name: 说, 表示.
static PERSON_AFTER: List = list!("person_after");
/// Words an organization ends in: 局, 公司, 委员会.
static ORG_SUFFIXES: List = list!("org_suffixes");
/// Words before a place: 位于, 来自.
static PLACE_BEFORE: List = list!("place_before");

/// The features of every character of a text, flat: `ids[starts[i]..starts[i + 1]]` are those of
/// character `i`.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Features {
    pub ids: Vec<u32>,
    pub starts: Vec<u32>,
}

impl Features {
    /// Characters.
    pub fn len(&self) -> usize {
        self.starts.len().saturating_sub(1)
    }

    /// True when the text had no character.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The features of character `i`.
    pub fn at(&self, i: usize) -> &[u32] {
        let from = self.starts.get(i).map_or(0, |&s| s as usize);
        let to = self.starts.get(i + 1).map_or(from, |&s| s as usize);
        self.ids.get(from..to).unwrap_or_default()
    }
}

/// A feature's hash, from its template number and its values (FxHash's mixing, then a final
/// avalanche so that the low bits the table uses are spread).
#[derive(Clone, Copy)]
struct Hash(u64);

impl Hash {
    fn new(template: u32) -> Self {
        Hash(u64::from(template).wrapping_mul(0x9E37_79B9_7F4A_7C15))
    }
    fn with(self, v: u32) -> Self {
        Hash((self.0.rotate_left(5) ^ u64::from(v)).wrapping_mul(0x51_7CC1_B727_220A))
    }
    fn with_str(self, s: &str) -> Self {
        s.bytes().fold(self.with(s.len() as u32), |h, b| h.with(u32::from(b)))
    }
    fn finish(self) -> u32 {
        let mut x = self.0;
        x ^= x >> 33;
        x = x.wrapping_mul(0xFF51_AFD7_ED55_8CCD);
        x ^= x >> 33;
        x as u32
    }
}

/// The feature of character `c` itself (for models built by hand in tests).
pub fn unigram(c: char) -> u32 {
    Hash::new(3).with(u32::from(c) + 16).finish()
}

/// The feature every character has.
pub fn bias() -> u32 {
    Hash::new(0).finish()
}

/// What a token says, as the features of its characters begin.
#[derive(Clone, Copy)]
struct TokenFacts {
    word: Hash,
    pos: Hash,
    pos_known: Hash,
    pos_around: Hash,
    before: Hash,
    after: Hash,
    pos_before: Hash,
    lists: u32,
    surname: u32,
    cues: u32,
}

impl TokenFacts {
    /// For a character no token covers (tokens cover every character; this is the fallback).
    fn none() -> Self {
        let h = |t: u32| Hash::new(t).with_str("");
        TokenFacts {
            word: h(14),
            pos: Hash::new(15).with_str("^"),
            pos_known: Hash::new(16).with_str("^"),
            pos_around: Hash::new(17).with_str("^").with_str("^").with_str("^"),
            before: h(19),
            after: h(20),
            pos_before: Hash::new(21).with_str("^"),
            lists: 0,
            surname: 0,
            cues: 0,
        }
    }
}

/// The kind of a character, for runs of Latin letters and digits.
fn class(c: char) -> u32 {
    match c {
        'A'..='Z' => 1,
        'a'..='z' => 2,
        '0'..='9' => 3,
        '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' => 4,
        '·' | '•' | '-' | '.' => 5,
        c if c.is_whitespace() => 6,
        c if c.is_alphanumeric() => 7,
        _ => 8,
    }
}

/// Begin, inside, end or single, of position `i` in `from..to`.
fn position(i: usize, from: usize, to: usize) -> u32 {
    match (i == from, i + 1 == to) {
        (true, true) => 3,
        (true, false) => 0,
        (false, true) => 2,
        (false, false) => 1,
    }
}

fn kind_code(kind: EntityKind) -> u32 {
    kind as u32 + 1
}

fn source_code(m: &Mention) -> u32 {
    let role = u32::from(m.attrs.role.is_some()) << 4;
    role | m.attrs.source.map_or(0, |s| s as u32 + 1)
}

/// The first characters of the place lists' names.
static PLACE_FIRSTS: std::sync::OnceLock<CharSet> = std::sync::OnceLock::new();

/// The features of each character of `text` (normalized), given its tokens and the rules' names
/// (sorted by start, outer before inner).
pub fn extract(text: &str, tokens: &[Token], lexicon: &Lexicon, names: &[Mention]) -> Features {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let n = chars.len();
    // Character index of each byte offset that starts a character, and of the end.
    let index = |byte: usize| chars.partition_point(|&(b, _)| b < byte);
    let ch = |i: isize| -> u32 { if i < 0 { 1 } else { chars.get(i as usize).map_or(2, |&(_, c)| u32::from(c) + 16) } };
    // The token of each character, and the tokens' char spans and facts.
    let mut token_of = vec![u32::MAX; n];
    let spans: Vec<(usize, usize)> = tokens.iter().map(|t| (index(t.span.start), index(t.span.end))).collect();
    for (k, &(from, to)) in spans.iter().enumerate() {
        for slot in token_of.get_mut(from..to).unwrap_or_default() {
            *slot = k as u32;
        }
    }
    // The rules' outermost name over each character, and any name inside it.
    let mut outer: Vec<Option<(usize, usize, &Mention)>> = vec![None; n];
    let mut inner = vec![0u32; n];
    for m in names {
        if !matches!(m.kind, EntityKind::Person | EntityKind::Place | EntityKind::Organization | EntityKind::Work) {
            continue;
        }
        let (from, to) = (index(m.span.start), index(m.span.end));
        for i in from..to.min(n) {
            match outer[i] {
                None => outer[i] = Some((from, to, m)),
                Some((f, t, _)) if f <= from && to <= t => inner[i] = kind_code(m.kind) * 4 + position(i, from, to),
                Some(_) => {}
            }
        }
    }
    let rule_at = |i: isize| -> u32 {
        if i < 0 {
            return 100;
        }
        match outer.get(i as usize) {
            Some(Some((f, t, m))) => kind_code(m.kind) * 4 + position(i as usize, *f, *t),
            Some(None) => 0,
            None => 101,
        }
    };
    let token_text = |k: usize| tokens.get(k).map_or("", |t| t.span.text(text));
    let pos_of = |k: usize| tokens.get(k).map_or("^", |t| t.pos);

    // What each token says, worked out once for all its characters.
    let facts: Vec<TokenFacts> = (0..tokens.len())
        .map(|k| {
            let (word, pos) = (token_text(k), pos_of(k));
            let (before, after) = (token_text(k.wrapping_sub(1)), token_text(k + 1));
            let (from, to) = spans[k];
            let listed = lexicon.places.kind(word);
            TokenFacts {
                word: Hash::new(14).with_str(word),
                pos: Hash::new(15).with_str(pos),
                pos_known: Hash::new(16).with_str(pos),
                pos_around: Hash::new(17).with_str(pos_of(k.wrapping_sub(1))).with_str(pos).with_str(pos_of(k + 1)),
                before: Hash::new(19).with_str(before),
                after: Hash::new(20).with_str(after),
                pos_before: Hash::new(21).with_str(pos_of(k.wrapping_sub(1))),
                lists: u32::from(listed.is_full_name())
                    | u32::from(listed.is_short_name()) << 1
                    | u32::from(listed.is_prefecture_short_name()) << 2
                    | u32::from(listed.is_township()) << 3
                    | u32::from(lexicon.is_known_organization(word)) << 4
                    | u32::from(ORG_SUFFIXES.contains(word)) << 5
                    | u32::from(ORG_SUFFIXES.any_ends(word) && to - from > 1) << 6,
                surname: lexicon.surname_of(word).map_or(0, |s| s.chars().count() as u32),
                cues: u32::from(TITLES.contains(before))
                    | u32::from(PERSON_BEFORE.contains(before)) << 1
                    | u32::from(PERSON_AFTER.contains(after)) << 2
                    | u32::from(PLACE_BEFORE.contains(before)) << 3
                    | u32::from(ORG_SUFFIXES.contains(after)) << 4
                    | u32::from(TITLES.contains(after)) << 5,
            }
        })
        .collect();
    // The lengths (bit `len - 2`, 2 to 6 characters) of the place-list names that begin at
    // each character, looked up at Han characters only.
    let classes: Vec<u32> = chars.iter().map(|&(_, c)| class(c)).collect();
    // Where the run of one class that each character is in ends.
    let mut run_ends = vec![n; n];
    for i in (0..n.saturating_sub(1)).rev() {
        run_ends[i] = if classes[i + 1] == classes[i] { run_ends[i + 1] } else { i + 1 };
    }
    let han = |i: usize| classes.get(i) == Some(&4);
    let first = PLACE_FIRSTS.get_or_init(|| crate::gazetteer::first_chars().collect());
    let begins: Vec<u8> = (0..n)
        .map(|i| {
            let mut bits = 0u8;
            for len in 2..=6usize {
                if i + len > n || !han(i) || !han(i + len - 1) || !first.contains(chars[i].1) {
                    continue;
                }
                let end = chars.get(i + len).map_or(text.len(), |&(b, _)| b);
                if text.get(chars[i].0..end).is_some_and(|w| lexicon.places.kind(w).is_full_name()) {
                    bits |= 1 << (len - 2);
                }
            }
            bits
        })
        .collect();
    let mut out = Features { ids: Vec::with_capacity(n * 40), starts: Vec::with_capacity(n + 1) };
    out.starts.push(0);
    let mut run_start = 0;
    for i in 0..n {
        let c = chars[i].1;
        let ii = i as isize;
        let mut push = |h: Hash| out.ids.push(h.finish());
        let t = |id: u32| Hash::new(id);
        push(t(0));
        // Characters in a window of five.
        for d in -2..=2 {
            push(t(1 + (d + 2) as u32).with(ch(ii + d)));
        }
        push(t(6).with(ch(ii - 1)).with(ch(ii)));
        push(t(7).with(ch(ii)).with(ch(ii + 1)));
        push(t(8).with(ch(ii - 2)).with(ch(ii - 1)));
        push(t(9).with(ch(ii + 1)).with(ch(ii + 2)));
        push(t(10).with(ch(ii - 1)).with(ch(ii + 1)));
        push(t(11).with(ch(ii - 1)).with(ch(ii)).with(ch(ii + 1)));
        // Classes: Latin letters, digits, Han, punctuation; the run of one class.
        let cls = |j: isize| if j < 0 { 0 } else { classes.get(j as usize).copied().unwrap_or(0) };
        let here = classes[i];
        if i == 0 || cls(ii - 1) != here {
            run_start = i;
        }
        let run_end = run_ends[i];
        push(t(12).with(cls(ii - 1)).with(here).with(cls(ii + 1)));
        push(t(13).with(here).with(position(i, run_start, run_end)).with((run_end - run_start).min(6) as u32));
        // The jieba word.
        let k = token_of.get(i).copied().unwrap_or(u32::MAX) as usize;
        let (from, to) = spans.get(k).copied().unwrap_or((i, i + 1));
        let p = position(i, from, to);
        let pos = pos_of(k);
        let known = tokens.get(k).is_some_and(|t| t.known);
        let f = facts.get(k).copied().unwrap_or_else(TokenFacts::none);
        push(f.word.with(p));
        push(f.pos.with(p));
        push(f.pos_known.with(p).with(u32::from(known)));
        push(f.pos_around.with(p));
        push(t(18).with((to - from).min(5) as u32).with(p).with_str(pos));
        push(f.before.with(p));
        push(f.after.with(p));
        push(f.pos_before.with(ch(ii)));
        // The rules' names.
        let r = rule_at(ii);
        let src = outer[i].map_or(0, |(_, _, m)| source_code(m));
        push(t(22).with(r));
        push(t(23).with(r).with(src));
        push(t(24).with(rule_at(ii - 1)).with(r).with(rule_at(ii + 1)));
        push(t(25).with(r).with(ch(ii)));
        push(t(26).with(inner[i]).with(r));
        if let Some((f, to_, _)) = outer[i] {
            push(t(27).with(r).with((to_ - f).min(8) as u32));
        }
        // The lists.
        push(t(28).with(f.lists).with(p));
        push(t(29).with(f.surname).with((to - from).min(4) as u32).with(p).with_str(pos));
        let one = c.encode_utf8(&mut [0; 4]).len();
        let is_surname = text.get(chars[i].0..chars[i].0 + one).is_some_and(|c| lexicon.surname_of(c).is_some());
        push(t(30).with(u32::from(is_surname)).with(p).with(r));
        push(t(31).with(f.cues).with(p));
        let tr =
            |j: isize| u32::from(j >= 0 && chars.get(j as usize).is_some_and(|&(_, c)| TRANSLITERATION.contains(c)));
        push(t(32).with(tr(ii - 1)).with(tr(ii)).with(tr(ii + 1)).with(tr(ii + 2)));
        push(t(33).with(tr(ii)).with(u32::from(is_surname)).with(ch(ii + 1)));
        // The run of transliteration characters around this one.
        if tr(ii) == 1 {
            let from = (0..i).rev().take_while(|&j| tr(j as isize) == 1).last().unwrap_or(i);
            let to = (i..n).take_while(|&j| tr(j as isize) == 1).last().map_or(i + 1, |j| j + 1);
            push(t(34).with(position(i, from, to)).with((to - from).min(6) as u32));
        }
        // Names of the place lists that begin or end here, whatever the words.
        let mut hits = u32::from(begins[i] & 0x1F);
        for len in 2..=6usize {
            if i + 1 >= len && begins[i + 1 - len] & (1 << (len - 2)) != 0 {
                hits |= 1 << (len + 3);
            }
        }
        if hits != 0 {
            push(t(35).with(hits));
        }
        out.starts.push(out.ids.len() as u32);
    }
    out
}

/// True for a source the model leaves as the rules give it.
pub(super) fn protected(m: &Mention) -> bool {
    m.attrs.source == Some(Source::User)
        || m.attrs.role.is_some()
        || !matches!(m.kind, EntityKind::Person | EntityKind::Place | EntityKind::Organization)
}
