//! Figures: money, percentages, quantities, ordinals, dates, times, durations and bare numbers,
//! each with its value normalized.
//!
//! The scanner reads a numeral where one starts, then decides what it counts from the words
//! around it: `477万元` is money, `91.6%` a percentage, `7个乡镇` a quantity of 乡镇, `第七届` an
//! ordinal, `2020年5月6日` a date, `17时` a time, `5年过渡期` a duration. Numerals inside words
//! (`统一`, `一体`, `一把手`) are skipped: a Chinese numeral counts only where jieba starts a word
//! with it and tags that word as a numeral (`m`), a time (`t`) or a measure (`q`, `mq`).

mod dates;
mod festivals;
mod measure;
pub mod numeral;
mod read;
mod relative;
mod units;

use std::cell::Cell;
use std::sync::OnceLock;

use chrono::{NaiveDate, NaiveTime};

use crate::analysis::{Attrs, EntityKind, Mention, Source, Value};
use crate::chars::{CharSet, Chars};
use crate::segment::Token;
use crate::span::Span;

/// Words after `第N` that belong to the ordinal: `第七届`, `第3次`.
const ORDINAL_COUNTERS: [&str; 18] =
    ["届", "次", "批", "期", "名", "轮", "个", "位", "条", "款", "章", "项", "版", "季度", "个月", "年", "天", "周"];

/// Han characters besides numerals where a rule of `match_at` may start: 第 (ordinals), 华/摄
/// (temperatures), 半/对/對 (shares without a numeral), 将/大/近/约/逾/接/超 (approximations).
static HAN_STARTS: Chars = Chars::new("第华摄半对對将大近约逾接超");

/// Words before a figure that make it approximate, left out of its span: `近千人` → `千人`,
/// `约3万元` → `3万元`, both with `approx` (the rule of the README's "Approximations").
const APPROX_BEFORE: [&str; 8] = ["将近", "近乎", "接近", "超过", "大约", "近", "约", "逾"];
/// Characters that make a word of the approximation word after them: 节约, 制约, 预约, 签约,
/// 条约, 公约, 违约, 履约, 契约, 相约, 附近, 靠近, 亲近, 邻近.
static NOT_APPROX_BEFORE: Chars = Chars::new("节制预签条公违履契相附靠亲邻");
/// Words right after a numeral that make it approximate: `20余份`, `3万多元`.
const APPROX_AFTER: [char; 3] = ['余', '多', '来'];

/// Finds the figures of `text` (normalized), given its tokens and the names already found
/// (a figure never starts inside a name). `reference` anchors year-less and relative dates when
/// no full date comes before them.
pub fn extract(text: &str, tokens: &[Token], names: &[Mention], reference: Option<NaiveDate>) -> Vec<Mention> {
    extract_after(text, tokens, names, reference, reference, None).0
}

/// [`extract`] for a part of a longer text: `anchor` is the last full date of the parts before,
/// and the last full date of this part comes back with the figures. `reference_time`, the time of
/// day of the reference, resolves `2小时后` and `10分钟前`.
pub fn extract_after(
    text: &str,
    tokens: &[Token],
    names: &[Mention],
    reference: Option<NaiveDate>,
    anchor: Option<NaiveDate>,
    reference_time: Option<NaiveTime>,
) -> (Vec<Mention>, Option<NaiveDate>) {
    let blocked = blocked_spans(text, names);
    let mut scanner =
        Scanner { text, tokens, blocked, found: Vec::new(), anchor, reference, reference_time, cursor: Cell::new(0) };
    scanner.run();
    let anchor = scanner.anchor;
    // A figure that ends inside a person, a place or a slogan misread it (同日本: no date 同日;
    // 90多万台湾: no unit 台); it never starts inside one, and may hold one (1.5瑞士法郎).
    let blocked = &scanner.blocked;
    let found = scanner.found.into_iter().filter(|f| {
        let next = blocked.partition_point(|b| b.end <= f.span.end);
        blocked.get(next).is_none_or(|b| b.start >= f.span.end)
    });
    (measure::merge_ranges(text, found.collect()), anchor)
}

