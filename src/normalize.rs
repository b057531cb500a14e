//! Normalizes the width of characters so later stages see one form of each figure.
//!
//! News text mixes full-width and half-width forms (`２０２０年`, `９１．６％`, `１７：３０`). The
//! normalized text replaces characters one for one, so the `i`-th char stays the `i`-th char and
//! [`crate::span::OffsetMap`] can map every offset back to the original.

/// Returns `text` with full-width digits, Latin letters and the signs of numbers made ASCII.
///
/// `２０２０年` → `2020年`, `９１．６％` → `91.6%`, `１７：３０` → `17:30`. Chinese punctuation
/// (`，。；`) is kept: it separates clauses, and `：` becomes `:` only between two digits.
pub fn run(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut prev_digit = false;
    let mut chars = text.chars().peekable();
    while let Some(ch) = chars.next() {
        let mapped = match ch {
            '０'..='９' | 'Ａ'..='Ｚ' | 'ａ'..='ｚ' | '％' | '．' | '＋' | '－' | '／' | '＄' => {
                char::from_u32(ch as u32 - 0xFEE0).unwrap_or(ch)
            }
            '：' if prev_digit && chars.peek().is_some_and(|c| is_digit(*c)) => ':',
            '\u{00A0}' => ' ',
            _ => ch,
        };
        prev_digit = mapped.is_ascii_digit();
        out.push(mapped);
    }
    out
}

fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c)
}

#[cfg(test)]
mod tests {
    use super::run;

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
    fn char_count_never_changes() {
        for s in ["", "𠮷５😀：：１", "ａ：", "\u{00A0}x"] {
            assert_eq!(run(s).chars().count(), s.chars().count(), "{s:?}");
        }
    }
}
