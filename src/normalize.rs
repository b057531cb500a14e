//! Normalizes the width of characters so later stages see one form of each figure.
//!
//! News text mixes full-width and half-width forms (`２０２０年`, `９１．６％`, `１７：３０`). The
//! normalized text replaces characters one for one, so the `i`-th char stays the `i`-th char and
//! [`crate::span::OffsetMap`] can map every offset back to the original.
//!
//! Text written in traditional characters (`六個百分點`, `兩萬`) is also read in simplified form,
//! character for character (fast2s), so that jieba's dictionary and the numeral rules apply.
//! Simplified text is left alone: a few characters that fast2s would change are also standard
//! simplified characters (`捍卫`, `乾隆`), so the conversion runs only when the text is clearly
//! traditional.

use crate::chars::Chars;

/// Returns `text` with full-width digits, Latin letters and the signs of numbers made ASCII.
///
/// `２０２０年` → `2020年`, `９１．６％` → `91.6%`, `１７：３０` → `17:30`. Chinese punctuation
/// (`，。；`) is kept: it separates clauses, and `：` becomes `:` only between two digits.
pub fn run(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    // Han characters, and those fast2s could change: an upper bound on what it changes, so that
    // a text that cannot pass the test of `simplify_if_traditional` skips the conversion.
    let (mut han, mut traditional) = (0usize, 0usize);
    let mut prev_digit = false;
    // A full-width comma separates thousands only between full-width digits (`４，５６５`); after
    // ASCII digits it separates items of a list (`$20，300美元`).
    let mut prev_wide_digit = false;
    // The text up to `copied` is in `out`: runs of characters kept as they are (most of a text)
    // are copied whole when a changed one comes, not a char at a time.
    let mut copied = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((at, ch)) = chars.next() {
        let mapped = match ch {
            '０'..='９' | 'Ａ'..='Ｚ' | 'ａ'..='ｚ' | '％' | '．' | '＋' | '－' | '／' | '＄' => {
                char::from_u32(ch as u32 - 0xFEE0).unwrap_or(ch)
            }
            '：' if prev_digit && chars.peek().is_some_and(|&(_, c)| is_digit(c)) => ':',
            '，' if prev_wide_digit && chars.peek().is_some_and(|(_, c)| ('０'..='９').contains(c)) => ',',
            '\u{00A0}' => ' ',
            _ => ch,
        };
        prev_digit = mapped.is_ascii_digit();
        prev_wide_digit = ('０'..='９').contains(&ch);
        // (Every character fast2s changes is a Han one: a test checks it.)
        if crate::sentences::is_han(mapped) {
            han += 1;
            traditional += usize::from(TRADITIONAL.contains(mapped));
        }
        if mapped != ch {
            out.push_str(text.get(copied..at).unwrap_or(""));
            out.push(mapped);
            copied = at + ch.len_utf8();
        }
    }
    out.push_str(text.get(copied..).unwrap_or(""));
    if is_traditional(traditional, han) { simplify_if_traditional(out) } else { out }
}

/// The characters fast2s can change, listed by build.rs.
static TRADITIONAL: Chars = Chars::new(include_str!(concat!(env!("OUT_DIR"), "/traditional.txt")));

/// `text` in simplified characters when [`is_traditional`] says so of the characters fast2s
/// changes; `text` unchanged otherwise. The character count never changes.
fn simplify_if_traditional(text: String) -> String {
    let simplified = fast2s::convert(&text);
    if simplified == text {
        return text;
    }
    // One pass: the Han characters, and how many of them fast2s changed.
    let (mut han, mut changed) = (0usize, 0usize);
    let (mut original, mut converted) = (text.chars(), simplified.chars());
    loop {
        match (original.next(), converted.next()) {
            (Some(a), Some(b)) => {
                han += usize::from(crate::sentences::is_han(a));
                changed += usize::from(a != b);
            }
            (None, None) => break,
            _ => return text, // a different number of characters: keep the text as it is
        }
    }
    if is_traditional(changed, han) { simplified } else { text }
}

/// True when `changed` of `han` Han characters make a text traditional: at least 3%, and two.
fn is_traditional(changed: usize, han: usize) -> bool {
    changed >= 2 && changed * 100 >= han * 3
}

fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c)
}

#[cfg(test)]
mod tests {
    use super::{TRADITIONAL, run};

    #[test]
    fn every_character_fast2s_changes_is_han() {
        // `run` counts the characters fast2s could change among the Han ones only.
        assert!(TRADITIONAL.list().chars().filter(|&c| c != '\n').all(crate::sentences::is_han));
    }

    #[test]
    fn unchanged_runs_are_kept_between_changed_characters() {
        assert_eq!(run("记者：２０２０年，ＡＢＣ"), "记者：2020年，ABC");
        assert_eq!(run("𠮷１𠮷"), "𠮷1𠮷");
        assert_eq!(run("１７：３０，４，５６５"), "17:30,4,565");
        assert_eq!(run(""), "");
    }

    #[test]
    fn full_width_figures_become_ascii() {
        assert_eq!(run("２０２０年"), "2020年");
        assert_eq!(run("９１．６％"), "91.6%");
        assert_eq!(run("ＧＤＰ"), "GDP");
    }

    #[test]
    fn colon_becomes_ascii_only_between_digits() {
        assert_eq!(run("１７：３０"), "17:30");
        assert_eq!(run("他说：好"), "他说：好");
    }

    #[test]
    fn traditional_text_is_read_in_simplified_characters() {
        assert_eq!(run("六個百分點"), "六个百分点");
        assert_eq!(run("壹百五十萬個"), "壹百五十万个");
    }

    #[test]
    fn characters_fast2s_changes_only_inside_a_word_count_as_traditional() {
        // 著 alone stays (it is also simplified), but 看著 becomes 看着: with 後 that makes two.
        assert_eq!(run("他看著後"), "他看着后");
    }

    #[test]
    fn simplified_text_keeps_characters_fast2s_would_change() {
        assert_eq!(run("坚决捍卫国家利益"), "坚决捍卫国家利益");
    }

    #[test]
    fn full_width_comma_between_digits_becomes_a_thousands_separator() {
        assert_eq!(run("４，５６５"), "4,565");
        assert_eq!(run("1，我们"), "1，我们");
        assert_eq!(run("$20，300美元"), "$20，300美元");
    }

    #[test]
    fn char_count_never_changes() {
        for s in ["", "𠮷５😀：：１", "ａ：", "\u{00A0}x", "後來這個說法", "乾乾乾"] {
            assert_eq!(run(s).chars().count(), s.chars().count(), "{s:?}");
        }
    }
}
