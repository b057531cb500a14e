//! Spans of text and the one place where offsets change their unit.
//!
//! Inside the core every offset is a UTF-8 byte offset of the *normalized* text (see
//! [`crate::normalize`]), always on a char boundary. What leaves the core uses UTF-16 code units
//! of the *original* text, half-open, so that `text.slice(start, end)` in JavaScript gives the span.

use std::cell::Cell;

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
///
/// It keeps where every `MARK_EVERY`th byte (64th) falls and walks the chars from there, or from where
/// the last lookup ended: lookups in text order (tokens, sentences) walk the text once. A table for
/// every byte was 8 bytes of memory per byte of text, the largest allocation of an analysis.
#[derive(Debug, Clone)]
pub struct OffsetMap<'t> {
    original: &'t str,
    normalized: &'t str,
    /// `marks[k]`: the first char boundary at or after byte `k * MARK_EVERY` of the normalized text.
    marks: Vec<Position>,
    /// Where the last lookup ended.
    cursor: Cell<Position>,
    /// The two texts are the same (no character was normalized): one is walked for both.
    same: bool,
    /// Each char of the normalized text takes as many UTF-16 units as its original (no char
    /// went from or to the astral planes): UTF-16 offsets are counted on the normalized bytes
    /// alone, a byte at a time, without decoding chars ([`OffsetMap::utf16`]).
    units_alike: bool,
    /// Where the last UTF-16 lookup ended: (normalized byte, UTF-16 offset).
    units_cursor: Cell<(usize, usize)>,
}

/// The length in bytes of the UTF-8 sequence that starts with `first`.
const fn utf8_width(first: u8) -> usize {
    match first {
        0..0x80 => 1,
        0x80..0xE0 => 2,
        0xE0..0xF0 => 3,
        _ => 4,
    }
}

/// True for the first byte of a UTF-8 sequence (not a continuation byte `10xxxxxx`).
const fn is_char_start(byte: u8) -> bool {
    (byte as i8) >= -0x40
}

/// Bytes of normalized text between two marks of an [`OffsetMap`].
const MARK_EVERY: usize = 64;

/// A char boundary: its byte offset in the normalized text and in the original, and its UTF-16
/// offset in the original.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Position {
    normalized: usize,
    original: usize,
    utf16: usize,
}

impl<'t> OffsetMap<'t> {
    /// Builds the map for `normalized`, which must have the same chars as `original` in number.
    /// Extra chars on either side (which normalization never makes) map to the end.
    pub fn new(original: &'t str, normalized: &'t str) -> Self {
        let same = original == normalized;
        let (marks, units_alike) =
            if same { (Self::marks_of(normalized), true) } else { Self::marks_between(original, normalized) };
        OffsetMap {
            original,
            normalized,
            marks,
            cursor: Cell::default(),
            same,
            units_alike,
            units_cursor: Cell::default(),
        }
    }

    /// The marks, by one walk over the bytes of both texts, a char of each at a time (its length
    /// read off its first byte, no char decoded): a mark is the first char boundary at or after
    /// each multiple of MARK_EVERY (past the chars of the original: its end). And whether the
    /// texts have as many chars and none from the astral planes (`units_alike`).
    fn marks_between(original: &str, normalized: &str) -> (Vec<Position>, bool) {
        let (from, to) = (original.as_bytes(), normalized.as_bytes());
        let mut marks = Vec::with_capacity(to.len() / MARK_EVERY + 1);
        let mut at = Position::default();
        let (mut astral, mut ran_out) = (false, false);
        let mut byte = 0;
        loop {
            while marks.len() * MARK_EVERY <= byte {
                marks.push(Position { normalized: byte, ..at });
            }
            let Some(&first) = to.get(byte) else { break };
            let width = utf8_width(first);
            byte += width;
            astral |= width == 4;
            match from.get(at.original) {
                Some(&first) => {
                    let width = utf8_width(first);
                    at.original += width;
                    at.utf16 += if width == 4 { 2 } else { 1 };
                    astral |= width == 4;
                }
                None => ran_out = true,
            }
        }
        let units_alike = !astral && !ran_out && at.original == from.len();
        (marks, units_alike)
    }

