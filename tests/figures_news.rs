//! Figures as news writes them (issue #22): each rule over a class, each test with sentences made
//! up for it, of the shape the class takes in news.
mod common;

use common::analyzer;
use wenxi::{Entity, EntityKind, Options, Value};

/// The figures of `text` (no names), analyzed against 2021-06-01.
fn figures(text: &str) -> Vec<Entity> {
    let options = Options::with_reference_date("2021-06-01").expect("date");
    let analysis = analyzer().analyze(text, &options).expect("analysis");
    analysis
        .entities
        .into_iter()
        .filter(|e| {
            !matches!(e.kind, EntityKind::Person | EntityKind::Place | EntityKind::Organization | EntityKind::Work)
        })
        .collect()
}

/// The figure of `text` written `part`, which must be there.
fn figure(text: &str, part: &str) -> Entity {
    let found = figures(text);
    found.iter().find(|e| e.text == part).cloned().unwrap_or_else(|| panic!("{text}: no {part} in {found:?}"))
}

fn number(e: &Entity) -> Option<f64> {
    match e.attrs.value {
        Some(Value::Number(n)) => Some(n),
        _ => None,
    }
}

/// Asserts the figure `part` of `text`: its kind, number and unit.
fn assert_count(text: &str, part: &str, kind: EntityKind, value: f64, unit: Option<&str>) {
    let e = figure(text, part);
    assert_eq!((e.kind, number(&e), e.attrs.unit.as_deref()), (kind, Some(value), unit), "{text}: {part}");
}

#[test]
fn an_ordinal_keeps_what_it_counts() {
    let text = "下半场第57分钟，替补上场的前锋打进个人第4粒进球，也是球队本场第2球。";
    assert_count(text, "第57分钟", EntityKind::Ordinal, 57.0, Some("分钟"));
    assert_count(text, "第4粒", EntityKind::Ordinal, 4.0, Some("粒"));
    assert_count(text, "第2球", EntityKind::Ordinal, 2.0, Some("球"));
    assert_count("联赛第九轮，这是他在队里的第3年。", "第九轮", EntityKind::Ordinal, 9.0, Some("轮"));
    assert_count("联赛第九轮，这是他在队里的第3年。", "第3年", EntityKind::Ordinal, 3.0, Some("年"));
    // A word that only starts with a unit is not what the ordinal counts.
    let e = figure("市第一人民医院派出医疗队。", "第一");
    assert_eq!(e.attrs.unit, None);
}

#[test]
fn a_numeral_before_a_measure_word_is_a_count_of_it() {
    let text = "海关去年查获走私案件16宗，扣押货船3艘，检出有害生物28种，门将扑出5球。";
    assert_count(text, "16宗", EntityKind::Quantity, 16.0, Some("宗"));
    assert_count(text, "3艘", EntityKind::Quantity, 3.0, Some("艘"));
    assert_count(text, "28种", EntityKind::Quantity, 28.0, Some("种"));
    assert_count(text, "5球", EntityKind::Quantity, 5.0, Some("球"));
    assert_count("本市新增本土病例7例。", "7例", EntityKind::Quantity, 7.0, Some("例"));
    // A Chinese numeral with its measure word in one word of another tag.
    assert_count("她每天坐五站公交车上班。", "五站", EntityKind::Quantity, 5.0, Some("站"));
    assert_count("从这里走三站路就到。", "三站", EntityKind::Quantity, 3.0, Some("站"));
    // 一 before a measure word is mostly "a"; a measure word must end its word.
    for text in ["这是一种新的办法。", "昨天发生一起交通事故。", "两首相通电话。"] {
        let counts: Vec<_> = figures(text).into_iter().filter(|e| e.kind == EntityKind::Quantity).collect();
        assert!(counts.is_empty(), "{text}: {counts:?}");
    }
}

#[test]
fn kuai_is_yuan_only_where_money_is_meant() {
    assert_count("厂里一年能造500万块电池。", "500万块", EntityKind::Quantity, 5_000_000.0, Some("块"));
    assert_count("孩子们分了四块蛋糕。", "四块", EntityKind::Quantity, 4.0, Some("块"));
    assert_count("今年一共装了80万块。", "80万块", EntityKind::Quantity, 800_000.0, Some("块"));
    assert_count("早市上土豆两块一斤。", "两块", EntityKind::Money, 2.0, Some("CNY"));
    assert_count("一张门票卖到六块。", "六块", EntityKind::Money, 6.0, Some("CNY"));
    assert_count("一碗面九块钱。", "九块钱", EntityKind::Money, 9.0, Some("CNY"));
    assert_count("一杯豆浆一块五。", "一块五", EntityKind::Money, 1.5, Some("CNY"));
    assert_count("西瓜三块五一斤。", "三块五", EntityKind::Money, 3.5, Some("CNY"));
    // A price word before does not make money of pieces that name what they are.
    assert_count("公司今年卖出200万块太阳能板。", "200万块", EntityKind::Quantity, 2_000_000.0, Some("块"));
}

