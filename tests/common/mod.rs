//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::sync::OnceLock;

use wenxi::{Analysis, Analyzer, Entity, EntityKind, Options};

/// The sample article: a page of 周口日报 (2021).
pub const SAMPLE: &str = include_str!("../../www/sample.txt");

/// `text` sliced by UTF-16 code units, as JavaScript's `String.prototype.slice` does.
pub fn utf16_slice(text: &str, start: usize, end: usize) -> String {
    let units: Vec<u16> = text.encode_utf16().collect();
    units.get(start..end).map(String::from_utf16_lossy).unwrap_or_default()
}

/// One analyzer for all the tests of a binary: loading jieba's dictionary takes a while.
pub fn analyzer() -> &'static Analyzer {
    static ANALYZER: OnceLock<Analyzer> = OnceLock::new();
    ANALYZER.get_or_init(Analyzer::new)
}

pub fn analyze(text: &str) -> Analysis {
    analyzer().analyze(text, &Options::default()).expect("analysis")
}

pub fn find<'a>(analysis: &'a Analysis, kind: EntityKind, text: &str) -> Option<&'a Entity> {
    analysis.entities.iter().find(|e| e.kind == kind && e.text == text)
}

/// Every token and entity says what its UTF-16 span holds; tokens are in order, apart.
pub fn assert_offsets_hold(text: &str, analysis: &Analysis) {
    // The text in UTF-16 once: slicing it afresh for each span made a megabyte's check quadratic.
    let units: Vec<u16> = text.encode_utf16().collect();
    let utf16_slice =
        |_: &str, start: usize, end: usize| units.get(start..end).map(String::from_utf16_lossy).unwrap_or_default();
    let len = units.len();
    let mut last_end = 0;
    for t in &analysis.tokens {
        assert!(t.start < t.end && t.end <= len, "token {t:?} out of bounds ({len})");
        assert!(t.start >= last_end, "token {t:?} overlaps the one before (ends {last_end})");
        assert_eq!(utf16_slice(text, t.start, t.end), t.text, "token {t:?}");
        last_end = t.end;
    }
    for e in &analysis.entities {
        assert!(e.start < e.end && e.end <= len, "entity {e:?} out of bounds ({len})");
        assert_eq!(utf16_slice(text, e.start, e.end), e.text, "entity {e:?}");
    }
    for s in &analysis.sentences {
        assert!(s.start < s.end && s.end <= len, "sentence {s:?} out of bounds ({len})");
    }
}
