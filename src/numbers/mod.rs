//! Figures: money, percentages, quantities, ordinals, dates, times, durations and bare numbers,
//! each with its value normalized.
//!
//! The scanner reads a numeral where one starts, then decides what it counts from the words
//! around it: `477万元` is money, `91.6%` a percentage, `7个乡镇` a quantity of 乡镇, `第七届` an
//! ordinal, `2020年5月6日` a date, `17时` a time, `5年过渡期` a duration. Numerals inside words
//! (`统一`, `一体`, `一把手`) are skipped: a Chinese numeral counts only where jieba starts a word
//! with it and tags that word as a numeral (`m`), a time (`t`) or a measure (`q`, `mq`).

mod dates;
pub mod numeral;
mod relative;

use chrono::NaiveDate;

use crate::analysis::{Attrs, EntityKind, Mention, Source, Value};
use crate::segment::Token;
use crate::span::Span;

/// Currencies by the word that follows the amount, longest first, with their ISO 4217 code.
const CURRENCIES: [(&str, &str); 16] = [
    ("元人民币", "CNY"), ("人民币", "CNY"), ("美元", "USD"), ("美金", "USD"), ("欧元", "EUR"),
    ("日元", "JPY"), ("港元", "HKD"), ("港币", "HKD"), ("英镑", "GBP"), ("韩元", "KRW"),
    ("澳元", "AUD"), ("加元", "CAD"), ("卢布", "RUB"), ("块钱", "CNY"), ("元", "CNY"), ("块", "CNY"),
];

/// Units and measure words a quantity may have, longest first within each shared prefix.
const UNITS: [&str; 58] = [
    "人次", "万人次", "平方公里", "平方千米", "平方米", "立方米", "公里", "千米", "厘米", "毫米",
    "公分", "米", "公斤", "千克", "毫克", "克", "公顷", "亩", "吨", "斤", "千瓦时", "千瓦", "瓦",
    "升", "毫升", "摄氏度", "度", "人", "户", "个", "家", "名", "位", "项", "次", "份", "件", "辆",
    "台", "所", "座", "场", "篇", "部", "条", "批", "处", "本", "套", "张", "株", "头", "只", "支",
    "岁", "栋", "间", "床",
];

/// Measure words after which the counted noun follows: `7个乡镇`, `3家企业`.
const COUNTERS: [&str; 16] =
    ["个", "家", "名", "位", "项", "件", "辆", "台", "所", "座", "场", "篇", "部", "条", "批", "处"];

/// Lengths of time after a number, with their ISO 8601 designator.
const DURATIONS: [(&str, &str); 8] = [
    ("个小时", "TH"), ("小时", "TH"), ("分钟", "TM"), ("个月", "M"), ("周年", "Y"), ("年", "Y"),
    ("天", "D"), ("周", "W"),
];

/// Words after `第N` that belong to the ordinal: `第七届`, `第3次`.
const ORDINAL_COUNTERS: [&str; 14] =
    ["届", "次", "批", "期", "名", "轮", "个", "位", "条", "款", "章", "项", "版", "季度"];

/// Words before a figure that make it approximate: `近千人`, `约3万元`.
const APPROX_BEFORE: [&str; 5] = ["将近", "大约", "近", "约", "逾"];
/// Words right after a numeral that make it approximate: `20余份`, `3万多元`.
const APPROX_AFTER: [char; 3] = ['余', '多', '来'];

/// Finds the figures of `text` (normalized), given its tokens and the names already found
/// (a figure never starts inside a name). `reference` anchors year-less and relative dates when
/// no full date comes before them.
pub fn extract(text: &str, tokens: &[Token], names: &[Mention], reference: Option<NaiveDate>) -> Vec<Mention> {
    let mut scanner = Scanner { text, tokens, names, found: Vec::new(), anchor: reference, reference };
    scanner.run();
    scanner.found
}

