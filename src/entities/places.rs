//! Places: the gazetteer's names and their short forms, chains of divisions, one-character
//! countries, features and landmarks.

use crate::analysis::{EntityKind, Mention, Source};
use crate::chars::{self, Chars};
use crate::gazetteer::{LONGEST_NAME, NameKind};
use crate::lexicon::Lexicon;
use crate::lists::{List, char_list, list};
use crate::segment::Token;
use crate::sentences::is_han;
use crate::span::Span;

use super::cues::{
    FUNCTION_HEADS, NOT_PLACE_ENDS, NOT_PLACE_HEADS, PLACE_BEFORE, TO_CHINA, VENUES, after_title, is_abbreviation,
    is_list_comma, looks_like_place, names_water, touching_token_before,
};

/// The sun, the moon, the planets and the galaxy by name.
/// In `data/lists/celestial_bodies.txt`.
static CELESTIAL_BODIES: List = list!("celestial_bodies");

/// Counties and districts whose short form is first an ordinary word: 平原 (a plain), 安宁
/// (peace), 商城 (a mall), 大方 (generous), 古城 (an old town), 解放 (liberation). Typed in for
/// wenxi from the list of China's counties and districts.
/// In `data/lists/counties_named_like_words.txt`.
static COUNTIES_NAMED_LIKE_WORDS: List = list!("counties_named_like_words");

/// Last characters of the names of natural features and landmarks: 太行山, 北戴河, 西奈半岛,
/// 南丫岛, 中南海, 少林寺. A word jieba tags `ns` with one of them is a place; untagged, these
/// words are as often things (山区, 海关).
static FEATURE_ENDS: Chars = Chars::new("山河江湖海岛峡湾港寺峰岭泉洲滩");

/// True for a word of three or more characters that ends like a natural feature, a landmark or
/// a venue, or of four or more that ends like a state's full name.
pub(super) fn looks_like_feature(word: &str) -> bool {
    let chars = chars::count(word);
    chars >= 3
        && (word.chars().next_back().is_some_and(|c| FEATURE_ENDS.contains(c))
            || VENUES.any_ends(word)
            || chars >= 4 && STATE_ENDS.iter().any(|e| word.ends_with(e)))
}

/// Last characters of buildings and streets that given names do not end with: a word jieba's
/// dictionary tags as a name of three to five characters with one is the place (黄鹤楼, 唐宁街,
/// 爱丽舍宫, 宫古岛), though a surname starts it.
static BUILT_ENDS: Chars = Chars::new("楼阁寺庙宫亭桥街巷沟路岛");

/// Regions named by a compass direction, which are directions too: 中东部 (the central east), 禹州市西北.
const COMPASS_REGIONS: [&str; 8] = ["中东", "东北", "西北", "西南", "东南", "华北", "华东", "华南"];

/// Words after a name that make a street or a road of it: 金湖/ns 大道, 飞虹/nz 大道, 京/沪 高速.
const ROADS: [&str; 15] = [
    "大道",
    "大街",
    "东路",
    "西路",
    "南路",
    "北路",
    "中路",
    "高速",
    "高速公路",
    "铁路",
    "路",
    "大桥",
    "枢纽",
    "隧道",
    "汽渡",
];

/// Words after a place's name that make it a scenic spot: 海螺沟景区 (not the official names of
/// areas, 某某风景名胜区, 某某度假区, which are places whole).
const SCENIC: [&str; 2] = ["景区", "景点"];

/// Words made of two characters that are short names of countries: 非法 (illegal), 美德 (virtue).
const WORDS_OF_SHORT_NAMES: [&str; 2] = ["非法", "美德"];

/// Words of degree before an adjective, which a country's one-character short form never follows:
/// 很美, 最美, 非常美.
const DEGREE: [&str; 12] = ["很", "太", "真", "最", "更", "挺", "好", "多么", "非常", "十分", "特别", "格外"];

/// True for a word that is a name of two characters or more before a road's word: 长江路/ns,
/// 金湖大道/ns (not 马路, 公路).
fn names_road(word: &str) -> bool {
    // The last characters of the road's words first: most words end in none of them.
    word.ends_with(['路', '道', '街', '速', '桥', '纽', '渡'])
        && ROADS.iter().any(|r| {
            word.strip_suffix(r).is_some_and(|name| chars::count(name) >= 2 && !name.ends_with(['公', '马', '道']))
        })
}

/// True for a road's name jieba tags as a place or an organization (长江路/ns, 建设路/nt), or made up
/// with its HMM, whatever it tagged it (北惠路/nr, 锡澄路/v): ordinary words that end like roads (思路,
/// 线路, 马路) are in its dictionary. A made-up name is of two characters before the road's word. Not
/// one that starts with a surname (张之路 is a
/// name too; a list of roads says which), a negation or a function word jieba glued to it (不换路,
/// 到某某路).
pub(super) fn made_up_road(t: &Token, word: &str, lexicon: &Lexicon) -> bool {
    let made_up = || {
        !t.known
            && word.chars().all(is_han)
            && lexicon.surname_of(word).is_none()
            && !word.starts_with(|c| {
                FUNCTION_HEADS.contains(c) || matches!(c, '不' | '没' | '无' | '未' | '到' | '往' | '至' | '经')
            })
    };
    // (A made-up name of two characters: the HMM glues verbs to the front of one, 走某某路.)
    let two_before_road = || ROADS.iter().any(|r| word.strip_suffix(r).is_some_and(|name| chars::count(name) == 2));
    names_road(word) && (matches!(t.pos, "ns" | "nt") || made_up() && two_before_road())
}

/// True for a village's name jieba's HMM made up (茄芮村/x): words of its dictionary that end in
/// 村 are common nouns (农村, 山村, 度假村).
fn made_up_village(t: &Token, word: &str) -> bool {
    word.ends_with('村') && !t.known && chars::count(word) == 3 && word.chars().all(is_han) && !t.pos.starts_with('v')
}

/// The last token of a village's name right after token `j` (a township's): one word of two to
/// four characters ending in 村 (王庄村, 金村/nr), or a name jieba cut before its 村 (左坡/x 村).
/// Not a word for villages in general (乡村, 山村, 各村, 文明村).
fn village_after(text: &str, tokens: &[Token], j: usize) -> Option<usize> {
    let touching = |k: usize| tokens.get(k).filter(|n| tokens.get(k - 1).is_some_and(|a| a.span.end == n.span.start));
    let a = touching(j + 1)?;
    let word = a.span.text(text);
    let n = chars::count(word);
    let name = |w: &str| {
        w.chars().all(is_han) && !w.starts_with(NOT_PLACE_HEADS) && !w.starts_with(['乡', '山', '农', '新', '小', '该'])
    };
    if word.ends_with('村') && (2..=4).contains(&n) && name(word) && !NOT_PLACE_ENDS.any_ends(word) {
        return Some(j + 1);
    }
    let function_word = matches!(a.pos, "w" | "m" | "p" | "c" | "r" | "d" | "f" | "q") || a.pos.starts_with('u');
    ((1..=3).contains(&n) && name(word) && !function_word && touching(j + 2)?.span.text(text) == "村").then_some(j + 2)
}

/// Endings of the full names of states: 南斯拉夫联盟共和国, 沙特阿拉伯王国 (and not 共和国 alone).
const STATE_ENDS: [&str; 4] = ["共和国", "王国", "合众国", "联邦"];

/// True when the token is one short name alone: 中 and 美 in `中/美贸易`, `中、美、日`.
fn lone_short_name(text: &str, t: Option<&Token>) -> bool {
    // One character is at most four bytes: longer tokens are answered without reading them.
    t.is_some_and(|t| {
        t.span.len() <= 4 && t.pos != "w" && {
            let mut chars = t.span.text(text).chars();
            matches!((chars.next(), chars.next()), (Some(c), None) if is_abbreviation(c))
        }
    })
}

/// True when token `i` is a short name next to another (touching, or across 、): 中/美, 中、美.
/// True when token `i` and one next to it make a word of [`WORDS_OF_SHORT_NAMES`] jieba cut in
/// two: 非/ns 法/ns (illegal).
fn in_word_of_short_names(text: &str, tokens: &[Token], i: usize) -> bool {
    let word_of = |a: usize, b: usize| {
        tokens.get(a).zip(tokens.get(b)).is_some_and(|(a, b)| {
            a.span.end == b.span.start
                && text.get(a.span.start..b.span.end).is_some_and(|w| WORDS_OF_SHORT_NAMES.contains(&w))
        })
    };
    i.checked_sub(1).is_some_and(|p| word_of(p, i)) || word_of(i, i + 1)
}