struct Scanner<'a> {
    text: &'a str,
    tokens: &'a [Token],
    /// Where no figure may start, sorted and apart: names, and quoted slogans (“两不愁三保障”).
    blocked: Vec<Span>,
    found: Vec<Mention>,
    /// The last full date seen, else the reference date: what `5月30日` and `当日` refer to.
    anchor: Option<NaiveDate>,
    reference: Option<NaiveDate>,
    /// The time of day of the reference, when known.
    reference_time: Option<NaiveTime>,
    /// Where [`Scanner::token_index`] last answered: the scan asks at positions in text order.
    cursor: Cell<usize>,
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
    /// True when the numeral itself says it is approximate: `十余万`, `一千多万`, `二十几万`.
    approx: bool,
}

/// True for the characters no figure starts with, passed over before [`Scanner::match_at`]:
/// most of a text, Han characters that are no numeral and none of the first characters of the
/// words the rules read, and the punctuation of [`INERT`].
///
/// Asked of every character of a text: the characters that may start a figure (numerals, 负,
/// [`HAN_STARTS`], the first characters of relative dates) are one set, made the first time,
/// rather than five tests.
#[inline]
fn starts_nothing(c: char) -> bool {
    static STARTS: OnceLock<CharSet> = OnceLock::new();
    let starts = STARTS.get_or_init(|| {
        let lists = [numeral::CHINESE_NUMERAL_CHARS, "负負", HAN_STARTS.list(), relative::FIRST_CHARS.list()];
        lists.iter().flat_map(|s| s.chars()).collect()
    });
    if crate::sentences::is_han(c) { !starts.contains(c) } else { INERT.contains(c) }
}

/// Punctuation and spaces, a tenth of a news text, at which [`Scanner::match_at`] finds nothing:
/// no rule reads a figure from them (not `.5`, `-5`, `$5`, `#`, ①; a thousands `,` or a clock's
/// `:` is read from the digit before it), nor changes what it reads next.
static INERT: Chars = Chars::new("，。、；：！？“”‘’《》〈〉（）【】「」『』…—·,;:!?\"'()[] \n\r\t");