#[test]
fn a_word_of_approximation_stays_outside_the_figure() {
    let text = "约六成居民支持，近乎八成商户同意，超过300名志愿者参加，将近2亿元到位，逾百家企业签约。";
    for (part, kind) in [
        ("六成", EntityKind::Percent),
        ("八成", EntityKind::Percent),
        ("300名", EntityKind::Quantity),
        ("2亿元", EntityKind::Money),
        ("百家", EntityKind::Quantity),
    ] {
        let e = figure(text, part);
        assert_eq!((e.kind, e.attrs.approx), (kind, true), "{part}");
    }
    // 多 and 余 are inside the figure.
    let text = "工程投资九百余万元，带动4000多名农民就业，营业额达60多亿元。";
    assert_count(text, "九百余万元", EntityKind::Money, 9_000_000.0, Some("CNY"));
    assert_count(text, "4000多名", EntityKind::Quantity, 4000.0, Some("名"));
    assert_count(text, "60多亿元", EntityKind::Money, 6_000_000_000.0, Some("CNY"));
    assert!(figure(text, "九百余万元").attrs.approx && figure(text, "60多亿元").attrs.approx);
    // The 约 of 节约 and 签约 is no approximation.
    let e = figure("全年节约用水30万吨。", "30万吨");
    assert!(!e.attrs.approx);
}

fn text_value(e: &Entity) -> Option<&str> {
    match &e.attrs.value {
        Some(Value::Text(t)) => Some(t),
        _ => None,
    }
}

/// Asserts the date `part` of `text` and its value.
fn assert_date(text: &str, part: &str, value: Option<&str>) {
    let e = figure(text, part);
    assert_eq!((e.kind, text_value(&e)), (EntityKind::Date, value), "{text}: {part}");
}

#[test]
fn a_year_without_nian_before_an_event_or_a_class_is_a_date() {
    assert_date("2019“全民健身月”系列活动在市体育馆开幕。", "2019", Some("2019"));
    assert_date("2023杭州马拉松将于11月开跑。", "2023", Some("2023"));
    assert_date("学校为2022届毕业生举办招聘会。", "2022届", Some("2022"));
    assert_date("公司发布2020年度社会责任报告。", "2020年度", Some("2020"));
    // A count is no year: 2019名, 2019个.
    let found = figures("共有2019名运动员报名参加大赛。");
    assert!(found.iter().all(|e| e.kind != EntityKind::Date), "{found:?}");
}

#[test]
fn vague_and_relative_words_for_recent_time_are_dates() {
    let text =
        "日前，该县出台新政。前些天下了一场雨，近期气温回升，前些年这里还是荒地，销量比上年增长一成，上月出口下降。";
    assert_date(text, "日前", Some("2021-06-01"));
    assert_date(text, "近期", Some("2021-06-01"));
    assert_date(text, "前些天", None);
    assert_date(text, "前些年", None);
    assert_date(text, "上年", Some("2020"));
    assert_date(text, "上月", Some("2021-05"));
    assert_eq!(figure(text, "前些天").attrs.unresolved.as_deref(), Some("PAST_REF"));
    assert!(figure(text, "日前").attrs.approx);
    // Not inside other words: 日前往 is 日 + 前往, 上年纪 is growing old.
    let found = figures("老人上年纪了，次日前往医院。");
    assert!(found.iter().all(|e| e.text != "日前" && e.text != "上年"), "{found:?}");
}

#[test]
fn a_year_and_a_festival_are_one_date_on_its_gregorian_day() {
    // Lunar festivals on the day published calendars give: Dragon Boat 2018-06-18, Mid-Autumn
    // 2020-10-01 (去年 of 2021), Spring Festival 2021-02-12.
    assert_date("2018年端午节，龙舟赛在江边举行。", "2018年端午节", Some("2018-06-18"));
    assert_date("去年中秋，全家人在外地团聚。", "去年中秋", Some("2020-10-01"));
    assert_date("春节期间景区游客增多。", "春节", Some("2021-02-12"));
    assert_date("2019年国庆节前夕，广场布置一新。", "2019年国庆节", Some("2019-10-01"));
    let e = figure("2018年端午节，龙舟赛在江边举行。", "2018年端午节");
    assert!(!e.attrs.lunar, "a Gregorian value is no lunar date");
}

#[test]
fn discounts_written_with_spaced_digits_are_one_share() {
    let text = "店庆期间全场6 8 折，老会员再享九 二 折。";
    let e = figure(text, "6 8 折");
    assert_eq!((e.kind, number(&e)), (EntityKind::Percent, Some(0.68)));
    let e = figure(text, "九 二 折");
    assert_eq!((e.kind, number(&e)), (EntityKind::Percent, Some(0.92)));
}

#[test]
fn a_currency_counted_with_a_measure_word_is_money() {
    assert_count("他的钱包里存着12个比特币。", "12个比特币", EntityKind::Money, 12.0, Some("BTC"));
    // 元 alone after 个 is no currency: 8个元件.
    assert_count("电路板上有8个元件。", "8个", EntityKind::Quantity, 8.0, Some("个"));
}

