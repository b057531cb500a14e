//! Holidays by name: `国庆节`, `中秋节`, `母亲节`, alone (in the anchor's year) or after a year
//! (`2016年端午节`, `去年中秋`), one date either way.
//!
//! The lunar festivals (春节, 端午, 中秋 …) are given as the Gregorian day they fall on, from the
//! tables of the crate `chinese-lunisolar-calendar` (MIT, lunar years 1901–2100); outside those
//! years, or with no year at all, a lunar festival keeps its lunar month and day (`lunar: true`).

use chinese_lunisolar_calendar::LunisolarDate;
use chrono::{Datelike, NaiveDate};

use super::dates::Ymd;
use super::{Scanner, relative};
use crate::analysis::{Attrs, EntityKind, Value};
use crate::chars::Chars;
use crate::span::Span;

/// Holidays on a fixed day: Gregorian (`国庆节`) or lunar (`中秋节`); day 0 for a month only
/// (`清明` falls on 4 or 5 April).
pub(super) const HOLIDAYS: [(&str, u32, u32, bool); 34] = [
    ("元旦", 1, 1, false),
    ("新年", 1, 1, false),
    ("情人节", 2, 14, false),
    ("女生节", 3, 7, false),
    ("五一", 5, 1, false),
    ("光棍节", 11, 11, false),
    ("双十一", 11, 11, false),
    ("清明节", 4, 0, false),
    ("清明", 4, 0, false),
    ("中秋", 8, 15, true),
    ("端午", 5, 5, true),
    ("妇女节", 3, 8, false),
    ("植树节", 3, 12, false),
    ("愚人节", 4, 1, false),
    ("劳动节", 5, 1, false),
    ("青年节", 5, 4, false),
    ("儿童节", 6, 1, false),
    ("建党节", 7, 1, false),
    ("建军节", 8, 1, false),
    ("教师节", 9, 10, false),
    ("国庆节", 10, 1, false),
    ("国庆", 10, 1, false),
    ("万圣节", 10, 31, false),
    ("平安夜", 12, 24, false),
    ("圣诞节", 12, 25, false),
    ("春节", 1, 1, true),
    ("大年初一", 1, 1, true),
    ("元宵节", 1, 15, true),
    ("端午节", 5, 5, true),
    ("七夕", 7, 7, true),
    ("中秋节", 8, 15, true),
    ("重阳节", 9, 9, true),
    ("除夕", 12, 30, true),
    ("大年三十", 12, 30, true),
];

/// Holidays on the n-th weekday of a month: (word, month, weekday from Monday = 0, n).
pub(super) const FLOATING_HOLIDAYS: [(&str, u32, u32, u8); 3] =
    [("母亲节", 5, 6, 2), ("父亲节", 6, 6, 3), ("感恩节", 11, 3, 4)];

/// The first characters of the words of [`HOLIDAYS`] and [`FLOATING_HOLIDAYS`]: the matcher runs
/// at every character a date word may start with.
pub(super) static HOLIDAY_FIRSTS: Chars = Chars::new("元新情女五光双清中端妇植愚劳青儿建教国万平圣春大七重除母父感");

impl Scanner<'_> {
    /// `国庆节`, `元旦`, `中秋节`, `母亲节`: the day a holiday falls on in the anchor's year.
    pub(super) fn holiday(&mut self, pos: usize) -> Option<usize> {
        if !self.char_at(pos).is_some_and(|c| HOLIDAY_FIRSTS.contains(c)) {
            return None;
        }
        let year = self.anchor.map(|d| d.year());
        self.holiday_in(pos, pos, year, None, true)
    }

    /// The holiday named at `pos` in `year`, one date from `start`: `2016年端午节` (from 2016),
    /// `去年中秋` (from 去年, whose offset is `unresolved`). `bare` when no year was written.
    pub(super) fn holiday_in(
        &mut self,
        start: usize,
        pos: usize,
        year: Option<i32>,
        unresolved: Option<String>,
        bare: bool,
    ) -> Option<usize> {
        let rest = self.rest(pos);
        if let Some((word, month, weekday, n)) = FLOATING_HOLIDAYS.iter().find(|(w, ..)| rest.starts_with(*w)) {
            let weekday = chrono::Weekday::try_from(u8::try_from(*weekday).ok()?).ok()?;
            let date = year.and_then(|y| NaiveDate::from_weekday_of_month_opt(y, *month, weekday, *n));
            let attrs = Attrs {
                value: date.map(|d| Value::Text(relative::iso_date(d))),
                unresolved: unresolved.or_else(|| Some(format!("XXXX-{month:02}-XX"))),
                ..Attrs::default()
            };
            return Some(self.push(EntityKind::Date, Span::new(start, pos + word.len()), attrs));
        }
        let (word, month, day, lunar) =
            HOLIDAYS.iter().filter(|(w, ..)| rest.starts_with(*w)).max_by_key(|(w, ..)| w.len())?;
        let end = pos + word.len();
        let day = (*day > 0).then_some(*day);
        if *lunar && let Some(date) = year.zip(day).and_then(|(y, d)| lunar_festival(y, *month, d)) {
            self.anchor = Some(date);
            let attrs = Attrs { value: Some(Value::Text(relative::iso_date(date))), unresolved, ..Attrs::default() };
            return Some(self.push(EntityKind::Date, Span::new(start, end), attrs));
        }
        let ymd = Ymd::new(if bare { None } else { year }, Some(*month), day);
        Some(self.push_date(start, end, ymd, *lunar, unresolved))
    }
}

/// The Gregorian day of the lunar festival on `month`/`day` of the lunar year that starts in
/// `year`; 除夕 (12/30) is the eve of that year's Spring Festival.
fn lunar_festival(year: i32, month: u32, day: u32) -> Option<NaiveDate> {
    if (month, day) == (12, 30) {
        return lunar_festival(year, 1, 1)?.pred_opt();
    }
    let date =
        LunisolarDate::from_ymd(u16::try_from(year).ok()?, u8::try_from(month).ok()?, false, u8::try_from(day).ok()?)
            .ok()?;
    Some(date.to_naive_date())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_characters_cover_the_holidays() {
        let first = |w: &str| w.chars().next().unwrap_or(' ');
        assert!(HOLIDAYS.iter().all(|(w, ..)| HOLIDAY_FIRSTS.contains(first(w))));
        assert!(FLOATING_HOLIDAYS.iter().all(|(w, ..)| HOLIDAY_FIRSTS.contains(first(w))));
    }

    #[test]
    fn lunar_festivals_fall_on_their_gregorian_days() {
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
        // Published calendars: Spring Festival 2020-01-25, Dragon Boat 2018-06-18, Mid-Autumn
        // 2019-09-13, New Year's Eve before 2023-01-22.
        assert_eq!(lunar_festival(2020, 1, 1), day(2020, 1, 25));
        assert_eq!(lunar_festival(2018, 5, 5), day(2018, 6, 18));
        assert_eq!(lunar_festival(2019, 8, 15), day(2019, 9, 13));
        assert_eq!(lunar_festival(2023, 12, 30), day(2023, 1, 21));
        // Outside the table's years, or an impossible day: none, no panic.
        for (y, m, d) in [(1800, 1, 1), (2200, 8, 15), (-5, 1, 1), (2020, 13, 1), (2020, 2, 31), (70000, 1, 1)] {
            assert_eq!(lunar_festival(y, m, d), None, "{y}-{m}-{d}");
        }
    }
}
