//! Dates and times written with numerals: `2020年5月6日`, `2020-05-06`, `1/2/2020`, `5月30日`,
//! `29日`, `十月初一`, `2020年以来`, `5月1日至5日`, `17:30`, `下午3点半`, `上午8时至12时`.
//!
//! A date is as precise as the text (`2025年` → `2025`). Year-less and month-less dates take the
//! missing parts from the anchor: the last full date before them, else the reference date.
//! Relative words (`今年`, `当日`, `下周三`) are in `relative.rs`.

use chrono::{Datelike, NaiveDate};

use super::{Read, Scanner, numeral};
use crate::analysis::{Attrs, EntityKind, Value};
use crate::span::Span;

/// A calendar date as precise as the text: `2020`, `2020-05`, `2020-05-06`, `XXXX-05-06`, `XXXX-XX-06`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(super) struct Ymd {
    pub year: Option<i32>,
    pub month: Option<u32>,
    pub day: Option<u32>,
}

impl Ymd {
    pub fn new(year: Option<i32>, month: Option<u32>, day: Option<u32>) -> Self {
        Ymd { year, month, day }
    }

    /// ISO 8601 text as precise as the date, `X` for the parts the text leaves out (TIMEX3 style).
    pub fn iso(self) -> String {
        let year = self.year.map_or_else(|| "XXXX".to_owned(), |y| format!("{y:04}"));
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{year}-{m:02}-{d:02}"),
            (None, Some(d)) => format!("{year}-XX-{d:02}"),
            (Some(m), None) => format!("{year}-{m:02}"),
            (None, None) => year,
        }
    }

    /// ISO 8601 truncated form of a year-less date: `--05-30`, `--05`, `---29`.
    pub fn truncated(self) -> Option<String> {
        match (self.month, self.day) {
            (Some(m), Some(d)) => Some(format!("--{m:02}-{d:02}")),
            (Some(m), None) => Some(format!("--{m:02}")),
            (None, Some(d)) => Some(format!("---{d:02}")),
            (None, None) => None,
        }
    }

    /// True when no part is missing before the last part given (`2020-05`, not `XXXX-05`).
    pub fn is_complete(self) -> bool {
        self.year.is_some() && (self.month.is_some() || self.day.is_none())
    }

    pub fn from_date(d: NaiveDate) -> Self {
        Ymd::new(Some(d.year()), Some(d.month()), Some(d.day()))
    }
}

/// Parts of the day before a time, with the hours they cover (for a part on its own).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum DayPart {
    /// Before noon: hours stay as written.
    Am,
    /// Around noon: `中午1点` is 13:00.
    Noon,
    /// After noon: `下午3点` is 15:00.
    Pm,
    /// Late night: `深夜11点` is 23:00 but `深夜2点` is 02:00.
    Night,
}

/// Words for parts of the day, longest first, with their hours when used alone.
pub(super) const DAY_PARTS: [(&str, DayPart, &str, &str); 20] = [
    ("上午", DayPart::Am, "08:00", "12:00"),
    ("早上", DayPart::Am, "06:00", "09:00"),
    ("早晨", DayPart::Am, "06:00", "09:00"),
    ("清晨", DayPart::Am, "05:00", "08:00"),
    ("凌晨", DayPart::Am, "00:00", "06:00"),
    ("中午", DayPart::Noon, "11:00", "13:00"),
    ("正午", DayPart::Noon, "12:00", "12:00"),
    ("下午", DayPart::Pm, "12:00", "18:00"),
    ("午后", DayPart::Pm, "12:00", "18:00"),
    ("傍晚", DayPart::Pm, "17:00", "19:00"),
    ("晚上", DayPart::Pm, "18:00", "23:59"),
    ("晚间", DayPart::Pm, "18:00", "23:59"),
    ("夜里", DayPart::Night, "20:00", "05:00"),
    ("夜间", DayPart::Night, "20:00", "05:00"),
    ("深夜", DayPart::Night, "22:00", "05:00"),
    ("半夜", DayPart::Night, "22:00", "05:00"),
    ("早", DayPart::Am, "06:00", "09:00"),
    ("晨", DayPart::Am, "05:00", "08:00"),
    ("晚", DayPart::Pm, "18:00", "23:59"),
    ("夜", DayPart::Night, "20:00", "05:00"),
];

/// Words that join the two ends of a range: `5月1日至5日`, `8时到12时`, `2010-2018年`.
const RANGE_JOINERS: [&str; 8] = ["至", "到", "~", "～", "-", "—", "－", "–"];

/// A time of day as written: hour, minute, second, where it ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Clock {
    pub hour: u32,
    pub minute: u32,
    pub second: Option<u32>,
    pub end: usize,
    /// `一点`, `两点`: a Chinese hour with `点` and nothing else, which may mean "a bit".
    pub weak: bool,
}

