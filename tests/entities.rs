//! People, places and organizations on the sample article, token boundaries, and the user
//! dictionary. Every expectation was read off the article by hand.
mod common;

use common::{SAMPLE, analyze, find};
use wenxi::{Analysis, Analyzer, EntityKind, Options, Source, UserDictionary, WordType};

#[test]
fn townships_after_their_county_are_one_place_with_parts_and_path() {
    let analysis = analyze(SAMPLE);
    // 确定淮阳区大连乡、项城市王明口镇、扶沟县大新镇……等7个乡镇
    let place = find(&analysis, EntityKind::Place, "项城市王明口镇").expect("项城市王明口镇");
    assert_eq!(place.attrs.parts, ["项城市", "王明口镇"]);
    assert_eq!(place.attrs.path, ["河南省", "周口市", "项城市", "王明口镇"]);
    assert_eq!(place.attrs.source, Some(Source::Gazetteer));
    let place = find(&analysis, EntityKind::Place, "淮阳区大连乡").expect("淮阳区大连乡");
    assert_eq!(place.attrs.parts, ["淮阳区", "大连乡"]);
    assert!(find(&analysis, EntityKind::Place, "郸城县李楼乡").is_some());
    assert!(find(&analysis, EntityKind::Place, "太康县杨庙乡").is_some());
    for not_a_person in ["王明", "李楼", "杨庙"] {
        assert!(find(&analysis, EntityKind::Person, not_a_person).is_none(), "{not_a_person}");
    }
}

#[test]
fn short_forms_resolve_to_the_division() {
    let analysis = analyze(SAMPLE);
    // 全市医保扶贫现场会在沈丘召开
    let shenqiu = find(&analysis, EntityKind::Place, "沈丘").expect("沈丘");
    assert_eq!(shenqiu.attrs.name, Some("沈丘县"));
    assert_eq!(shenqiu.attrs.code.as_deref(), Some("411624"));
    assert_eq!(shenqiu.attrs.path, ["河南省", "周口市", "沈丘县"]);
    for reference in ["全省", "全市", "各县"] {
        assert!(find(&analysis, EntityKind::Place, reference).is_none(), "{reference}");
    }
}

#[test]
fn organizations_of_the_sample() {
    let analysis = analyze(SAMPLE);
    for org in [
        "周口市委宣传部",
        "驻市审计局纪检监察组",
        "河南金贵演艺集团有限公司",
        "商水县化河乡纪委",
        "郸城县纪委监委",
        "市行政服务中心",
        "河南省人民政府",
        "国家医保局",
        // The issue's example, which ends before the hall in 市税务局第二税务分局契税大厅.
        "市税务局第二税务分局",
    ] {
        assert!(find(&analysis, EntityKind::Organization, org).is_some(), "{org}");
    }
    // 美丽宜居乡村建设: a phrase, though 宜居乡 is a township's name; “廉政墙”: a slogan.
    assert!(find(&analysis, EntityKind::Place, "宜居乡").is_none());
    assert!(find(&analysis, EntityKind::Person, "廉政墙").is_none());
}

#[test]
fn people_of_the_sample() {
    let analysis = analyze(SAMPLE);
    // 娄红卫，又名娄尚，中国书法家协会会员; 陈先生, 杨女士 from the tax office story.
    for person in ["娄红卫", "娄尚", "陈先生", "杨女士", "习近平"] {
        assert!(find(&analysis, EntityKind::Person, person).is_some(), "{person}");
    }
}

#[test]
fn bylines_glued_to_their_last_word() {
    // Sentences made up for the test, in the form of a daily's bylines.
    for (text, name) in
        [("本报讯记者王晓明报道：昨天上午，全市春耕工作会议召开。", "王晓明"), ("周口晚报记者刘新华摄", "刘新华")]
    {
        let analysis = analyze(text);
        let person = find(&analysis, EntityKind::Person, name).unwrap_or_else(|| panic!("{name} in {text}"));
        assert_eq!(person.attrs.role, Some("reporter"));
        assert!(
            find(&analysis, EntityKind::Person, "报道").is_none()
                && find(&analysis, EntityKind::Person, "摄").is_none()
        );
    }
}