impl<'a> Scanner<'a> {
    fn run(&mut self) {
        let mut pos = 0;
        while pos < self.text.len() {
            let next = if self.char_at(pos).is_some_and(starts_nothing) { None } else { self.match_at(pos) };
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

    /// The index of the first token that ends after `pos` (the token at or after it), as
    /// `tokens.partition_point(|t| t.span.end <= pos)`, searched from where the last call ended
    /// in steps that double: the scan asks at positions in text order, mostly a few tokens on.
    /// (A binary search of the chunk's tokens per candidate position was a sixth of finding the
    /// figures.)
    fn token_index(&self, pos: usize) -> usize {
        let tokens = self.tokens;
        let before_pos = |t: &Token| t.span.end <= pos;
        let from = self.cursor.get().min(tokens.len());
        let idx = if from.checked_sub(1).and_then(|i| tokens.get(i)).is_some_and(|t| !before_pos(t)) {
            tokens.partition_point(before_pos)
        } else {
            // The answer is in from..=len: find a window of it, 1, 2, 4… tokens wide.
            let (mut lo, mut width) = (from, 1);
            while tokens.get(lo + width - 1).is_some_and(before_pos) {
                lo += width;
                width *= 2;
            }
            let window = tokens.get(lo..(lo + width).min(tokens.len())).unwrap_or_default();
            lo + window.partition_point(before_pos)
        };
        self.cursor.set(idx);
        idx
    }

    fn in_blocked(&self, pos: usize) -> bool {
        let idx = self.blocked.partition_point(|b| b.end <= pos);
        self.blocked.get(idx).is_some_and(|b| b.start <= pos)
    }

    fn push(&mut self, kind: EntityKind, span: Span, attrs: Attrs) -> usize {
        self.found.push(Mention { kind, span, attrs: Box::new(Attrs { source: Some(Source::Rule), ..attrs }) });
        span.end
    }

    /// Tries every figure that can start at `pos`; returns where the figure found ends. Not
    /// inlined into `run`: as one 28 KB function the two took Chromium's baseline compiler 8 ms
    /// on the first analysis.
    #[inline(never)]
    fn match_at(&mut self, pos: usize) -> Option<usize> {
        let c = self.char_at(pos)?;
        if self.in_blocked(pos) {
            return None;
        }
        if c == '#' && (pos == 0 || self.char_before(pos) == Some('\n')) {
            self.anchor = self.reference; // a heading starts another article
        }
        if let Some(end) = self.url_end(pos) {
            return Some(end); // digits in a web address are not figures
        }
        if is_circled_number(c) {
            // An editor's mark closing an article: `③9`. Neither part is a figure, and the dates of
            // the next article do not refer to this one's.
            self.anchor = self.reference;
            let digits = self.rest(pos + c.len_utf8()).chars().take_while(char::is_ascii_digit).count();
            return Some(pos + c.len_utf8() + digits);
        }
        if let Some(end) = self.relative_date(pos) {
            return Some(end);
        }
        if c == '第' {
            return self.ordinal(pos);
        }
        if let Some(end) = self.per_unit(pos) {
            return Some(end);
        }
        if let Some(end) =
            self.temperature(pos).or_else(|| self.percent_word(pos)).or_else(|| self.money_after_sign(pos))
        {
            return Some(end);
        }
        if c.is_ascii_digit() {
            let before = self.char_before(pos);
            let after_version_dot =
                before == Some('.') && self.char_before(pos - 1).is_some_and(|b| b.is_ascii_digit());
            if before.is_some_and(|b| b.is_ascii_alphanumeric()) || after_version_dot {
                return self.skip_alnum(pos); // `G20`, the `3` of `1.2.3`
            }
            if let Some(end) = self.numeric_date(pos).or_else(|| self.clock_time(pos)) {
                return Some(end);
            }
        }
        // Not the end of another word: the 约 of 节约, 签约, the 近 of 附近.
        let approx_prefix = APPROX_BEFORE
            .iter()
            .find(|w| self.rest(pos).starts_with(**w))
            .filter(|_| !self.char_before(pos).is_some_and(|b| NOT_APPROX_BEFORE.contains(b)))
            .map(|w| w.len());
        let num_start = pos + approx_prefix.unwrap_or(0);
        // After 近, 约 or 逾 a numeral is a figure even inside a word jieba knows (近千人).
        let Some(read) = self.read_numeral(num_start, approx_prefix.is_none()) else {
            return if approx_prefix.is_some() { None } else { self.skip_alnum(pos) };
        };
        // The word stays out of the span and makes whatever figure follows approximate.
        let first_new = self.found.len();
        let end = self.after_numeral(num_start, approx_prefix.is_some(), read);
        if approx_prefix.is_some() {
            // Not a figure that took the word as its own (近三年来 is a stretch up to now).
            for m in
                self.found.get_mut(first_new..).unwrap_or_default().iter_mut().filter(|m| m.span.start >= num_start)
            {
                m.attrs.approx = true;
            }
        }
        end
    }

    /// Skips a run of ASCII letters and digits that is a code (`G20`, `5G`), not a figure.
    fn skip_alnum(&self, pos: usize) -> Option<usize> {
        let len: usize = self.rest(pos).chars().take_while(|c| c.is_ascii_alphanumeric()).map(char::len_utf8).sum();
        (len > 0).then_some(pos + len)
    }

    /// Decides what the numeral `read` (with any approximation before it, from `start`) counts.
    fn after_numeral(&mut self, start: usize, approx_before: bool, read: Read) -> Option<usize> {
        // Dates and times first: `2020年…`, `5月30日`, `17时`.
        if let Some(stop) = self.date_from(start, read) {
            return Some(stop);
        }
        if let Some(stop) = self.time_from(approx_before, read) {
            return Some(stop);
        }
        if let Some(stop) = self.duration_from(start, read) {
            return Some(stop);
        }
        let approx = approx_before || read.approx;
        if let Some(stop) = self.congress(start, read) {
            return Some(stop);
        }
        if let Some(stop) = self.fraction_after(start, read) {
            return Some(stop);
        }
        if let Some(stop) = self.percent_after(start, read, approx) {
            return Some(stop);
        }
        let mut end = read.end;
        let mut approx = approx;
        if let Some(c) = self.char_at(end).filter(|c| APPROX_AFTER.contains(c)) {
            approx = true;
            end += c.len_utf8();
        }
        if let Some(stop) = self.dozens(start, end, read, approx) {
            return Some(stop);
        }
        if let Some(stop) = self.money_after(start, end, read.value, approx) {
            return Some(stop);
        }
        if let Some(stop) = self.money_after_currency(start, end, read.value, approx) {
            return Some(stop);
        }
        if let Some(stop) = self.duration_after(start, end, read.value, approx) {
            return Some(stop);
        }
        if let Some(stop) = self.quantity_after(start, end, read, approx) {
            return Some(stop);
        }
        if read.arabic && self.char_at(read.end).is_some_and(|c| c.is_ascii_alphabetic()) {
            return self.skip_alnum(read.end); // `5G`, `3D`: a code, not a figure
        }
        // A bare number: Arabic, a Chinese numeral of two or more characters (`三百`, `十九`), or
        // a one-character numeral standing alone (`二`).
        let written = self.text.get(read.start..read.end).unwrap_or("");
        // Two or three Chinese digits in a row are a phrase (九九, 三五成群), not a number; four
        // are a year or a code (一九九一).
        let short_digit_run =
            (2..=3).contains(&written.chars().count()) && written.chars().all(|c| numeral::digit(c).is_some());
        if read.arabic || written.chars().count() >= 2 && !short_digit_run || self.stands_alone(read) {
            let attrs = Attrs { value: Some(Value::Number(read.value)), approx, ..Attrs::default() };
            return Some(self.push(EntityKind::Number, Span::new(start, end), attrs));
        }
        Some(end)
    }

    /// The most units a denominator is written with: 百万分之, 千万分之, 亿万分之.
    const MAX_DENOMINATOR_UNITS: usize = 4;

    /// `百分之五` (a percentage), `千分之二`, `万分之三` (shares), at `pos`.
    fn per_unit(&mut self, pos: usize) -> Option<usize> {
        let rest = self.rest(pos);
        // At most a few units (百万分之, 千万分之): a longer run is no denominator, and reading all
        // of it at each of its characters made a page of 万 quadratic.
        let units: String = rest
            .chars()
            .take_while(|c| numeral::unit(*c).is_some_and(|u| u >= 100.0))
            .take(Self::MAX_DENOMINATOR_UNITS + 1)
            .collect();
        if units.chars().count() > Self::MAX_DENOMINATOR_UNITS {
            return None;
        }
        if units.is_empty() {
            return None;
        }
        let after = self.match_spaced(self.skip_spaces(pos + units.len()), "分之")?;
        let den = units.chars().try_fold(1.0, |acc, c| numeral::unit(c).map(|u| acc * u))?;
        let read = self.read_numeral(self.skip_spaces(after), false)?;
        let attrs = Attrs { value: Some(Value::Number(numeral::round_decimal(read.value / den))), ..Attrs::default() };
        Some(self.push(EntityKind::Percent, Span::new(pos, read.end), attrs))
    }

    /// `三分之一`, `一百分之五`, `三百五又三分之一`, `3/5`, `1 3/5`: a fraction, read from its
    /// denominator (Chinese) or numerator (digits), with any whole part before it.
    fn fraction_after(&mut self, start: usize, read: Read) -> Option<usize> {
        let (value, end) = self.fraction_at(read).or_else(|| self.mixed_fraction_at(read))?;
        let attrs = Attrs { value: Some(Value::Number(numeral::round_decimal(value))), ..Attrs::default() };
        Some(self.push(EntityKind::Number, Span::new(start, end), attrs))
    }

    /// `三分之一` (`read` is 三), `3/5` (`read` is 3): the value and where it ends.
    fn fraction_at(&self, read: Read) -> Option<(f64, usize)> {
        if let Some(after) = self.match_spaced(self.skip_spaces(read.end), "分之") {
            let num = self.read_numeral(self.skip_spaces(after), false)?;
            return (read.value != 0.0).then(|| (num.value / read.value, num.end));
        }
        let whole = |v: f64| v.fract() == 0.0;
        if read.arabic && whole(read.value) && self.char_at(read.end) == Some('/') {
            let den =
                self.read_numeral(read.end + 1, false).filter(|d| d.arabic && whole(d.value) && d.value != 0.0)?;
            if self.char_at(den.end).is_some_and(|c| c == '/' || c.is_ascii_digit()) {
                return None;
            }
            return Some((read.value / den.value, den.end));
        }
        None
    }

    /// `三百五又三分之一`, `1 3/5`: a whole number, then a fraction.
    fn mixed_fraction_at(&self, read: Read) -> Option<(f64, usize)> {
        let after_whole = self.skip_spaces(read.end);
        let from = match self.match_spaced(after_whole, "又") {
            Some(after) => self.skip_spaces(after),
            None if read.arabic && after_whole > read.end => after_whole,
            None => return None,
        };
        let part = self.read_numeral(from, false)?;
        let (fraction, end) = self.fraction_at(part)?;
        // `1 4/3` is 2⅓ as written, but `三百五又三分之四` is no way to write a number.
        if read.value.fract() != 0.0 || fraction.abs() >= 1.0 && !(read.arabic && part.arabic) {
            return None;
        }
        let value = if read.value < 0.0 { read.value - fraction } else { read.value + fraction };
        Some((value, end))
    }

    /// `一打`, `五十打`: dozens, a number (12, 600) as 半百 is 50.
    fn dozens(&mut self, start: usize, end: usize, read: Read, approx: bool) -> Option<usize> {
        let after = self.rest(end).strip_prefix('打')?;
        // 打 is also a verb: 三打白骨精, 打了, 打球. As a dozen it ends the word or counts a noun.
        if after.starts_with(['了', '过', '着', '白', '球', '电', '击', '工', '算']) || read.value.fract() != 0.0
        {
            return None;
        }
        let attrs = Attrs { value: Some(Value::Number(read.value * 12.0)), approx, ..Attrs::default() };
        Some(self.push(EntityKind::Number, Span::new(start, end + '打'.len_utf8()), attrs))
    }

    /// `党的十九大`, `二十大报告`: the n-th National Congress, an ordinal.
    fn congress(&mut self, start: usize, read: Read) -> Option<usize> {
        const BEFORE: [&str; 3] = ["党的", "中共", "全国"];
        const AFTER: [&str; 10] = ["精神", "报告", "以来", "代表", "召开", "开幕", "闭幕", "会议", "期间", "提出"];
        let after = self.rest(read.end).strip_prefix('大')?;
        let before = self.text.get(..start).unwrap_or("");
        let n = read.value;
        let plausible = !read.arabic && n.fract() == 0.0 && (11.0..=30.0).contains(&n);
        if !plausible || !(BEFORE.iter().any(|b| before.ends_with(b)) || AFTER.iter().any(|a| after.starts_with(a))) {
            return None;
        }
        let attrs = Attrs { value: Some(Value::Number(n)), ..Attrs::default() };
        Some(self.push(EntityKind::Ordinal, Span::new(start, read.end + '大'.len_utf8()), attrs))
    }

    /// True when a one-character numeral is a word of its own, with nothing of a word after it.
    fn stands_alone(&self, read: Read) -> bool {
        let token = self.token_at(read.start).filter(|t| t.span.end == read.end);
        let isolated = !self.char_before(read.start).is_some_and(crate::sentences::is_han)
            && !self.char_at(read.end).is_some_and(crate::sentences::is_han);
        let token_is_numeral = token.is_some_and(|t| t.pos == "m" || isolated);
        // Before a word it belongs to a phrase (两不愁三保障, 一看就笑, 四严禁), also across a
        // layout break (为全市扶贫工作的一\n\n大亮点).
        // After 是 it is the answer to a question (答案是四不是五).
        let next = self.rest(read.end).trim_start().chars().next();
        token_is_numeral && (!next.is_some_and(crate::sentences::is_han) || self.char_before(read.start) == Some('是'))
    }

    /// The end of a web address starting at `pos` (`https://…`, `www.…`).
    fn url_end(&self, pos: usize) -> Option<usize> {
        let rest = self.rest(pos);
        if !(rest.starts_with("http://") || rest.starts_with("https://") || rest.starts_with("www.")) {
            return None;
        }
        let len: usize = rest.chars().take_while(|c| c.is_ascii_graphic()).map(char::len_utf8).sum();
        Some(pos + len)
    }

    /// Where `word` ends when it starts at `pos`, with spaces allowed between its characters
    /// (`百 分 之`, `个 百 分点`, as text from forms and speech recognition is written).
    fn match_spaced(&self, pos: usize, word: &str) -> Option<usize> {
        let mut at = pos;
        for (i, c) in word.chars().enumerate() {
            if i > 0 {
                at = self.skip_spaces(at);
            }
            if self.char_at(at) != Some(c) {
                return None;
            }
            at += c.len_utf8();
        }
        Some(at)
    }

    /// A unit or measure word at `pos`: from the table of units, or a word jieba tags `q`.
    fn unit_at(&self, pos: usize) -> Option<&'a str> {
        let rest = self.rest(pos);
        if let Some(unit) = units::unit_at(rest) {
            return rest.get(..unit.word.len());
        }
        self.token_at(pos).filter(|t| t.pos == "q").map(|t| t.span.text(self.text))
    }

    /// True when a token ends at `pos`.
    fn ends_token(&self, pos: usize) -> bool {
        pos.checked_sub(1).and_then(|p| self.tokens.get(self.token_index(p))).is_some_and(|t| t.span.end == pos)
    }

    /// The token that starts at `pos`, if one does.
    fn token_at(&self, pos: usize) -> Option<&'a Token> {
        let idx = self.token_index(pos);
        self.tokens.get(idx).filter(|t| t.span.start == pos)
    }

