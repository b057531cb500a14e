//! Times of day written with numerals: `17:30`, `17时`, `下午3点半`, `8点一刻`, `上午8时至12时`.

use super::RANGE_JOINERS;
use crate::analysis::{Attrs, EntityKind, Value};
use crate::numbers::{Read, Scanner, numeral};
use crate::span::Span;

/// Parts of the day before a time, with the hours they cover (for a part on its own).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(in crate::numbers) enum DayPart {
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
pub(in crate::numbers) const DAY_PARTS: [(&str, DayPart, &str, &str); 20] = [
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

/// A time of day as written: hour, minute, second, where it ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(in crate::numbers) struct Clock {
    pub hour: u32,
    pub minute: u32,
    pub second: Option<u32>,
    pub end: usize,
    /// `一点`, `两点`: a Chinese hour with `点` and nothing else, which may mean "a bit".
    pub weak: bool,
}

impl Scanner<'_> {
    /// `17:30`, `8:05:10`, `2:00pm` at `pos`.
    pub(in crate::numbers) fn clock_time(&mut self, pos: usize) -> Option<usize> {
        let clock = self.clock_at(pos).filter(|_| self.rest(pos).chars().take(3).any(|c| c == ':'))?;
        Some(self.push_time(pos, clock))
    }

    /// `17时`, `下午3点半`, `8时30分`, `九点二十`, `零点整`: the numeral read at `read` starts a clock time.
    pub(in crate::numbers) fn time_from(&mut self, approx_before: bool, read: Read) -> Option<usize> {
        let mut clock = self.clock_at(read.start)?;
        // 大约十点: a word of approximation says it is a time, not "ten points".
        clock.weak &= !approx_before;
        Some(self.push_time(read.start, clock))
    }

    /// A time of day at `pos`: `17:30`, `17时`, `3点半`, `8点一刻`, `16时40分50秒`, `11:30:10 p.m.`.
    pub(in crate::numbers) fn clock_at(&self, pos: usize) -> Option<Clock> {
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
    pub(in crate::numbers) fn push_time(&mut self, pos: usize, clock: Clock) -> usize {
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
    pub(in crate::numbers) fn time_context(&self, pos: usize) -> (usize, Option<DayPart>, Option<String>) {
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
    pub(in crate::numbers) fn covered(&self, pos: usize) -> bool {
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
