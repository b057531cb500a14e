//! Random text, including characters outside the Basic Multilingual Plane: every span the
//! analyzer returns must slice the text the way JavaScript's `String.prototype.slice` does.
mod common;

use common::{analyze, assert_offsets_hold};
use proptest::prelude::*;

/// Pieces that stress segmentation and offsets: CJK words and numerals, Extension B (𠮷, 4 bytes,
/// 2 UTF-16 units), emoji with modifiers and ZWJ, full-width digits, combining marks, whitespace.
const PIECES: &[&str] = &[
    "记者",
    "高洪驰",
    "周口市",
    "477万元",
    "91.6%",
    "2020年5月6日",
    "第七届",
    "当日17时",
    "《快哉亭记》",
    "𠮷",
    "𠮷野家",
    "😀",
    "👩‍👩‍👧",
    "👍🏽",
    "１２３４",
    "三点五",
    "百分之九十",
    "e\u{301}",
    "\u{200b}",
    "\u{3000}",
    " ",
    "\n",
    "\n\n",
    "\t",
    "，",
    "。",
    "③9",
    "abc",
    "-",
    "%",
    "万",
    "年",
    "第",
    "约",
    "余",
];

fn article() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            3 => prop::sample::select(PIECES).prop_map(str::to_owned),
            1 => any::<char>().prop_map(String::from),
            1 => "[\u{4e00}-\u{9fff}\u{20000}-\u{2a6df}0-9]{1,6}",
        ],
        0..40,
    )
    .prop_map(|pieces| pieces.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2048, ..ProptestConfig::default() })]

    #[test]
    fn spans_slice_the_text_in_utf16(text in article()) {
        let analysis = analyze(&text);
        assert_offsets_hold(&text, &analysis);
    }
}

#[test]
fn a_supplementary_character_shifts_later_offsets_by_two_units() {
    let text = "𠮷记者高洪驰报道";
    let analysis = analyze(text);
    assert_offsets_hold(text, &analysis);
    let person = analysis.entities.iter().find(|e| e.text == "高洪驰").expect("高洪驰");
    assert_eq!((person.start, person.end), (4, 7));
}