    /// The noun a counter counts, when a noun word starts right at `pos`: `7个乡镇` → 乡镇.
    fn noun_at(&self, pos: usize) -> Option<String> {
        let idx = self.token_index(pos);
        let t = self
            .tokens
            .get(idx)
            .filter(|t| t.span.start == pos && matches!(t.pos, "n" | "nz" | "vn" | "ns" | "nt" | "j"))?;
        Some(t.span.text(self.text).to_owned())
    }

    /// `第七届` → 7, `第一书记` → 1, `第3次` → 3.
    fn ordinal(&mut self, pos: usize) -> Option<usize> {
        let num_start = pos + '第'.len_utf8();
        // 第 makes what follows an ordinal even inside a word jieba knows (第一书记).
        let read = self.read_numeral(num_start, false)?;
        if read.value.fract() != 0.0 || read.value < 0.0 {
            return None;
        }
        let unit = self.ordinal_counter(read.end);
        let end = read.end + unit.map_or(0, str::len);
        let attrs = Attrs { value: Some(Value::Number(read.value)), unit: unit.map(str::to_owned), ..Attrs::default() };
        Some(self.push(EntityKind::Ordinal, Span::new(pos, end), attrs))
    }

    /// What an ordinal counts, right after `第N` at `pos`: a word of [`ORDINAL_COUNTERS`], or a
    /// word that is a unit or measure word (`第68分钟`, `第3粒`) or a noun of one character
    /// (`第2球`, `第5局`).
    fn ordinal_counter(&self, pos: usize) -> Option<&'a str> {
        let rest = self.rest(pos);
        if let Some(w) = ORDINAL_COUNTERS.iter().find(|w| rest.starts_with(**w)) {
            return rest.get(..w.len());
        }
        // A whole word only: 第一人民医院 counts no 人.
        let word = self.token_at(pos)?.span.text(self.text);
        if self.unit_at(pos) == Some(word) {
            return Some(word);
        }
        let one_char_noun = self.token_at(pos).is_some_and(|t| t.pos == "n") && word.chars().count() == 1;
        one_char_noun.then_some(word)
    }
}