impl Scanner<'_> {
    /// `2020-05-06`, `2020.5.6`, `2020/5/6`, and day first: `13.5.2015`, `1/2/2020`, `05/05/89`.
    pub(super) fn numeric_date(&mut self, pos: usize) -> Option<usize> {
        let rest = self.rest(pos);
        let group = |s: &str| -> usize { s.chars().take_while(char::is_ascii_digit).count() };
        let a = group(rest);
        let sep = rest.get(a..)?.chars().next().filter(|c| matches!(c, '-' | '.' | '/'))?;
        let b_at = a + 1;
        let b = group(rest.get(b_at..)?);
        if !rest.get(b_at + b..)?.starts_with(sep) {
            return None;
        }
        let c_at = b_at + b + 1;
        let c = group(rest.get(c_at..)?);
        let num = |from: usize, len: usize| -> Option<u32> { rest.get(from..from + len)?.parse().ok() };
        let (x, y, z) = (num(0, a)?, num(b_at, b)?, num(c_at, c)?);
        let mut end = pos + c_at + c;
        // `1.2.3.4` and `1-2-3-4` are codes, not dates.
        let after = self.rest(end);
        if after.starts_with(|ch: char| ch.is_ascii_digit())
            || after.strip_prefix(sep).is_some_and(|r| r.starts_with(|ch: char| ch.is_ascii_digit()))
        {
            return None;
        }
        let date = if a == 4 && (1..=2).contains(&b) && (1..=2).contains(&c) {
            NaiveDate::from_ymd_opt(i32::try_from(x).ok()?, y, z)?
        } else if (1..=2).contains(&a) && (1..=2).contains(&b) && (c == 4 || c == 2) {
            let year = if c == 4 {
                z
            } else if z < 50 {
                2000 + z
            } else {
                1900 + z
            };
            NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, y, x)?
        } else {
            return None;
        };
        if self.rest(end).starts_with('日') {
            end += '日'.len_utf8();
        }
        Some(self.push_date(pos, end, Ymd::from_date(date), false, None))
    }

    /// `2020年5月6日`, `二〇二〇年五月六日`, `2025年`, `07年`, `5月30日`, `29日`, `八月十五`,
    /// and the ranges they start: `2020年以来`, `5月1日至5日`, `2010年至2018年`, `2020年上半年`.
    pub(super) fn date_from(&mut self, _start: usize, read: Read) -> Option<usize> {
        // A date does not take a word of approximation before it: `纽约8月2日` is no `约`.
        let start = read.start;
        if let Some((from, to, end)) = self.decade(read) {
            return Some(self.push_range(start, end, Some(from), Some(to), None));
        }
        if let Some(year) = self.year_of(read) {
            let after = self.skip_spaces(read.end);
            if self.rest(after).starts_with('年') && !self.rest(after).starts_with("年代") {
                let lunar = self.text.get(..start).is_some_and(|b| b.ends_with("农历"));
                let start = if lunar { start - "农历".len() } else { start };
                return Some(self.after_year(start, Some(year), after + '年'.len_utf8(), None, lunar));
            }
            if let Some(stop) = self.bare_year_range(start, year, read.end) {
                return Some(stop);
            }
        }
        if let Some((month, day, end, lunar)) = self.month_day(read.start) {
            return Some(self.date_or_range(start, Ymd::new(None, Some(month), day), end, None, lunar));
        }
        let end = self.day_suffix(read)?;
        let day = read.value as u32;
        Some(self.date_or_range(start, Ymd::new(None, None, Some(day)), end, None, false))
    }

    /// `2016-2018年`, `从2016到2018`: years joined without `年` after the first.
    fn bare_year_range(&mut self, start: usize, year: i32, pos: usize) -> Option<usize> {
        let from_word = self.text.get(..start).is_some_and(|b| b.ends_with('从'));
        for joiner in RANGE_JOINERS {
            let Some(r) = self.rest(pos).strip_prefix(joiner) else { continue };
            let digits = r.chars().take_while(char::is_ascii_digit).count();
            let second: i32 = r.get(..digits)?.parse().ok().filter(|y| digits == 4 && (year..=2999).contains(y))?;
            let mut end = pos + joiner.len() + digits;
            if self.rest(end).starts_with('年') {
                end += '年'.len_utf8();
            } else if !from_word {
                return None;
            }
            let start = if from_word { start - '从'.len_utf8() } else { start };
            return Some(self.push_range(start, end, Some(format!("{year:04}")), Some(format!("{second:04}")), None));
        }
        None
    }

    /// `80年代`, `八十年代`, `1990年代`: the first and last year of a decade, and where it ends.
    fn decade(&self, read: Read) -> Option<(String, String, usize)> {
        let at = self.skip_spaces(read.end);
        if !self.rest(at).starts_with("年代") || read.value.fract() != 0.0 || read.value < 0.0 {
            return None;
        }
        let v = read.value as u32;
        let first = match v {
            1000..=2990 if v % 10 == 0 => v,
            // 二十世纪80年代 or 80年代 alone: the 1900s, except 00年代 and 10年代.
            20..=90 if v % 10 == 0 => 1900 + v,
            0 | 10 => 2000 + v,
            _ => return None,
        };
        Some((format!("{first:04}"), format!("{:04}", first + 9), at + "年代".len()))
    }

    /// Where `29日`, `12号` ends, when `read` is such a day of the month.
    fn day_suffix(&self, read: Read) -> Option<usize> {
        let written = self.text.get(read.start..read.end)?;
        let day = read.value;
        if day.fract() != 0.0 || !(1.0..=31.0).contains(&day) || !read.arabic && written.chars().count() < 2 {
            return None;
        }
        let end = self.day_word(read.end)?;
        // A day alone with 号 is colloquial; `7号队员`, `青鸟3号”` are numbers of players and things.
        if self.rest(read.end).starts_with('号') {
            let next = self.char_at(end);
            let follows = next.is_none_or(|c| "上下晚早中凌起前后至到的开是在见以之，。,".contains(c));
            return follows.then_some(end);
        }
        Some(end)
    }

    /// `日` or `号` at `pos` (not `号楼`, `号线`): where it ends.
    fn day_word(&self, pos: usize) -> Option<usize> {
        let rest = self.rest(pos);
        if rest.starts_with('日') {
            return Some(pos + '日'.len_utf8());
        }
        let after = rest.strip_prefix('号')?;
        let numbered = after.starts_with(|c: char| "楼线院文令码机车字球位馆台厅门口房室桥站坑井床店".contains(c));
        (!numbered).then_some(pos + '号'.len_utf8())
    }

    /// A year as written before `年`: four digits (`2020`, `二〇二〇`) or two with a leading zero (`07`).
    fn year_of(&self, read: Read) -> Option<i32> {
        let written = self.text.get(read.start..read.end)?;
        if read.value.fract() != 0.0 || read.value < 0.0 || read.value > 9999.0 {
            return None;
        }
        let v = read.value as i32;
        let four =
            if read.arabic { read.int_digits == 4 && !written.contains(',') } else { is_digit_sequence(written, 4) };
        if four && (1000..=2999).contains(&v) {
            Some(v)
        } else if read.arabic && read.int_digits == 2 && written.starts_with('0') {
            Some(2000 + v)
        } else {
            None
        }
    }

    /// What follows a year (`2020年`, `去年`) at `pos`: a month and day, a half or a quarter, an
    /// open end (`以来`), a second year (`至2018年`), or nothing.
    pub(super) fn after_year(
        &mut self,
        start: usize,
        year: Option<i32>,
        pos: usize,
        unresolved: Option<String>,
        lunar: bool,
    ) -> usize {
        if let Some((month, day, end, lunar_day)) = self.month_day(pos) {
            return self.date_or_range(start, Ymd::new(year, Some(month), day), end, unresolved, lunar || lunar_day);
        }
        if let Some((from, to, end)) = self.year_part(pos) {
            let range = year.map(|y| (format!("{y:04}-{from:02}"), format!("{y:04}-{to:02}")));
            return self.push_range(start, end, range.clone().map(|r| r.0), range.map(|r| r.1), unresolved);
        }
        // 2010年至2018年, 2010-2018年
        for joiner in RANGE_JOINERS {
            let Some(second) = self.rest(pos).strip_prefix(joiner) else { continue };
            let digits: String = second.chars().take_while(char::is_ascii_digit).collect();
            let at = pos + joiner.len() + digits.len();
            let at_year = self.skip_spaces(at);
            if digits.len() == 4 && self.rest(at_year).starts_with('年') {
                let to = digits.parse::<i32>().ok();
                let from = year.map(|y| format!("{y:04}"));
                return self.push_range(
                    start,
                    at_year + '年'.len_utf8(),
                    from,
                    to.map(|t| format!("{t:04}")),
                    unresolved,
                );
            }
        }
        self.date_or_range(start, Ymd::new(year, None, None), pos, unresolved, lunar)
    }

    /// `上半年`, `下半年`, `一季度`, `第三季度`, `前三季度`, `年底`, `年初` at `pos`: first and last month.
    pub(super) fn year_part(&self, pos: usize) -> Option<(u32, u32, usize)> {
        let rest = self.rest(pos);
        const HALVES: [(&str, u32, u32); 8] = [
            ("上半年", 1, 6),
            ("下半年", 7, 12),
            ("年初", 1, 3),
            ("初", 1, 3),
            ("年底", 12, 12),
            ("底", 12, 12),
            ("年末", 12, 12),
            ("末", 12, 12),
        ];
        if let Some((w, a, b)) = HALVES.iter().find(|(w, _, _)| rest.starts_with(*w)) {
            return Some((*a, *b, pos + w.len()));
        }
        let (first_only, skip) = if rest.starts_with("前") {
            (true, "前".len())
        } else if rest.starts_with("第") {
            (false, "第".len())
        } else {
            (false, 0)
        };
        let after = rest.get(skip..)?;
        let q = after.chars().next().and_then(|c| match c {
            '一' | '1' | '首' => Some(1),
            '二' | '2' => Some(2),
            '三' | '3' => Some(3),
            '四' | '4' => Some(4),
            _ => None,
        })?;
        let q_len = after.chars().next().map_or(0, char::len_utf8);
        let tail = after.get(q_len..)?;
        // 季度 only: `四季` are the seasons, `第四季` a television season.
        let word = "季度";
        if !tail.starts_with(word) {
            return None;
        }
        let first = if first_only { 1 } else { 3 * q - 2 };
        Some((first, 3 * q, pos + skip + q_len + word.len()))
    }

    /// `5月30日`, `五月`, `5月30号`, `八月十五`, `十月初一`, `正月三十` at `pos`: month, day, end, lunar.
    pub(super) fn month_day(&self, pos: usize) -> Option<(u32, Option<u32>, usize, bool)> {
        let rest = self.rest(pos);
        let (month, after_month, lunar_month, chinese_month) = if let Some((w, m)) =
            [("正月", 1), ("腊月", 12), ("冬月", 11)].into_iter().find(|(w, _)| rest.starts_with(*w))
        {
            (m, pos + w.len(), true, true)
        } else {
            let (m, end, arabic) = self.small_number(pos)?;
            if !(1..=12).contains(&m) || !self.rest(end).starts_with('月') {
                return None;
            }
            (m, end + '月'.len_utf8(), false, !arabic)
        };
        let rest = self.rest(after_month);
        if rest.starts_with('初')
            && let Some((d, end, _)) =
                self.small_number(after_month + '初'.len_utf8()).filter(|(d, _, _)| (1..=10).contains(d))
        {
            return Some((month, Some(d), end, true));
        }
        if let Some((d, end, arabic)) = self.small_number(after_month).filter(|(d, _, _)| (1..=31).contains(d)) {
            if let Some(stop) = self.day_word(end) {
                return Some((month, Some(d), stop, lunar_month));
            }
            // 八月十五, 正月三十: a Chinese day without 日, unless a measure word follows.
            let next = self.char_at(end);
            let free = !next
                .is_some_and(|c| numeral::is_chinese_numeral_char(c) || c.is_ascii_digit() || c == '点' || c == '%')
                && self.unit_at(end).is_none();
            if !arabic && chinese_month && free {
                return Some((month, Some(d), end, lunar_month));
            }
        }
        Some((month, None, after_month, lunar_month))
    }

    /// A small whole number at `pos` for dates and clocks: 1–4 ASCII digits or Chinese digits and tens
    /// (`29`, `二十九`, `廿三`, `零五`). Returns the value, where it ends, and whether it was Arabic.
    pub(super) fn small_number(&self, pos: usize) -> Option<(u32, usize, bool)> {
        let rest = self.rest(pos);
        let digits = rest.chars().take_while(char::is_ascii_digit).count();
        if digits > 0 {
            if digits > 4 {
                return None;
            }
            let v = rest.get(..digits)?.parse().ok()?;
            return Some((v, pos + digits, true));
        }
        let len: usize = rest
            .chars()
            .take_while(|&c| numeral::digit(c).is_some() || matches!(c, '十' | '廿' | '卅'))
            .take(4)
            .map(char::len_utf8)
            .sum();
        let written = rest.get(..len)?;
        let v = numeral::parse(written)?;
        (v.fract() == 0.0 && (0.0..10_000.0).contains(&v)).then_some((v as u32, pos + len, false))
    }

    /// A date ending at `end`, or the range it opens: `以来`, `之前`, `至5日`.
    pub(super) fn date_or_range(
        &mut self,
        start: usize,
        ymd: Ymd,
        end: usize,
        unresolved: Option<String>,
        lunar: bool,
    ) -> usize {
        let rest = self.rest(end);
        const OPEN_AFTER: [&str; 7] = ["以来", "至今", "以后", "之后", "或之后", "起", "开始"];
        const OPEN_BEFORE: [&str; 5] = ["以前", "之前", "或之前", "或以前", "前"];
        if let Some(w) = OPEN_AFTER.iter().find(|w| rest.starts_with(**w)) {
            let from = self.resolve(ymd, lunar).0;
            return self.push_range(start, end + w.len(), from, None, unresolved);
        }
        if let Some(w) = OPEN_BEFORE.iter().find(|w| rest.starts_with(**w)) {
            // `前` alone only after a full date (`5月6日前`), not after `5年`.
            if *w != "前" || ymd.day.is_some() {
                let to = self.resolve(ymd, lunar).0;
                return self.push_range(start, end + w.len(), None, to, unresolved);
            }
        }
        if ymd.day.is_some() || ymd.month.is_some() && ymd.year.is_some() {
            for joiner in RANGE_JOINERS {
                let Some(_) = rest.strip_prefix(joiner) else { continue };
                let at = end + joiner.len();
                if let Some((second, stop)) = self.second_point(at, ymd) {
                    let (from, _) = self.resolve(ymd, lunar);
                    let (to, _) = self.resolve(second, lunar);
                    self.resolve_anchor(ymd, lunar);
                    return self.push_range(start, stop, from, to, unresolved);
                }
            }
        }
        self.push_date(start, end, ymd, lunar, unresolved)
    }

    /// The end of a range after `至`: a full date, a month and day, or a day (`5日`), completed
    /// from the first point.
    fn second_point(&self, pos: usize, first: Ymd) -> Option<(Ymd, usize)> {
        let (n, end, _) = self.small_number(pos)?;
        if self.rest(end).starts_with('年') && n >= 1000 {
            let after = end + '年'.len_utf8();
            return match self.month_day(after) {
                Some((m, d, stop, _)) => Some((Ymd::new(Some(n as i32), Some(m), d), stop)),
                None => Some((Ymd::new(Some(n as i32), None, None), after)),
            };
        }
        if let Some((m, d, stop, _)) = self.month_day(pos) {
            return Some((Ymd::new(first.year, Some(m), d), stop));
        }
        if first.day.is_some() && (1..=31).contains(&n) {
            let stop = self.day_word(end)?;
            return Some((Ymd { day: Some(n), ..first }, stop));
        }
        None
    }

    /// The value of `ymd` once anchored, and the full date when it names one day.
    pub(super) fn resolve(&self, ymd: Ymd, lunar: bool) -> (Option<String>, Option<NaiveDate>) {
        if ymd.is_complete() {
            let date = ymd.day.zip(ymd.month).zip(ymd.year).and_then(|((d, m), y)| NaiveDate::from_ymd_opt(y, m, d));
            if ymd.day.is_some() && date.is_none() && !lunar {
                return (None, None);
            }
            return (Some(ymd.iso()), date.filter(|_| !lunar));
        }
        // No anchor: ISO 8601's truncated forms, `--05-30`, `--05`, `---29`.
        let Some(anchor) = self.anchor else { return (ymd.truncated(), None) };
        // Missing parts come from the anchor; a day that month lacks (2月29日, 31日) steps back.
        let mut year = anchor.year();
        let mut month = ymd.month.unwrap_or(anchor.month());
        for _ in 0..12 {
            let filled = Ymd::new(Some(year), Some(month), ymd.day);
            let Some(d) = ymd.day else { return (Some(Ymd::new(Some(year), ymd.month, None).iso()), None) };
            if lunar {
                return (Some(filled.iso()), None);
            }
            if let Some(date) = NaiveDate::from_ymd_opt(year, month, d) {
                return (Some(filled.iso()), Some(date));
            }
            if ymd.month.is_some() {
                year -= 1;
            } else if month == 1 {
                (year, month) = (year - 1, 12);
            } else {
                month -= 1;
            }
        }
        (None, None)
    }

    fn resolve_anchor(&mut self, ymd: Ymd, lunar: bool) {
        if let (_, Some(date)) = self.resolve(ymd, lunar) {
            self.anchor = Some(date);
        }
    }

    /// Pushes a date entity; a full date becomes the anchor of later year-less and relative dates.
    pub(super) fn push_date(
        &mut self,
        start: usize,
        end: usize,
        ymd: Ymd,
        lunar: bool,
        unresolved: Option<String>,
    ) -> usize {
        let (value, date) = self.resolve(ymd, lunar);
        if let Some(d) = date {
            self.anchor = Some(d);
        }
        let unresolved = unresolved.or_else(|| (!ymd.is_complete()).then(|| ymd.iso()));
        let attrs = Attrs { value: value.map(Value::Text), unresolved, lunar, ..Attrs::default() };
        self.push(EntityKind::Date, Span::new(start, end), attrs)
    }

    pub(super) fn push_range(
        &mut self,
        start: usize,
        end: usize,
        from: Option<String>,
        to: Option<String>,
        unresolved: Option<String>,
    ) -> usize {
        let attrs = Attrs { from, to, unresolved, ..Attrs::default() };
        self.push(EntityKind::Date, Span::new(start, end), attrs)
    }

    /// `17:30`, `8:05:10`, `2:00pm` at `pos`.
    pub(super) fn clock_time(&mut self, pos: usize) -> Option<usize> {
        let clock = self.clock_at(pos).filter(|_| self.rest(pos).chars().take(3).any(|c| c == ':'))?;
        Some(self.push_time(pos, clock))
    }

    /// `17时`, `下午3点半`, `8时30分`, `九点二十`, `零点整`: the numeral read at `read` starts a clock time.
    pub(super) fn time_from(&mut self, start: usize, read: Read) -> Option<usize> {
        let mut clock = self.clock_at(read.start)?;
        // 大约十点: a word of approximation says it is a time, not "ten points".
        clock.weak &= start == read.start;
        Some(self.push_time(read.start, clock))
    }

    /// A time of day at `pos`: `17:30`, `17时`, `3点半`, `8点一刻`, `16时40分50秒`, `11:30:10 p.m.`.
    pub(super) fn clock_at(&self, pos: usize) -> Option<Clock> {
        let (hour, after_hour, arabic) = self.small_number(pos)?;
        if hour > 24 || arabic && after_hour - pos > 2 {
            return None;
        }
        let rest = self.rest(after_hour);
        if let Some(r) = rest.strip_prefix(':') {
            let two = |s: &str| -> Option<u32> {
                let d = s.get(..2)?;
                (d.chars().all(|c| c.is_ascii_digit()) && !s.get(2..)?.starts_with(|c: char| c.is_ascii_digit()))
                    .then(|| d.parse().ok())?
            };
            let minute = two(r).filter(|m| *m < 60)?;
            let mut end = after_hour + 3;
            let mut second = None;
            if let Some(s) = self.rest(end).strip_prefix(':').and_then(two).filter(|s| *s < 60) {
                second = Some(s);
                end += 3;
            }
            let mut hour = hour;
            let spaced = self.skip_spaces(end);
            let lower: String = self.rest(spaced).chars().take(4).collect::<String>().to_ascii_lowercase();
            for (suffix, pm) in [("p.m.", true), ("a.m.", false), ("pm", true), ("am", false)] {
                if lower.starts_with(suffix) {
                    if pm && hour < 12 {
                        hour += 12;
                    }
                    end = spaced + suffix.len();
                    break;
                }
            }
            return Some(Clock { hour, minute, second, end, weak: false });
        }
        let mark = rest.chars().next().filter(|c| matches!(c, '时' | '点'))?;
        let after_mark = rest.get(mark.len_utf8()..)?;
        if mark == '时' && after_mark.starts_with(|c: char| "期代间候任光节空尚装政事局评令区差速效常髦".contains(c))
        {
            return None;
        }
        let mut end = after_hour + mark.len_utf8();
        let mut minute = 0;
        let mut second = None;
        let mut detail = false;
        if after_mark.starts_with('钟') || after_mark.starts_with('整') {
            end += '钟'.len_utf8();
            detail = true;
        } else if after_mark.starts_with('半') {
            minute = 30;
            end += '半'.len_utf8();
            detail = true;
        } else if let Some((q, q_end, _)) =
            self.small_number(end).filter(|(q, e, _)| (1..=3).contains(q) && self.rest(*e).starts_with('刻'))
        {
            // 一刻, 3刻: quarters of an hour.
            minute = 15 * q;
            end = q_end + '刻'.len_utf8();
            detail = true;
        } else if let Some((m, m_end, _)) = self.small_number(end).filter(|(m, _, _)| *m < 60) {
            let after_m = self.rest(m_end);
            if after_m.starts_with('分') && !after_m.starts_with("分之") {
                minute = m;
                end = m_end + '分'.len_utf8();
                if let Some((s, s_end, _)) =
                    self.small_number(end).filter(|(s, e, _)| *s < 60 && self.rest(*e).starts_with('秒'))
                {
                    second = Some(s);
                    end = s_end + '秒'.len_utf8();
                }
            } else if self.text.get(end..m_end).is_some_and(|t| t.chars().count() > 1)
                && (m >= 10 || hour > 0 && self.rest(end).starts_with(['零', '〇', '0'])) // 零点零一 is 0.01
                && self.unit_at(m_end).is_none()
                && !after_m.starts_with(|c: char| numeral::is_chinese_numeral_char(c) || c.is_ascii_digit() || "%.点".contains(c))
            {
                // 九点二十, 3点45: minutes without 分.
                minute = m;
                end = m_end;
            } else {
                // 三点五, 3点5亿: a decimal, not a time.
                return None;
            }
            detail = true;
        }
        // 十点二三三: digits after 点 that are no minutes make a decimal.
        if !detail
            && self.char_at(self.skip_spaces(end)).is_some_and(|c| numeral::digit(c).is_some() || c.is_ascii_digit())
        {
            return None;
        }
        if self.rest(end).starts_with('整') {
            end += '整'.len_utf8();
        }
        // `一时` is "for a moment", `三点` may be "three points".
        let weak = !arabic && !detail && hour > 0 && (mark == '点' || hour <= 10);
        Some(Clock { hour, minute, second, end, weak })
    }

    /// Pushes the time `clock` read at `pos` with the part of the day and the date before it
    /// (`5月6日下午3点` → `2020-05-06T15:00`), or the range it opens (`8时至12时`).
    pub(super) fn push_time(&mut self, pos: usize, clock: Clock) -> usize {
        let (start, part, date) = self.time_context(pos);
        let open = ["之后", "以后", "之前", "以前", "左右"].iter().any(|w| self.rest(clock.end).starts_with(*w));
        if clock.weak && part.is_none() && date.is_none() && !open {
            // `一点`, `两点` alone mean "a bit" as often as one o'clock.
            return clock.end;
        }
        let first = clock_text(clock, part);
        let prefix = date.as_ref().map(|d| format!("{d}T")).unwrap_or_default();
        let rest = self.rest(clock.end);
        const OPEN: [(&str, bool); 4] = [("之后", true), ("以后", true), ("之前", false), ("以前", false)];
        if let Some((w, after)) = OPEN.iter().find(|(w, _)| rest.starts_with(*w)) {
            let bound = Some(format!("{prefix}{first}"));
            let (from, to) = if *after { (bound, None) } else { (None, bound) };
            let attrs = Attrs { from, to, ..Attrs::default() };
            return self.push(EntityKind::Time, Span::new(start, clock.end + w.len()), attrs);
        }
        for joiner in RANGE_JOINERS {
            let Some(r) = self.rest(clock.end).strip_prefix(joiner) else { continue };
            let at = clock.end + joiner.len();
            let (second_part, at) = match DAY_PARTS.iter().find(|(w, ..)| r.starts_with(*w)) {
                Some((w, p, ..)) => (Some(*p), at + w.len()),
                None => (part, at),
            };
            if let Some(second) = self.clock_at(at).filter(|c| !c.weak || second_part.is_some()) {
                let attrs = Attrs {
                    from: Some(format!("{prefix}{first}")),
                    to: Some(format!("{prefix}{}", clock_text(second, second_part))),
                    ..Attrs::default()
                };
                return self.push(EntityKind::Time, Span::new(start, second.end), attrs);
            }
        }
        let value = match date {
            Some(d) => format!("{d}T{first}"),
            None => first,
        };
        let attrs = Attrs { value: Some(Value::Text(value)), ..Attrs::default() };
        self.push(EntityKind::Time, Span::new(start, clock.end), attrs)
    }

    /// What comes right before a time at `pos`: where the time starts (with `下午`), the part of
    /// the day, and the day (`当日17时`, `今晚6点`, `5月6日下午3点`).
    pub(super) fn time_context(&self, pos: usize) -> (usize, Option<DayPart>, Option<String>) {
        let before = self.text.get(..pos).unwrap_or("");
        let mut start = pos;
        let mut part = None;
        if let Some((w, p, ..)) = DAY_PARTS.iter().find(|(w, ..)| before.ends_with(*w))
            && !self.covered(pos - w.len())
        {
            start = pos - w.len();
            part = Some(*p);
        }
        let date = self.found.iter().rev().find(|m| m.kind == EntityKind::Date && m.span.end == start);
        let mut day = None;
        if let Some(m) = date {
            if let Some(Value::Text(t)) = &m.attrs.value
                && t.len() == 10
            {
                day = Some(t.clone());
            }
            if part.is_none() {
                let written = m.span.text(self.text);
                part = DAY_PARTS.iter().find(|(w, ..)| written.ends_with(*w)).map(|(_, p, ..)| *p);
            }
        }
        (start, part, day)
    }

    /// True when a figure already found covers `pos`.
    pub(super) fn covered(&self, pos: usize) -> bool {
        self.found.iter().rev().take(4).any(|m| m.span.start <= pos && pos < m.span.end)
    }
}

