//! Spans of text and the one place where offsets change their unit.
//!
//! Inside the core every offset is a UTF-8 byte offset of the *normalized* text (see
//! [`crate::normalize`]), always on a char boundary. What leaves the core uses UTF-16 code units
//! of the *original* text, half-open, so that `text.slice(start, end)` in JavaScript gives the span.

/// A half-open range `start..end` of UTF-8 byte offsets into the normalized text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    /// First byte, inclusive.
    pub start: usize,
    /// Byte after the last, exclusive.
    pub end: usize,
}

impl Span {
    /// The span `start..end` (bytes).
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    /// Length in bytes.
    pub const fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// True when the span covers nothing.
    pub const fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// The text of the span, or `""` when it is out of bounds or not on char boundaries.
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// The span moved `by` bytes later: from a part of a text to the whole.
    pub const fn shift(self, by: usize) -> Span {
        Span { start: self.start + by, end: self.end + by }
    }

    /// True when the two spans share at least one byte.
    pub const fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// True when `other` lies within this span.
    pub const fn contains(&self, other: &Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// Maps byte offsets of the normalized text to the original text: its UTF-8 byte offsets (to cut
/// the original words out) and its UTF-16 code units (what JSON and JavaScript see).
///
/// Normalization replaces characters one for one, so the `i`-th char of the normalized text is
/// the `i`-th char of the original; only their byte lengths may differ (`５` is 3 bytes, `5` one).
#[derive(Debug, Clone)]
pub struct OffsetMap {
    /// For each byte offset of the normalized text that starts a char (and its end): the
    /// original's byte offset and UTF-16 offset. Bytes inside a char repeat the char's start.
    at: Vec<(u32, u32)>,
}

impl OffsetMap {
    /// Builds the map for `normalized`, which must have the same chars as `original` in number.
    /// Extra chars on either side (which normalization never makes) map to the end.
    pub fn new(original: &str, normalized: &str) -> Self {
        let mut at = Vec::with_capacity(normalized.len() + 1);
        let mut orig = original.chars();
        let (mut byte, mut utf16) = (0u32, 0u32);
        for ch in normalized.chars() {
            for _ in 0..ch.len_utf8() {
                at.push((byte, utf16));
            }
            if let Some(o) = orig.next() {
                byte += o.len_utf8() as u32;
                utf16 += o.len_utf16() as u32;
            }
        }
        at.push((byte, utf16));
        OffsetMap { at }
    }

    /// UTF-16 offset in the original text of normalized byte offset `byte` (clamped to the end).
    pub fn utf16(&self, byte: usize) -> usize {
        self.entry(byte).1 as usize
    }

    /// UTF-8 byte offset in the original text of normalized byte offset `byte` (clamped).
    pub fn original_byte(&self, byte: usize) -> usize {
        self.entry(byte).0 as usize
    }

    /// The original text of `span`.
    pub fn original_text<'a>(&self, original: &'a str, span: Span) -> &'a str {
        original.get(self.original_byte(span.start)..self.original_byte(span.end)).unwrap_or("")
    }

    fn entry(&self, byte: usize) -> (u32, u32) {
        let last = self.at.len().saturating_sub(1);
        self.at.get(byte.min(last)).copied().unwrap_or((0, 0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_counts_astral_chars_twice() {
        // 𠮷 (U+20BB7) and 😀 take two UTF-16 units and four UTF-8 bytes; 文 takes one and three.
        let text = "𠮷文😀a";
        let map = OffsetMap::new(text, text);
        assert_eq!(map.utf16(0), 0);
        assert_eq!(map.utf16(4), 2); // 文
        assert_eq!(map.utf16(7), 3); // 😀
        assert_eq!(map.utf16(11), 5); // a
        assert_eq!(map.utf16(12), 6); // end
        assert_eq!(map.utf16(99), 6); // clamped
    }

    #[test]
    fn full_width_digits_map_back_to_their_original_bytes() {
        let original = "第５届";
        let normalized = "第5届";
        let map = OffsetMap::new(original, normalized);
        let five = Span::new(3, 4);
        assert_eq!(map.original_text(original, five), "５");
        assert_eq!((map.utf16(3), map.utf16(4)), (1, 2));
    }

    #[test]
    fn span_text_is_empty_off_char_boundaries() {
        assert_eq!(Span::new(1, 3).text("文字"), "");
        assert_eq!(Span::new(0, 3).text("文字"), "文");
        assert_eq!(Span::new(0, 9).text("文字"), "");
    }
}
