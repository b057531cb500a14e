//! Dates given by words rather than numerals: `今年`, `去年5月6日`, `当日`, `次日`, `下周三`,
//! `上个月`, `本月十日`, `上半年`, `一季度`, `周日`, `3天后`, `每天`, `国庆节`, `上午`.
//!
//! Words that point from the moment of writing (`今天`, `去年`, `下周`) resolve against the
//! reference date, else the last full date; words that point back into the text (`当日`, `次日`,
//! `同年`) resolve against the last full date, else the reference date.

use chrono::{Datelike, Duration, Months, NaiveDate, Timelike};

use super::dates::{Clock, DAY_PARTS, Ymd};
use super::{Read, Scanner, fmt_number, numeral};
use crate::analysis::{Attrs, EntityKind, Value};
use crate::chars::Chars;
use crate::span::Span;

/// Vague words for a time before now or about now, with their TIMEX3-style `unresolved` form:
/// `日前` and `近期` are about the reference day, as `近日` is (approximate); `前些天`, `前些年`
/// lie some way back (`PAST_REF`, no value).
const VAGUE_WORDS: [(&str, &str); 11] = [
    ("日前", "P0D"),
    ("近期", "P0D"),
    ("前些天", "PAST_REF"),
    ("前几天", "PAST_REF"),
    ("前两天", "PAST_REF"),
    ("前些日子", "PAST_REF"),
    ("前些年", "PAST_REF"),
    ("前几年", "PAST_REF"),
    ("近些年", "PAST_REF"),
    ("近几年", "PAST_REF"),
    ("近年来", "PAST_REF"),
];

/// Whom a relative word points from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Base {
    /// The moment of writing: the reference date.
    Now,
    /// The date the text just gave: the anchor.
    Text,
}

/// Words for years: offset in years and base.
const YEAR_WORDS: [(&str, i32, Base); 13] = [
    ("今年", 0, Base::Now),
    ("上一年", -1, Base::Now),
    ("上年", -1, Base::Now),
    ("本年", 0, Base::Now),
    ("去年", -1, Base::Now),
    ("明年", 1, Base::Now),
    ("前年", -2, Base::Now),
    ("后年", 2, Base::Now),
    ("後年", 2, Base::Now),
    ("当年", 0, Base::Text),
    ("同年", 0, Base::Text),
    ("次年", 1, Base::Text),
    ("翌年", 1, Base::Text),
];

/// Words for months: offset in months and base.
const MONTH_WORDS: [(&str, i32, Base); 13] = [
    ("本月", 0, Base::Now),
    ("这个月", 0, Base::Now),
    ("這個月", 0, Base::Now),
    ("上上个月", -2, Base::Now),
    ("上个月", -1, Base::Now),
    ("上個月", -1, Base::Now),
    ("上月", -1, Base::Now),
    ("下个月", 1, Base::Now),
    ("下個月", 1, Base::Now),
    ("下月", 1, Base::Now),
    ("当月", 0, Base::Text),
    ("同月", 0, Base::Text),
    ("次月", 1, Base::Text),
];

/// Words for days: offset in days and base.
const DAY_WORDS: [(&str, i64, Base); 33] = [
    ("今天", 0, Base::Now),
    ("今日", 0, Base::Now),
    ("今晚", 0, Base::Now),
    ("今早", 0, Base::Now),
    ("今晨", 0, Base::Now),
    ("今夜", 0, Base::Now),
    ("昨天", -1, Base::Now),
    ("昨日", -1, Base::Now),
    ("昨晚", -1, Base::Now),
    ("昨夜", -1, Base::Now),
    ("明天", 1, Base::Now),
    ("明日", 1, Base::Now),
    ("明晚", 1, Base::Now),
    ("明早", 1, Base::Now),
    ("后天", 2, Base::Now),
    ("後天", 2, Base::Now),
    ("前天", -2, Base::Now),
    ("大后天", 3, Base::Now),
    ("大後天", 3, Base::Now),
    ("大前天", -3, Base::Now),
    ("当日", 0, Base::Text),
    ("当天", 0, Base::Text),
    ("同日", 0, Base::Text),
    ("同一天", 0, Base::Text),
    ("当晚", 0, Base::Text),
    ("当夜", 0, Base::Text),
    ("次日", 1, Base::Text),
    ("翌日", 1, Base::Text),
    ("隔天", 1, Base::Text),
    ("第二天", 1, Base::Text),
    ("前一天", -1, Base::Text),
    ("最近", 0, Base::Now),
    ("近日", 0, Base::Now),
];