fn short_name_in_pair(text: &str, tokens: &[Token], i: usize) -> bool {
    let at = |k: usize| tokens.get(k);
    if in_word_of_short_names(text, tokens, i) {
        return false;
    }
    let touching = |a: Option<&Token>, b: Option<&Token>| a.zip(b).is_some_and(|(a, b)| a.span.end == b.span.start);
    let comma = |k: usize| is_list_comma(text, at(k));
    if !lone_short_name(text, at(i)) {
        return false;
    }
    let before = i.checked_sub(1).is_some_and(|p| touching(at(p), at(i)) && lone_short_name(text, at(p)));
    let after = touching(at(i), at(i + 1)) && lone_short_name(text, at(i + 1));
    let listed_before = i.checked_sub(2).is_some_and(|p| comma(p + 1) && lone_short_name(text, at(p)));
    let listed_after = comma(i + 1) && lone_short_name(text, at(i + 2));
    before || after || listed_before || listed_after
}

/// True when token `i` (a short name of one character) and the ones of that kind touching it
/// after start a transliterated name: a dot or a name jieba tagged in transliteration characters
/// follows them (埃/ns 德/ns 加/ns ·赖特, 埃/ns 尔多/nrt 安).
fn starts_transliterated_name(text: &str, tokens: &[Token], i: usize) -> bool {
    let mut k = i;
    while tokens
        .get(k + 1)
        .is_some_and(|n| tokens.get(k).is_some_and(|t| t.span.end == n.span.start) && lone_short_name(text, Some(n)))
    {
        k += 1;
    }
    before_transliterated_name(text, tokens, k)
}

/// True when token `k` ends in a transliteration character and a dot or a name jieba tagged in
/// transliteration characters touches it after: the token is (the start of) a foreign name's
/// first part, whatever short names it holds (埃德加/nr ·赖特, 对埃 尔多/nrt 安).
fn before_transliterated_name(text: &str, tokens: &[Token], k: usize) -> bool {
    let (Some(last), Some(n)) = (tokens.get(k), tokens.get(k + 1)) else { return false };
    let word = n.span.text(text);
    // (Not 英商 马里奥/nr 银行: the token must end in a transliteration character itself.)
    last.span.text(text).chars().next_back().is_some_and(super::people::is_transliteration)
        && last.span.end == n.span.start
        && (matches!(word, "·" | "•" | "・")
            || matches!(n.pos, "nr" | "nrt")
                && chars::count(word) >= 2
                && word.chars().all(super::people::is_transliteration))
}

/// First characters of words of two characters ending in 江, 河 or 湖 that are common nouns: 大河,
/// 长江 aside (the lists have it), 内河, 冰河, 江湖, 两河, 天河.
static NOT_RIVER_HEADS: Chars = Chars::new("大小长内外冰江河湖两三四五六七八九十一二百千万天星银运护界山渡盐");

/// Words made of short names that are ordinary words (亚军: the runner-up).
/// In `data/lists/not_abbreviations.txt`.
static NOT_ABBREVIATIONS: List = list!("not_abbreviations");

/// Verbs and prepositions before a country's short name in the words [`abbreviated_places`]
/// reads besides [`TO_CHINA`]: 对华, 抗日, 侵华, 留美, 援塔.
static VERBS_BEFORE_COUNTRY: Chars = Chars::new("对抗侵留援");

/// The one-character places inside a word: 中美 → 中, 美; 中方 → 中; 访华 → 华.
pub(super) fn abbreviated_places(word: &str, pos: &str, start: usize) -> Vec<Span> {
    // Every form below starts with a short name or a verb of going to China: most words do not.
    let mut firsts = word.chars();
    let (first, second) = (firsts.next(), firsts.next());
    // Every form has two characters at least; 非法 and 美德 are words.
    if second.is_none() || WORDS_OF_SHORT_NAMES.contains(&word) {
        return Vec::new();
    }
    let country = |c: Option<char>| c.is_some_and(|c| is_abbreviation(c) || c == '华');
    let led = first.is_some_and(|c| is_abbreviation(c) || TO_CHINA.contains(c) || c == '华')
        || first.is_some_and(|c| VERBS_BEFORE_COUNTRY.contains(c)) && country(second);
    if !led {
        return Vec::new();
    }
    let chars: Vec<(usize, char)> = word.char_indices().collect();
    let one = |k: usize| chars.get(k).map(|&(i, c)| Span::new(start + i, start + i + c.len_utf8()));
    let all_short = (2..=4).contains(&chars.len())
        && chars.iter().all(|&(_, c)| is_abbreviation(c))
        && chars.iter().enumerate().all(|(k, a)| chars.iter().skip(k + 1).all(|b| a.1 != b.1))
        && !NOT_ABBREVIATIONS.contains(word)
        // (Not a foreign name jieba knows: 埃德/nrt, 巴德/nrt.)
        && !matches!(pos, "v" | "vd" | "d" | "c" | "p" | "a" | "ad" | "r" | "u" | "m" | "q" | "nrt");
    let pair_before_noun = chars.len() >= 3
        && chars.iter().take(2).all(|&(_, c)| is_abbreviation(c))
        && chars.first().map(|c| c.1) != chars.get(1).map(|c| c.1)
        && pos.starts_with('n')
        // (Not a foreign name: 苏菲亚/nr; 欧美人/nr is two places' people.)
        && !(pos == "nrt" || pos == "nr" && word.chars().all(super::people::is_transliteration));
    match chars.as_slice() {
        _ if all_short => (0..chars.len()).filter_map(one).collect(),
        // 中美关系, 中日两国: two short names before a noun.
        _ if pair_before_noun => (0..2).filter_map(one).collect(),
        [(_, a), (_, '方')] if is_abbreviation(*a) && pos != "v" => one(0).into_iter().collect(),
        // 中外游客: China and the rest.
        [(_, '中'), (_, '外')] => one(0).into_iter().collect(),
        [(_, v), (_, '华' | '京'), rest @ ..] if TO_CHINA.contains(*v) && rest.first().is_none_or(|c| c.1 != '盛') => {
            one(1).into_iter().collect()
        }
        // 访美, 旅美, 赴日, 留美, 援塔: a visit to, a stay in or aid for a country.
        [(_, '访' | '赴' | '旅' | '抵' | '留' | '援'), (_, a)] if is_abbreviation(*a) => {
            one(1).into_iter().collect()
        }
        // 对华政策, 对美, 抗日战争, 侵华: a policy toward, a war against a country.
        // Not 对美元, 对日元: a currency.
        [(_, '对' | '抗' | '侵'), (_, a), rest @ ..]
            if (is_abbreviation(*a) || *a == '华') && rest.first().is_none_or(|c| c.1 != '元') =>
        {
            one(1).into_iter().collect()
        }
        // 美等, 德等国: a country at the end of a list (中等 is "middling").
        [(_, a), (_, '等'), rest @ ..] if is_abbreviation(*a) && *a != '中' && rest.iter().all(|c| c.1 == '国') => {
            one(0).into_iter().collect()
        }
        // 日军, 台胞, 华侨, 华裔, 美籍, 台商, 港资: the army, the people, the nationality, the
        // businessmen or the capital of a country.
        [(_, a), (_, '军' | '胞' | '侨' | '裔' | '籍' | '商' | '资')]
            if (is_abbreviation(*a) || *a == '华') && !NOT_ABBREVIATIONS.contains(word) =>
        {
            one(0).into_iter().collect()
        }
        _ => Vec::new(),
    }
}

/// First characters of countries as Chinese diplomacy pairs them with 中 (中斯: China and Sri
/// Lanka, 中塞, 中爱, 中保, 西中), besides `ABBREVIATIONS` (in `cues`); too common as characters to be
/// read as countries without the pair and [`BILATERAL_WORDS`] after it.
/// In `data/lists/paired_countries.txt`.
static PAIRED_COUNTRIES: Chars = char_list!("paired_countries");

