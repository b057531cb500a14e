//! Where a numeral starts and ends in running text, before [`numeral::parse`] gives its value.
//!
//! The reader takes Arabic and Chinese digits, units, decimal points (`.`, `点`), thousands
//! separators, a leading minus (`负`, `-`), spaces inside a Chinese numeral (`三千 八百`,
//! `7 万5 千`), an approximation inside it (`十余万`, `一千多万`, `二十几万`), and the suffix `k`
//! (`40k`). It leaves out what belongs to the next word: the `两` of `三十两` (a unit of weight)
//! and the `千` of `12千米` (kilometres).

use super::{Read, Scanner, numeral};

/// Words that approximate a numeral from inside: `十余万`, `一千多万`, `二十几万`.
const APPROX_INFIX: [char; 4] = ['余', '多', '几', '幾'];

/// Units whose first character is a numeral unit: `12千米` is twelve kilometres, not 12000 米.
pub(super) const UNITS_STARTING_WITH_NUMERAL: [&str; 12] =
    ["千米", "千克", "千瓦时", "千瓦", "千卡", "千焦", "千字节", "千比特", "兆赫兹", "兆赫", "兆字节", "兆瓦"];

/// The longest numeral read, in bytes: the longest real ones (`四千五百六十九万八千三百一十一亿
/// 四千八百七十二万五千三百八十二`, 31 characters) fit with room to spare.
const MAX_NUMERAL_BYTES: usize = 160;

