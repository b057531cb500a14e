//! wenxi: reads the default dictionary as build.rs packs it (the format is described there):
//! words front-coded, frequencies as LEB128, tags as indices, each in its own column.

/// The packed dictionary's columns.
pub(crate) struct PackedDict<'a> {
    count: usize,
    tags: Vec<&'a str>,
    /// Valid UTF-8 as a whole: the prefix lengths (below 128) and the terminators are ASCII.
    words: &'a str,
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
        let words = std::str::from_utf8(words).ok()?;
        let (freqs, tag_ids) = rest.split_at_checked(freqs_len)?;
        (tag_ids.len() == count).then_some(PackedDict { count, tags, words, freqs, tag_ids })
    }

    /// How many words there are.
    pub(crate) fn len(&self) -> usize {
        self.count
    }

    /// The tags; words refer to them by index.
    pub(crate) fn tags(&self) -> &[&'a str] {
        &self.tags
    }

    /// Calls `f` with each word, its frequency and the index of its tag in [`Self::tags`], in
    /// order; stops at the first entry that does not decode.
    pub(crate) fn for_each(&self, mut f: impl FnMut(&str, usize, usize)) {
        let (mut words, mut freqs) = (self.words, self.freqs);
        let mut word = String::with_capacity(64);
        for &tag_id in self.tag_ids {
            let Some(shared) = words.bytes().next().map(usize::from) else { return };
            // The terminator after the length byte (which is itself 0 when no byte is shared).
            let Some(end) = words.get(1..).and_then(|w| w.find('\0')).map(|i| i + 1) else { return };
            let Some(suffix) = words.get(1..end) else { return };
            if shared > word.len() || !word.is_char_boundary(shared) {
                return;
            }
            word.truncate(shared);
            word.push_str(suffix);
            words = words.get(end + 1..).unwrap_or("");
            let Some((freq, after)) = read_leb128(freqs) else { return };
            freqs = after;
            if usize::from(tag_id) >= self.tags.len() {
                return;
            }
            f(&word, freq, usize::from(tag_id));
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
