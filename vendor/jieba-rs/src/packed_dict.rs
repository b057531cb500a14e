//! wenxi: reads the default dictionary as build.rs packs it (the format is described there):
//! words front-coded, frequencies as LEB128, tags as indices, each in its own column, and the
//! groups of words that start with the same character, so that one group can be read alone.

use std::ops::Range;

/// The packed dictionary's columns.
#[derive(Clone)]
pub(crate) struct PackedDict<'a> {
    total: u64,
    tags: Vec<&'a str>,
    /// UTF-16, front-coded (see build.rs).
    words: &'a [u8],
    freqs: &'a [u8],
    tag_ids: &'a [u8],
    group_count: usize,
    groups: &'a [u8],
}

/// The words that start with one character: where they are in each column.
#[derive(Clone, Debug)]
pub(crate) struct Group {
    pub(crate) first: char,
    words: Range<usize>,
    freqs: Range<usize>,
    entries: Range<usize>,
}

impl<'a> PackedDict<'a> {
    /// The columns of `data`, or `None` when it is not a packed dictionary.
    pub(crate) fn new(data: &'a [u8]) -> Option<Self> {
        let rest = data.strip_prefix(b"JBD4")?;
        let (count, rest) = read_u32(rest)?;
        let (words_len, rest) = read_u32(rest)?;
        let (freqs_len, rest) = read_u32(rest)?;
        let (total, rest) = rest.split_first_chunk::<8>()?;
        let (group_count, rest) = read_u32(rest)?;
        let (groups_len, rest) = read_u32(rest)?;
        let (&tag_count, mut rest) = rest.split_first()?;
        let mut tags = Vec::with_capacity(usize::from(tag_count));
        for _ in 0..tag_count {
            let (&len, after) = rest.split_first()?;
            let (tag, after) = after.split_at_checked(usize::from(len))?;
            tags.push(std::str::from_utf8(tag).ok()?);
            rest = after;
        }
        let (words, rest) = rest.split_at_checked(words_len)?;
        let (freqs, rest) = rest.split_at_checked(freqs_len)?;
        let (tag_ids, groups) = rest.split_at_checked(count)?;
        (groups.len() == groups_len).then_some(PackedDict {
            total: u64::from_le_bytes(*total),
            tags,
            words,
            freqs,
            tag_ids,
            group_count,
            groups,
        })
    }

    /// How many words there are.
    pub(crate) fn len(&self) -> usize {
        self.tag_ids.len()
    }

    /// The sum of the words' frequencies.
    pub(crate) fn total(&self) -> usize {
        usize::try_from(self.total).unwrap_or(usize::MAX)
    }

    /// The tags; words refer to them by index.
    pub(crate) fn tags(&self) -> &[&'a str] {
        &self.tags
    }

    /// The groups in order of their first character, or `None` when the groups column does
    /// not agree with the others.
    pub(crate) fn groups(&self) -> Option<Vec<Group>> {
        let mut out = Vec::with_capacity(self.group_count);
        let mut rest = self.groups;
        let (mut words, mut freqs, mut entries) = (0, 0, 0);
        for _ in 0..self.group_count {
            let (n, after) = read_leb128(rest)?;
            let (words_len, after) = read_leb128(after)?;
            let (freqs_len, after) = read_leb128(after)?;
            rest = after;
            // The group's first word shares nothing with the word before.
            let (shared, len, rest) = read_lengths(self.words.get(words..)?)?;
            let units = rest.chunks_exact(2).take(len).map(|u| u16::from_le_bytes([u[0], u[1]]));
            let first = (shared == 0).then(|| char::decode_utf16(units).next()?.ok()).flatten()?;
            out.push(Group {
                first,
                words: words..words + words_len,
                freqs: freqs..freqs + freqs_len,
                entries: entries..entries + n,
            });
            (words, freqs, entries) = (words + words_len, freqs + freqs_len, entries + n);
        }
        (rest.is_empty() && words == self.words.len() && freqs == self.freqs.len() && entries == self.len())
            .then_some(out)
    }

    /// Calls `f` with each word, its frequency and the index of its tag in [`Self::tags`], in
    /// order; stops at the first entry that does not decode.
    pub(crate) fn for_each(&self, f: impl FnMut(&str, usize, usize)) {
        self.decode(self.words, self.freqs, self.tag_ids, f);
    }

    /// As [`Self::for_each`], for the words of one group.
    pub(crate) fn for_each_in(&self, group: &Group, f: impl FnMut(&str, usize, usize)) {
        let words = self.words.get(group.words.clone()).unwrap_or(&[]);
        let freqs = self.freqs.get(group.freqs.clone()).unwrap_or(&[]);
        let tag_ids = self.tag_ids.get(group.entries.clone()).unwrap_or(&[]);
        self.decode(words, freqs, tag_ids, f);
    }

    fn decode(&self, mut words: &[u8], mut freqs: &[u8], tag_ids: &[u8], mut f: impl FnMut(&str, usize, usize)) {
        // The word as UTF-16, and as UTF-8 for `f`.
        let (mut units, mut word) = (Vec::with_capacity(32), String::with_capacity(64));
        for &tag_id in tag_ids {
            let Some((shared, len, rest)) = read_lengths(words) else { return };
            let Some((suffix, rest)) = rest.split_at_checked(len * 2) else { return };
            if shared > units.len() {
                return;
            }
            units.truncate(shared);
            units.extend(suffix.chunks_exact(2).map(|u| u16::from_le_bytes([u[0], u[1]])));
            words = rest;
            word.clear();
            for c in char::decode_utf16(units.iter().copied()) {
                let Ok(c) = c else { return };
                word.push(c);
            }
            let Some((freq, after)) = read_leb128(freqs) else { return };
            freqs = after;
            if usize::from(tag_id) >= self.tags.len() {
                return;
            }
            f(&word, freq, usize::from(tag_id));
        }
    }
}

/// An entry's number of code units shared with the word before and number of the rest: one
/// byte, `shared << 4 | rest`, or 0xFF and a byte each.
fn read_lengths(data: &[u8]) -> Option<(usize, usize, &[u8])> {
    match data.split_first()? {
        (0xFF, rest) => {
            let ([shared, len], rest) = rest.split_first_chunk::<2>()?;
            Some((usize::from(*shared), usize::from(*len), rest))
        }
        (&both, rest) => Some((usize::from(both >> 4), usize::from(both & 0x0F), rest)),
    }
}

fn read_u32(data: &[u8]) -> Option<(usize, &[u8])> {
    let (bytes, rest) = data.split_first_chunk::<4>()?;
    Some((u32::from_le_bytes(*bytes) as usize, rest))
}

pub(crate) fn read_leb128(data: &[u8]) -> Option<(usize, &[u8])> {
    let mut value = 0usize;
    for (i, &b) in data.iter().enumerate().take(10) {
        value |= usize::from(b & 0x7f) << (7 * i);
        if b & 0x80 == 0 {
            return Some((value, &data[i + 1..]));
        }
    }
    None
}
