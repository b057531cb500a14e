//! The number layer, one construction at a time. Each expected value is worked out from the rule
//! (e.g. 万 = 10⁴, 成 = a tenth, 斤 = 0.5 kg), not read off the program.
//! Some inputs (五元三毛, 两米半, 168公分, 387万亩, 三成半) are also strings of the Chinese specs of
//! Microsoft Recognizers-Text (github.com/microsoft/Recognizers-Text), MIT License, Copyright (c)
//! Microsoft Corporation.
mod common;

use common::analyze;
use wenxi::{Entity, EntityKind, Value};

/// The one figure of `text`, which must cover the whole of `text`.
fn figure(text: &str) -> Entity {
    let analysis = analyze(text);
    let figures: Vec<&Entity> = analysis
        .entities
        .iter()
        .filter(|e| {
            !matches!(e.kind, EntityKind::Person | EntityKind::Place | EntityKind::Organization | EntityKind::Work)
        })
        .collect();
    assert_eq!(figures.len(), 1, "{text}: {figures:?}");
    let e = figures[0].clone();
    assert_eq!(e.text, text, "{text}: the figure covers {:?}", e.text);
    e
}

fn number(e: &Entity) -> f64 {
    match e.attrs.value {
        Some(Value::Number(n)) => n,
        ref other => panic!("{}: value {other:?}", e.text),
    }
}

fn assert_figure(text: &str, kind: EntityKind, value: f64, unit: Option<&str>) {
    let e = figure(text);
    assert_eq!(e.kind, kind, "{text}");
    assert!((number(&e) - value).abs() <= value.abs() * 1e-12, "{text}: {} ≠ {value}", number(&e));
    assert_eq!(e.attrs.unit.as_deref(), unit, "{text}");
}

#[test]
fn money_is_in_the_currency_unit_with_its_iso_code() {
    assert_figure("477万元", EntityKind::Money, 4_770_000.0, Some("CNY"));
    assert_figure("36.57亿元", EntityKind::Money, 3_657_000_000.0, Some("CNY"));
    assert_figure("3万美元", EntityKind::Money, 30_000.0, Some("USD"));
    assert_figure("5000欧元", EntityKind::Money, 5000.0, Some("EUR"));
    assert_figure("五元三毛", EntityKind::Money, 5.3, Some("CNY"));
    assert_figure("50元6角3分", EntityKind::Money, 50.63, Some("CNY"));
    assert_figure("壹仟贰佰元整", EntityKind::Money, 1200.0, Some("CNY"));
    assert_figure("$20", EntityKind::Money, 20.0, Some("USD"));
}

#[test]
fn percentages_are_fractions() {
    assert_figure("91.6%", EntityKind::Percent, 0.916, None);
    assert_figure("百分之九十一点六", EntityKind::Percent, 0.916, None);
    assert_figure("九成", EntityKind::Percent, 0.9, None);
    assert_figure("三成半", EntityKind::Percent, 0.35, None);
    assert_figure("五折", EntityKind::Percent, 0.5, None);
    assert_figure("八五折", EntityKind::Percent, 0.85, None);
    assert_figure("千分之三", EntityKind::Percent, 0.003, None);
}

#[test]
fn percentage_points_say_so() {
    let e = figure("3个百分点");
    assert_eq!((e.kind, number(&e)), (EntityKind::Percent, 0.03));
    assert!(e.attrs.points);
    assert!(!figure("3%").attrs.points);
}

#[test]
fn quantities_keep_the_unit_as_written() {
    assert_figure("102175人", EntityKind::Quantity, 102_175.0, Some("人"));
    assert_figure("26万人次", EntityKind::Quantity, 260_000.0, Some("人次"));
    assert_figure("387万亩", EntityKind::Quantity, 3_870_000.0, Some("亩"));
    assert_figure("两米半", EntityKind::Quantity, 2.5, Some("米"));
    assert_figure("12千米", EntityKind::Quantity, 12.0, Some("千米"));
}

#[test]
fn units_of_measure_give_their_kind_and_si_value() {
    let e = figure("20万公斤");
    assert_eq!(e.attrs.kind, Some("mass"));
    let si = e.attrs.si.expect("si");
    assert_eq!((si.value, si.unit), (200_000.0, "kg"));

    let si = figure("168公分").attrs.si.expect("si");
    assert_eq!((si.value, si.unit), (1.68, "m"));

    let si = figure("3斤").attrs.si.expect("si"); // a 斤 is half a kilogram
    assert_eq!((si.value, si.unit), (1.5, "kg"));

    let e = figure("华氏212度"); // boiling water
    assert_eq!((e.attrs.kind, e.attrs.si.map(|s| s.value)), (Some("temperature"), Some(100.0)));
    assert_eq!(number(&figure("零下5度")), -5.0);
}