/// The first characters of the words of each list above (and of [`DAY_PARTS`]): the matchers
/// run at every character a date word may start with (一, 中, 上, 国 …), and most of them need
/// not compare a single word there. `tests::first_characters_cover_their_lists` keeps them true.
static YEAR_FIRSTS: Chars = Chars::new("今本去明前后後当同次翌上");
static MONTH_FIRSTS: Chars = Chars::new("本这這上下当同次");
static DAY_FIRSTS: Chars = Chars::new("今昨明后後前大当同次翌隔第最近");
static DAY_PART_FIRSTS: Chars = Chars::new("上早清凌中正下午傍晚夜深半晨");

/// Lengths of time after a number or `半`, with their ISO 8601 form (`T` for hours and less).
const TIME_UNITS: [(&str, &str); 17] = [
    ("个小时", "TH"),
    ("個小時", "TH"),
    ("小时", "TH"),
    ("小時", "TH"),
    ("个钟头", "TH"),
    ("钟头", "TH"),
    ("分钟", "TM"),
    ("秒钟", "TS"),
    ("秒", "TS"),
    ("个月", "M"),
    ("個月", "M"),
    ("个星期", "W"),
    ("星期", "W"),
    ("周年", "Y"),
    ("年", "Y"),
    ("天", "D"),
    ("周", "W"),
];

/// Every word [`Scanner::relative_date`] reads starts with one of these characters.
pub(super) static FIRST_CHARS: Chars = Chars::new(
    "今本去明前后後当同次翌这這上下昨大隔第最近日过每零周週星礼禮元情妇植愚劳青儿建教国万平圣春元端七中重除正腊冬半早晚凌清午傍夜深农一二三四首新女五光双母父感",
);