/// `15:30` or `15:30:10` for a clock in a part of the day.
fn clock_text(clock: Clock, part: Option<DayPart>) -> String {
    let mut h = clock.hour;
    match part {
        Some(DayPart::Pm) if h < 12 => h += 12,
        Some(DayPart::Noon) if h < 6 => h += 12,
        Some(DayPart::Night) if (6..12).contains(&h) => h += 12,
        _ => {}
    }
    match clock.second {
        Some(s) => format!("{h:02}:{:02}:{s:02}", clock.minute),
        None => format!("{h:02}:{:02}", clock.minute),
    }
}

/// True when `s` is `n` Chinese digits one after another (`二〇二〇`).
fn is_digit_sequence(s: &str, n: usize) -> bool {
    s.chars().count() == n && s.chars().all(|c| numeral::digit(c).is_some())
}

#[cfg(test)]
mod tests {
    use std::sync::OnceLock;

    use chrono::NaiveDate;

    use crate::analysis::{EntityKind, Mention, Value};
    use crate::segment::Segmenter;

    fn segmenter() -> &'static Segmenter {
        static SEGMENTER: OnceLock<Segmenter> = OnceLock::new();
        SEGMENTER.get_or_init(Segmenter::default)
    }

    /// A mention as the tests compare it: (text, value, from, to).
    type Found = (String, Option<String>, Option<String>, Option<String>);

    /// The date, time and duration mentions of `text` with `reference`.
    fn found(text: &str, reference: Option<(i32, u32, u32)>) -> Vec<Found> {
        let reference = reference.and_then(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d));
        let tokens = segmenter().run(text);
        super::super::extract(text, &tokens, &[], reference)
            .into_iter()
            .filter(|m: &Mention| matches!(m.kind, EntityKind::Date | EntityKind::Time | EntityKind::Duration))
            .map(|m| {
                let value = match m.attrs.value {
                    Some(Value::Text(t)) => Some(t),
                    _ => None,
                };
                (m.span.text(text).to_owned(), value, m.attrs.from, m.attrs.to)
            })
            .collect()
    }

    /// The value of the mention written `part` in `text`.
    fn value_of(text: &str, reference: Option<(i32, u32, u32)>, part: &str) -> Option<String> {
        found(text, reference).into_iter().find(|f| f.0 == part).and_then(|f| f.1)
    }

    fn range_of(text: &str, reference: Option<(i32, u32, u32)>, part: &str) -> (Option<String>, Option<String>) {
        found(text, reference).into_iter().find(|f| f.0 == part).map(|f| (f.2, f.3)).unwrap_or_default()
    }

    // Many inputs below (二零零四年八月十五, 农历2015年十月初一, 29日你来吗, 一年又一个月21天, 还剩8天20小时,
    // 时间从2016到2018, 明天下午5:00...) are strings of the Chinese DateTime specs of Microsoft
    // Recognizers-Text (github.com/microsoft/Recognizers-Text, Specs/DateTime/Chinese), MIT License,
    // Copyright (c) Microsoft Corporation.
    const REF: Option<(i32, u32, u32)> = Some((2021, 6, 1));

    macro_rules! value {
        ($name:ident, $text:expr, $part:expr, $want:expr) => {
            value!($name, $text, REF, $part, $want);
        };
        ($name:ident, $text:expr, $reference:expr, $part:expr, $want:expr) => {
            #[test]
            fn $name() {
                assert_eq!(value_of($text, $reference, $part).as_deref(), $want, "{}", $text);
            }
        };
    }

    // Absolute dates, as precise as the text.
    value!(full_date_with_year_month_day, "2020年5月6日上午", "2020年5月6日", Some("2020-05-06"));
    value!(chinese_digits_date, "二〇二〇年五月六日", "二〇二〇年五月六日", Some("2020-05-06"));
    value!(dashed_date, "于2020-05-06发布", "2020-05-06", Some("2020-05-06"));
    value!(dotted_date, "2020.5.6", "2020.5.6", Some("2020-05-06"));
    value!(day_first_slashed_date, "1/2/2020", "1/2/2020", Some("2020-02-01"));
    value!(year_alone_is_a_year, "到2025年", "2025年", Some("2025"));
    value!(spaced_year, "2008 年", "2008 年", Some("2008"));
    value!(chinese_day_without_ri, "二零零四年八月十五", "二零零四年八月十五", Some("2004-08-15"));
    value!(lunar_day_keeps_lunar_numbers, "农历2015年十月初一", "农历2015年十月初一", Some("2015-10-01"));

    // Year-less and relative dates take what they lack from the reference or the last full date.
    value!(month_day_takes_reference_year, "5月30日", "5月30日", Some("2021-05-30"));
    value!(day_alone_takes_reference_month, "29日你来吗", "29日", Some("2021-06-29"));
    value!(feb_29_steps_back_to_a_leap_year, "2月29日", "2月29日", Some("2020-02-29"));
    value!(qunian_with_month_day_is_one_date, "去年5月6日", "去年5月6日", Some("2020-05-06"));
    value!(qunian_alone_is_last_year, "去年", "去年", Some("2020"));
    value!(benyue_with_day, "本月十日", "本月十日", Some("2021-06-10"));
    value!(shangge_yue_is_last_month, "上个月", "上个月", Some("2021-05"));
    value!(zuotian_is_day_before_reference, "昨天", "昨天", Some("2021-05-31"));
    value!(dahoutian_is_three_days_on, "大后天", "大后天", Some("2021-06-04"));
    value!(zhouri_is_sunday_of_reference_week, "周日", "周日", Some("2021-06-06"));
    value!(xiaxia_zhouri_is_two_weeks_on, "下下周日", "下下周日", Some("2021-06-20"));
    value!(shangge_libai_san, "上个礼拜三", "上个礼拜三", Some("2021-05-26"));
    value!(san_tian_hou_is_a_date, "3天后", "3天后", Some("2021-06-04"));
    value!(wu_nian_qian_is_a_date, "5年前", "5年前", Some("2016-06-01"));
    value!(guoqing_is_october_first, "国庆节", "国庆节", Some("2021-10-01"));

    #[test]
    fn dangri_is_the_last_full_date_not_the_reference() {
        let text = "2020年5月6日，陈先生来办事。当日17时，窗口关闭。";
        assert_eq!(value_of(text, REF, "当日").as_deref(), Some("2020-05-06"));
        assert_eq!(value_of(text, REF, "17时").as_deref(), Some("2020-05-06T17:00"));
    }

    #[test]
    fn ciri_is_the_day_after_the_last_full_date() {
        assert_eq!(value_of("2020年5月6日开会，次日返回", None, "次日").as_deref(), Some("2020-05-07"));
    }

    value!(year_less_date_without_anchor_is_truncated_iso, "5月30日", None, "5月30日", Some("--05-30"));

    #[test]
    fn relative_words_without_any_anchor_have_no_value() {
        assert_eq!(found("今年当日", None), vec![("今年".into(), None, None, None), ("当日".into(), None, None, None)]);
    }

    // Times.
    value!(shi_is_an_hour, "17时", "17时", Some("17:00"));
    value!(clock_with_colon, "17:30", "17:30", Some("17:30"));
    value!(xiawu_ban_is_afternoon, "下午3点半", "下午3点半", Some("15:30"));
    value!(pm_suffix, "2:00pm的时候", "2:00pm", Some("14:00"));
    value!(seconds, "16时40分50秒", "16时40分50秒", Some("16:40:50"));
    value!(chinese_minutes_without_fen, "早上九点二十", "早上九点二十", Some("09:20"));
    value!(lingdian_is_midnight, "今天零点", "零点", Some("2021-06-01T00:00"));
    value!(jinwan_makes_the_hour_evening, "今晚6点", "6点", Some("2021-06-01T18:00"));
    value!(date_then_part_then_hour, "5月6日下午3点", "下午3点", Some("2021-05-06T15:00"));
    value!(xiawu_clock_is_afternoon, "明天下午5:00", "下午5:00", Some("2021-06-02T17:00"));

    #[test]
    fn hao_after_a_number_is_a_day_only_where_a_day_fits() {
        assert_eq!(value_of("12号上午见", REF, "12号").as_deref(), Some("2021-06-12"));
        assert!(found("7号队员跑得最快", REF).is_empty());
        assert!(found("“青鸟3号”探测器", REF).is_empty());
    }

    #[test]
    fn date_after_niuyue_does_not_take_yue_as_approximation() {
        assert_eq!(found("纽约8月2日的天气晴朗。", REF)[0].0, "8月2日");
    }

    #[test]
    fn decimal_with_dian_is_not_a_time() {
        assert!(found("三点五亿元", REF).is_empty());
    }

    #[test]
    fn digits_after_dian_that_are_no_minutes_make_a_decimal() {
        assert!(found("十点二三三", REF).is_empty());
    }

    #[test]
    fn yidian_alone_is_not_one_o_clock() {
        assert!(found("这一点很重要", REF).is_empty());
        assert!(found("提出三点要求", REF).is_empty());
    }

    // Ranges.
    #[test]
    fn ranges_have_from_and_to() {
        let some = |a: &str, b: &str| (Some(a.to_owned()), Some(b.to_owned()));
        assert_eq!(range_of("5月1日至5日", REF, "5月1日至5日"), some("2021-05-01", "2021-05-05"));
        assert_eq!(range_of("上半年", REF, "上半年"), some("2021-01", "2021-06"));
        assert_eq!(range_of("2020年一季度", REF, "2020年一季度"), some("2020-01", "2020-03"));
        assert_eq!(range_of("前三季度", REF, "前三季度"), some("2021-01", "2021-09"));
        assert_eq!(range_of("2010年至2018年", REF, "2010年至2018年"), some("2010", "2018"));
        assert_eq!(range_of("下周", REF, "下周"), some("2021-06-07", "2021-06-13"));
        assert_eq!(range_of("上午8时至12时", REF, "上午8时至12时"), some("08:00", "12:00"));
        assert_eq!(range_of("2020年以来", REF, "2020年以来"), (Some("2020".to_owned()), None));
    }

    // Durations.
    value!(wu_nian_is_five_years, "5年过渡期", "5年", Some("P5Y"));
    value!(san_ge_xiaoshi, "3个小时", "3个小时", Some("PT3H"));
    value!(liang_tian, "两天", "两天", Some("P2D"));
    value!(san_nian_ban, "三年半", "三年半", Some("P3.5Y"));
    value!(ban_xiaoshi, "还有半小时", "半小时", Some("PT0.5H"));
    value!(meitian_repeats_daily, "事件每天都发生", "每天", Some("P1D"));

    value!(muqinjie_is_second_sunday_of_may, "母亲节", "母亲节", Some("2021-05-09"));
    value!(neighbour_digits_are_a_rough_count, "一两个星期", "一两个星期", Some("P1W"));

    value!(units_run_on_into_one_length, "一年又一个月21天", "一年又一个月21天", Some("P1Y1M21D"));
    value!(days_and_hours_in_iso_order, "还剩8天20小时", "8天20小时", Some("P8DT20H"));
    value!(quarter_hours, "今天11点3刻", "11点3刻", Some("2021-06-01T11:45"));

    #[test]
    fn recent_stretches_end_at_the_reference() {
        let some = |a: &str, b: &str| (Some(a.to_owned()), Some(b.to_owned()));
        assert_eq!(range_of("近三年来", REF, "近三年来"), some("2018-06-01", "2021-06-01"));
        assert_eq!(range_of("过去5天", REF, "过去5天"), some("2021-05-27", "2021-06-01"));
        // 将近 is "nearly": a length, not a stretch.
        assert_eq!(value_of("将近两个月", REF, "将近两个月").as_deref(), Some("P2M"));
    }

    #[test]
    fn years_joined_without_nian_are_a_range() {
        let some = |a: &str, b: &str| (Some(a.to_owned()), Some(b.to_owned()));
        assert_eq!(range_of("2016-2018年", REF, "2016-2018年"), some("2016", "2018"));
        assert_eq!(range_of("时间从2016到2018", REF, "从2016到2018"), some("2016", "2018"));
        assert_eq!(range_of("1998-2000", REF, "1998-2000"), (None, None));
    }

    #[test]
    fn decades_are_ranges_of_ten_years() {
        let some = |a: &str, b: &str| (Some(a.to_owned()), Some(b.to_owned()));
        assert_eq!(range_of("80年代初", REF, "80年代"), some("1980", "1989"));
        assert_eq!(range_of("上世纪九十年代", REF, "九十年代"), some("1990", "1999"));
    }

    #[test]
    fn grades_and_ages_are_not_durations() {
        assert!(found("3年级学生", REF).is_empty());
        assert!(found("5周岁以下", REF).is_empty());
    }

    #[test]
    fn seasons_and_moments_are_not_dates() {
        assert!(found("四季常青", REF).is_empty());
        assert!(found("一时难以决定", REF).is_empty());
    }

    #[test]
    fn odd_input_gives_no_panic_and_no_impossible_value() {
        // (text, value, from, to) as `found` gives them.
        let f = |text: &str, value: Option<&str>, from: Option<&str>, to: Option<&str>| -> Found {
            (text.to_owned(), value.map(str::to_owned), from.map(str::to_owned), to.map(str::to_owned))
        };
        // A month 13, a day 45 or 0 and a clock 99:99 are no date or time: what is left is read
        // alone (2020年, 12月). No length of time is negative: `-5天前` gives no P-5D. 9999年 is
        // outside the years read as years (1000..=2999): a length; 上上上上周 is four weeks before
        // the week of 2021-06-01 (Monday 05-31).
        for (text, want) in [
            ("年", vec![]),
            ("月日", vec![]),
            ("2020年13月45日", vec![f("2020年", Some("2020"), None, None)]),
            ("99:99", vec![]),
            ("下午", vec![f("下午", None, Some("12:00"), Some("18:00"))]),
            ("上上上上周", vec![f("上上上上周", None, Some("2021-05-03"), Some("2021-05-09"))]),
            ("每", vec![]),
            ("12月0日", vec![f("12月", Some("2021-12"), None, None)]),
            ("0点", vec![f("0点", Some("00:00"), None, None)]),
            ("农历", vec![]),
            ("9999年", vec![f("9999年", Some("P9999Y"), None, None)]),
            ("-5天前", vec![]),
            ("周", vec![]),
        ] {
            assert_eq!(found(text, REF), want, "{text}");
        }
    }
}