    /// The marks of a text that normalization left as it was (most Chinese text: its punctuation
    /// is kept), where an offset in one is the offset in the other: as [`OffsetMap::marks_between`]
    /// gives them, counted a byte at a time without decoding a char.
    fn marks_of(text: &str) -> Vec<Position> {
        let bytes = text.as_bytes();
        let mut marks = Vec::with_capacity(bytes.len() / MARK_EVERY + 1);
        let (mut at, mut utf16) = (0, 0);
        while marks.len() * MARK_EVERY <= bytes.len() {
            // The first char boundary at or after the multiple, and the units before it.
            let mut boundary = (marks.len() * MARK_EVERY).max(at);
            while bytes.get(boundary).is_some_and(|&b| !is_char_start(b)) {
                boundary += 1;
            }
            let counted = bytes.get(at..boundary).unwrap_or_default();
            utf16 += counted.iter().map(|&b| usize::from(is_char_start(b)) + usize::from(b >= 0xF0)).sum::<usize>();
            at = boundary;
            marks.push(Position { normalized: at, original: at, utf16 });
        }
        marks
    }

    /// UTF-16 offset in the original text of normalized byte offset `byte` (clamped to the end).
    pub fn utf16(&self, byte: usize) -> usize {
        if !self.units_alike {
            return self.locate(byte).utf16;
        }
        let bytes = self.normalized.as_bytes();
        let mut byte = byte.min(bytes.len());
        while !self.normalized.is_char_boundary(byte) {
            byte -= 1;
        }
        let (cursor, units) = self.units_cursor.get();
        let (from, units) = if cursor <= byte && byte - cursor <= MARK_EVERY {
            (cursor, units)
        } else {
            let mark = self.mark_before(byte);
            (mark.normalized, mark.utf16)
        };
        // A char is one unit, two from the astral planes (a four-byte UTF-8 sequence).
        let units = units
            + bytes[from..byte].iter().map(|&b| usize::from(is_char_start(b)) + usize::from(b >= 0xF0)).sum::<usize>();
        self.units_cursor.set((byte, units));
        units
    }

    /// UTF-8 byte offset in the original text of normalized byte offset `byte` (clamped).
    pub fn original_byte(&self, byte: usize) -> usize {
        self.locate(byte).original
    }

    /// The UTF-16 start and end in the original text of `span`.
    pub fn utf16_span(&self, span: Span) -> (usize, usize) {
        (self.utf16(span.start), self.utf16(span.end))
    }