impl Scanner<'_> {
    /// Dates, times and durations that start with a word at `pos`; returns where they end.
    pub(super) fn relative_date(&mut self, pos: usize) -> Option<usize> {
        let c = self.char_at(pos)?;
        // Cheap filter: every word handled here starts with one of these characters.
        if !FIRST_CHARS.contains(c) {
            return None;
        }
        if !self.starts_word(pos) {
            return None;
        }
        self.recurring(pos)
            .or_else(|| self.zero_clock(pos))
            .or_else(|| self.holiday(pos))
            .or_else(|| self.year_word(pos))
            .or_else(|| self.lone_year_part(pos))
            .or_else(|| self.half_month(pos))
            .or_else(|| self.month_word(pos))
            .or_else(|| self.week_word(pos))
            .or_else(|| self.recent(pos))
            .or_else(|| self.vague_date(pos))
            .or_else(|| self.day_word_relative(pos))
            .or_else(|| self.lunar_day(pos))
            .or_else(|| self.half_duration(pos))
            .or_else(|| self.day_part(pos))
    }

    /// True when a token starts at `pos`, so that a word is not read inside another (`马上周末`).
    fn starts_word(&self, pos: usize) -> bool {
        let idx = self.token_index(pos);
        self.tokens.get(idx).is_none_or(|t| t.span.start == pos)
    }

    /// The day `base` points from.
    fn base(&self, base: Base) -> Option<NaiveDate> {
        match base {
            Base::Now => self.reference.or(self.anchor),
            Base::Text => self.anchor.or(self.reference),
        }
    }

    /// `今年`, `去年5月6日`, `今年上半年`, `今年以来`: a year word and what follows it.
    fn year_word(&mut self, pos: usize) -> Option<usize> {
        if !self.char_at(pos).is_some_and(|c| YEAR_FIRSTS.contains(c)) {
            return None;
        }
        let rest = self.rest(pos);
        let (word, years, base) = YEAR_WORDS.iter().find(|(w, _, _)| rest.starts_with(*w))?;
        // 上年纪 is growing old, 上年级 a grade.
        if rest.get(word.len()..).is_some_and(|r| r.starts_with(['纪', '级'])) {
            return None;
        }
        let year = self.base(*base).map(|b| b.year() + years);
        let offset = signed_offset(i64::from(*years), "Y");
        Some(self.after_year(pos, year, pos + word.len(), Some(offset), false))
    }

    /// `上半年`, `一季度`, `第三季度`, `前三季度` without a year: the year of the reference date.
    fn lone_year_part(&mut self, pos: usize) -> Option<usize> {
        let (from, to, end) = self.year_part(pos).filter(|_| !self.rest(pos).starts_with(['初', '底', '末']))?;
        let year = self.base(Base::Now).map(|d| d.year());
        let range = year.map(|y| (format!("{y:04}-{from:02}"), format!("{y:04}-{to:02}")));
        Some(self.push_range(pos, end, range.clone().map(|r| r.0), range.map(|r| r.1), Some("P0Y".to_owned())))
    }

    /// `上半月`, `下半月`: the first or second half of the reference month.
    fn half_month(&mut self, pos: usize) -> Option<usize> {
        let rest = self.rest(pos);
        let first = if rest.starts_with("上半月") {
            true
        } else if rest.starts_with("下半月") {
            false
        } else {
            return None;
        };
        let month = self.base(Base::Now).and_then(|b| b.with_day(1));
        let last = month.and_then(|m| shift_months(m, 1)).and_then(|n| add_days(n, -1));
        let (from, to) = if first {
            (month.map(iso_date), month.and_then(|m| add_days(m, 14)).map(iso_date))
        } else {
            (month.and_then(|m| add_days(m, 15)).map(iso_date), last.map(iso_date))
        };
        let attrs = Attrs { from, to, unresolved: Some("P0M".to_owned()), ..Attrs::default() };
        Some(self.push(EntityKind::Date, Span::new(pos, pos + "上半月".len()), attrs))
    }

    /// `上个月`, `本月十日`, `当月6日`.
    fn month_word(&mut self, pos: usize) -> Option<usize> {
        if !self.char_at(pos).is_some_and(|c| MONTH_FIRSTS.contains(c)) {
            return None;
        }
        let rest = self.rest(pos);
        let (word, months, base) = MONTH_WORDS.iter().find(|(w, _, _)| rest.starts_with(*w))?;
        let month = self.base(*base).and_then(|b| shift_months(b.with_day(1)?, *months));
        let end = pos + word.len();
        let offset = Some(signed_offset(i64::from(*months), "M"));
        if let Some((d, d_end, _)) = self.small_number(end).filter(|(d, _, _)| (1..=31).contains(d))
            && let Some(stop) = self.day_word_after(d_end)
        {
            let ymd =
                month.map_or(Ymd::new(None, None, Some(d)), |m| Ymd::new(Some(m.year()), Some(m.month()), Some(d)));
            return Some(self.date_or_range(pos, ymd, stop, offset, false));
        }
        let ymd = month.map_or_else(Ymd::default, |m| Ymd::new(Some(m.year()), Some(m.month()), None));
        if ymd.year.is_none() {
            let attrs = Attrs { unresolved: offset, ..Attrs::default() };
            return Some(self.push(EntityKind::Date, Span::new(pos, end), attrs));
        }
        Some(self.date_or_range(pos, ymd, end, offset, false))
    }

    fn day_word_after(&self, pos: usize) -> Option<usize> {
        let rest = self.rest(pos);
        ["日", "号"].into_iter().find(|w| rest.starts_with(*w)).map(|w| pos + w.len())
    }

    /// `周日`, `星期三`, `下周`, `上上周三`, `这个星期一`, `下周末`, `上个礼拜`.
    fn week_word(&mut self, pos: usize) -> Option<usize> {
        let rest = self.rest(pos);
        let mut at = 0;
        let mut weeks = 0i64;
        let mut prefixed = false;
        loop {
            let r = rest.get(at..)?;
            if let Some(w) = ["这个", "這個", "本", "这", "這"].into_iter().find(|w| r.starts_with(*w)) {
                at += w.len();
                prefixed = true;
                break;
            }
            let step = if r.starts_with('上') {
                -1
            } else if r.starts_with('下') {
                1
            } else {
                break;
            };
            weeks += step;
            at += '上'.len_utf8();
            prefixed = true;
        }
        if prefixed && weeks != 0 {
            let r = rest.get(at..)?;
            if let Some(w) = ["一个", "一個", "个", "個"].into_iter().find(|w| r.starts_with(*w)) {
                at += w.len();
            }
        }
        let r = rest.get(at..)?;
        let word = ["星期", "礼拜", "禮拜", "周", "週"].into_iter().find(|w| r.starts_with(*w))?;
        at += word.len();
        let r = rest.get(at..)?;
        let day = r.chars().next().and_then(|c| match c {
            '一' | '1' => Some(1),
            '二' | '2' => Some(2),
            '三' | '3' => Some(3),
            '四' | '4' => Some(4),
            '五' | '5' => Some(5),
            '六' | '6' => Some(6),
            '日' | '天' | '7' => Some(7),
            '末' => Some(0),
            _ => None,
        });
        // A weekday must not run on into a number: `周一二` is fine to skip, `星期三十` is not a day.
        let day = day
            .filter(|_| !r.chars().nth(1).is_some_and(|n| numeral::is_chinese_numeral_char(n) || n.is_ascii_digit()));
        if day.is_none() && !prefixed {
            return None;
        }
        let end = pos + at + day.map_or(0, |_| r.chars().next().map_or(0, char::len_utf8));
        let monday = self
            .base(Base::Now)
            .and_then(|b| add_days(b, -i64::from(b.weekday().num_days_from_monday())))
            .and_then(|m| add_days(m, weeks.checked_mul(7)?));
        let attrs = match day {
            Some(0) => {
                let sat = monday.and_then(|m| add_days(m, 5));
                Attrs {
                    from: sat.map(iso_date),
                    to: sat.and_then(|s| add_days(s, 1)).map(iso_date),
                    unresolved: Some(signed_offset(weeks, "W")),
                    ..Attrs::default()
                }
            }
            Some(d) => {
                let date = monday.and_then(|m| add_days(m, d - 1));
                if let Some(date) = date {
                    self.anchor = Some(date);
                }
                let unresolved = if prefixed { signed_offset(weeks, "W") } else { format!("XXXX-WXX-{d}") };
                Attrs {
                    value: date.map(|x| Value::Text(iso_date(x))),
                    unresolved: Some(unresolved),
                    ..Attrs::default()
                }
            }
            None => Attrs {
                from: monday.map(iso_date),
                to: monday.and_then(|m| add_days(m, 6)).map(iso_date),
                unresolved: Some(signed_offset(weeks, "W")),
                ..Attrs::default()
            },
        };
        Some(self.push(EntityKind::Date, Span::new(pos, end), attrs))
    }

    /// `近三年来`, `过去5天`, `最近两个月`: the numeral after the word may sit inside one token.
    fn recent(&mut self, pos: usize) -> Option<usize> {
        let rest = self.rest(pos);
        let word = ["最近", "过去", "近"].into_iter().find(|w| rest.starts_with(*w))?;
        let read = self.read_numeral(pos + word.len(), false)?;
        let unit_at = self.skip_spaces(read.end);
        if !TIME_UNITS.iter().any(|(w, _)| self.rest(unit_at).starts_with(*w)) {
            return None;
        }
        self.duration_from(pos, read)
    }

    /// `日前`, `近期` (about the reference day), `前些天`, `前些年`, `近年来` (some time back).
    fn vague_date(&mut self, pos: usize) -> Option<usize> {
        if !self.char_at(pos).is_some_and(|c| matches!(c, '日' | '近' | '前')) {
            return None;
        }
        let rest = self.rest(pos);
        let (word, unresolved) = VAGUE_WORDS.iter().find(|(w, _)| rest.starts_with(*w))?;
        // 日前往: 日 ends a date the scan passed, 前往 is "to go".
        if *word == "日前" && rest.get(word.len()..).is_some_and(|r| r.starts_with('往')) {
            return None;
        }
        let now = *unresolved == "P0D";
        let value = if now { self.base(Base::Now).map(|d| Value::Text(iso_date(d))) } else { None };
        let attrs = Attrs { value, unresolved: Some((*unresolved).to_owned()), approx: true, ..Attrs::default() };
        Some(self.push(EntityKind::Date, Span::new(pos, pos + word.len()), attrs))
    }

    /// `今天`, `昨晚`, `当日`, `次日`, `最近`.
    fn day_word_relative(&mut self, pos: usize) -> Option<usize> {
        if !self.char_at(pos).is_some_and(|c| DAY_FIRSTS.contains(c)) {
            return None;
        }
        let rest = self.rest(pos);
        let (word, days, base) =
            DAY_WORDS.iter().filter(|(w, _, _)| rest.starts_with(*w)).max_by_key(|(w, _, _)| w.len())?;
        let date = self.base(*base).and_then(|b| add_days(b, *days));
        let approx = matches!(*word, "最近" | "近日");
        let end = pos + word.len();
        let attrs = Attrs {
            value: date.map(|d| Value::Text(iso_date(d))),
            unresolved: Some(signed_offset(*days, "D")),
            approx,
            ..Attrs::default()
        };
        // 当日 and 次日 move the anchor: `次日……当天` is the day after.
        if *base == Base::Text
            && let Some(d) = date
        {
            self.anchor = Some(d);
        }
        Some(self.push(EntityKind::Date, Span::new(pos, end), attrs))
    }

    /// `正月三十`, `腊月初八`, `农历八月十五`: lunar months and days without a year.
    fn lunar_day(&mut self, pos: usize) -> Option<usize> {
        let skip = if self.rest(pos).starts_with("农历") { "农历".len() } else { 0 };
        let (month, day, end, lunar) = self.month_day(pos + skip)?;
        if !lunar && skip == 0 {
            return None;
        }
        Some(self.date_or_range(pos, Ymd::new(None, Some(month), day), end, None, true))
    }

    /// `零点`, `零时`: midnight, which the numeral reader does not take as a number.
    fn zero_clock(&mut self, pos: usize) -> Option<usize> {
        // The cheap test first: this runs at every character a date word may start with.
        if !self.rest(pos).starts_with('零') {
            return None;
        }
        let clock = self.clock_at(pos)?;
        Some(self.push_time(pos, clock))
    }

    /// `上午`, `晚上`, `凌晨` with no clock after: a part of the day (on the date before it).
    fn day_part(&mut self, pos: usize) -> Option<usize> {
        if !self.char_at(pos).is_some_and(|c| DAY_PART_FIRSTS.contains(c)) {
            return None;
        }
        let rest = self.rest(pos);
        let (word, _, from, to) = DAY_PARTS.iter().find(|(w, ..)| rest.starts_with(*w) && w.chars().count() == 2)?;
        let end = pos + word.len();
        if let Some(clock) = self.clock_at(end) {
            // 早上九点二十: the part of the day says the numeral is an hour.
            let clock = Clock { weak: false, ..clock };
            return Some(self.push_time(end, clock));
        }
        let (_, _, date) = self.time_context(pos);
        let prefix = date.map(|d| format!("{d}T")).unwrap_or_default();
        let attrs =
            Attrs { from: Some(format!("{prefix}{from}")), to: Some(format!("{prefix}{to}")), ..Attrs::default() };
        Some(self.push(EntityKind::Time, Span::new(pos, end), attrs))
    }

    /// `每天`, `每周一`, `每个月`, `每年`: a length of time that repeats.
    fn recurring(&mut self, pos: usize) -> Option<usize> {
        let r = self.rest(pos).strip_prefix('每')?;
        let (skip, r) = match ["一个", "个", "個"].into_iter().find(|w| r.starts_with(*w)) {
            Some(w) => (w.len(), r.get(w.len()..)?),
            None => (0, r),
        };
        const UNITS: [(&str, &str); 12] = [
            ("小时", "PT1H"),
            ("天", "P1D"),
            ("日", "P1D"),
            ("晚", "P1D"),
            ("星期", "P1W"),
            ("礼拜", "P1W"),
            ("周", "P1W"),
            ("週", "P1W"),
            ("月", "P1M"),
            ("季度", "P3M"),
            ("年", "P1Y"),
            ("工作日", "P1D"),
        ];
        let (word, iso) = UNITS.iter().find(|(w, _)| r.starts_with(*w))?;
        let mut end = pos + '每'.len_utf8() + skip + word.len();
        let mut unresolved = None;
        if iso == &"P1W"
            && let Some(d) = self.rest(end).chars().next().and_then(|c| "一二三四五六日天".chars().position(|x| x == c))
        {
            unresolved = Some(format!("XXXX-WXX-{}", (d + 1).min(7)));
            end += '一'.len_utf8();
        }
        let attrs =
            Attrs { value: Some(Value::Text((*iso).to_owned())), recurring: true, unresolved, ..Attrs::default() };
        Some(self.push(EntityKind::Duration, Span::new(pos, end), attrs))
    }

    /// `半小时`, `半个月`, `半年`: half a unit.
    fn half_duration(&mut self, pos: usize) -> Option<usize> {
        let r = self.rest(pos).strip_prefix('半')?;
        let (word, designator) = TIME_UNITS.iter().find(|(w, _)| r.starts_with(*w) && *w != "周年")?;
        let end = pos + '半'.len_utf8() + word.len();
        let attrs = Attrs { value: Some(Value::Text(iso_duration(0.5, designator))), ..Attrs::default() };
        Some(self.push(EntityKind::Duration, Span::new(pos, end), attrs))
    }

    /// `5年过渡期`, `3个小时`, `两天`, `三年半`, `5 分钟`: a length of time after a numeral; and
    /// `3天后`, `5年前`: the day that far from the reference date.
    pub(super) fn duration_from(&mut self, start: usize, read: Read) -> Option<usize> {
        if read.value < 0.0 {
            return None;
        }
        let mut at = read.end;
        let mut approx = start != read.start;
        if let Some(c) = self.char_at(at).filter(|c| matches!(c, '余' | '多')) {
            approx = true;
            at += c.len_utf8();
        }
        at = self.skip_spaces(at);
        let rest = self.rest(at);
        let (word, designator) = TIME_UNITS.iter().find(|(w, _)| rest.starts_with(*w))?;
        let mut end = at + word.len();
        if self.age_da(end) {
            return None; // 三周大, 十个月大: an age (see measure.rs)
        }
        // `3年级` is a school grade, `5周岁` an age: a quantity with that unit.
        if let Some(c) = self.char_at(end).filter(|c| matches!(c, '级' | '岁')) {
            let unit = self.text.get(at..end + c.len_utf8())?.to_owned();
            let attrs = Attrs { value: Some(Value::Number(read.value)), unit: Some(unit), approx, ..Attrs::default() };
            return Some(self.push(EntityKind::Quantity, Span::new(start, end + c.len_utf8()), attrs));
        }
        let mut value = read.value;
        // `一两个星期`, `三四年`: two neighbouring digits are a rough range, not 12 or 34.
        if let Some(low) = self.text.get(read.start..read.end).and_then(neighbour_pair) {
            value = low;
            approx = true;
        }
        if self.rest(end).starts_with('半') && !self.rest(end).starts_with("半年") {
            value += 0.5;
            end += '半'.len_utf8();
        }
        let mut parts = vec![(value, *designator)];
        // 一年又一个月21天, 8天20小时, 一年多三个月: more units run on into one length.
        while let Some((v, d, stop, more)) =
            self.next_duration_part(end).filter(|(_, d, ..)| parts.iter().all(|p| p.1 != *d))
        {
            parts.push((v, d));
            approx |= more;
            end = stop;
        }
        if let [(value, designator)] = parts.as_slice()
            && let Some(stop) = self.ago_or_later(start, end, *value, designator)
        {
            return Some(stop);
        }
        if let Some(stop) = self.recent_period(start, read, end, value, designator) {
            return Some(stop);
        }
        let attrs = Attrs { value: Some(Value::Text(iso_durations(&mut parts))), approx, ..Attrs::default() };
        Some(self.push(EntityKind::Duration, Span::new(start, end), attrs))
    }

    /// The next part of a length of many units at `pos` (`又三天`, `20小时`, `多三个月`): its
    /// number, designator, end, and whether `多`/`余` made the length approximate.
    fn next_duration_part(&self, pos: usize) -> Option<(f64, &'static str, usize, bool)> {
        let mut at = pos;
        let mut more = false;
        if let Some(c) = self.char_at(at).filter(|c| matches!(c, '又' | '零' | '多' | '余')) {
            more = matches!(c, '多' | '余');
            at += c.len_utf8();
        }
        let read = self.read_numeral(at, false).filter(|r| r.value >= 0.0)?;
        let rest = self.rest(read.end);
        const PART_UNITS: [(&str, &str); 3] = [("时", "TH"), ("分", "TM"), ("秒", "TS")];
        let (word, designator) = TIME_UNITS.iter().chain(PART_UNITS.iter()).find(|(w, _)| rest.starts_with(*w))?;
        if *word == "分" && rest.starts_with("分之") {
            return None;
        }
        Some((read.value, designator, read.end + word.len(), more))
    }

    /// `近三年`, `过去5天`, `最近两个月`: the stretch of time up to the reference date.
    fn recent_period(&mut self, start: usize, read: Read, end: usize, value: f64, designator: &str) -> Option<usize> {
        let before = self.text.get(..read.start)?;
        let word = ["最近", "过去", "近"].into_iter().find(|w| before.ends_with(*w))?;
        if before.ends_with("将近") || value.fract() != 0.0 || designator.starts_with('T') {
            return None;
        }
        let start = start.min(read.start - word.len());
        let end = if self.rest(end).starts_with('来') { end + '来'.len_utf8() } else { end };
        let n = -(value as i64);
        let to = self.base(Base::Now);
        let from = to.and_then(|b| shift(b, n, designator));
        let attrs = Attrs {
            from: from.map(iso_date),
            to: to.map(iso_date),
            unresolved: Some(signed_offset(n, designator)),
            ..Attrs::default()
        };
        Some(self.push(EntityKind::Date, Span::new(start, end), attrs))
    }

    /// `3天后`, `5年前`, `两周之后`: a date that far from the reference date.
    fn ago_or_later(&mut self, start: usize, pos: usize, value: f64, designator: &str) -> Option<usize> {
        let rest = self.rest(pos);
        const WORDS: [(&str, i64); 6] = [("之前", -1), ("以前", -1), ("前", -1), ("之后", 1), ("以后", 1), ("后", 1)];
        let (word, sign) = WORDS.iter().find(|(w, _)| rest.starts_with(*w))?;
        let after = rest.get(word.len()..)?;
        // `前期`, `后续`, `前列`: the word goes on.
        if word.chars().count() == 1
            && after.starts_with(|c: char| "期续来果面台勤盾备方列夕线景提者排端门天年头".contains(c))
        {
            return None;
        }
        if designator.starts_with('T') {
            return Some(self.time_ago_or_later(start, pos + word.len(), value * *sign as f64, designator));
        }
        if value.fract() != 0.0 {
            return None;
        }
        let n = value as i64 * sign;
        let base = self.base(Base::Now);
        let date = base.and_then(|b| shift(b, n, designator));
        let end = pos + word.len();
        let attrs = Attrs {
            value: date.map(|d| Value::Text(iso_date(d))),
            unresolved: Some(signed_offset(n, designator)),
            ..Attrs::default()
        };
        Some(self.push(EntityKind::Date, Span::new(start, end), attrs))
    }
}