/// Words after a pair of countries' short names that make it one: 中斯建交, 中塞关系, 中保双边.
/// In `data/lists/bilateral_words.txt`.
static BILATERAL_WORDS: List = list!("bilateral_words");

/// The two places of a pair of China and another country that token `i` starts, as one word or
/// two (`中斯`, `中/柬`), before a word of their relations (`友好`, `两国`): 中 and 斯; none
/// otherwise.
fn bilateral(text: &str, tokens: &[Token], i: usize) -> Vec<Span> {
    let touching = |k: usize| tokens.get(k + 1).filter(|n| tokens.get(k).is_some_and(|t| t.span.end == n.span.start));
    let Some(t) = tokens.get(i) else { return Vec::new() };
    // Two characters at most eight bytes: longer tokens are answered without reading them.
    let one_word = t.span.len() <= 8 && chars::count(t.span.text(text)) == 2;
    let (pair, after) = if one_word {
        (t.span, touching(i))
    } else {
        match touching(i) {
            Some(n) if t.span.len() <= 4 && n.span.len() <= 4 => (Span::new(t.span.start, n.span.end), touching(i + 1)),
            _ => return Vec::new(),
        }
    };
    let mut chars = pair.text(text).chars();
    let (Some(a), Some(b), None) = (chars.next(), chars.next(), chars.next()) else { return Vec::new() };
    let other = if a == '中' { b } else { a };
    let paired = (a == '中') != (b == '中') && (PAIRED_COUNTRIES.contains(other) || is_abbreviation(other));
    if !paired || !after.is_some_and(|n| BILATERAL_WORDS.any_starts(n.span.text(text))) {
        return Vec::new();
    }
    let cut = pair.start + a.len_utf8();
    vec![Span::new(pair.start, cut), Span::new(cut, pair.end)]
}

/// True when `word` and 区 (or 新区) name a district of the city `city` names: 海淀 of 北京,
/// 浦东 of 上海; not one first an ordinary word (古城, 解放; see [`COUNTIES_NAMED_LIKE_WORDS`]).
fn district_of(g: &crate::gazetteer::Gazetteer, word: &str, city: &str) -> bool {
    (2..=3).contains(&chars::count(word))
        && word.chars().all(is_han)
        && !COUNTIES_NAMED_LIKE_WORDS.contains(word)
        && ["区", "新区"].iter().any(|suffix| {
            let district = format!("{word}{suffix}");
            g.is_division_full_name(&district) && g.is_within(&district, city)
        })
}

/// The shortest place name a word starts with when jieba glued a noun to it: 德国人 → 德国,
/// 英国首相 → 英国, 中华民族 → 中华, 北京市民 → 北京. At most three characters may follow.
pub(super) fn place_prefix<'w>(g: &crate::gazetteer::Gazetteer, word: &'w str, pos: &str) -> Option<&'w str> {
    if !(pos.starts_with('n') || pos == "j" || pos == "s") {
        return None;
    }
    // The prefixes of two characters or more that leave one to three (the char starts from there).
    let chars = chars::count(word);
    word.char_indices().map(|(end, _)| end).skip(chars.saturating_sub(3).max(2)).filter_map(|end| word.get(..end)).find(
        |p| {
            let kind = g.kind(p);
            kind.is_full_name() || kind.is_prefecture_short_name()
        },
    )
}

/// A word that is two full names of the lists, the first of two or more characters:
/// 中华人民共和国香港特别行政区 → 中华人民共和国, 香港特别行政区; or a province's short form and
/// the full name of a division in it: 新疆阿勒泰地区 → 新疆, 阿勒泰地区.
pub(super) fn two_places<'w>(g: &crate::gazetteer::Gazetteer, word: &'w str) -> Option<(&'w str, &'w str)> {
    // Two names of two characters at least, neither longer than a name can be: a run of letters
    // or digits that jieba keeps as one token (up to 64 K characters) is answered unread.
    if word.len() < 12 || word.len() > 2 * LONGEST_NAME {
        return None;
    }
    word.char_indices().skip(2).map(|(i, _)| word.split_at(i)).find(|(a, b)| {
        let (first, second) = (g.kind(a), g.kind(b));
        chars::count(b) >= 2
            && second.is_full_name()
            && (first.is_full_name()
                || first.is_prefecture_short_name() && second.is_division_full_name() && g.is_within(b, a))
    })
}

/// Words after a person's name that make a place named after them: 普希金大街, 中山路,
/// 托尔斯泰旧居, 雷锋故居.
/// In `data/lists/named_after.txt`.
static NAMED_AFTER: List = list!("named_after");

/// Words after a place's name that make a landmark of it: 龙华公园, 北京西路, 武汉大桥.
/// In `data/lists/landmarks.txt`.
static LANDMARKS: List = list!("landmarks");

