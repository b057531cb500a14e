//! Dates and times: `2020年5月6日`, `2020-05-06`, `5月30日`, `17:30`, `下午3点半`, and the relative
//! words (`今年`, `当日`, `次日`) resolved against the last full date or the reference date.

use chrono::{Datelike, Duration, NaiveDate};

use super::{Read, Scanner, numeral};
use crate::analysis::{Attrs, EntityKind, Value};
use crate::span::Span;

impl Scanner<'_> {
    /// `2020-05-06`, `2020.5.6`, `2020/5/6`.
    pub(super) fn numeric_date(&mut self, pos: usize) -> Option<usize> {
        let rest = self.rest(pos);
        let year: String = rest.chars().take_while(char::is_ascii_digit).collect();
        if year.len() != 4 {
            return None;
        }
        let sep = rest.chars().nth(4).filter(|c| matches!(c, '-' | '.' | '/'))?;
        let mut parts = rest.get(5..)?.splitn(2, sep);
        let month: String = parts.next()?.chars().take_while(char::is_ascii_digit).collect();
        let day_part = parts.next()?;
        let day: String = day_part.chars().take_while(char::is_ascii_digit).collect();
        if !(1..=2).contains(&month.len()) || !(1..=2).contains(&day.len()) || rest.get(5 + month.len()..)?.chars().next() != Some(sep) {
            return None;
        }
        let date = NaiveDate::from_ymd_opt(year.parse().ok()?, month.parse().ok()?, day.parse().ok()?)?;
        let mut end = pos + 4 + 1 + month.len() + 1 + day.len();
        if self.rest(end).starts_with('日') {
            end += '日'.len_utf8();
        }
        Some(self.push_date(Span::new(pos, end), date))
    }

    pub(super) fn push_date(&mut self, span: Span, date: NaiveDate) -> usize {
        self.anchor = Some(date);
        let attrs = Attrs { value: Some(Value::Text(date.format("%Y-%m-%d").to_string())), ..Attrs::default() };
        self.push(EntityKind::Date, span, attrs)
    }

    /// `17:30`, `8:05:10`.
    pub(super) fn clock_time(&mut self, pos: usize) -> Option<usize> {
        let rest = self.rest(pos);
        let hour: String = rest.chars().take_while(char::is_ascii_digit).collect();
        let after = rest.get(hour.len()..)?;
        let minute: String = after.strip_prefix(':')?.chars().take_while(char::is_ascii_digit).collect();
        let (h, m): (u32, u32) = (hour.parse().ok()?, minute.parse().ok()?);
        if hour.len() > 2 || minute.len() != 2 || h > 24 || m > 59 {
            return None;
        }
        let end = pos + hour.len() + 1 + minute.len();
        let attrs = Attrs { value: Some(Value::Text(format!("{h:02}:{m:02}"))), ..Attrs::default() };
        Some(self.push(EntityKind::Time, Span::new(pos, end), attrs))
    }

    /// `2020年5月6日`, `二〇二〇年五月六日`, `2025年`, `5月30日`, `6日`.
    pub(super) fn date_from(&mut self, start: usize, read: Read) -> Option<usize> {
        let rest = self.rest(read.end);
        let whole = read.value.fract() == 0.0 && read.value >= 0.0;
        if !whole {
            return None;
        }
        let v = read.value as u32;
        let year_like = (read.arabic && read.int_digits == 4 || !read.arabic && is_digit_sequence(self.text.get(start..read.end)?, 4))
            && (1000..=2999).contains(&v);
        if rest.starts_with('年') && year_like {
            let after_year = read.end + '年'.len_utf8();
            if let Some((month, day, end)) = self.month_day(after_year) {
                let (value, full) = match day {
                    Some(d) => (NaiveDate::from_ymd_opt(v as i32, month, d).map(|x| x.format("%Y-%m-%d").to_string()), NaiveDate::from_ymd_opt(v as i32, month, d)),
                    None => (Some(format!("{v:04}-{month:02}")), None),
                };
                if let Some(full) = full {
                    return Some(self.push_date(Span::new(start, end), full));
                }
                let attrs = Attrs { value: value.map(Value::Text), ..Attrs::default() };
                return Some(self.push(EntityKind::Date, Span::new(start, end), attrs));
            }
            let attrs = Attrs { value: Some(Value::Text(format!("{v:04}"))), ..Attrs::default() };
            return Some(self.push(EntityKind::Date, Span::new(start, after_year), attrs));
        }
        if let Some((month, day, end)) = self.month_day(start) {
            let year = self.anchor.map(|a| a.year());
            let attrs = Attrs { value: Some(Value::Text(year_less(year, month, day))), ..Attrs::default() };
            return Some(self.push(EntityKind::Date, Span::new(start, end), attrs));
        }
        None
    }

    /// `5月30日`, `五月`, `5月30号` at `pos`: month, day and where it ends.
    pub(super) fn month_day(&self, pos: usize) -> Option<(u32, Option<u32>, usize)> {
        let m = self.read_numeral(pos, false)?;
        let month = m.value as u32;
        if m.value.fract() != 0.0 || !(1..=12).contains(&month) || !self.rest(m.end).starts_with('月') {
            return None;
        }
        let after_month = m.end + '月'.len_utf8();
        if let Some(d) = self.read_numeral(after_month, false) {
            let day = d.value as u32;
            let rest = self.rest(d.end);
            if d.value.fract() == 0.0 && (1..=31).contains(&day) && (rest.starts_with('日') || rest.starts_with('号')) {
                return Some((month, Some(day), d.end + '日'.len_utf8()));
            }
        }
        Some((month, None, after_month))
    }

    /// `17时`, `下午3点半`, `8时30分`.
    pub(super) fn time_from(&mut self, start: usize, read: Read) -> Option<usize> {
        let rest = self.rest(read.end);
        let hour = read.value;
        if hour.fract() != 0.0 || !(0.0..=24.0).contains(&hour) || !(rest.starts_with('时') || rest.starts_with('点')) {
            return None;
        }
        let mut end = read.end + '时'.len_utf8();
        let mut minute = 0u32;
        if self.rest(end).starts_with('半') {
            minute = 30;
            end += '半'.len_utf8();
        } else if let Some(m) = self.read_numeral(end, false).filter(|m| self.rest(m.end).starts_with('分') && m.value < 60.0) {
            minute = m.value as u32;
            end = m.end + '分'.len_utf8();
        }
        let (prefix_start, shift) = self.day_part_before(start);
        let mut h = hour as u32;
        if shift && h < 12 {
            h += 12;
        }
        let time = format!("{h:02}:{minute:02}");
        let value = match self.date_just_before(prefix_start) {
            Some(date) => format!("{date}T{time}"),
            None => time,
        };
        let attrs = Attrs { value: Some(Value::Text(value)), ..Attrs::default() };
        Some(self.push(EntityKind::Time, Span::new(prefix_start, end), attrs))
    }

    /// `下午`, `晚上`… right before `pos`: where the time starts and whether it is after noon.
    pub(super) fn day_part_before(&self, pos: usize) -> (usize, bool) {
        const PARTS: [(&str, bool); 9] = [
            ("上午", false), ("早上", false), ("凌晨", false), ("中午", false), ("下午", true),
            ("晚上", true), ("傍晚", true), ("夜间", true), ("晚", true),
        ];
        let before = self.text.get(..pos).unwrap_or("");
        for (word, pm) in PARTS {
            if before.ends_with(word) {
                return (pos - word.len(), pm);
            }
        }
        (pos, false)
    }

    /// The value of a date entity that ends right at `pos` (`当日17时`, `5月6日17时`).
    pub(super) fn date_just_before(&self, pos: usize) -> Option<String> {
        self.found.iter().rev().find(|m| m.kind == EntityKind::Date && m.span.end == pos).and_then(|m| match &m.attrs.value {
            Some(Value::Text(t)) if t.len() == 10 => Some(t.clone()),
            _ => None,
        })
    }

    /// `今年`, `去年`, `当日`, `次日`… resolved against the anchor (the last full date, else the
    /// reference date). Unresolvable ones are still dates, without a value.
    pub(super) fn relative_date(&mut self, pos: usize) -> Option<usize> {
        const WORDS: [(&str, i32, i64); 12] = [
            // (word, years from the reference's year, days from the anchor); i64::MIN = a year word
            ("今年", 0, i64::MIN), ("去年", -1, i64::MIN), ("明年", 1, i64::MIN), ("前年", -2, i64::MIN),
            ("当日", 0, 0), ("当天", 0, 0), ("同日", 0, 0), ("次日", 0, 1), ("今天", 0, 0), ("今日", 0, 0),
            ("昨天", 0, -1), ("明天", 0, 1),
        ];
        let rest = self.rest(pos);
        let (word, years, days) = WORDS.iter().find(|(w, _, _)| rest.starts_with(*w))?;
        // The word must be a word: `今年` in `今年度` yes, but not inside another token.
        let idx = self.tokens.partition_point(|t| t.span.end <= pos);
        if self.tokens.get(idx).is_some_and(|t| t.span.start != pos) {
            return None;
        }
        let end = pos + word.len();
        let value = if *days == i64::MIN {
            self.reference.map(|r| format!("{:04}", r.year() + years))
        } else {
            // 今天/昨天 are relative to the day of writing; 当日/次日 to the date just mentioned.
            let base = if matches!(*word, "今天" | "今日" | "昨天" | "明天") { self.reference } else { self.anchor };
            base.and_then(|b| b.checked_add_signed(Duration::days(*days))).map(|d| d.format("%Y-%m-%d").to_string())
        };
        let attrs = Attrs { value: value.map(Value::Text), ..Attrs::default() };
        Some(self.push(EntityKind::Date, Span::new(pos, end), attrs))
    }
}

/// `XXXX-05-30` when the year is unknown (TIMEX3 style), else `2021-05-30`; `--05` forms for months.
fn year_less(year: Option<i32>, month: u32, day: Option<u32>) -> String {
    let y = year.map_or_else(|| "XXXX".to_owned(), |y| format!("{y:04}"));
    match day {
        Some(d) => format!("{y}-{month:02}-{d:02}"),
        None => format!("{y}-{month:02}"),
    }
}

/// True when `s` is `n` Chinese digits one after another (`二〇二〇`).
fn is_digit_sequence(s: &str, n: usize) -> bool {
    s.chars().count() == n && s.chars().all(|c| numeral::digit(c).is_some())
}
