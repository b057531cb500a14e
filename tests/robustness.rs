//! Random text of every awkward kind: the analysis never panics, its spans slice the text in
//! UTF-16, and its tokens cover the text in order, whitespace aside.
mod common;

use common::{analyze, assert_offsets_hold};
use proptest::prelude::*;

/// Characters that break naive text code: CJK and Extension B (𠮷, two UTF-16 units), emoji with
/// skin tones and ZWJ sequences, combining marks, right-to-left scripts, controls and NUL,
/// full-width forms, numerals, and whitespace of every kind.
fn awkward_piece() -> impl Strategy<Value = String> {
    prop_oneof![
        "[\u{4e00}-\u{9fff}]{1,8}",
        "[\u{20000}-\u{2a6df}\u{2a700}-\u{2b73f}]{1,3}",
        prop::sample::select(vec!["😀", "👍🏽", "👩‍👩‍👧", "🏳️‍🌈", "🇨🇳", "❤️"]).prop_map(str::to_owned),
        "[a-zA-Z]\u{0301}\u{0308}?",
        "[\u{0600}-\u{06ff}\u{05d0}-\u{05ea}]{1,6}",
        "[\u{0000}-\u{001f}\u{007f}\u{200b}-\u{200f}\u{2028}\u{2029}\u{feff}]{1,3}",
        prop::sample::select(vec![" ", "\t", "\n", "\r\n", "\u{3000}", "\u{a0}", "\u{2003}", "\u{85}", "\n\n\n"]).prop_map(str::to_owned),
        "[０-９Ａ-Ｚ％．，：]{1,5}",
        "[0-9.,%:/-]{1,8}",
        "[零〇一二两三四五六七八九十百千万亿点负分之第年月日时成折]{1,6}",
        "[，。！？；：、“”‘’《》（）【】…—·]{1,4}",
        any::<char>().prop_map(String::from),
    ]
}

fn awkward_text() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::collection::vec(awkward_piece(), 0..30).prop_map(|p| p.concat()),
        1 => (any::<char>(), 1..3000usize).prop_map(|(c, n)| c.to_string().repeat(n)),
        1 => "[0-9]{1,400}",
        1 => "[，。！？；：、“”《》…—!?.,;:]{1,200}",
        1 => "[ \t\n\r\u{3000}\u{a0}\u{2000}-\u{200a}]{1,100}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3000, ..ProptestConfig::default() })]

    #[test]
    fn analysis_of_awkward_text_holds_together(text in awkward_text()) {
        let analysis = analyze(&text);
        assert_offsets_hold(&text, &analysis);
        let covered: String = analysis.tokens.iter().map(|t| t.text.as_str()).collect();
        let expected: String = text.chars().filter(|c| !c.is_whitespace()).collect();
        prop_assert_eq!(covered, expected, "tokens do not cover the text");
    }
}

#[test]
fn very_long_runs_of_one_character() {
    for c in ['一', '1', '万', '。', 'a', '😀', '𠮷', '\u{0}'] {
        let text = c.to_string().repeat(20_000);
        let analysis = analyze(&text);
        assert_offsets_hold(&text, &analysis);
    }
}