impl Scanner<'_> {
    /// `2小时后`, `10分钟前`: the moment that far from the reference date-time, a time (its value
    /// only when the reference has a time of day).
    fn time_ago_or_later(&mut self, start: usize, end: usize, signed: f64, designator: &str) -> usize {
        let unit = match designator {
            "TH" => 3600.0,
            "TM" => 60.0,
            _ => 1.0,
        };
        let seconds = (signed * unit).round();
        let moment = self
            .reference
            .zip(self.reference_time)
            .filter(|_| seconds.abs() < 1e10)
            .and_then(|(d, t)| d.and_time(t).checked_add_signed(Duration::try_seconds(seconds as i64)?));
        let value = moment.map(|m| {
            let (date, time) = (m.date(), m.time());
            let clock = format!("{:02}:{:02}", time.hour(), time.minute());
            match time.second() {
                0 => format!("{}T{clock}", iso_date(date)),
                s => format!("{}T{clock}:{s:02}", iso_date(date)),
            }
        });
        let sign = if signed < 0.0 { "-" } else { "+" };
        let attrs = Attrs {
            value: value.map(Value::Text),
            unresolved: Some(format!("{sign}{}", iso_duration(signed.abs(), designator))),
            ..Attrs::default()
        };
        self.push(EntityKind::Time, Span::new(start, end), attrs)
    }
}

