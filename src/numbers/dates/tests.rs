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
    // 以来 opens the range and stays outside the span, as 从 does.
    assert_eq!(range_of("2020年以来", REF, "2020年"), (Some("2020".to_owned()), None));
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
    // 将近 is "nearly": a length, not a stretch, and the word stays out of the span.
    assert_eq!(value_of("将近两个月", REF, "两个月").as_deref(), Some("P2M"));
}

#[test]
fn years_joined_without_nian_are_a_range() {
    let some = |a: &str, b: &str| (Some(a.to_owned()), Some(b.to_owned()));
    assert_eq!(range_of("2016-2018年", REF, "2016-2018年"), some("2016", "2018"));
    assert_eq!(range_of("时间从2016到2018", REF, "2016到2018"), some("2016", "2018"));
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
