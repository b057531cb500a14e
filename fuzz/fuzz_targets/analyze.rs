//! Any bytes, read as UTF-8 (lossily), through the whole analysis: it must not panic, and every
//! span must slice the text as JavaScript would.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use wenxi::{Analyzer, Options};

fn analyzer() -> &'static Analyzer {
    static ANALYZER: OnceLock<Analyzer> = OnceLock::new();
    ANALYZER.get_or_init(Analyzer::new)
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let Ok(analysis) = analyzer().analyze(&text, &Options::default()) else { return };
    let units: Vec<u16> = text.encode_utf16().collect();
    let slice = |start: usize, end: usize| String::from_utf16_lossy(&units[start..end]);
    for t in &analysis.tokens {
        assert!(t.start < t.end && t.end <= units.len(), "token {t:?}");
        assert_eq!(slice(t.start, t.end), t.text, "token {t:?}");
    }
    for e in &analysis.entities {
        assert!(e.start < e.end && e.end <= units.len(), "entity {e:?}");
        assert_eq!(slice(e.start, e.end), e.text, "entity {e:?}");
    }
});