#[test]
fn names_in_a_list_cue_each_other() {
    // 李俊 is a two-character dictionary name: alone it needs a cue, here the names around it.
    let people = |text: &str| -> Vec<String> {
        analyze(text).entities.into_iter().filter(|e| e.kind == EntityKind::Person).map(|e| e.text).collect()
    };
    assert_eq!(people("出席会议的有张建国、李俊、王卫东等人。"), ["张建国", "李俊", "王卫东"]);
    // 迟 is a modern surname (not in the Baijiaxing); 张树田, a name of jieba's dictionary, ends like
    // a thing (田) but is listed.
    assert_eq!(people("出席的有迟志华、张树田、李文波等。"), ["迟志华", "张树田", "李文波"]);
    // A surname and a title after it (吴/nr 县长/n): the surname is the person.
    assert_eq!(people("上午吴县长到工厂看望工人。"), ["吴"]);
    assert!(people("市交警支队长说，道路已经畅通。").is_empty());
    // 任 is a surname, but here the verb "serve as".
    assert!(people("她到县医院任院长已经五年。").is_empty());
    // Names joined by dots, whatever words jieba cut them into; places joined by one are places.
    assert_eq!(people("会见了亚历山大·彼得罗维奇·科瓦廖夫。"), ["亚历山大·彼得罗维奇·科瓦廖夫"]);
    assert!(people("中国·北京国际会议").is_empty());
    // Dictionary words jieba tags as names that end like things are no people.
    assert!(people("他们给孩子们买了吉祥物和牛羊肉。").is_empty());
    // Words jieba tags as names in a list of things are no people.
    assert!(people("游客们喜欢这里的阳光、沙滩和海浪。").is_empty());
    // 海燕 is the end of a name jieba cut (成/n 海燕/nr), not an item of the list.
    assert!(!people("王大爷的女儿成海燕、孙建军都在外地。").contains(&"海燕".to_owned()));
}

#[test]
fn organizations_inside_titles_and_places_inside_compounds() {
    // 外交部长: the ministry is an organization, the title is not; 政协委员 and 人大代表 likewise.
    let analysis = analyze("外交部长王毅会见了来访的客人。他是政协委员，也是人大代表。");
    for org in ["外交部", "政协", "人大"] {
        assert!(find(&analysis, EntityKind::Organization, org).is_some(), "{org}");
    }
    assert!(find(&analysis, EntityKind::Organization, "外交部长").is_none());
    // A prefecture's short form is a place whatever jieba tags it: 海口/s, 大连/d.
    for (text, city, code) in [("他在海口工作。", "海口", "4601"), ("大连是一座海滨城市。", "大连", "2102")]
    {
        let analysis = analyze(text);
        let place = find(&analysis, EntityKind::Place, city).unwrap_or_else(|| panic!("{city}"));
        assert_eq!(place.attrs.code.as_deref(), Some(code));
    }
    // 财政局 and 民政局 end in 政局 (the political situation), which alone names nothing.
    assert!(find(&analyze("周口市财政局今天宣布。"), EntityKind::Organization, "周口市财政局").is_some());
    assert!(find(&analyze("县民政局发放救助金。"), EntityKind::Organization, "县民政局").is_some());
    assert!(!analyze("国内政局稳定。").entities.iter().any(|e| e.kind == EntityKind::Organization));
    // Factories, cabinets and teams end organizations too.
    for (text, org) in [
        ("他在周口市第一棉纺厂工作了三十年。", "周口市第一棉纺厂"),
        ("湖南女排昨天获胜。", "湖南女排"),
        ("意大利内阁今天开会。", "意大利内阁"),
    ] {
        assert!(find(&analyze(text), EntityKind::Organization, org).is_some(), "{org}");
    }
    // A name jieba does not know as a word, before 公司: an organization; a common noun before it, none.
    assert!(find(&analyze("他们和ibm公司签了合同。"), EntityKind::Organization, "ibm公司").is_some());
    assert!(!analyze("他在保险公司工作。").entities.iter().any(|e| e.kind == EntityKind::Organization));
    // Gatherings and words jieba tags nt that are no organization: 交易会, 联欢会, 国际化.
    let analysis = analyze("全县举办了农机交易会和新春联欢会，推动服务业国际化。");
    assert!(!analysis.entities.iter().any(|e| e.kind == EntityKind::Organization), "{:?}", analysis.entities);
    // 英国伦敦 is one word of jieba's dictionary: one place, with its two parts (as a chain of
    // divisions is); a country before a city as two words is one too.
    for (text, chain, parts) in [
        ("英国伦敦的天气", "英国伦敦", ["英国", "伦敦"]),
        ("他出生于德国慕尼黑。", "德国慕尼黑", ["德国", "慕尼黑"]),
        ("美国纽约州州长宣布了新规定。", "美国纽约州", ["美国", "纽约州"]),
    ] {
        let analysis = analyze(text);
        let place = find(&analysis, EntityKind::Place, chain).unwrap_or_else(|| panic!("{:?}", analysis.entities));
        assert_eq!(place.attrs.parts, parts);
        assert!(parts.iter().all(|p| find(&analysis, EntityKind::Place, p).is_some()), "{:?}", analysis.entities);
    }
    // Not a country and a region of the world: 美国中东政策.
    assert!(find(&analyze("他批评了美国中东政策。"), EntityKind::Place, "美国中东").is_none());
    // Not across a list: 英国、法国.
    assert!(find(&analyze("英国、法国和德国都表示支持。"), EntityKind::Place, "英国、法国").is_none());
}