/// The lower of two neighbouring Chinese digits written together (`一两`, `三四`, `七八`).
fn neighbour_pair(written: &str) -> Option<f64> {
    let mut chars = written.chars();
    let (a, b) = (numeral::digit(chars.next()?)?, numeral::digit(chars.next()?)?);
    (chars.next().is_none() && a >= 1 && b == a + 1).then_some(f64::from(a))
}

/// `-P1Y`, `P0D`, `+P2W`: a signed offset in ISO 8601 duration form.
fn signed_offset(n: i64, designator: &str) -> String {
    match n {
        0 => format!("P0{designator}"),
        n if n < 0 => format!("-P{}{designator}", -n),
        n => format!("+P{n}{designator}"),
    }
}

/// `P5Y`, `PT3H`, `P0.5M` from a number and a designator (`TH` for hours).
fn iso_duration(value: f64, designator: &str) -> String {
    match designator.strip_prefix('T') {
        Some(d) => format!("PT{}{d}", fmt_number(value)),
        None => format!("P{}{designator}", fmt_number(value)),
    }
}

/// `2020-05-06`: `date` as chrono's `%Y-%m-%d` writes it (a year outside 0..=9999 signed), without
/// chrono's formatting and parsing, 33 KB of the wasm that nothing else used.
pub(super) fn iso_date(date: NaiveDate) -> String {
    let y = date.year();
    let year = if (0..=9999).contains(&y) { format!("{y:04}") } else { format!("{y:+05}") };
    format!("{year}-{:02}-{:02}", date.month(), date.day())
}

