//! The sample article (a page of 周口日报, 2021) through the whole pipeline. Every expectation
//! below was read off the article by hand, not off the program's output.
mod common;

use common::{SAMPLE, analyze, assert_offsets_hold, find};
use wenxi::{EntityKind, Value};

fn number(v: f64) -> Option<Value> {
    Some(Value::Number(v))
}

fn text(v: &str) -> Option<Value> {
    Some(Value::Text(v.to_owned()))
}

#[test]
fn every_span_of_the_sample_is_right_in_utf16() {
    let analysis = analyze(SAMPLE);
    assert!(analysis.tokens.len() > 3000, "{} tokens", analysis.tokens.len());
    assert!(analysis.sentences.len() > 100, "{} sentences", analysis.sentences.len());
    assert_offsets_hold(SAMPLE, &analysis);
}

#[test]
fn the_entities_of_the_sample_nest_but_never_cross() {
    let entities = analyze(SAMPLE).entities;
    for (i, a) in entities.iter().enumerate() {
        for b in entities.iter().skip(i + 1).take_while(|b| b.start < a.end) {
            let nested = a.start <= b.start && b.end <= a.end || b.start <= a.start && a.end <= b.end;
            assert!(nested, "{a:?} crosses {b:?}");
        }
        // Sorted by start, the longer first.
        if let Some(b) = entities.get(i + 1) {
            assert!((a.start, std::cmp::Reverse(a.end)) <= (b.start, std::cmp::Reverse(b.end)), "{a:?} before {b:?}");
        }
    }
    // The sample nests divisions in their chains and names in titles.
    assert!(entities.iter().any(|e| e.text == "淮阳区") && entities.iter().any(|e| e.text == "淮阳区大连乡"));
}

#[test]
fn bylines_give_people_with_their_roles() {
    let analysis = analyze(SAMPLE);
    // 记者 高洪驰 / 记者 马月红 窦娜 / 本报讯(记者 乔小婧 文/图) / 记者付永奇 通讯员张长河 /
    // 通讯员胡书广 / (记者 侯国防 通讯员 李思静) / (记者 徐松 通讯员 张祥)
    let expected = [
        ("高洪驰", "reporter"),
        ("马月红", "reporter"),
        ("窦娜", "reporter"),
        ("乔小婧", "reporter"),
        ("付永奇", "reporter"),
        ("张长河", "correspondent"),
        ("胡书广", "correspondent"),
        ("侯国防", "reporter"),
        ("李思静", "correspondent"),
        ("徐松", "reporter"),
        ("张祥", "correspondent"),
    ];
    for (name, role) in expected {
        let person = find(&analysis, EntityKind::Person, name).unwrap_or_else(|| panic!("{name} not found"));
        assert_eq!(person.attrs.role, Some(role), "{name}");
    }
}

#[test]
fn honorifics_and_titles() {
    let analysis = analyze(SAMPLE);
    assert!(find(&analysis, EntityKind::Person, "陈先生").is_some(), "陈先生 (当日17时……陈先生急匆匆赶来)");
    // 苏辙's essay, quoted in the arts-prize article.
    assert!(find(&analysis, EntityKind::Work, "黄州快哉亭记").is_some());
    let policy = "关于实现巩固拓展脱贫攻坚成果同乡村振兴有效衔接的实施意见";
    assert!(find(&analysis, EntityKind::Work, policy).is_some());
}

#[test]
fn figures_are_normalized() {
    let analysis = analyze(SAMPLE);
    let money = find(&analysis, EntityKind::Money, "477万元").expect("477万元");
    assert_eq!((money.attrs.value.clone(), money.attrs.unit.as_deref()), (number(4_770_000.0), Some("CNY")));

    let percent = find(&analysis, EntityKind::Percent, "91.6%").expect("91.6%");
    assert_eq!(percent.attrs.value, number(0.916));

    let date = find(&analysis, EntityKind::Date, "2020年5月6日").expect("2020年5月6日");
    assert_eq!(date.attrs.value, text("2020-05-06"));

    let ordinal = find(&analysis, EntityKind::Ordinal, "第七届").expect("第七届");
    assert_eq!(ordinal.attrs.value, number(7.0));

    let people = find(&analysis, EntityKind::Quantity, "102175人").expect("102175人");
    assert_eq!((people.attrs.value.clone(), people.attrs.unit.as_deref()), (number(102_175.0), Some("人")));

    let visits = find(&analysis, EntityKind::Quantity, "26万人次").expect("26万人次");
    assert_eq!((visits.attrs.value.clone(), visits.attrs.unit.as_deref()), (number(260_000.0), Some("人次")));

    // 项城市……等7个乡镇: the counted noun follows the measure word.
    let towns = find(&analysis, EntityKind::Quantity, "7个").expect("7个");
    assert_eq!(towns.attrs.value, number(7.0));
    assert_eq!(towns.attrs.noun.as_deref(), Some("乡镇"));

    // 有20余份商品房买卖合同: at least twenty, so approximate.
    let contracts = find(&analysis, EntityKind::Quantity, "20余份").expect("20余份");
    assert_eq!(contracts.attrs.value, number(20.0));
    assert!(contracts.attrs.approx);

    let time = find(&analysis, EntityKind::Time, "17时").expect("17时");
    assert_eq!(time.attrs.value, text("17:00"));
}

#[test]
fn editor_marks_are_not_numbers() {
    let analysis = analyze(SAMPLE);
    // Articles end with a mark such as ③9 or ③2 (the editor's code); none of it is a figure.
    for (i, _) in SAMPLE.match_indices('③') {
        let at = SAMPLE[..i].encode_utf16().count();
        let hit = analysis.entities.iter().find(|e| e.start <= at + 2 && e.end > at);
        assert!(hit.is_none(), "editor mark at {at} taken as {hit:?}");
    }
}

#[test]
fn slogans_in_quotes_are_not_figures() {
    let analysis = analyze(SAMPLE);
    // 严查“七个有之”“五个比如”及违反“五个必须”, “两不愁三保障”, “三级四档”: slogans, not counts.
    for slogan in ["七个", "五个", "三", "两", "四"] {
        let hit = analysis.entities.iter().find(|e| e.text == slogan);
        assert!(hit.is_none(), "{slogan} taken as a figure: {hit:?}");
    }
}

#[test]
fn dates_do_not_leak_from_one_article_to_the_next() {
    // 2020年5月6日 is in the 医保 article, which ends with ③2; 8月27日 opens the next one, whose
    // year the page does not say.
    let analysis = analyze(SAMPLE);
    let date = find(&analysis, EntityKind::Date, "8月27日").expect("8月27日");
    assert_eq!(date.attrs.value, text("--08-27"));
}