struct Scanner<'a> {
    text: &'a str,
    tokens: &'a [Token],
    names: &'a [Mention],
    found: Vec<Mention>,
    /// The last full date seen, else the reference date: what `5月30日` and `当日` refer to.
    anchor: Option<NaiveDate>,
    reference: Option<NaiveDate>,
}

/// A numeral read at some position: where it ends and its value.
#[derive(Debug, Clone, Copy)]
struct Read {
    start: usize,
    end: usize,
    value: f64,
    /// True when written with Arabic digits only (`2020`), false for any Chinese numeral.
    arabic: bool,
    /// Number of digits before any decimal point, for year-like numbers.
    int_digits: usize,
}

impl<'a> Scanner<'a> {
    fn run(&mut self) {
        let mut pos = 0;
        while pos < self.text.len() {
            let next = self.match_at(pos);
            pos = match next {
                Some(end) if end > pos => end,
                _ => pos + self.rest(pos).chars().next().map_or(1, char::len_utf8),
            };
        }
    }

    fn rest(&self, pos: usize) -> &'a str {
        self.text.get(pos..).unwrap_or("")
    }

    fn char_at(&self, pos: usize) -> Option<char> {
        self.rest(pos).chars().next()
    }

    fn char_before(&self, pos: usize) -> Option<char> {
        self.text.get(..pos).and_then(|s| s.chars().next_back())
    }

    fn in_name(&self, pos: usize) -> bool {
        self.names.iter().any(|n| n.span.start <= pos && pos < n.span.end)
    }

    fn push(&mut self, kind: EntityKind, span: Span, attrs: Attrs) -> usize {
        self.found.push(Mention { kind, span, attrs: Attrs { source: Some(Source::Rule), ..attrs } });
        span.end
    }

    /// Tries every figure that can start at `pos`; returns where the figure found ends.
    fn match_at(&mut self, pos: usize) -> Option<usize> {
        let c = self.char_at(pos)?;
        if self.in_name(pos) {
            return None;
        }
        if is_circled_number(c) {
            // An editor's mark closing an article: `③9`. Neither part is a figure.
            let digits = self.rest(pos + c.len_utf8()).chars().take_while(char::is_ascii_digit).count();
            return Some(pos + c.len_utf8() + digits);
        }
        if let Some(end) = self.relative_date(pos) {
            return Some(end);
        }
        if c == '第' {
            return self.ordinal(pos);
        }
        if self.rest(pos).starts_with("百分之") {
            let start_num = pos + "百分之".len();
            let read = self.read_numeral(start_num, false)?;
            let attrs = Attrs { value: Some(Value::Number(numeral::round_decimal(read.value / 100.0))), ..Attrs::default() };
            return Some(self.push(EntityKind::Percent, Span::new(pos, read.end), attrs));
        }
        if c.is_ascii_digit() {
            if self.char_before(pos).is_some_and(|b| b.is_ascii_alphanumeric() || b == '.') {
                return self.skip_alnum(pos);
            }
            if let Some(end) = self.numeric_date(pos).or_else(|| self.clock_time(pos)) {
                return Some(end);
            }
        }
        let approx_prefix = APPROX_BEFORE.iter().find(|w| self.rest(pos).starts_with(**w)).map(|w| w.len());
        let num_start = pos + approx_prefix.unwrap_or(0);
        let Some(read) = self.read_numeral(num_start, true) else {
            return if approx_prefix.is_some() { None } else { self.skip_alnum(pos) };
        };
        self.after_numeral(pos, approx_prefix.is_some(), read)
    }

    /// Skips a run of ASCII letters and digits that is a code (`G20`, `5G`), not a figure.
    fn skip_alnum(&self, pos: usize) -> Option<usize> {
        let len: usize = self.rest(pos).chars().take_while(|c| c.is_ascii_alphanumeric()).map(char::len_utf8).sum();
        (len > 0).then_some(pos + len)
    }

    /// Reads a numeral at `pos`. With `check_word`, a Chinese numeral must start a word that
    /// jieba tags as a numeral, time or measure (so `统一`, `一体` and `一把手` are not figures).
    fn read_numeral(&self, pos: usize, check_word: bool) -> Option<Read> {
        let rest = self.rest(pos);
        let mut end = pos;
        let mut arabic = true;
        let mut int_digits = 0;
        let mut seen_point = false;
        let mut chars = rest.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            let next = chars.peek().map(|p| p.1);
            let ok = if c.is_ascii_digit() {
                if !seen_point {
                    int_digits += 1;
                }
                true
            } else if c == '.' && !seen_point && end > pos && next.is_some_and(|n| n.is_ascii_digit()) {
                seen_point = true;
                true
            } else if c == ',' && end > pos && rest.get(i + 1..).is_some_and(|r| {
                r.chars().take(3).filter(char::is_ascii_digit).count() == 3
                    && !r.chars().nth(3).is_some_and(|d| d.is_ascii_digit())
            }) {
                true
            } else if numeral::is_chinese_numeral_char(c) {
                arabic = false;
                true
            } else if c == '点' && end > pos && next.is_some_and(|n| numeral::digit(n).is_some()) {
                arabic = false;
                true
            } else {
                false
            };
            if !ok {
                break;
            }
            end = pos + i + c.len_utf8();
        }
        // A trailing unit that belongs to the next word: `十大产业` reads 十, `万元` keeps 万.
        let text = self.text.get(pos..end)?;
        if text.is_empty() {
            return None;
        }
        if !arabic && check_word && !self.starts_numeral_word(pos, end) {
            return None;
        }
        let value = numeral::parse(text)?;
        Some(Read { start: pos, end, value, arabic, int_digits })
    }

    /// True when a Chinese numeral at `start..end` starts a word tagged numeral, time or measure,
    /// or lies within such words.
    fn starts_numeral_word(&self, start: usize, end: usize) -> bool {
        let idx = self.tokens.partition_point(|t| t.span.end <= start);
        let Some(first) = self.tokens.get(idx) else { return false };
        let after_di = first.span.text(self.text).starts_with('第') && first.span.start + '第'.len_utf8() == start;
        if first.span.start != start && !after_di {
            return false;
        }
        let numeric_tag = matches!(first.pos, "m" | "mq" | "t" | "q");
        let inside = first.span.end <= end;
        numeric_tag || inside
    }

    fn after_numeral(&mut self, start: usize, approx_before: bool, read: Read) -> Option<usize> {
        let mut end = read.end;
        let mut approx = approx_before;
        let value = read.value;
        let rest = self.rest(end);

        // Dates and times first: `2020年…`, `5月30日`, `17时`.
        if let Some(stop) = self.date_from(start, read) {
            return Some(stop);
        }
        if let Some(stop) = self.time_from(start, read) {
            return Some(stop);
        }
        if let Some(stop) = self.duration_from(start, read) {
            return Some(stop);
        }
        if rest.starts_with('%') || rest.starts_with('％') {
            let attrs = Attrs { value: Some(Value::Number(numeral::round_decimal(value / 100.0))), approx, ..Attrs::default() };
            return Some(self.push(EntityKind::Percent, Span::new(start, end + 1), attrs));
        }
        if let Some(c) = rest.chars().next().filter(|c| APPROX_AFTER.contains(c)) {
            approx = true;
            end += c.len_utf8();
        }
        let rest = self.rest(end);
        if let Some((word, code)) = CURRENCIES.iter().find(|(w, _)| rest.starts_with(*w)) {
            let attrs = Attrs { value: Some(Value::Number(value)), unit: Some((*code).to_owned()), approx, ..Attrs::default() };
            return Some(self.push(EntityKind::Money, Span::new(start, end + word.len()), attrs));
        }
        if !read.arabic && value <= 10.0 && (rest.starts_with('成') || rest.starts_with('折')) && end == read.end {
            let attrs = Attrs { value: Some(Value::Number(value / 10.0)), ..Attrs::default() };
            return Some(self.push(EntityKind::Percent, Span::new(start, end + '成'.len_utf8()), attrs));
        }
        if let Some((word, designator)) = DURATIONS.iter().find(|(w, _)| rest.starts_with(*w)) {
            let iso = match *designator {
                "TH" => format!("PT{}H", fmt_number(value)),
                "TM" => format!("PT{}M", fmt_number(value)),
                d => format!("P{}{d}", fmt_number(value)),
            };
            let attrs = Attrs { value: Some(Value::Text(iso)), approx, ..Attrs::default() };
            return Some(self.push(EntityKind::Duration, Span::new(start, end + word.len()), attrs));
        }
        if let Some(unit) = self.unit_at(end).filter(|u| read.arabic || value != 1.0 || !COUNTERS.contains(u) && !matches!(*u, "次" | "户" | "份" | "本" | "张" | "套" | "只" | "支" | "头")) {
            let unit_end = end + unit.len();
            let noun = if COUNTERS.contains(&unit) { self.noun_at(unit_end) } else { None };
            let attrs = Attrs { value: Some(Value::Number(value)), unit: Some(unit.to_owned()), approx, noun, ..Attrs::default() };
            return Some(self.push(EntityKind::Quantity, Span::new(start, unit_end), attrs));
        }
        // A bare number: Arabic, or a Chinese numeral of two or more characters (`三百`, `十九`).
        let written = self.text.get(read.start..read.end).unwrap_or("");
        if read.arabic || written.chars().count() >= 2 {
            let attrs = Attrs { value: Some(Value::Number(value)), approx, ..Attrs::default() };
            return Some(self.push(EntityKind::Number, Span::new(start, end), attrs));
        }
        Some(end)
    }

    /// A unit or measure word at `pos`: from the list, or a word jieba tags `q` starting there.
    fn unit_at(&self, pos: usize) -> Option<&'a str> {
        let rest = self.rest(pos);
        if let Some(u) = UNITS.iter().filter(|u| rest.starts_with(**u)).max_by_key(|u| u.len()) {
            return rest.get(..u.len());
        }
        let idx = self.tokens.partition_point(|t| t.span.end <= pos);
        let t = self.tokens.get(idx).filter(|t| t.span.start == pos && t.pos == "q")?;
        t.span.text(self.text).get(..)
    }

    /// The noun a counter counts, when a noun word starts right at `pos`: `7个乡镇` → 乡镇.
    fn noun_at(&self, pos: usize) -> Option<String> {
        let idx = self.tokens.partition_point(|t| t.span.end <= pos);
        let t = self.tokens.get(idx).filter(|t| t.span.start == pos && matches!(t.pos, "n" | "nz" | "vn" | "ns" | "nt" | "j"))?;
        Some(t.span.text(self.text).to_owned())
    }

    /// `第七届` → 7, `第一书记` → 1, `第3次` → 3.
    fn ordinal(&mut self, pos: usize) -> Option<usize> {
        let num_start = pos + '第'.len_utf8();
        let read = self.read_numeral(num_start, true)?;
        if read.value.fract() != 0.0 || read.value < 0.0 {
            return None;
        }
        let rest = self.rest(read.end);
        let end = read.end + ORDINAL_COUNTERS.iter().find(|w| rest.starts_with(**w)).map_or(0, |w| w.len());
        let attrs = Attrs { value: Some(Value::Number(read.value)), ..Attrs::default() };
        Some(self.push(EntityKind::Ordinal, Span::new(pos, end), attrs))
    }

}

/// `①`–`⑳` and `⑴`–`⒇`, used by editors to mark the end of an article.
fn is_circled_number(c: char) -> bool {
    matches!(c as u32, 0x2460..=0x249B | 0x24EA..=0x24FF | 0x2776..=0x2793)
}

/// A number in ISO 8601 durations: `5`, `1.5`.
fn fmt_number(v: f64) -> String {
    if v.fract() == 0.0 { format!("{}", v as i64) } else { format!("{v}") }
}