    /// The original text of `span` with its UTF-16 start and end: one walk for all three.
    pub fn original_span<'a>(&self, original: &'a str, span: Span) -> (&'a str, usize, usize) {
        let (start, end) = (self.locate(span.start), self.locate(span.end));
        (original.get(start.original..end.original).unwrap_or(""), start.utf16, end.utf16)
    }

    /// The char boundary at `byte`, or the start of the char `byte` falls inside.
    fn locate(&self, byte: usize) -> Position {
        let byte = byte.min(self.normalized.len());
        let cursor = self.cursor.get();
        let from = if cursor.normalized <= byte && byte - cursor.normalized <= MARK_EVERY {
            cursor
        } else {
            self.mark_before(byte)
        };
        let found = self.walk(from, byte);
        self.cursor.set(found);
        found
    }

    /// The last mark at or before `byte`.
    fn mark_before(&self, byte: usize) -> Position {
        let k = byte / MARK_EVERY;
        let mark = self.marks.get(k).copied().filter(|m| m.normalized <= byte);
        mark.or_else(|| self.marks.get(k.wrapping_sub(1)).copied()).unwrap_or_default()
    }

    /// From `at`, the last char boundary at or before `byte`.
    fn walk(&self, mut at: Position, byte: usize) -> Position {
        while at.normalized < byte {
            match self.step(at) {
                Some(next) if next.normalized <= byte => at = next,
                _ => break,
            }
        }
        at
    }

    /// The boundary after the char at `at`; `None` at the end of the normalized text.
    fn step(&self, at: Position) -> Option<Position> {
        let ch = self.normalized.get(at.normalized..)?.chars().next()?;
        if self.same {
            let (bytes, units) = (ch.len_utf8(), ch.len_utf16());
            return Some(Position {
                normalized: at.normalized + bytes,
                original: at.original + bytes,
                utf16: at.utf16 + units,
            });
        }
        let original = self.original.get(at.original..).and_then(|rest| rest.chars().next());
        Some(Position {
            normalized: at.normalized + ch.len_utf8(),
            original: at.original + original.map_or(0, char::len_utf8),
            utf16: at.utf16 + original.map_or(0, char::len_utf16),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The marks as a walk of decoded chars gives them, and whether the texts have as many chars
    /// and none from the astral planes.
    fn walked_marks(original: &str, normalized: &str) -> (Vec<Position>, bool) {
        let mut marks = Vec::new();
        let mut originals = original.char_indices();
        let mut at = Position::default();
        for (byte, _) in normalized.char_indices().chain([(normalized.len(), ' ')]) {
            while marks.len() * MARK_EVERY <= byte {
                marks.push(Position { normalized: byte, ..at });
            }
            if let Some((i, c)) = originals.next() {
                at.original = i + c.len_utf8();
                at.utf16 += c.len_utf16();
            }
        }
        let astral = |s: &str| s.chars().any(|c| c.len_utf16() == 2);
        let alike = !astral(original) && !astral(normalized) && original.chars().count() == normalized.chars().count();
        (marks, alike)
    }

    #[test]
    fn marks_are_those_of_a_walk_of_decoded_chars() {
        let long = "记者𠮷a😀\u{301}文。".repeat(40);
        let texts = ["", "a", "文", "𠮷", &"文".repeat(22), &"a".repeat(64), &"a".repeat(65), &long];
        for text in texts {
            assert_eq!((OffsetMap::marks_of(text), true), (walked_marks(text, text).0, true), "{text}");
        }
        // Normalized as the analyzer does (full-width forms made ASCII), and texts of other
        // lengths in chars, which normalization never makes: the marks then run to the end.
        let wide = "２０２０年５月，ＡＢＣ公司投资９１．６％".repeat(9);
        let pairs = [
            (wide.as_str(), crate::normalize::run(&wide)),
            ("文文", "文".into()),
            ("文", "文文".into()),
            ("𠮷ａ", "𠮷a".into()),
        ];
        for (original, normalized) in pairs {
            assert_eq!(
                OffsetMap::marks_between(original, &normalized),
                walked_marks(original, &normalized),
                "{original}"
            );
        }
    }

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
        assert_eq!(map.original_span(original, five), ("５", 1, 2));
    }

    #[test]
    fn lookups_in_any_order_agree_with_counting_from_the_start() {
        // Long enough for many marks; full-width chars change byte lengths, 𠮷 UTF-16 lengths.
        // Without 𠮷 UTF-16 offsets are counted on the normalized bytes (`units_alike`).
        for piece in ["第５届𠮷文ａ,記者 报道。", "第５届文ａ,記者 报道。", "第5届文a,记者 报道。"]
        {
            let original = piece.repeat(40);
            let normalized = original.replace('５', "5").replace('ａ', "a");
            let map = OffsetMap::new(&original, &normalized);
            assert_eq!(map.units_alike, !piece.contains('𠮷'));
            let expected = |byte: usize| {
                let head = normalized.get(..byte).map_or(0, |h| h.chars().count());
                let orig: String = original.chars().take(head).collect();
                (orig.len(), orig.encode_utf16().count())
            };
            let boundaries: Vec<usize> = normalized.char_indices().map(|(i, _)| i).chain([normalized.len()]).collect();
            // Forward, backward, and jumping about; UTF-16 alone and with the original byte.
            let mut order = boundaries.clone();
            order.extend(boundaries.iter().rev());
            order.extend(boundaries.iter().step_by(7).chain(boundaries.iter().rev().step_by(5)));
            for &byte in &order {
                assert_eq!((map.original_byte(byte), map.utf16(byte)), expected(byte), "byte {byte}");
            }
            for &byte in order.iter().rev() {
                assert_eq!(map.utf16(byte), expected(byte).1, "byte {byte}");
            }
            // Inside a char: the char's start; past the end: the end.
            assert_eq!(map.utf16(1), map.utf16(0));
            assert_eq!(map.utf16(5), map.utf16(4));
            assert_eq!(map.utf16(normalized.len() + 10), original.encode_utf16().count());
        }
    }

    #[test]
    fn extra_chars_of_the_normalized_text_map_to_the_end() {
        let map = OffsetMap::new("ab", "abcd");
        assert_eq!((map.original_byte(3), map.utf16(4)), (2, 2));
        let map = OffsetMap::new("", "");
        assert_eq!(map.utf16(0), 0);
    }

    #[test]
    fn span_text_is_empty_off_char_boundaries() {
        assert_eq!(Span::new(1, 3).text("文字"), "");
        assert_eq!(Span::new(0, 3).text("文字"), "文");
        assert_eq!(Span::new(0, 9).text("文字"), "");
    }
}