/// `date` moved by `n` days, or `None` out of the calendar's range.
fn add_days(date: NaiveDate, n: i64) -> Option<NaiveDate> {
    date.checked_add_signed(Duration::try_days(n)?)
}

/// `date` moved by `n` days (`D`), weeks (`W`), months (`M`) or years (`Y`).
fn shift(date: NaiveDate, n: i64, designator: &str) -> Option<NaiveDate> {
    match designator {
        "D" => add_days(date, n),
        "W" => add_days(date, n.checked_mul(7)?),
        "M" => shift_months(date, i32::try_from(n).ok()?),
        "Y" => shift_months(date, i32::try_from(n.checked_mul(12)?).ok()?),
        _ => None,
    }
}

/// `P1Y1M21D`, `P8DT20H`: parts of a length in ISO 8601 order.
fn iso_durations(parts: &mut [(f64, &str)]) -> String {
    const ORDER: [&str; 7] = ["Y", "M", "W", "D", "TH", "TM", "TS"];
    parts.sort_by_key(|p| ORDER.iter().position(|o| *o == p.1));
    let mut out = String::from("P");
    let mut in_time = false;
    for (value, designator) in parts.iter() {
        let unit = match designator.strip_prefix('T') {
            Some(u) => {
                if !in_time {
                    out.push('T');
                    in_time = true;
                }
                u
            }
            None => designator,
        };
        out.push_str(&fmt_number(*value));
        out.push_str(unit);
    }
    out
}

