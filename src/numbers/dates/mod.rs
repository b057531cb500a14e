//! Dates and times written with numerals: `2020年5月6日`, `2020-05-06`, `1/2/2020`, `5月30日`,
//! `29日`, `十月初一`, `2020年以来`, `5月1日至5日`, `17:30`, `下午3点半`, `上午8时至12时`.
//!
//! A date is as precise as the text (`2025年` → `2025`). Year-less and month-less dates take the
//! missing parts from the anchor: the last full date before them, else the reference date.
//! Relative words (`今年`, `当日`, `下周三`) are in `relative.rs`.
//! Times of day (`17:30`, `下午3点半`, `8时至12时`) are in `clock.rs`; the tests in `tests.rs`.

mod clock;
#[cfg(test)]
mod tests;

use chrono::{Datelike, NaiveDate};

use super::{Read, Scanner, numeral};
use crate::analysis::{Attrs, EntityKind, Value};
use crate::span::Span;

pub(super) use clock::{Clock, DAY_PARTS};

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

/// Words that end the name of an event a year may open without `年` (`2022北京冬奥会`).
const EVENT_WORDS: [&str; 30] = [
    "活动",
    "宣传月",
    "宣传周",
    "博览会",
    "运动会",
    "奥运会",
    "冬奥会",
    "世博会",
    "亚运会",
    "全运会",
    "峰会",
    "论坛",
    "年会",
    "大会",
    "大赛",
    "锦标赛",
    "联赛",
    "展览会",
    "交易会",
    "艺术节",
    "文化节",
    "电影节",
    "音乐节",
    "旅游节",
    "赛季",
    "马拉松",
    "世界杯",
    "春晚",
    "招聘会",
    "发布会",
];