/// The places: gazetteer names and believable `ns` words, adjacent divisions joined into one.
#[inline(never)] // see `recognize`
pub(super) fn places(
    text: &str,
    tokens: &[Token],
    lexicon: &Lexicon,
    listed: &[NameKind],
    parts: &mut Vec<Mention>,
) -> Vec<Mention> {
    let g = &lexicon.places;
    // Which tokens are places, and from where.
    // 东北地区 中东/ns 部, 禹州市 西北 磨街乡: a compass region before 部 or right after a place
    // of the lists is a direction (the central east, the north-west of the city).
    let direction = |k: usize| {
        let Some(t) = tokens.get(k) else { return false };
        COMPASS_REGIONS.contains(&t.span.text(text))
            && (tokens.get(k + 1).is_some_and(|n| {
                // 中东部, 向西北方向, 东北风: a direction, a wind.
                n.span.start == t.span.end
                    && (n.span.text(text).starts_with('部') || matches!(n.span.text(text), "方向" | "风"))
            }) || touching_token_before(tokens, k)
                .is_some_and(|p| lexicon.places.kind(p.span.text(text)).is_full_name()))
    };
    // 总经理/n 赵新州/nr: a title before a surname's name makes it the person's, though it ends
    // like a division.
    let titled = |k: usize, word: &str| lexicon.surname_of(word).is_some() && after_title(text, tokens, k);
    // 在 首尔/d: a name of the world list jieba tags another word, where a place is said to be.
    let located = |k: usize| {
        touching_token_before(tokens, k).is_some_and(|p| {
            let before = p.span.text(text);
            before == "在" || PLACE_BEFORE.contains(before)
        })
    };
    let kinds: Vec<Option<Source>> = tokens
        .iter()
        .zip(listed)
        .enumerate()
        .map(|(k, (t, &kind))| {
            let word = t.span.text(text);
            // A two-character name is also a word often (城区, 朝阳): it counts where jieba tags it
            // as a name of some kind.
            let name_tag = matches!(t.pos, "ns" | "nr" | "nrt" | "nrfg" | "nz" | "nt" | "j");
            if lexicon.user.contains_key(word) || direction(k) {
                None
            } else if kind.is_full_name() && (name_tag || chars::count(word) >= 3 || kind.is_world() && located(k)) {
                Some(Source::Gazetteer)
            } else if kind.is_short_name()
                && (t.pos == "ns"
                    || kind.is_prefecture_short_name() && (name_tag || matches!(t.pos, "n" | "s" | "d"))
                    || name_tag && !COUNTIES_NAMED_LIKE_WORDS.contains(word))
            {
                // 沈丘 (ns); 周口 is a prefecture's, jieba tags it n. A county's short form jieba
                // takes for another name (鹿邑/nr, 西华/nz) counts where a related division is named
                // (below); one that is first an ordinary word (和平/nz, 温泉/nr) is that word, and
                // so is one jieba tags a noun (资源/n, 云霄/n: a text about 广西 names resources).
                Some(Source::Gazetteer)
            } else if (t.pos == "ns"
                && (looks_like_place(word)
                    || looks_like_feature(word)
                    // 甬江/ns, 泗河/ns: a river of two characters (not 大河, 江湖, 两河: a size, a
                    // number or another water first).
                    || chars::count(word) == 2
                        && word.ends_with(['江', '河', '湖'])
                        && !word.starts_with(|c: char| NOT_RIVER_HEADS.contains(c)))
                || made_up_road(t, word, lexicon)
                || made_up_village(t, word))
                && two_places(g, word).is_none()
            {
                // Not 中国香港/ns: it ends like a harbour but is two names (two_places, below).
                Some(if t.known { Source::Dictionary } else { Source::Model })
            } else if names_water(text, tokens, k)
                && !titled(k, word)
                && tokens.get(k + 1).is_none_or(|n| !super::people::PERSON_AFTER.any_starts(n.span.text(text)))
            {
                // 金水河/nr, 梁子湖/nr, 钱塘江/nr 流域 (not 某某河 说: who speaks): a rule's reading, which
                // holds for the name's other mentions.
                Some(Source::Rule)
            } else if matches!(t.pos, "nr" | "nrfg" | "nrt")
                && !titled(k, word)
                && (looks_like_place(word)
                    || looks_like_feature(word) && lexicon.surname_of(word).is_none()
                    || t.known
                        && (3..=5).contains(&chars::count(word))
                        && word.chars().next_back().is_some_and(|c| BUILT_ENDS.contains(c)))
            {
                // 梅树村/nr, 花楸村/nr: jieba's dictionary and HMM tag villages as names; and
                // mountains and temples (五莲山/nr), unless a surname starts them (王海泉, 刘青山).
                Some(if t.known { Source::Dictionary } else { Source::Model })
            } else {
                None
            }
        })
        .collect();
    // Divisions named without ambiguity anywhere in the text tell which 城关镇 the others are.
    let mut context: Vec<u64> = tokens
        .iter()
        .zip(&kinds)
        .filter(|(_, k)| k.is_some())
        .filter_map(|(t, _)| g.resolve(t.span.text(text), &[]).map(|p| p.code))
        .collect();
    context.sort_unstable();
    context.dedup();
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let (Some(first), Some(source)) = (tokens.get(i), kinds.get(i).copied().flatten()) else {
            if let Some(t) = tokens.get(i).filter(|_| !direction(i)) {
                let word = t.span.text(text);
                let abbreviated = abbreviated_places(word, t.pos, t.span.start);
                if !abbreviated.is_empty() && !before_transliterated_name(text, tokens, i) {
                    for span in abbreviated {
                        out.push(Mention::new(EntityKind::Place, span, Source::Rule));
                    }
                }
                for span in bilateral(text, tokens, i) {
                    out.push(Mention::new(EntityKind::Place, span, Source::Rule));
                }
                // 俄/j 金融市场, 在京/ns 召开: jieba tags a lone short name as a place or abbreviation.
                // Not the 日 of 18/m 日/j, a date.
                let after_number = touching_token_before(tokens, i).is_some_and(|p| p.pos == "m");
                // Not after a word of degree: 很美, 太美 (beautiful).
                let degree = || touching_token_before(tokens, i).is_some_and(|p| DEGREE.contains(&p.span.text(text)));
                let short_name = short_name_in_pair(text, tokens, i)
                    || lone_short_name(text, Some(t))
                        && matches!(t.pos, "ns" | "j")
                        && !degree()
                        && !in_word_of_short_names(text, tokens, i);
                if short_name && !after_number && !starts_transliterated_name(text, tokens, i) {
                    out.push(Mention::new(EntityKind::Place, t.span, Source::Rule));
                }
                // 德国人, 英国首相, 台湾同胞, 中东地区: a place glued to a noun; 英国伦敦 (one word
                // in jieba's dictionary): two places.
                if let Some((name, rest)) = two_places(g, word) {
                    // 中华人民共和国香港特别行政区/nt, 英国伦敦/ns: one word of jieba's, two full names,
                    // one place with its two parts (as a chain of divisions is).
                    let first = Span::new(t.span.start, t.span.start + name.len());
                    let second = Span::new(first.end, first.end + rest.len());
                    let mut chain = Mention::new(EntityKind::Place, t.span, Source::Gazetteer);
                    chain.attrs.parts = vec![name.to_owned(), rest.to_owned()];
                    out.push(chain);
                    for span in [first, second] {
                        parts.push(Mention::new(EntityKind::Place, span, Source::Gazetteer));
                    }
                } else if let Some(name) = place_prefix(g, word, t.pos).filter(|name| {
                    // 中东部/西北部: a direction and 部, not a region and a noun.
                    // (东北风: a wind.)
                    !(COMPASS_REGIONS.contains(name)
                        && word.get(name.len()..).is_some_and(|r| r.starts_with('部') || r.starts_with('风')))
                }) {
                    let span = Span::new(t.span.start, t.span.start + name.len());
                    let rest = word.get(name.len()..).unwrap_or("");
                    // 吉林长春/nr: a province's short form and a division's in it, one word of jieba's,
                    // are a chain too.
                    if g.kind(name).is_prefecture_short_name()
                        && (g.kind(rest).is_short_name() && g.is_within(rest, name) || district_of(g, rest, name))
                    {
                        let mut chain = Mention::new(EntityKind::Place, t.span, Source::Gazetteer);
                        chain.attrs.parts = vec![name.to_owned(), rest.to_owned()];
                        out.push(chain);
                        parts.push(Mention::new(EntityKind::Place, span, Source::Gazetteer));
                        parts.push(Mention::new(EntityKind::Place, Span::new(span.end, t.span.end), Source::Gazetteer));
                    } else {
                        out.push(Mention::new(EntityKind::Place, span, Source::Gazetteer));
                    }
                    if let Some(rest) = word.get(name.len()..).filter(|r| g.kind(r).is_full_name()) {
                        out.push(Mention::new(
                            EntityKind::Place,
                            Span::new(span.end, span.end + rest.len()),
                            Source::Gazetteer,
                        ));
                    }
                }
                // 地球, 月球, 火星: the bodies of the sky are places, as ACE's and the Chinese news
                // corpora's guidelines read them.
                if CELESTIAL_BODIES.contains(word) {
                    out.push(Mention::new(EntityKind::Place, t.span, Source::Rule));
                }
                // 普希金/nr 大街, 托尔斯泰/nrt 故居: a street or a house named after a person; 巴伐利亚/ns
                // 体育场, 金茂/nr 大厦, 温布利/nr 体育场: a venue named by a proper name (jieba tags
                // many as people's).
                if let Some(next) = tokens.get(i + 1).filter(|n| n.span.start == t.span.end) {
                    let after = next.span.text(text);
                    let named_after = matches!(t.pos, "nr" | "nrt" | "nrfg") && NAMED_AFTER.contains(after);
                    let venue = matches!(t.pos, "ns" | "nz" | "nr" | "nrt")
                        && chars::count(word) >= 2
                        && VENUES.contains(after);
                    // 金湖/ns 大道, 沪宁/j 高速: a road named by a name.
                    let road = matches!(t.pos, "ns" | "nz" | "j") && chars::count(word) >= 2 && ROADS.contains(&after);
                    // 江源/ns 村/zg: a village jieba cut off its name.
                    let village = matches!(t.pos, "ns" | "nz" | "nr" | "j") && chars::count(word) >= 2 && after == "村";
                    // 怀特/nr 岛: an island, a bay or a strait jieba cut off its name.
                    let island = matches!(t.pos, "ns" | "nz" | "nr" | "nrt")
                        && chars::count(word) >= 2
                        && matches!(after, "岛" | "湾" | "峡" | "半岛" | "群岛" | "海峡")
                        // (Not 明石/ns 海峡 大桥: the bridge is the landmark.)
                        && tokens.get(i + 2).is_none_or(|b| {
                            b.span.start != next.span.end || !ROADS.contains(&b.span.text(text))
                        });
                    // 马颊/n 河/ns, 南阳/ns 湖/ns: a river or a lake jieba cut off its name, tagging the
                    // 河 or 湖 a place.
                    let water = matches!(t.pos, "ns" | "nz" | "nr" | "nrt" | "n" | "j")
                        && chars::count(word) == 2
                        && word.chars().all(is_han)
                        && next.pos == "ns"
                        && matches!(after, "河" | "江" | "湖");
                    if named_after || venue || road || island || village || water {
                        out.push(Mention::new(EntityKind::Place, Span::new(t.span.start, next.span.end), Source::Rule));
                    }
                    // 海螺沟/ns 景区: a name before a scenic area's word is the place (the word is not
                    // part of it).
                    // (The scenic word is asked first: it rejects nearly every token.)
                    let name_like = |t: &Token| {
                        !word.starts_with(crate::numbers::numeral::is_numeral_char)
                            && word.chars().all(is_han)
                            && (matches!(t.pos, "ns" | "nz" | "nr" | "j") || !t.known)
                    };
                    if SCENIC.contains(&after) && (2..=6).contains(&chars::count(word)) && name_like(t) {
                        out.push(Mention::new(EntityKind::Place, t.span, Source::Rule));
                    }
                    // 龙潭/ns 沟/n 景区: jieba cut the feature's last character off the name.
                    let scenic_after = || {
                        tokens
                            .get(i + 2)
                            .is_some_and(|s| s.span.start == next.span.end && SCENIC.contains(&s.span.text(text)))
                    };
                    let mut after_chars = after.chars();
                    let feature_char =
                        matches!((after_chars.next(), after_chars.next()), (Some(c), None) if FEATURE_ENDS.contains(c));
                    if feature_char
                        && scenic_after()
                        && chars::count(word) == 2
                        && matches!(t.pos, "n" | "ns" | "nz" | "nr" | "j")
                        && word.chars().all(is_han)
                    {
                        out.push(Mention::new(EntityKind::Place, Span::new(t.span.start, next.span.end), Source::Rule));
                    }
                }
                // 京/ns 沪/ns 高速: one-character short forms before a road's word name the road.
                if lone_short_name(text, Some(t))
                    && touching_token_before(tokens, i).is_none_or(|p| !lone_short_name(text, Some(p)))
                {
                    let mut j = i + 1;
                    while tokens.get(j).is_some_and(|n| {
                        lone_short_name(text, Some(n)) && tokens.get(j - 1).is_some_and(|p| p.span.end == n.span.start)
                    }) {
                        j += 1;
                    }
                    if let (Some(last), Some(road)) = (tokens.get(j - 1), tokens.get(j))
                        && j >= i + 2
                        && road.span.start == last.span.end
                        && ROADS.contains(&road.span.text(text))
                    {
                        out.push(Mention::new(EntityKind::Place, Span::new(t.span.start, road.span.end), Source::Rule));
                    }
                }
            }
            i += 1;
            continue;
        };
        // A chain: the next token touches this one and both are divisions of China.
        // (A township or a county's short form alone needs a related division in the text.)
        // A country or region of the world list may start one, before a full name: 英国伦敦,
        // 美国加州, 中国北京市.
        let mut j = i;
        while let (Some(a), Some(b)) = (tokens.get(j), tokens.get(j + 1)) {
            // 河南周口市, 淮阳区大连乡: only the first part may be a short form.
            let (a_word, b_word) = (a.span.text(text), b.span.text(text));
            // 福建泉州, 四川绵阳: a province's short form before the short form of a division in it,
            // which counts though jieba tags it a noun (四川 江油/n).
            let listed = kinds.get(j + 1).copied().flatten().is_some();
            // 北京海淀, 江门蓬江: a city's short form before the short form of one of its districts,
            // which the lists hold in full only (海淀区; 金水, 天河 alone are words).
            if j == i
                && b.span.start == a.span.end
                && matches!(b.pos, "ns" | "nr" | "nrt" | "nrfg" | "nz" | "j")
                && g.kind(a_word).is_prefecture_short_name()
                && district_of(g, b_word, a_word)
            {
                j += 1;
                break;
            }
            if !listed && !matches!(b.pos, "n" | "nr" | "nz" | "j") {
                break;
            }
            let in_province = j == i
                && g.kind(a_word).is_prefecture_short_name()
                && g.kind(b_word).is_short_name()
                && g.is_within(b_word, a_word);
            if !listed && (!in_province || COUNTIES_NAMED_LIKE_WORDS.contains(b_word)) {
                break;
            }
            let division = g.is_division(a_word) && (g.is_division_full_name(b_word) || in_province);
            let world = j == i
                && g.kind(a_word).is_world()
                && (g.kind(b_word).is_world_city()
                    || matches!(a_word, "中国" | "中华人民共和国") && g.is_full_name(b_word));
            if b.span.start != a.span.end || !(division || world) {
                break;
            }
            j += 1;
        }
        // 谭庄镇王庄村, 平乐镇金村/nr, 平乐镇左坡/x 村: a village after a township ends the chain
        // (the lists have no villages).
        let village = listed.get(j).filter(|k| k.is_township()).and_then(|_| village_after(text, tokens, j));
        // 浙江|湖州人/nz, 福建|泉州人/n: a division in a word of jieba's for its people ends the chain
        // too (the word's 人 stays out).
        let people_of = tokens
            .get(j)
            .zip(tokens.get(j + 1))
            .filter(|(a, n)| village.is_none() && n.span.start == a.span.end)
            .and_then(|(a, n)| {
                let name = n.span.text(text).strip_suffix('人')?;
                let a_word = a.span.text(text);
                let within = g.is_division_full_name(name)
                    || g.kind(a_word).is_prefecture_short_name()
                        && g.kind(name).is_short_name()
                        && g.is_within(name, a_word);
                (g.is_division(a_word) && within).then_some(Span::new(n.span.start, n.span.start + name.len()))
            });
        // The last token of the chain and where the chain ends.
        let tail =
            village.and_then(|v| tokens.get(v).map(|t| (v, t.span.end))).or_else(|| people_of.map(|p| (j + 1, p.end)));
        let last = tokens.get(tail.map_or(j, |t| t.0)).unwrap_or(first);
        let word = first.span.text(text);
        // A township's name jieba tags ns as a word of its own (龙固镇/ns) is one without support.
        // Not when 村 follows: 宜居乡/ns 村 is 宜居乡村, a phrase.
        let tagged_township = first.pos == "ns"
            && listed.get(i).is_some_and(|k| k.is_township())
            && !tokens
                .get(i + 1)
                .is_some_and(|n| n.span.start == first.span.end && n.span.text(text).starts_with('村'));
        // So is a county's short form jieba's dictionary knows as a place name (洛南/ns, 敦煌/ns),
        // unless it is first an ordinary word.
        let tagged_county = first.pos == "ns"
            && first.known
            && listed.get(i).is_some_and(|k| k.is_short_name())
            && !COUNTIES_NAMED_LIKE_WORDS.contains(word);
        // 家中 和田/nz 疫苗: a short form that starts with a conjunction jieba glued to it, after a
        // noun, needs a related division too.
        let glued_conjunction = first.pos != "ns"
            && word.starts_with(['和', '与', '及', '同'])
            && touching_token_before(tokens, i).is_some_and(|p| p.pos.starts_with('n') || p.pos == "s");
        if j == i
            && tail.is_none()
            && (g.needs_context(word) || glued_conjunction)
            && !g.is_supported(word, &context)
            && !tagged_township
            && !tagged_county
        {
            i += 1;
            continue;
        }
        let end = tail.map_or(last.span.end, |t| t.1);
        let mut m = Mention::new(EntityKind::Place, Span::new(first.span.start, end), source);
        // The first part resolves against the text's divisions, the next against the part before.
        let mut before: Option<u64> = None;
        for (k, t) in tokens.iter().enumerate().take(j + 1).skip(i) {
            let word = t.span.text(text);
            let resolved = match before {
                Some(code) => g
                    .resolve(word, &[code])
                    .or_else(|| ["区", "新区"].iter().find_map(|s| g.resolve(&format!("{word}{s}"), &[code]))),
                None => g.resolve(word, &context),
            };
            if let Some(p) = resolved {
                before = Some(p.code);
                m.attrs.code = Some(p.code.to_string());
                m.attrs.name = (p.name != word).then_some(p.name);
                m.attrs.path = p.path;
            } else {
                m.attrs.code = None;
                m.attrs.name = None;
                m.attrs.path = Vec::new();
            }
            if j > i || tail.is_some() {
                m.attrs.parts.push(word.to_owned());
                // Each part is a place of its own too, with what the chain says of it.
                let mut part =
                    Mention::new(EntityKind::Place, t.span, kinds.get(k).copied().flatten().unwrap_or(source));
                part.attrs.code.clone_from(&m.attrs.code);
                part.attrs.name.clone_from(&m.attrs.name);
                part.attrs.path.clone_from(&m.attrs.path);
                parts.push(part);
            }
        }
        if let Some((last_token, end)) = tail
            && let Some(v) = tokens.get(j + 1).map(|a| Span::new(a.span.start, end))
        {
            // The village or the division is a part of its own, in the division the chain
            // resolved to; a village has no code, a division resolves in the part before.
            let within = m.attrs.code.as_deref().and_then(|c| c.parse::<u64>().ok());
            let resolved = people_of.and_then(|_| g.resolve(v.text(text), &within.into_iter().collect::<Vec<_>>()));
            m.attrs.parts.push(v.text(text).to_owned());
            let mut part = Mention::new(EntityKind::Place, v, if people_of.is_some() { source } else { Source::Rule });
            match resolved {
                Some(p) => {
                    m.attrs.code = Some(p.code.to_string());
                    m.attrs.path = p.path;
                    part.attrs.code.clone_from(&m.attrs.code);
                    part.attrs.path.clone_from(&m.attrs.path);
                }
                None => {
                    part.attrs.path.clone_from(&m.attrs.path);
                    m.attrs.code = None;
                }
            }
            parts.push(part);
            j = last_token;
        }
        if j > i {
            // The chain's own text is no short form of anything.
            m.attrs.name = None;
        }
        // 龙华/ns 公园, 北京/ns 西路: a landmark named by the place is a place of its own; the
        // division it is in stays as its path.
        if let Some(next) = tokens.get(j + 1).filter(|n| n.span.start == last.span.end && people_of.is_none())
            && LANDMARKS.contains(next.span.text(text))
        {
            m.span = Span::new(m.span.start, next.span.end);
            m.attrs.name = None;
            m.attrs.code = None;
            i = j + 2;
        } else {
            i = j + 1;
        }
        // 无锡市/ns 民/ng, 来宾市/n 区/n: jieba glued the 市 of 市民 (citizens) or 市区 (the urban
        // area) to the city's short name, which is the place.
        if let Some(next) = tokens.get(i).filter(|n| n.span.start == m.span.end)
            && matches!(next.span.text(text), "民" | "区")
            && let Some(city) = m.span.text(text).strip_suffix('市')
            && m.attrs.parts.is_empty()
            && g.kind(city).is_short_name()
        {
            m.span = Span::new(m.span.start, m.span.start + city.len());
            m.attrs.name = None;
        }
        out.push(m);
    }
    out
}