#[test]
fn two_digit_groups_joined_by_hyphens_are_year_month_day() {
    assert_date("通知落款日期为19-03-08。", "19-03-08", Some("2019-03-08"));
    // With slashes the day still comes first, and an impossible month falls back to it.
    assert_date("表格上写着08/03/19。", "08/03/19", Some("2019-03-08"));
    assert_date("收据日期25-12-98。", "25-12-98", Some("1998-12-25"));
}

#[test]
fn hours_and_minutes_from_now_are_times_of_the_reference_date_time() {
    let options = Options::with_reference_date("2022-03-14T21:40").expect("date-time");
    let analysis = analyzer().analyze("发布会3小时后开始，20分钟前已有记者到场。", &options).expect("analysis");
    let times: Vec<(String, Option<String>)> = analysis
        .entities
        .iter()
        .filter(|e| e.kind == EntityKind::Time)
        .map(|e| (e.text.clone(), text_value(e).map(str::to_owned)))
        .collect();
    assert_eq!(
        times,
        [
            ("3小时后".to_owned(), Some("2022-03-15T00:40".to_owned())),
            ("20分钟前".to_owned(), Some("2022-03-14T21:20".to_owned()))
        ]
    );
    // Against a date alone: a time with its offset and no value.
    let e = figure("3小时后开始。", "3小时后");
    assert_eq!((e.kind, text_value(&e), e.attrs.unresolved.as_deref()), (EntityKind::Time, None, Some("+PT3H")));
}

#[test]
fn ri_yuan_after_a_number_is_yen_where_jieba_cuts_the_word() {
    assert_count("一张车票卖到25日元。", "25日元", EntityKind::Money, 25.0, Some("JPY"));
    assert_date("代表团9日元首会晤后离开。", "9日", Some("2021-06-09"));
}

#[test]
fn a_century_and_a_decade_of_it_are_date_ranges() {
    let found = figures("进入21世纪以来，这座城市的面貌比二十世纪70年代大为改观。");
    let range = |part: &str| {
        let e = found.iter().find(|e| e.text == part).unwrap_or_else(|| panic!("{part}: {found:?}"));
        (e.kind, e.attrs.from.clone(), e.attrs.to.clone())
    };
    let date = |from: &str, to: &str| (EntityKind::Date, Some(from.to_owned()), Some(to.to_owned()));
    assert_eq!(range("21世纪"), date("2001", "2100"));
    assert_eq!(range("二十世纪70年代"), date("1970", "1979"));
}

#[test]
fn more_currencies_and_barrels() {
    assert_count("当年赤字达80亿马克。", "80亿马克", EntityKind::Money, 8_000_000_000.0, Some("DEM"));
    assert_count("门票售价300铢。", "300铢", EntityKind::Money, 300.0, Some("THB"));
    assert_count("每日减产50万桶。", "50万桶", EntityKind::Quantity, 500_000.0, Some("桶"));
}

#[test]
fn qian_and_qi_after_a_date_open_a_range_only_as_words_of_their_own() {
    let text = "省长9月3日前往灾区，方案须在10月8日前报送，新规自11月1日起施行，12日起草意见。";
    assert_date(text, "9月3日", Some("2021-09-03"));
    assert_date(text, "12日", Some("2021-09-12"));
    // The word that opens the range stays outside the span; the date has its value and end.
    let e = figure(text, "10月8日");
    assert_eq!((text_value(&e), e.attrs.to.as_deref()), (Some("2021-10-08"), Some("2021-10-08")));
    let e = figure(text, "11月1日");
    assert_eq!((text_value(&e), e.attrs.from.as_deref()), (Some("2021-11-01"), Some("2021-11-01")));
    let e = figure("今年以来，全市新增就业3万人。", "今年");
    assert_eq!((text_value(&e), e.attrs.from.as_deref()), (Some("2021"), Some("2021")));
}

#[test]
fn da_after_a_length_is_an_age_only_where_it_ends_the_phrase() {
    let found = figures("她在外地读了四年大学，孩子才八个月大。");
    let e = found.iter().find(|e| e.text == "四年").expect("四年");
    assert_eq!(e.kind, EntityKind::Duration);
    let e = found.iter().find(|e| e.text == "八个月大").expect("八个月大");
    assert_eq!((e.kind, e.attrs.kind), (EntityKind::Quantity, Some("age")));
    // 大年三十 is New Year's Eve: 2022's fell on 31 January.
    assert_date("2022年大年三十，全家守岁。", "2022年大年三十", Some("2022-01-31"));
}

#[test]
fn a_currency_named_before_the_amount_is_its_currency() {
    assert_count("该项目吸引投资港币5亿元。", "5亿元", EntityKind::Money, 500_000_000.0, Some("HKD"));
    assert_count("双方签下合同，金额为美元800万。", "800万", EntityKind::Money, 8_000_000.0, Some("USD"));
    assert_count("募集资金人民币20亿元。", "20亿元", EntityKind::Money, 2_000_000_000.0, Some("CNY"));
    assert_count("全省已接种新冠疫苗3000万剂次。", "3000万剂次", EntityKind::Quantity, 30_000_000.0, Some("剂次"));
}