/// Words that join the two ends of a range: `5月1日至5日`, `8时到12时`, `2010-2018年`.
const RANGE_JOINERS: [&str; 8] = ["至", "到", "~", "～", "-", "—", "－", "–"];

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
        let two_digit_year = |v: u32| if v < 50 { 2000 + v } else { 1900 + v };
        // 21-06-01: two digits each, joined by `-`, are year, month, day as Chinese writes a date
        // (and ISO 8601 orders it); with `/` or `.` the day comes first (05/05/89).
        let ymd_two_digits = (a, b, c) == (2, 2, 2) && sep == '-';
        let date = if a == 4 && (1..=2).contains(&b) && (1..=2).contains(&c) {
            NaiveDate::from_ymd_opt(i32::try_from(x).ok()?, y, z)?
        } else if let Some(d) =
            ymd_two_digits.then(|| NaiveDate::from_ymd_opt(i32::try_from(two_digit_year(x)).ok()?, y, z)).flatten()
        {
            d
        } else if (1..=2).contains(&a) && (1..=2).contains(&b) && (c == 4 || c == 2) {
            let year = if c == 4 { z } else { two_digit_year(z) };
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
        if let Some((from, to, end)) = self.decade(read).or_else(|| self.century(read)) {
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
            if let Some(stop) = self.event_year(start, year, read) {
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
            // 从 stays outside the span, as 以来 and 起 do.
            return Some(self.push_range(start, end, Some(format!("{year:04}")), Some(format!("{second:04}")), None));
        }
        None
    }

    /// A year with no `年` that names an event or a class: `2018“安全宣传月”`, `2022北京冬奥会`,
    /// `2019赛季`, `2020届毕业生` (with 届 in the span), `2021年度` (the 年 path takes that).
    fn event_year(&mut self, start: usize, year: i32, read: Read) -> Option<usize> {
        if !(1900..=2100).contains(&year) || self.measure_follows(read.end) {
            return None;
        }
        let at = self.skip_spaces(read.end);
        let rest = self.rest(at);
        if rest.starts_with('届') {
            return Some(self.push_date(start, at + '届'.len_utf8(), Ymd::new(Some(year), None, None), false, None));
        }
        let quoted = rest.starts_with(['“', '「', '《', '"']);
        // The name runs on in Han characters (quotes allowed) to an event word.
        let name: String =
            rest.chars().take(16).take_while(|c| crate::sentences::is_han(*c) || "“”「」《》\"".contains(*c)).collect();
        let named = rest.starts_with(crate::sentences::is_han) && EVENT_WORDS.iter().any(|w| name.contains(w));
        if !(quoted || named) {
            return None;
        }
        Some(self.push_date(start, read.end, Ymd::new(Some(year), None, None), false, None))
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

    /// `21世纪` (2001 to 2100), `二十世纪80年代` (1980 to 1989): a century, or a decade of it.
    fn century(&self, read: Read) -> Option<(String, String, usize)> {
        let at = self.skip_spaces(read.end);
        let v = read.value;
        if !self.rest(at).starts_with("世纪") || v.fract() != 0.0 || !(1.0..=30.0).contains(&v) {
            return None;
        }
        let hundreds = (v as i32 - 1) * 100;
        let end = at + "世纪".len();
        if let Some(decade) = self.read_numeral(end, false).filter(|d| d.value.fract() == 0.0)
            && let Some((from, _, stop)) = self.decade(decade)
        {
            // The decade as written (80年代) inside this century.
            let first = hundreds + from.parse::<i32>().ok()? % 100;
            return Some((format!("{first:04}"), format!("{:04}", first + 9), stop));
        }
        Some((format!("{:04}", hundreds + 1), format!("{:04}", hundreds + 100), end))
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
        // 10日元 is ten yen, where jieba cuts the word 日元 (not in 8日元宵节, 1日元旦).
        if rest.starts_with("日元")
            && !rest.starts_with("日元旦")
            && !rest.starts_with("日元宵")
            && self.token_at(pos).is_some_and(|t| t.span.text(self.text) == "日元")
        {
            return None;
        }
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
        // 2021年度: the year as a period of accounts or awards, one date.
        if self.rest(pos).starts_with('度') && !self.rest(pos).starts_with("度过") {
            return self.date_or_range(start, Ymd::new(year, None, None), pos + '度'.len_utf8(), unresolved, lunar);
        }
        if let Some(end) = self.holiday_in(start, pos, year, unresolved.clone(), false) {
            return end; // 2016年端午节, 去年中秋: one date
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
        // 起 and 前 alone end the date's phrase: not the 前 of 6日前往, the 起 of 8日起草.
        let goes_on = |w: &str, words: &str| {
            rest.get(w.len()..).and_then(|r| r.chars().next()).is_some_and(|c| words.contains(c))
        };
        let whole = |w: &str| match w {
            "前" => !goes_on(w, "往进去来夕后线锋列身景途台方面"),
            "起" => !goes_on(w, "草诉飞来步义点源航跑身床码"),
            _ => true,
        };
        // The word that opens the range stays outside the span (今年以来 → 今年, as the annotation
        // guideline has it); the date keeps its value and the open range's end. 至今 closes the
        // range at today and is in it.
        let written = unresolved.clone().or_else(|| (!ymd.is_complete()).then(|| ymd.iso()));
        if let Some(w) = OPEN_AFTER.iter().find(|w| rest.starts_with(**w) && whole(w)) {
            let from = self.resolve(ymd, lunar).0;
            if *w == "至今" {
                return self.push_range(start, end + w.len(), from, None, unresolved);
            }
            return self.push_open_range(start, end, from.clone(), from, None, written);
        }
        if let Some(w) = OPEN_BEFORE.iter().find(|w| rest.starts_with(**w) && whole(w)) {
            // `前` alone only after a full date (`5月6日前`), not after `5年`.
            if *w != "前" || ymd.day.is_some() {
                let to = self.resolve(ymd, lunar).0;
                return self.push_open_range(start, end, to.clone(), None, to, written);
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

    /// A date that opens a range (`今年以来`, `5月6日前`): its value, and `from` or `to`.
    fn push_open_range(
        &mut self,
        start: usize,
        end: usize,
        value: Option<String>,
        from: Option<String>,
        to: Option<String>,
        unresolved: Option<String>,
    ) -> usize {
        let attrs = Attrs { value: value.map(Value::Text), from, to, unresolved, ..Attrs::default() };
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
}

/// True when `s` is `n` Chinese digits one after another (`二〇二〇`).
fn is_digit_sequence(s: &str, n: usize) -> bool {
    s.chars().count() == n && s.chars().all(|c| numeral::digit(c).is_some())
}