/// For each token, a place (index into `places`) that overlaps it, if any, found in one pass.
pub(super) fn place_index(tokens: &[Token], places: &[Mention]) -> Vec<Option<usize>> {
    let mut order: Vec<usize> = (0..places.len()).collect();
    order.sort_by_key(|&p| places.get(p).map_or(0, |m| m.span.start));
    let mut first = 0;
    tokens
        .iter()
        .map(|t| {
            let span_of = |k: usize| order.get(k).and_then(|&p| places.get(p)).map(|m| m.span);
            while span_of(first).is_some_and(|s| s.end <= t.span.start && s.start < t.span.start) {
                first += 1;
            }
            (first..order.len())
                .take_while(|&k| span_of(k).is_some_and(|s| s.start < t.span.end))
                .find(|&k| span_of(k).is_some_and(|s| s.overlaps(&t.span)))
                .and_then(|k| order.get(k).copied())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::recognize;
    use crate::entities::test_support::{assert_finds, assert_finds_instead, assert_finds_no, has, names, none_of};
    use crate::segment::Segmenter;

    #[test]
    fn a_provinces_short_form_before_a_city_in_it_is_one_place() {
        let found = names("他在福建泉州工作，后来去了湖南长沙。");
        assert!(has(&found, EntityKind::Place, "福建泉州"), "{found:?}");
        // 长沙 is a city and a county, both in 湖南.
        assert!(has(&found, EntityKind::Place, "湖南长沙"), "{found:?}");
        // Not a city of another province: 河南 and 泉州 are two places.
        let found = names("河南泉州两地合作。");
        assert!(!has(&found, EntityKind::Place, "河南泉州"), "{found:?}");
        // One word of jieba's (吉林长春/nr), and a county's short form jieba tags a noun (江油/n).
        assert_finds("他来自吉林长春，妻子来自四川江油。", EntityKind::Place, &["吉林长春", "四川江油"]);
    }

    #[test]
    fn a_city_of_the_world_jieba_tags_another_word_is_a_place_where_one_is_said_to_be() {
        // jieba tags 首尔 an adverb.
        assert_finds("发言人在首尔回应记者提问。", EntityKind::Place, &["首尔"]);
    }

    #[test]
    fn a_short_form_jieba_glued_to_a_conjunction_needs_a_related_division() {
        // 和田 (a prefecture of 新疆) is 和 (and) 田 (fields) after a noun, unless 新疆 is named.
        assert_finds_no("医生来到家中和田接种点。", EntityKind::Place);
        assert_finds("他来自新疆和田。", EntityKind::Place, &["新疆和田", "和田"]);
    }

    #[test]
    fn short_names_that_start_a_transliterated_name_are_no_places() {
        // 埃 (Egypt), 德 (Germany), 加 (Canada) are short names; before a dot they are a name.
        let found = names("他的兄弟埃德加·赖特是一名漫画家。");
        assert!(has(&found, EntityKind::Person, "埃德加·赖特") && found.len() == 1, "{found:?}");
        assert!(!names("不要对埃尔多安的行为视而不见。").iter().any(|f| f.0 == EntityKind::Place));
        // A short name before a word that is not all transliteration stays a place.
        assert_finds("英商马里奥银行开业。", EntityKind::Place, &["英"]);
    }

    #[test]
    fn villages_jieba_cut_off_their_name_or_made_up_are_places() {
        let found = names("青石镇下辖江北村、茄芷村和东山社区。");
        for place in ["江北村", "茄芷村"] {
            assert!(has(&found, EntityKind::Place, place), "{place}: {found:?}");
        }
        // Words of the dictionary that end in 村 are common nouns.
        assert!(names("他回到农村，住进了度假村。").is_empty());
    }

    #[test]
    fn a_palace_or_an_island_jieba_tags_as_a_name_is_a_place() {
        assert_finds("总统在巴黎爱丽舍宫会见了客人。", EntityKind::Place, &["爱丽舍宫"]);
        assert_finds("游客前往石垣岛和宫古岛度假。", EntityKind::Place, &["宫古岛"]);
    }

    #[test]
    fn an_island_or_a_bay_jieba_cut_off_its_name_is_a_place() {
        // 怀特/nr 岛/n: not a person 怀特岛 (怀 is a surname too).
        let found = names("他们登上了怀特岛。");
        assert!(has(&found, EntityKind::Place, "怀特岛") && found.len() == 1, "{found:?}");
    }

    #[test]
    fn a_provinces_short_form_and_a_prefecture_in_it_in_one_word_are_a_chain() {
        // jieba makes 新疆阿勒泰地区 one word; 阿勒泰地区 is a prefecture of 新疆 in the lists.
        let found = names("新疆阿勒泰地区将有降雪。");
        for place in ["新疆阿勒泰地区", "新疆", "阿勒泰地区"] {
            assert!(has(&found, EntityKind::Place, place), "{place}: {found:?}");
        }
    }

    #[test]
    fn a_citys_short_form_before_a_district_of_it_is_one_place() {
        // The lists hold 海淀区 and 温江区 in full only; the chain resolves to the district.
        let found = names("他住在北京海淀，在成都温江上班。");
        assert!(has(&found, EntityKind::Place, "北京海淀"), "{found:?}");
        assert!(has(&found, EntityKind::Place, "成都温江"), "{found:?}");
        // 海淀区 is 110108 in data/gazetteer.tsv.
        let lexicon = Lexicon::new();
        let text = "他住在北京海淀。";
        let tokens = Segmenter::new(&lexicon).run(text);
        let chain = recognize(text, &tokens, &lexicon).into_iter().find(|m| m.span.text(text) == "北京海淀");
        assert_eq!(chain.and_then(|m| m.attrs.code).as_deref(), Some("110108"));
        // A district of another city, or one first an ordinary word, is none.
        assert!(!has(&names("北京温江两地合作。"), EntityKind::Place, "北京温江"));
        assert!(!has(&names("丽江古城的夜晚很热闹。"), EntityKind::Place, "古城"));
    }

    #[test]
    fn a_name_before_a_scenic_spots_word_is_a_place_and_an_adjective_is_no_country() {
        assert_finds("游客在石门峡景区迷路了，后来去了海螺沟景区。", EntityKind::Place, &["石门峡", "海螺沟"]);
        // 很美: beautiful, not America.
        assert!(names("这个景区很美。").is_empty(), "{:?}", names("这个景区很美。"));
    }

    #[test]
    fn words_made_of_two_short_names_are_no_places() {
        // 非法 (illegal), 美德 (virtue); 中美 is China and America.
        let found = names("他非法收受财物，缺乏美德。中美关系稳定。");
        let places: Vec<&str> = found.iter().filter(|f| f.0 == EntityKind::Place).map(|f| f.1.as_str()).collect();
        assert_eq!(places, ["中", "美"], "{found:?}");
    }

    #[test]
    fn a_road_named_by_a_place() {
        assert_finds("车辆可经黄山路绕行。", EntityKind::Place, &["黄山路"]);
    }

    #[test]
    fn compass_regions_that_are_directions_and_words_that_are_no_places() {
        let found = names("东北地区中东部气温下降。柳庄村地处项城市西北王明口镇。救援人员沿河道搜索。");
        for word in ["中东", "西北", "沿河"] {
            assert!(!has(&found, EntityKind::Place, word), "{word}: {found:?}");
        }
        assert!(none_of(&found, EntityKind::Organization), "{found:?}");
        assert_finds("中东局势依然紧张。", EntityKind::Place, &["中东"]);
    }

    #[test]
    fn roads_named_by_a_name_or_by_short_forms() {
        assert_finds("车辆沿飞虹大道行驶，转入金湖大道。", EntityKind::Place, &["飞虹大道", "金湖大道"]);
        assert_finds("京沪高速和沪宁高速车流量大。", EntityKind::Place, &["京沪高速", "沪宁高速"]);
        // A road jieba made up with its HMM (锡岚路/n), or tags an organization (建设路/nt).
        assert_finds("车辆可经锡岚路、北汇路绕行。他家住在建设路。", EntityKind::Place, &["北汇路", "建设路"]);
        assert!(names("车辆可走锡岚路绕行。").is_empty());
        assert!(!names("他家住在建设路。").iter().any(|f| f.0 == EntityKind::Organization));
        // Not a phrase that ends in 路, nor a name of a person in a list of names.
        assert!(names("换人换届不换路。").is_empty());
        assert!(names("从桥头到京良路出口仅十公里。").iter().all(|f| f.1 != "到京良路"));
        let found = names("作品分别由张之路、秦文君创作。");
        assert!(has(&found, EntityKind::Person, "张之路"), "{found:?}");
    }

    #[test]
    fn roads_bridges_and_junctions_and_a_city_before_its_citizens() {
        let found = names("来宾市区飞虹路一带正在施工。无锡市民可以乘坐地铁。苏州枢纽至石桥枢纽封闭。");
        for place in ["来宾", "飞虹路", "无锡", "苏州枢纽", "石桥枢纽"] {
            assert!(has(&found, EntityKind::Place, place), "{place}: {found:?}");
        }
        assert!(!has(&found, EntityKind::Place, "无锡市"), "{found:?}");
        // A road without a name is no place.
        assert!(names("这条路很长，他一路走来。").is_empty());
    }

    #[test]
    fn buildings_jieba_tags_as_names_and_regions_of_short_forms() {
        assert_finds("游客登上黄鹤楼远眺。", EntityKind::Place, &["黄鹤楼"]);
        assert!(!names("首相在唐宁街发表讲话。").iter().any(|f| f.0 == EntityKind::Person));
        assert_finds("江淮和黄淮地区将有降雨。", EntityKind::Place, &["江淮", "黄淮"]);
    }

    #[test]
    fn china_and_a_country_paired_before_their_relations() {
        // 柬 (Cambodia) is no short name alone; before 两国 the pair says it is one.
        assert_finds("中柬两国签署了新的文化协定。", EntityKind::Place, &["中", "柬"]);
        // Without a word of relations, 中西 is Chinese and Western.
        assert!(names("中西医结合治疗效果好。").is_empty());
        // 台商: businessmen from Taiwan.
        assert_finds("欢迎台商来内地办厂。", EntityKind::Place, &["台"]);
    }

    #[test]
    fn a_venue_named_by_a_proper_name_is_a_place() {
        // jieba tags 温布利 and 金茂 as people.
        assert_finds("决赛将在温布利体育场举行。", EntityKind::Place, &["温布利体育场"]);
        assert_finds("公司搬进了新落成的金茂大厦。", EntityKind::Place, &["金茂大厦"]);
        assert_finds_no("公司搬进了新落成的金茂大厦。", EntityKind::Person);
    }

    #[test]
    fn township_after_county_is_no_person() {
        // jieba alone cuts 项城市王明口镇 into 项/城市/王明/口镇 and calls 王明 a person.
        assert_finds_instead("项城市王明口镇的群众", EntityKind::Place, "项城市王明口镇", EntityKind::Person);
    }

    #[test]
    fn the_parts_of_a_chain_are_places_nested_in_it() {
        let lexicon = Lexicon::new();
        let text = "项城市王明口镇的群众";
        let tokens = Segmenter::new(&lexicon).run(text);
        let found = recognize(text, &tokens, &lexicon);
        let places: Vec<(&str, Option<&str>)> = found
            .iter()
            .filter(|m| m.kind == EntityKind::Place)
            .map(|m| (m.span.text(text), m.attrs.code.as_deref()))
            .collect();
        // The chain first, then its parts, each with its own division code (项城市 is 411681,
        // its town 王明口镇 411681111 in data/gazetteer.tsv).
        assert_eq!(
            places,
            [("项城市王明口镇", Some("411681111")), ("项城市", Some("411681")), ("王明口镇", Some("411681111"))]
        );
    }

    #[test]
    fn a_county_short_form_jieba_knows_as_a_place_needs_no_other_division() {
        let found = names("他每年春节都回敦煌老家看望父母。");
        assert!(has(&found, EntityKind::Place, "敦煌"), "{found:?}");
        // Unless it is first a word: 平原 is a plain before it is a county of Shandong.
        let found = names("这里是一望无际的平原。");
        assert!(none_of(&found, EntityKind::Place), "{found:?}");
    }

    #[test]
    fn a_county_short_form_jieba_tags_otherwise_counts_beside_a_related_division() {
        // 鹿邑/nr, 太康/nr, 西华/nz: counties of 周口市 by their short forms.
        assert_finds(
            "考察组从周口市出发，先到鹿邑，又去了太康和西华。",
            EntityKind::Place,
            &["周口市", "鹿邑", "太康", "西华"],
        );
        // 资源 is 资源县 of 广西 and first the noun "resources".
        let found = names("广西壮族自治区的矿产资源丰富。");
        assert!(found.iter().all(|f| f.1 != "资源"), "{found:?}");
        // Alone, the same words are not taken for places.
        let found = names("会议在鹿邑召开。");
        assert!(found.iter().all(|f| f.1 != "鹿邑" || f.0 != EntityKind::Place), "{found:?}");
        // A short form that is first a word stays the word, whatever the text names.
        let found = names("天津市民祈愿和平。");
        assert!(found.iter().all(|f| f.1 != "和平"), "{found:?}");
    }

    #[test]
    fn the_bodies_of_the_sky_are_places_and_their_energy_is_not() {
        assert_finds(
            "探测器离开地球，飞向火星，途中拍下了太阳和月球。",
            EntityKind::Place,
            &["地球", "火星", "太阳", "月球"],
        );
        assert!(names("屋顶装了太阳能热水器。").is_empty());
    }

    #[test]
    fn a_country_in_one_character_before_its_army_or_after_a_visit() {
        let found = names("总统访美期间，美军和英军举行了联合演习，华侨代表到场。");
        for place in ["美", "英", "华"] {
            assert!(
                found.iter().filter(|f| f.0 == EntityKind::Place && f.1 == place).count() >= 1,
                "{place}: {found:?}"
            );
        }
        assert_eq!(found.iter().filter(|f| f.1 == "美").count(), 2, "{found:?}");
        // 亚军 is the runner-up, not Asia's army.
        assert_finds_no("她在比赛中获得亚军。", EntityKind::Place);
    }

    #[test]
    fn states_of_large_countries_and_their_short_forms() {
        assert_finds("他从加州飞往得克萨斯州，再去魁北克。", EntityKind::Place, &["加州", "得克萨斯州", "魁北克"]);
    }

    #[test]
    fn a_mountain_jieba_tags_as_a_name_is_a_place_unless_a_surname_starts_it() {
        let found = names("周末我们去爬五莲山。");
        assert!(has(&found, EntityKind::Place, "五莲山"), "{found:?}");
        let found = names("王海泉同志在会上讲话。");
        assert!(has(&found, EntityKind::Person, "王海泉"), "{found:?}");
    }

    #[test]
    fn a_transliterated_name_where_a_place_is_said_to_be_is_a_place() {
        // Made-up towns: the words around them say place, no cue says person.
        let found = names("代表团抵达莫拉维斯，随后飞往卡迪斯塔德。");
        assert!(has(&found, EntityKind::Place, "莫拉维斯"), "{found:?}");
        // 在 comes before people as often.
        let found = names("这在瓦尔德看来是一个错误。");
        assert!(has(&found, EntityKind::Person, "瓦尔德"), "{found:?}");
        // Listed with places; after 首都 even a name led by a surname (卢).
        assert_finds(
            "代表团访问了纽约、莫拉维斯和洛杉矶，又到了首都卢克萨。",
            EntityKind::Place,
            &["莫拉维斯", "卢克萨"],
        );
        let found = names("总统卡拉迪斯在会上说，局势稳定。");
        assert!(has(&found, EntityKind::Person, "卡拉迪斯"), "{found:?}");
        // A known organization jieba tags as a name is no person, nor the start of one.
        let found = names("克林顿在白宫会见了他。");
        assert!(has(&found, EntityKind::Organization, "白宫"), "{found:?}");
        // (The lab is a unit of the company: the organization is the whole, 英特尔贝克实验室.)
        let found = names("英特尔贝克实验室发布了报告。");
        assert!(
            has(&found, EntityKind::Organization, "英特尔贝克实验室") && none_of(&found, EntityKind::Person),
            "{found:?}"
        );
    }

    #[test]
    fn a_one_character_country_in_a_policy_a_war_or_a_list() {
        assert_finds(
            "会议讨论了对华政策和抗日战争的历史，法、德等国也派了代表。",
            EntityKind::Place,
            &["华", "日", "法", "德"],
        );
        // 对美元 is a currency, 中等 "middling".
        let found = names("人民币对美元汇率保持中等水平。");
        assert!(none_of(&found, EntityKind::Place), "{found:?}");
    }

    #[test]
    fn two_names_in_one_word_ending_like_a_feature_are_two_places() {
        assert_finds("来自中国香港的游客很多。", EntityKind::Place, &["中国", "香港"]);
    }

    #[test]
    fn references_to_a_province_are_no_places() {
        let found = names("全省各县要统一行动，本市也一样");
        assert!(none_of(&found, EntityKind::Place), "{found:?}");
    }

    #[test]
    fn venues_and_natural_features_are_places() {
        let found = names("藏品已移交中国茶叶博物馆收藏。");
        assert!(has(&found, EntityKind::Place, "中国茶叶博物馆"), "{found:?}");
        assert!(none_of(&found, EntityKind::Organization), "{found:?}");
        assert!(looks_like_feature("太行山") && looks_like_feature("西奈半岛") && looks_like_feature("天安门广场"));
        assert!(!looks_like_feature("山区") && !looks_like_feature("海关"));
        assert!(looks_like_feature("南斯拉夫联盟共和国") && looks_like_feature("德意志联邦共和国"));
        assert!(!looks_like_feature("共和国") && !looks_like_feature("联邦"));
    }

    #[test]
    fn rivers_of_two_characters_and_rivers_jieba_cut_off_their_name_are_places() {
        assert_finds("应当加强泗河和瓯江的保护。", EntityKind::Place, &["泗河", "瓯江"]);
        assert_finds("马颊河保护范围包括干流。", EntityKind::Place, &["马颊河"]);
        // Common nouns of rivers are none: 大河, 内河, 江湖.
        for text in ["这里没有一条内河。", "那是一条大河。", "他在江湖上闯荡多年。"] {
            assert_finds_no(text, EntityKind::Place);
        }
    }

    #[test]
    fn regions_and_cities_of_the_news_abroad_are_places() {
        assert_finds("安理会就加沙局势举行会议，约旦河西岸也出现冲突。", EntityKind::Place, &["加沙", "约旦河西岸"]);
        assert_finds("曼城主帅瓜迪奥拉到过哈尔科夫。", EntityKind::Place, &["哈尔科夫"]);
        assert_finds("曼城主帅瓜迪奥拉到过哈尔科夫。", EntityKind::Person, &["瓜迪奥拉"]);
    }

    #[test]
    fn a_compass_region_before_a_direction_or_a_wind_is_no_place() {
        assert_finds_no("台风向西北方向移动，带来东北风。", EntityKind::Place);
        // Nor is the wind a person (东北风/nr in jieba's dictionary).
        assert_finds_no("台风向西北方向移动，带来东北风。", EntityKind::Person);
        assert_finds("西北地区气温下降。", EntityKind::Place, &["西北"]);
    }

    #[test]
    fn rivers_and_lakes_jieba_tags_as_names_are_places() {
        // jieba's dictionary tags 梁子湖 and 钱塘江 nr: a lake's name is the lake; a river's in 江 is
        // where a word of rivers follows it, and then in the text's other mentions too.
        assert_finds("游客在梁子湖边钓鱼。", EntityKind::Place, &["梁子湖"]);
        let found = names("钱塘江流域今年雨水偏多，沿江各市注意钱塘江的水位。");
        assert_eq!(found.iter().filter(|f| f.0 == EntityKind::Place && f.1 == "钱塘江").count(), 2, "{found:?}");
        assert!(none_of(&found, EntityKind::Person), "{found:?}");
        // A person whose given name ends in 江 stays a person.
        assert_finds("张德江表示支持。", EntityKind::Person, &["张德江"]);
    }

    #[test]
    fn a_division_in_a_word_for_its_people_ends_the_chain() {
        // jieba's dictionary has 湖州人 (the people of 湖州) as one word.
        let text = "她是浙江湖州人，毕业于师范学院。";
        let found = names(text);
        assert!(has(&found, EntityKind::Place, "浙江湖州"), "{found:?}");
        assert!(has(&found, EntityKind::Place, "湖州"), "{found:?}");
        let lexicon = Lexicon::new();
        let tokens = Segmenter::new(&lexicon).run(text);
        let chain = recognize(text, &tokens, &lexicon).into_iter().find(|m| m.span.text(text) == "浙江湖州");
        assert_eq!(chain.and_then(|m| m.attrs.code).as_deref(), Some("3305"));
    }

    #[test]
    fn a_village_after_a_township_ends_the_chain() {
        let found = names("商水县谭庄镇王庄村的村民修好了路。");
        assert!(has(&found, EntityKind::Place, "商水县谭庄镇王庄村"), "{found:?}");
        // jieba's model takes 金村 for a name: after a township, it is the village.
        assert_finds_instead("家住平乐镇金村的老人", EntityKind::Place, "平乐镇金村", EntityKind::Person);
        // Villages in general are none: 乡村, 各村.
        for text in ["谭庄镇乡村振兴有了新进展。", "谭庄镇各村都修了路。"] {
            let found = names(text);
            assert!(found.iter().all(|f| !f.1.ends_with('村')), "{text}: {found:?}");
        }
    }

    #[test]
    fn villages_jieba_tags_as_names_are_places() {
        assert_finds("记者来到梅树村采访，他在花楸村租了一块地。", EntityKind::Place, &["梅树村", "花楸村"]);
        assert!(!looks_like_place("大城市") && !looks_like_place("小山村") && !looks_like_place("中东地区"));
    }

    #[test]
    fn streets_named_after_people_and_words_of_two_places() {
        let found = names("游客走上普希金大街，又参观了托尔斯泰故居。");
        assert!(
            has(&found, EntityKind::Place, "普希金大街") && has(&found, EntityKind::Place, "托尔斯泰故居"),
            "{found:?}"
        );
        assert!(none_of(&found, EntityKind::Person), "{found:?}");
        assert_finds("上海市浦东新区的企业很多。", EntityKind::Place, &["上海市", "浦东新区"]);
    }

    #[test]
    fn landmarks_named_by_a_place_are_places() {
        assert_finds("走在南京西路上，前往天津火车站。", EntityKind::Place, &["南京西路", "天津火车站"]);
    }
}