/// `date` moved by `months` (negative goes back), clamped to the month's last day.
fn shift_months(date: NaiveDate, months: i32) -> Option<NaiveDate> {
    let n = Months::new(months.unsigned_abs());
    if months < 0 { date.checked_sub_months(n) } else { date.checked_add_months(n) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_dates_are_written_as_chrono_writes_them() {
        for year in [-262_143, -10_000, -1, 0, 1, 99, 999, 2020, 9999, 10_000, 262_142] {
            for (month, day) in [(1, 1), (2, 28), (12, 31)] {
                let date = NaiveDate::from_ymd_opt(year, month, day).unwrap();
                assert_eq!(iso_date(date), date.format("%Y-%m-%d").to_string());
            }
        }
    }

    #[test]
    fn first_characters_cover_their_lists() {
        let first = |w: &str| w.chars().next().unwrap_or(' ');
        assert!(YEAR_WORDS.iter().all(|(w, ..)| YEAR_FIRSTS.contains(first(w))));
        assert!(MONTH_WORDS.iter().all(|(w, ..)| MONTH_FIRSTS.contains(first(w))));
        assert!(DAY_WORDS.iter().all(|(w, ..)| DAY_FIRSTS.contains(first(w))));
        assert!(VAGUE_WORDS.iter().all(|(w, _)| "日近前".contains(first(w)) && FIRST_CHARS.contains(first(w))));
        assert!(DAY_PARTS.iter().all(|(w, ..)| DAY_PART_FIRSTS.contains(first(w))));
        // And every first character is one the scanner tries relative dates at.
        for firsts in [&YEAR_FIRSTS, &MONTH_FIRSTS, &DAY_FIRSTS, &super::super::festivals::HOLIDAY_FIRSTS] {
            assert!(firsts.list().chars().all(|c| FIRST_CHARS.contains(c)));
        }
    }
}
