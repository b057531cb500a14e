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
        prop::sample::select(vec![" ", "\t", "\n", "\r\n", "\u{3000}", "\u{a0}", "\u{2003}", "\u{85}", "\n\n\n"])
            .prop_map(str::to_owned),
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

    #[test]
    fn analysis_with_the_names_tagger_holds_together(text in awkward_text()) {
        let options = wenxi::Options { model: true, ..wenxi::Options::default() };
        let analysis = common::analyzer().analyze(&text, &options).expect("analysis");
        assert_offsets_hold(&text, &analysis);
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

/// A long run of one kind of character, or a short pattern repeated, of `len` bytes or a little
/// more: what a pasted log, a data dump or a base64 blob looks like to the analyzer.
fn long_run() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        "[a-z]{1,3}",
        "[0-9]{1,3}",
        "[a-zA-Z0-9]{1,12}",
        "[a-z]{1,8}://[a-z0-9.-]{1,20}/[a-zA-Z0-9_/?=&%-]{1,30}",
        "[0-9]{1,4}[.,:/-]",
        "[\u{4e00}-\u{9fff}]{1,2}[a-z0-9]{1,4}",
    ];
    (piece, 100_000..1_100_000usize).prop_map(|(p, len)| p.repeat(len / p.len() + 1))
}

proptest! {
    // Each case is up to a megabyte: a few cases reach the long inputs the ones above do not.
    #![proptest_config(ProptestConfig { cases: 12, ..ProptestConfig::default() })]

    #[test]
    fn analysis_of_a_megabyte_run_holds_together(text in long_run()) {
        let analysis = analyze(&text);
        assert_offsets_hold(&text, &analysis);
        let covered: String = analysis.tokens.iter().map(|t| t.text.as_str()).collect();
        prop_assert_eq!(covered, text, "tokens do not cover the text");
    }
}

#[test]
fn a_megabyte_of_one_token_or_one_word_repeated() {
    // jieba keeps a run of letters or digits as one token (up to 64 K characters), and a rule
    // that reads on from a cue (记者, 万, a line break) may meet a megabyte of the same: each
    // must read it in time linear in its length (`cargo bench --bench pipeline` times the first
    // three; here they must hold together).
    let url = "https://example.com/a/b?c=1&d=2%20e-f_g.";
    let mb = 1 << 20;
    let texts = [
        "a".repeat(mb),
        "1".repeat(mb),
        "a1".repeat(mb / 2),
        url.repeat(mb / url.len()),
        "记者".repeat(mb / 6),
        "万".repeat(mb / 3),
        "\n".repeat(mb),
    ];
    for text in texts {
        let analysis = analyze(&text);
        assert_offsets_hold(&text, &analysis);
        let covered: String = analysis.tokens.iter().map(|t| t.text.as_str()).collect();
        assert_eq!(covered.len(), text.trim().len(), "tokens do not cover the text");
    }
}