#[test]
fn counted_nouns_and_approximations() {
    let analysis = analyze("7个乡镇");
    let e = analysis.entities.iter().find(|e| e.text == "7个").expect("7个");
    assert_eq!(e.attrs.noun.as_deref(), Some("乡镇"));

    let e = figure("20余份");
    assert_eq!(number(&e), 20.0);
    assert!(e.attrs.approx);

    // The word of approximation stays out of the span (see the README's "Approximations").
    let analysis = analyze("近千人");
    let e = analysis.entities.iter().find(|e| e.text == "千人").expect("千人");
    assert_eq!((number(e), e.attrs.unit.as_deref(), e.attrs.approx), (1000.0, Some("人"), true));

    let e = figure("十余万");
    assert_eq!(number(&e), 100_000.0);
    assert!(e.attrs.approx);
}

#[test]
fn ranges_are_one_entity_with_bounds() {
    let e = figure("3至5万元");
    assert_eq!((e.kind, e.attrs.min, e.attrs.max), (EntityKind::Money, Some(30_000.0), Some(50_000.0)));
    assert_eq!(e.attrs.unit.as_deref(), Some("CNY"));

    let e = figure("20%—30%");
    assert_eq!((e.kind, e.attrs.min, e.attrs.max), (EntityKind::Percent, Some(0.2), Some(0.3)));
}

#[test]
fn ordinals_are_integers() {
    assert_figure("第七届", EntityKind::Ordinal, 7.0, Some("届"));
    let analysis = analyze("市税务局第二税务分局的第一书记");
    let ordinals: Vec<(String, Option<Value>)> = analysis
        .entities
        .iter()
        .filter(|e| e.kind == EntityKind::Ordinal)
        .map(|e| (e.text.clone(), e.attrs.value.clone()))
        .collect();
    assert_eq!(
        ordinals,
        [("第二".to_owned(), Some(Value::Number(2.0))), ("第一".to_owned(), Some(Value::Number(1.0)))]
    );
    let analysis = analyze("党的十九大");
    let e = analysis.entities.iter().find(|e| e.kind == EntityKind::Ordinal).expect("十九大");
    assert_eq!((e.text.as_str(), e.attrs.value.clone()), ("十九大", Some(Value::Number(19.0))));
}

#[test]
fn numerals_in_all_their_forms() {
    assert_figure("1,234.5", EntityKind::Number, 1234.5, None);
    assert_figure("１２３４", EntityKind::Number, 1234.0, None);
    assert_figure("两千零二十", EntityKind::Number, 2020.0, None);
    assert_figure("壹佰贰拾", EntityKind::Number, 120.0, None);
    assert_figure("三分之一", EntityKind::Number, 1.0 / 3.0, None);
    assert_figure("负5", EntityKind::Number, -5.0, None);
    assert_figure("3.5万", EntityKind::Number, 35_000.0, None);
    assert_figure("一打", EntityKind::Number, 12.0, None);
}

#[test]
fn numerals_inside_fixed_words_and_editor_marks_are_not_figures() {
    for text in
        ["一体", "一把手", "一网通办", "统一", "“两不愁三保障”", "“三级四档”", "四位一体", "十大产业", "文章完③9"]
    {
        let analysis = analyze(text);
        let figures: Vec<_> = analysis.entities.iter().filter(|e| e.kind >= EntityKind::Date).collect();
        assert!(figures.is_empty(), "{text}: {figures:?}");
    }
}

/// The figures and names of `text`, as (type, text) pairs.
fn found(text: &str) -> Vec<(EntityKind, String)> {
    analyze(text).entities.into_iter().map(|e| (e.kind, e.text)).collect()
}

#[test]
fn a_figure_that_runs_into_a_name_is_no_figure() {
    // 同 is "with": no 同日 ("the same day") over 日本.
    let names = found("我们同日本客商谈了一笔生意。");
    assert!(names.contains(&(EntityKind::Place, "日本".to_owned())), "{names:?}");
    assert!(names.iter().all(|(kind, _)| *kind != EntityKind::Date), "{names:?}");
    // …nor over a team: 同日本队.
    let names = found("巴西队将同日本队争夺冠军。");
    assert!(names.contains(&(EntityKind::Organization, "日本队".to_owned())), "{names:?}");
    assert!(names.iter().all(|(kind, _)| *kind != EntityKind::Date), "{names:?}");
    // 台 of 台湾 is no unit of 90多万.
    let names = found("去年有90多万台湾游客来过这里。");
    assert!(names.contains(&(EntityKind::Place, "台湾".to_owned())), "{names:?}");
    assert!(names.iter().all(|(_, text)| text != "90多万台"), "{names:?}");
}

#[test]
fn a_figure_written_with_a_numeral_wins_over_an_organization_it_crosses() {
    // 3家 (three of them), then 大银行 (big banks): no bank named 家大银行.
    let names = found("这条街上开了3家大银行。");
    assert!(names.iter().any(|(kind, text)| *kind == EntityKind::Quantity && text == "3家"), "{names:?}");
    assert!(names.iter().all(|(kind, _)| *kind != EntityKind::Organization), "{names:?}");
}