impl Scanner<'_> {
    /// Reads a numeral at `pos`. With `check_word`, a Chinese numeral must start a word that
    /// jieba tags as a numeral, time or measure (so `统一`, `一体` and `一把手` are not figures).
    pub(super) fn read_numeral(&self, pos: usize, check_word: bool) -> Option<Read> {
        let first = self.char_at(pos)?;
        let signed = numeral::is_minus(first)
            || first == '-'
                && !self
                    .char_before(pos)
                    .is_some_and(|b| b.is_ascii_alphanumeric() || b == '-' || numeral::is_chinese_numeral_char(b));
        let body = if signed { pos + first.len_utf8() } else { pos };
        let mut end = self.numeral_end(body)?;
        let mut approx = false;
        let mut text: String = self.text.get(body..end)?.to_owned();
        if text.chars().any(|c| APPROX_INFIX.contains(&c)) {
            approx = true;
            text.retain(|c| !APPROX_INFIX.contains(&c));
        }
        // `三十两` is thirty taels; `12千米` twelve kilometres: the unit takes the last character.
        let rest = self.rest(end);
        if text.chars().count() >= 2 && (text.ends_with('两') || text.ends_with('兩')) && !self.measure_follows(end) {
            text.pop();
            end -= '两'.len_utf8();
        } else if let Some(c) = text.chars().last().filter(|c| matches!(c, '千' | '兆'))
            && UNITS_STARTING_WITH_NUMERAL.iter().any(|u| u.strip_prefix(c).is_some_and(|tail| rest.starts_with(tail)))
            && text.chars().count() >= 2
        {
            text.pop();
            end -= c.len_utf8();
        }
        let arabic = text.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',');
        if !arabic && check_word && !signed && !self.starts_numeral_word(body, end) {
            return None;
        }
        // A numeral that does not parse as a whole may still begin with one: `七十百分位` reads 七十.
        let mut value = numeral::parse(&text);
        let mut tries = 0;
        while value.is_none() && text.chars().count() > 1 && tries < 4 {
            tries += 1;
            let Some(last) = text.pop() else { break };
            end -= last.len_utf8();
            // `二三十` (twenty or thirty) is no number, and not 23 either.
            if text.chars().count() >= 2 && text.chars().all(|c| numeral::digit(c).is_some()) {
                break;
            }
            value = numeral::parse(&text);
        }
        let mut value = value?;
        if arabic && let Some((exponent, used)) = self.exponent_at(end) {
            value = numeral::round_decimal(value * 10f64.powi(exponent));
            end += used;
        } else if arabic && let Some((power, used)) = self.power_at(end) {
            value = numeral::round_decimal(value.powf(power));
            end += used;
        }
        // `40k`: thousands, when the k ends the word.
        if arabic
            && self.rest(end).starts_with(['k', 'K'])
            && !self.char_at(end + 1).is_some_and(|c| c.is_ascii_alphanumeric())
        {
            value *= 1000.0;
            end += 1;
        }
        if signed {
            value = -value;
        }
        let int_digits = text.chars().take_while(char::is_ascii_digit).count();
        Some(Read { start: pos, end, value, arabic, int_digits, approx })
    }

    /// `e5`, `E+14`, `e-1` after a number written in digits: the power of ten and its length.
    fn exponent_at(&self, pos: usize) -> Option<(i32, usize)> {
        let rest = self.rest(pos);
        let after_e = rest.strip_prefix(['e', 'E'])?;
        let (sign, digits) = match after_e.strip_prefix(['-', '+']) {
            Some(d) => (if after_e.starts_with('-') { -1 } else { 1 }, d),
            None => (1, after_e),
        };
        let n = digits.chars().take_while(char::is_ascii_digit).count();
        if n == 0 || n > 3 || digits.get(n..).is_some_and(|r| r.starts_with(|c: char| c.is_ascii_alphanumeric())) {
            return None;
        }
        let exponent: i32 = digits.get(..n)?.parse().ok()?;
        Some((sign * exponent, rest.len() - digits.len() + n))
    }

    /// `^5`, `^-1`, `^+23` after a number written in digits: the power and its length.
    fn power_at(&self, pos: usize) -> Option<(f64, usize)> {
        let after = self.rest(pos).strip_prefix('^')?;
        let signs: String = after.chars().take_while(|c| matches!(c, '+' | '-')).collect();
        let digits = after.get(signs.len()..)?;
        let n = digits.chars().take_while(|c| c.is_ascii_digit() || *c == '.').count();
        let power: f64 = digits.get(..n)?.parse().ok()?;
        let negative = signs.chars().filter(|c| *c == '-').count() % 2 == 1;
        Some((if negative { -power } else { power }, 1 + signs.len() + n))
    }

    /// Where the numeral whose digits start at `pos` ends, or `None` when none starts there.
    fn numeral_end(&self, pos: usize) -> Option<usize> {
        let rest = self.rest(pos);
        let mut chars = rest.char_indices().peekable();
        let mut end = pos;
        let mut last: Option<char> = None;
        let mut seen_point = false;
        while let Some((i, c)) = chars.next() {
            let next = chars.peek().map(|p| p.1);
            let after = rest.get(i + c.len_utf8()..).unwrap_or("");
            let next_solid = after.trim_start_matches(' ').chars().next();
            let ok = match c {
                '0'..='9' => true,
                '.' => {
                    let leading =
                        last.is_none() && !self.char_before(pos).is_some_and(|b| b.is_ascii_alphanumeric() || b == '.');
                    !seen_point
                        && (leading || last.is_some_and(|l| l.is_ascii_digit()))
                        && next.is_some_and(|n| n.is_ascii_digit())
                }
                ',' => last.is_some_and(|l| l.is_ascii_digit()) && is_thousands_group(after),
                '半' => last.is_none() && matches!(next, Some('百')),
                ' ' => {
                    last.is_some_and(|l| joins_across_space(l, after.trim_start_matches(' ')))
                        && after.len() - after.trim_start_matches(' ').len() < 4
                }
                c if numeral::is_point(c) => {
                    last.is_some() && next_solid.is_some_and(|n| numeral::digit(n).is_some() || n.is_ascii_digit())
                }
                c if APPROX_INFIX.contains(&c) => {
                    last.is_some() && next_solid.is_some_and(|n| numeral::unit(n).is_some_and(|u| u >= 100.0))
                }
                c => numeral::is_chinese_numeral_char(c),
            };
            if !ok {
                break;
            }
            if c == '.' || numeral::is_point(c) {
                seen_point = true;
            }
            if c != ' ' {
                last = Some(c);
                end = pos + i + c.len_utf8();
            }
            if end - pos > MAX_NUMERAL_BYTES {
                return None; // 万万万万…: a run this long is no numeral, and reading on is quadratic
            }
        }
        (end > pos && last != Some('半')).then_some(end)
    }

    /// True when a measure word, unit, currency or length of time starts at `pos`.
    pub(super) fn measure_follows(&self, pos: usize) -> bool {
        let rest = self.rest(pos);
        super::units::unit_at(rest).is_some()
            || super::units::CURRENCIES.iter().any(|(w, _)| rest.starts_with(w))
            || super::units::DURATIONS.iter().any(|(w, _)| rest.starts_with(w))
            || self.token_at(pos).is_some_and(|t| t.pos == "q")
    }

    /// True when a Chinese numeral at `start..end` starts a word tagged numeral, time or measure,
    /// or lies within such words.
    pub(super) fn starts_numeral_word(&self, start: usize, end: usize) -> bool {
        let idx = self.token_index(start);
        let Some(first) = self.tokens.get(idx) else { return false };
        // `三站` tagged a verb, `坐五站` one word: still a numeral and its measure word (or 世纪).
        let with_classifier = first.span.start <= start
            && self
                .text
                .get(end..first.span.end)
                .is_some_and(|w| super::units::CLASSIFIERS.contains(&w) || w == "世纪");
        let after_di = first.span.text(self.text).starts_with('第') && first.span.start + '第'.len_utf8() == start;
        if first.span.start != start && !after_di {
            return with_classifier && first.pos == "m";
        }
        let numeric_tag = matches!(first.pos, "m" | "mq" | "t" | "q");
        let inside = first.span.end <= end;
        numeric_tag || inside || with_classifier
    }
}

/// True when `after` (the text after a comma) is a thousands group: three digits, then no digit.
fn is_thousands_group(after: &str) -> bool {
    let digits = after.chars().take_while(char::is_ascii_digit).count();
    digits == 3
}

/// Whether a space may sit inside a numeral between `before` and the next non-space character:
/// `三千 八百`, `7 万`, `四百 点 五`, `五百 余万`, but not `1 2` or `一 二`.
/// `7万 5千` too: digits after a unit, when a unit follows them.
fn joins_across_space(before: char, after: &str) -> bool {
    let Some(next) = after.chars().next() else { return false };
    let is_unit_or_point = |c: char| numeral::unit(c).is_some() || numeral::is_point(c) || APPROX_INFIX.contains(&c);
    let numeral_like = |c: char| c.is_ascii_digit() || numeral::is_chinese_numeral_char(c) || is_unit_or_point(c);
    let digits_then_unit = next.is_ascii_digit()
        && numeral::unit(before).is_some()
        && after.trim_start_matches(|c: char| c.is_ascii_digit()).starts_with(|c: char| numeral::unit(c).is_some());
    let next_ok = numeral::is_chinese_numeral_char(next) || is_unit_or_point(next) || digits_then_unit;
    numeral_like(before) && next_ok && (is_unit_or_point(before) || is_unit_or_point(next))
}