/// Every entity starts where a token starts and ends where a token ends.
fn assert_tokens_respect_entities(analysis: &Analysis) {
    let starts: Vec<usize> = analysis.tokens.iter().map(|t| t.start).collect();
    let ends: Vec<usize> = analysis.tokens.iter().map(|t| t.end).collect();
    for e in &analysis.entities {
        assert!(starts.contains(&e.start) && ends.contains(&e.end), "a token cuts through {e:?}");
    }
}

#[test]
fn tokens_never_cut_through_an_entity() {
    assert_tokens_respect_entities(&analyze(SAMPLE));
    // A byline glued to its cue, a chain, a short name inside a word.
    for text in ["记者马月红报道", "项城市王明口镇", "中美关系", "访华期间", "亚太地区"] {
        assert_tokens_respect_entities(&analyze(text));
    }
}

fn entities(analyzer: &Analyzer, text: &str) -> Vec<(EntityKind, String, Option<Source>)> {
    let analysis = analyzer.analyze(text, &Options::default()).expect("analysis");
    analysis.entities.into_iter().map(|e| (e.kind, e.text, e.attrs.source)).collect()
}

#[test]
fn user_words_win_and_removing_them_restores_the_analysis() {
    let mut analyzer = Analyzer::new();
    let text = "金贵演艺在王明口演出";
    let before = entities(&analyzer, text);
    analyzer.add_word("金贵演艺", WordType::Organization, None).unwrap();
    analyzer.add_word("王明口", WordType::Place, Some(50_000)).unwrap();
    let with = entities(&analyzer, text);
    assert!(with.contains(&(EntityKind::Organization, "金贵演艺".to_owned(), Some(Source::User))), "{with:?}");
    assert!(with.contains(&(EntityKind::Place, "王明口".to_owned(), Some(Source::User))), "{with:?}");

    assert!(analyzer.remove_word("金贵演艺"));
    assert!(!analyzer.remove_word("金贵演艺"));
    let one = entities(&analyzer, text);
    assert!(one.iter().all(|e| e.1 != "金贵演艺"), "{one:?}");
    analyzer.reset_dictionary();
    assert_eq!(entities(&analyzer, text), before);
    let tokens = analyzer.analyze(text, &Options::default()).unwrap().tokens;
    assert!(tokens.iter().all(|t| t.text != "金贵演艺" && t.text != "王明口"), "{tokens:?}");
}

#[test]
fn other_words_hide_names_that_cut_through_them() {
    let mut analyzer = Analyzer::new();
    analyzer.add_word("陈先生急", WordType::Other, None).unwrap();
    let found = entities(&analyzer, "陈先生急匆匆赶来");
    assert!(found.iter().all(|e| e.0 != EntityKind::Person), "{found:?}");
}

#[test]
fn dictionary_exports_and_imports() {
    let mut analyzer = Analyzer::new();
    analyzer.add_word("王明口", WordType::Place, Some(3000)).unwrap();
    analyzer.add_word("金贵", WordType::Organization, None).unwrap();
    let exported = analyzer.export_dictionary();
    let json = serde_json::to_string(&exported).unwrap();
    assert_eq!(
        json,
        r#"{"version":1,"words":[{"word":"王明口","type":"place","freq":3000},{"word":"金贵","type":"organization","freq":10000}]}"#
    );
    let mut other = Analyzer::new();
    other.import_dictionary(serde_json::from_str::<UserDictionary>(&json).unwrap()).unwrap();
    assert_eq!(other.export_dictionary(), exported);
    assert_eq!(entities(&other, "王明口"), entities(&analyzer, "王明口"));

    // A bad dictionary changes nothing.
    let bad: UserDictionary = serde_json::from_str(r#"{"version":1,"words":[{"word":"","type":"person"}]}"#).unwrap();
    assert_eq!(other.import_dictionary(bad).unwrap_err().kind(), "bad_user_word");
    let v2: UserDictionary = serde_json::from_str(r#"{"version":2,"words":[]}"#).unwrap();
    assert_eq!(other.import_dictionary(v2).unwrap_err().kind(), "bad_user_dictionary");
    assert_eq!(other.export_dictionary(), exported);
}

#[test]
fn bad_user_words_are_refused() {
    let mut analyzer = Analyzer::new();
    for (word, freq) in [("", None), ("王 明", None), ("王明", Some(0)), ("王明", Some(1_000_000_000))] {
        let err = analyzer.add_word(word, WordType::Person, freq).unwrap_err();
        assert_eq!(err.kind(), "bad_user_word", "{word:?} {freq:?}");
    }
    assert!(analyzer.export_dictionary().words.is_empty());
}
