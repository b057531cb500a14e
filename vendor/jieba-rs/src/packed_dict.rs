//! wenxi: reads the default dictionary as build.rs packs it (the format is described there):
//! words front-coded, frequencies as LEB128, tags as indices, each in its own column.

/// The packed dictionary's columns.
pub(crate) struct PackedDict<'a> {
    count: usize,
    tags: Vec<&'a str>,
    words: &'a [u8],
    freqs: &'a [u8],
    tag_ids: &'a [u8],
}

impl<'a> PackedDict<'a> {
    /// The columns of `data`, or `None` when it is not a packed dictionary.
    pub(crate) fn new(data: &'a [u8]) -> Option<Self> {
        let rest = data.strip_prefix(b"JBD1")?;
        let (count, rest) = read_u32(rest)?;
        let (words_len, rest) = read_u32(rest)?;
        let (freqs_len, rest) = read_u32(rest)?;
        let (&tag_count, mut rest) = rest.split_first()?;
        let mut tags = Vec::with_capacity(usize::from(tag_count));
        for _ in 0..tag_count {
            let (&len, after) = rest.split_first()?;
            let (tag, after) = after.split_at_checked(usize::from(len))?;
            tags.push(std::str::from_utf8(tag).ok()?);
            rest = after;
        }
        let (words, rest) = rest.split_at_checked(words_len)?;
        let (freqs, tag_ids) = rest.split_at_checked(freqs_len)?;
        (tag_ids.len() == count).then_some(PackedDict { count, tags, words, freqs, tag_ids })
    }

    /// How many words there are.
    pub(crate) fn len(&self) -> usize {
        self.count
    }

    /// Calls `f` with each word, its frequency and its tag, in order; stops at the first entry
    /// that does not decode.
    pub(crate) fn for_each(&self, mut f: impl FnMut(&str, usize, &str)) {
        let (mut words, mut freqs) = (self.words, self.freqs);
        let mut word = String::with_capacity(64);
        for &tag_id in self.tag_ids {
            let Some((&shared, rest)) = words.split_first() else { return };
            let Some(end) = rest.iter().position(|&b| b == 0) else { return };
            let Ok(suffix) = std::str::from_utf8(&rest[..end]) else { return };
            let shared = usize::from(shared);
            if shared > word.len() || !word.is_char_boundary(shared) {
                return;
            }
            word.truncate(shared);
            word.push_str(suffix);
            words = &rest[end + 1..];
            let Some((freq, after)) = read_leb128(freqs) else { return };
            freqs = after;
            let Some(tag) = self.tags.get(usize::from(tag_id)) else { return };
            f(&word, freq, tag);
        }
    }
}

fn read_u32(data: &[u8]) -> Option<(usize, &[u8])> {
    let (bytes, rest) = data.split_first_chunk::<4>()?;
    Some((u32::from_le_bytes(*bytes) as usize, rest))
}

fn read_leb128(data: &[u8]) -> Option<(usize, &[u8])> {
    let mut value = 0usize;
    for (i, &b) in data.iter().enumerate().take(10) {
        value |= usize::from(b & 0x7f) << (7 * i);
        if b & 0x80 == 0 {
            return Some((value, &data[i + 1..]));
        }
    }
    None
}