/// The spans where no figure may start: the people and places found before, and short quotations that are
/// slogans (`“两不愁三保障”`, `“七个有之”`: at most ten characters, no clause inside).
fn blocked_spans(text: &str, names: &[Mention]) -> Vec<Span> {
    // People and places hold no figures (陆佰陆 is a name where it is one); organizations and
    // titles may (市税务局第二税务分局, 《2020年政府工作报告》): their figures nest in them.
    let mut spans: Vec<Span> =
        names.iter().filter(|n| matches!(n.kind, EntityKind::Person | EntityKind::Place)).map(|n| n.span).collect();
    for (open, _) in text.match_indices(['“', '「']) {
        let inner_start = open + '“'.len_utf8();
        let inner: String =
            text.get(inner_start..).unwrap_or("").chars().take(11).take_while(|c| !matches!(c, '”' | '」')).collect();
        let closed = text.get(inner_start + inner.len()..).is_some_and(|r| r.starts_with(['”', '」']));
        let slogan = closed
            && (2..=10).contains(&inner.chars().count())
            && !inner.contains(['，', '。', ',', '；', '！', '？', '%']);
        if slogan && inner.chars().any(numeral::is_chinese_numeral_char) {
            spans.push(Span::new(inner_start, inner_start + inner.len()));
        }
    }
    spans.sort_by_key(|s| s.start);
    let mut merged: Vec<Span> = Vec::with_capacity(spans.len());
    for s in spans {
        match merged.last_mut() {
            Some(last) if s.start <= last.end => last.end = last.end.max(s.end),
            _ => merged.push(s),
        }
    }
    merged
}

/// `①`–`⑳` and `⑴`–`⒇`, used by editors to mark the end of an article.
fn is_circled_number(c: char) -> bool {
    matches!(c as u32, 0x2460..=0x249B | 0x24EA..=0x24FF | 0x2776..=0x2793)
}

/// A number in ISO 8601 durations: `5`, `1.5`.
fn fmt_number(v: f64) -> String {
    if v.fract() == 0.0 { format!("{}", v as i64) } else { format!("{v}") }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::Segmenter;

    #[test]
    fn token_index_is_the_partition_point_wherever_the_scan_jumps() {
        let text = "2020年5月6日,项目 总投资477万元,同比上升12.5%。次日  第七届会议召开。";
        let tokens = Segmenter::default().run(text);
        let scanner = Scanner {
            text,
            tokens: &tokens,
            blocked: Vec::new(),
            found: Vec::new(),
            anchor: None,
            reference: None,
            reference_time: None,
            cursor: Cell::new(0),
        };
        // Forward a byte at a time, back to the start, far ahead and back, past the end.
        let mut positions: Vec<usize> = (0..=text.len() + 2).collect();
        positions.extend([0, text.len(), 3, 60, 59, 1, text.len() + 5, 0]);
        for pos in positions {
            let expected = tokens.partition_point(|t| t.span.end <= pos);
            assert_eq!(scanner.token_index(pos), expected, "at {pos}");
        }
    }

    #[test]
    fn no_figure_starts_at_inert_punctuation_whatever_is_around_it() {
        let around = [
            ("3", "5"),
            ("12", "30"),
            ("4", "565元"),
            ("三", "万元"),
            ("2020年", "5月6日"),
            ("约", "3成"),
            ("", "3%"),
            ("", "5.5亿"),
            ("-", "5℃"),
            ("$", "20"),
            ("第", "七届"),
            ("#", "1"),
            ("www.a.cn/", "1"),
            ("今天", "下午3时"),
        ];
        let reference = NaiveDate::from_ymd_opt(2021, 6, 1);
        for c in INERT.list().chars() {
            for (before, after) in around {
                let text = format!("{before}{c}{after}");
                let tokens = Segmenter::default().run(&text);
                let mut scanner = Scanner {
                    text: &text,
                    tokens: &tokens,
                    blocked: Vec::new(),
                    found: Vec::new(),
                    anchor: reference,
                    reference,
                    reference_time: None,
                    cursor: Cell::new(0),
                };
                assert_eq!(scanner.match_at(before.len()), None, "{text:?}");
                assert!(scanner.found.is_empty() && scanner.anchor == reference, "{text:?}");
            }
        }
    }

    #[test]
    fn starts_nothing_is_han_but_no_start_of_a_figure() {
        let slow = |c: char| {
            crate::sentences::is_han(c)
                && !numeral::is_chinese_numeral_char(c)
                && !numeral::is_minus(c)
                && !HAN_STARTS.contains(c)
                && !relative::FIRST_CHARS.contains(c)
                || INERT.list().contains(c)
        };
        for c in (0..0x11_0000).filter_map(char::from_u32) {
            assert_eq!(starts_nothing(c), slow(c), "{c} U+{:04X}", c as u32);
        }
        // The list of numeral characters is the numeral reader's.
        let numerals: String =
            (0..0x1_0000).filter_map(char::from_u32).filter(|&c| numeral::is_chinese_numeral_char(c)).collect();
        let mut listed: Vec<char> = numeral::CHINESE_NUMERAL_CHARS.chars().collect();
        listed.sort_unstable();
        assert_eq!(numerals, listed.into_iter().collect::<String>());
    }
}
