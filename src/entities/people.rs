//! People: jieba's names with a surname, names cued by the words around them, transliterated
//! foreign names.

use crate::analysis::{EntityKind, Mention, Source};
use crate::chars::{self, Chars};
use crate::gazetteer::NameKind;
use crate::lexicon::Lexicon;
use crate::lists::{List, char_list, list};
use crate::segment::Token;
use crate::sentences::is_han;
use crate::span::Span;

use super::cues::{
    FUNCTION_HEADS, FUNCTION_TAILS, PERSON_BEFORE, PLACE_BEFORE, SAYING, after_title, company_named_like_a_word,
    ends_in_org_suffix, ends_like_org, is_company_named_like_a_word, is_list_comma, looks_like_place, marks_pseudonym,
    names_water, token_before, touching_token_before,
};

pub(super) fn is_transliteration(c: char) -> bool {
    TRANSLITERATION.contains(c)
}

/// Words of one character after a transliterated name that make it a place: 凯尔特海, 莫拉维斯市.
static FEATURE_WORDS: Chars = Chars::new("岛湾峡海郡港州堡市省县区城镇村河湖山角");

/// Last characters of islands, bays, straits, ports and counties abroad, which given names seldom
/// end with (a cue for a person still wins): 刁曼岛, 施莱湾, 恰郡.
const FEATURE_CHARS: [char; 6] = ['岛', '湾', '峡', '郡', '港', '堡'];

/// Words after a surname that make a person: 陈先生, 杨女士.
/// In `data/lists/honorifics.txt`.
static HONORIFICS: List = list!("honorifics");

/// Words right after a transliterated name that say it is a place: 卡迪斯塔德首都, 莫拉维斯市.
/// In `data/lists/place_after.txt`.
static PLACE_AFTER: List = list!("place_after");

/// Last characters of dictionary words jieba tags as names that are things or kinds of people,
/// and that given names seldom end with: 养老金, 宣传单, 雷阵雨, 纪念章, 吉祥物, 卫冕者, 外地人,
/// 近代史, 保守派, 书画展, 一等奖, 黑钙土, 共同体, 流行歌词, 杭帮菜. Not 书,
/// which ends given names too, though 通知书 is a thing.
static THING_ENDS: Chars = Chars::new(
    "金单雨章节仪赛质氏布感观性诗塔般浴田率堂馆站场费税款价物肉茶哥烟桥者周比合器机灯车人史派展奖土饭体词菜",
);

/// Characters that end words rather than names, besides [`THING_ENDS`]: 地方戏, 下班时,
/// 范围内, 开发区, 植物园, 现代化, 某某版 (an edition), 某某岛 (jieba cuts such words after their second
/// character too).
static NOT_THIRD: Chars = Chars::new("戏时内区市县乡镇村园化版岛湾峡");

/// Words of a surname-like character and 老 or 氏 that are no person: 古老 (ancient), 养老 (old-age
/// care), 元老 (elder statesman), 华氏 (Fahrenheit).
/// In `data/lists/words_like_honored.txt`.
static WORDS_LIKE_HONORED: List = list!("words_like_honored");

/// Function words and common words jieba's HMM glues to a surname-like character as a
/// three-character name, which no given name is: 段/时间, 别/以为, 多/一些.
/// In `data/lists/not_given_names.txt`.
static NOT_GIVEN_NAMES: List = list!("not_given_names");

/// Official titles after a surname alone: 江主席, 张书记 (the surname is the person).
/// In `data/lists/titles.txt`.
static TITLES: List = list!("titles");

/// Words after a name that make it a doctrine: 毛泽东思想, 马克思主义, 邓小平理论.
const DOCTRINES: [&str; 3] = ["理论", "主义", "思想"];

/// Words right after a name that say it is a person: 王明说, 李华表示, 张伟书记.
/// In `data/lists/person_after.txt`.
pub(super) static PERSON_AFTER: List = list!("person_after");

/// Common foreign given names in transliteration, a person on their own: 汤姆, 安娜, 大卫/n.
/// In `data/lists/foreign_given_names.txt`.
static FOREIGN_GIVEN_NAMES: List = list!("foreign_given_names");

/// Characters of transliterated foreign names: 克林顿, 叶利钦, 萨马兰奇.
/// In `data/lists/transliteration.txt`.
static TRANSLITERATION: Chars = char_list!("transliteration");

/// People: words jieba tags as names where the tag is believable, and surname + honorific.
///
/// jieba's dictionary tags many common words `nr` (文明, 高达), so a name needs more than its
/// tag: it starts with a surname and has 2-3 characters. A two-character dictionary word needs
/// a cue after it (说, 书记). A transliterated name is 3 or more characters of the usual
/// transliteration characters. `陈先生`, `杨女士`: a surname then an honorific.
#[inline(never)] // see `recognize`
pub(super) fn people(
    text: &str,
    tokens: &[Token],
    lexicon: &Lexicon,
    listed: &[NameKind],
    place_of: &[Option<usize>],
) -> Vec<Mention> {
    let mut out = Vec::new();
    // A word (tokens `i..=j`) is cued as a person by a title before it or a verb of saying
    // after it (记者江山, 李华表示), or by a name next to it in a list (姜成嘉、吴怡悦、程清若).
    let cued = |i: usize, j: usize| {
        let (Some(_), Some(last)) = (tokens.get(i), tokens.get(j)) else { return false };
        let prev = touching_token_before(tokens, i);
        let next = tokens.get(j + 1).filter(|n| n.span.start == last.span.end);
        let prev_word = prev.map_or("", |p| p.span.text(text));
        let next_word = next.map_or("", |n| n.span.text(text));
        // A whole item of a list, not the start of a longer name (姜成/nr 嘉, 顾德军).
        let item =
            prev.is_none_or(|p| p.pos == "w") && next.is_none_or(|n| n.pos == "w" || LIST_JOINS.contains(&next_word));
        // 陈艳萍：… at a line's start: who speaks in an interview (not a word of the dictionary
        // of two characters: 荣誉：, 花旗：).
        let first = tokens.get(i);
        // (Not figures after the colon: 某某：2.37/3.00 is a table's row.)
        let words_follow =
            next.is_some_and(|n| text.get(n.span.end..).is_some_and(|a| !a.starts_with(|c: char| c.is_ascii_digit())));
        let speaker = matches!(next_word, "：" | ":")
            && words_follow
            && first.is_some_and(|f| !(f.known && i == j && chars::count(f.span.text(text)) == 2))
            && text.get(..first.map_or(0, |t| t.span.start)).is_some_and(|b| b.is_empty() || b.ends_with('\n'));
        speaker
            || PERSON_AFTER.any_starts(next_word)
            || PERSON_BEFORE.any_ends(prev_word)
            || item
                && (listed_name(text, tokens, lexicon, i, Side::Before)
                    || listed_name(text, tokens, lexicon, j, Side::After))
            || joined_to_name(text, tokens, lexicon, i, j)
    };
    // One character: an adverb of more (恰恰) continues no name, though its characters are
    // transliteration characters too.
    let one_char = |t: &Token| t.span.len() <= 4 && chars::count(t.span.text(text)) == 1;
    // Names joined by dots, each of one or more words jieba cut: 塔米诺·维达,
    // 卡洛·贝拉/nrt 尼/nr, 米·斯·卡拉迪斯. A part is a run of words of transliteration
    // characters or tagged as names; one of them must be tagged as a name (亚历山大/ns may
    // start one).
    let is_dot = |t: &Token| matches!(t.span.text(text), "·" | "•" | "・");
    let name_tag = |t: &Token| matches!(t.pos, "nr" | "nrt" | "nrfg");
    // (Not a function word after a name: 哥伦布/ns 于/p 1492年.)
    let part_word = |t: &Token| {
        !matches!(t.pos, "w" | "m" | "p" | "c" | "u" | "uj" | "ul" | "y")
            && (name_tag(t) || t.pos == "nz" || t.span.text(text).chars().all(is_transliteration))
            && (t.pos != "d" || one_char(t))
    };
    // A part of several words is at most five characters (莫拉维斯基, 贝拉尼): in a list of
    // names with nothing between them, the words before and after a dotted name are other
    // names, not parts of it (王卫东卡洛·贝拉尼李志刚).
    let part_chars = |from: usize, to: usize| {
        tokens.get(from..=to).map_or(0, |ws| ws.iter().map(|w| chars::count(w.span.text(text))).sum::<usize>())
    };
    // Nor is a Chinese name of its own (王卫东/nr: a surname and two characters, not all of them
    // transliteration characters) part of a longer one.
    let native_name = |t: &Token| {
        let word = t.span.text(text);
        name_tag(t)
            && chars::count(word) == 3
            && lexicon.surname_of(word).is_some_and(|s| chars::count(s) == 1)
            && !word.chars().all(is_transliteration)
    };
    let part_end = |k: usize| {
        let mut j = k;
        while let (Some(a), Some(b)) = (tokens.get(j), tokens.get(j + 1)) {
            if b.span.start != a.span.end || !part_word(b) || native_name(b) || part_chars(k, j + 1) > 5 {
                break;
            }
            j += 1;
        }
        j
    };
    // A transliterated name (tokens `i..=j`) is a place where the words around it say so and no
    // cue says person: 抵达莫拉维斯, 城市卡迪斯塔德, 卡迪斯塔德首都.
    // So is one listed with places (纽约、莫拉维斯、洛杉矶), and, of any name, one after 首都 or
    // 城市 (首都卢克萨, 卢 being a surname too).
    let listed_with_place = |i: usize, j: usize| {
        let comma = |k: usize| is_list_comma(text, tokens.get(k));
        let place = |k: usize| listed.get(k).is_some_and(|kind| kind.is_full_name());
        i.checked_sub(2).is_some_and(|p| comma(p + 1) && place(p)) || comma(j + 1) && place(j + 2)
    };
    let prev_word = |i: usize| token_before(tokens, i).map_or("", |p| p.span.text(text));
    let foreign_kind = |i: usize, j: usize| {
        let next = tokens.get(j + 1).map_or("", |n| n.span.text(text));
        let said = PLACE_BEFORE.contains(prev_word(i)) || PLACE_AFTER.contains(next) || listed_with_place(i, j);
        if said && !cued(i, j) { EntityKind::Place } else { EntityKind::Person }
    };
    // 凯尔特/nrt 海, 奇/莉娅/nrt 湾, 莫拉维斯/nrt 市, 图尔/nrt 恰郡/ns: the word of a feature or a
    // division right after a transliterated name (tokens up to `j`) makes it a place's; where it
    // ends.
    let feature_after = |j: usize| {
        let last = tokens.get(j)?;
        let n = tokens.get(j + 1).filter(|n| n.span.start == last.span.end)?;
        let w = n.span.text(text);
        let mut cs = w.chars();
        let feature = match (cs.next(), cs.next(), cs.next()) {
            (Some(c), None, _) => FEATURE_WORDS.contains(c),
            (Some(a), Some(b), None) => {
                // (Not a word of its own: 沙尔克 汉堡, a club and a city.)
                matches!(w, "半岛" | "群岛" | "海峡") || !n.known && is_transliteration(a) && FEATURE_CHARS.contains(&b)
            }
            _ => false,
        };
        feature.then_some(n.span.end)
    };
    // 汤姆-克鲁斯, 索尔-坎贝尔: a hyphen for the dot after a foreign name (tokens up to `j`), before a
    // transliterated surname; where the surname ends.
    let hyphened = |j: usize| {
        let name = tokens.get(j)?;
        let hyphen =
            tokens.get(j + 1).filter(|h| h.span.start == name.span.end && matches!(h.span.text(text), "-" | "－"))?;
        let surname = tokens.get(j + 2).filter(|s| s.span.start == hyphen.span.end)?;
        let w = surname.span.text(text);
        // (Not two clubs of a fixture: 阿森纳-切尔西.)
        let club = |s: &str| lexicon.is_known_organization(s);
        (chars::count(w) >= 2 && w.chars().all(is_transliteration) && !club(w) && !club(name.span.text(text)))
            .then(|| tokens.get(part_end(j + 2)).map_or(surname.span.end, |e| e.span.end))
    };
    // 古斯塔/nr 沃在/p: jieba's model glued the last character of a transliterated name (tokens
    // up to `j`) to a function word after it; the bytes of that character.
    let glued_last = |j: usize| {
        tokens
            .get(j)
            .zip(tokens.get(j + 1))
            .filter(|(a, n)| n.span.start == a.span.end && !n.known)
            .and_then(|(_, n)| glued_to_name(text, n, &FUNCTION_TAILS, false))
            .unwrap_or(0)
    };
    // A surname and given name in transliteration characters (桑德兰: 桑 is a surname too) before a
    // word of places (附近, 境内) is a place.
    let native_kind = |i: usize| {
        let all_transliterated = tokens
            .get(i)
            .is_some_and(|t| chars::count(t.span.text(text)) >= 3 && t.span.text(text).chars().all(is_transliteration));
        let place_after = || PLACE_AFTER.contains(tokens.get(i + 1).map_or("", |n| n.span.text(text)));
        if (matches!(prev_word(i), "首都" | "首府" | "城市") || all_transliterated && place_after()) && !cued(i, i)
        {
            EntityKind::Place
        } else {
            EntityKind::Person
        }
    };
    for (i, t) in tokens.iter().enumerate() {
        // Punctuation and figures start no name (a fifth of the tokens, passed over cheaply).
        if matches!(t.pos, "w" | "m") {
            continue;
        }
        let word = t.span.text(text);
        let chars = chars::count(word);
        let source = if t.known { Source::Dictionary } else { Source::Model };
        let next = tokens.get(i + 1).filter(|n| n.span.start == t.span.end);
        let next_word = next.map_or("", |n| n.span.text(text));
        let in_place = place_of.get(i).copied().flatten().is_some();
        let full_name = listed.get(i).is_some_and(|k| k.is_full_name());
        // A word right after a figure is its unit: 20戈比, 54费丹.
        let after_figure = touching_token_before(tokens, i)
            .is_some_and(|p| p.span.text(text).chars().all(crate::numbers::numeral::is_numeral_char));
        // 钟南山/ns, 周恩来/t, 屠/nr 呦呦: a well-known person of the list, in one to three words of
        // its own, where no more of a name follows (马云/飞 is another) and no figure comes before
        // (10 牛顿 is a unit).
        // (Not part of a dotted name, 希拉里·克林顿, nor after a character that may start a longer
        // name: 南/f 拜登 is Baden.)
        let before = touching_token_before(tokens, i);
        let part_of_more = before.is_some_and(|p| {
            is_dot(p) || one_char(p) && matches!(p.pos, "f" | "s" | "ns" | "n" | "nr" | "ng" | "a" | "j" | "b" | "x")
        });
        if word.chars().next().is_some_and(|c| lexicon.may_start_known_person(c))
            && !after_figure
            && !part_of_more
            && !lexicon.user.contains_key(word)
        {
            let known = (i..tokens.len().min(i + 3)).rev().find(|&k| {
                let (Some(last), Some(words)) = (tokens.get(k), tokens.get(i..=k)) else { return false };
                // (The list first: it rejects nearly every run.)
                if !text.get(t.span.start..last.span.end).is_some_and(|name| lexicon.is_known_person(name)) {
                    return false;
                }
                let touching =
                    words.windows(2).all(|w| w.first().map(|a| a.span.end) == w.get(1).map(|b| b.span.start));
                let after = tokens.get(k + 1).filter(|n| n.span.start == last.span.end);
                let ends = after.is_none_or(|n| !is_dot(n) && ends_name_before(text, n, true));
                touching && ends
            });
            if let Some(last) = known.and_then(|k| tokens.get(k)) {
                out.push(Mention::new(EntityKind::Person, Span::new(t.span.start, last.span.end), Source::Gazetteer));
                continue;
            }
        }
        // 小花（化名）: a name the text says it made up, whatever jieba made of it (one or two
        // words, two or three Han characters).
        if let Some(last) = pseudonym_end(text, tokens, i)
            && !lexicon.user.contains_key(word)
        {
            let end = tokens.get(last).map_or(t.span.end, |l| l.span.end);
            // 和小东（化名）: jieba glued a function word to the name.
            let glued = word.starts_with(|c| FUNCTION_HEADS.contains(c)) && chars::count(&text[t.span.start..end]) == 3;
            let start = if glued { t.span.start + word.chars().next().map_or(0, char::len_utf8) } else { t.span.start };
            out.push(Mention::new(EntityKind::Person, Span::new(start, end), Source::Rule));
            continue;
        }
        // 总经理赵新州: a title before a surname's name outweighs an ending like a division's.
        let titled = || lexicon.surname_of(word).is_some() && after_title(text, tokens, i);
        // 张家港/nr: a division's short form of three characters is the place, unless a cue says
        // person.
        let division_short = chars >= 3 && listed.get(i).is_some_and(|k| k.is_short_name()) && !cued(i, i);
        let skip = in_place
            || lexicon.user.contains_key(word)
            // 小米|宣布: the company.
            || company_named_like_a_word(text, tokens, i)
            || full_name
            || division_short
            || looks_like_place(word) && !titled()
            || names_water(text, tokens, i) && !cued(i, i);
        if skip || after_figure {
            continue;
        }
        // Names joined by dots (the helpers above the loop). A translated given name may be a
        // noun of two characters, before a transliterated surname: 茉莉/n·西尔斯/nr.
        let translated_given = || {
            matches!(t.pos, "n" | "nz" | "ng")
                && chars::count(word) == 2
                && word.chars().all(is_han)
                && !PERSON_BEFORE.any_ends(word)
                && !TITLES.contains(word)
                && next.is_some_and(is_dot)
                && tokens.get(i + 2).is_some_and(|s| {
                    let surname = s.span.text(text);
                    name_tag(s) && chars::count(surname) >= 2 && surname.chars().all(is_transliteration)
                })
        };
        if (part_word(t) || t.pos == "ns" || translated_given())
            && next.is_some_and(|n| is_dot(n) || part_word(n) && !native_name(t) && !native_name(n))
        {
            let mut end = part_end(i);
            let mut parts = 1;
            while let (Some(a), Some(dot), Some(b)) = (tokens.get(end), tokens.get(end + 1), tokens.get(end + 2)) {
                if !is_dot(dot) || dot.span.start != a.span.end || b.span.start != dot.span.end || !part_word(b) {
                    break;
                }
                end = part_end(end + 2);
                parts += 1;
            }
            let words = tokens.get(i..=end).unwrap_or_default();
            let mut span = Span::new(t.span.start, words.last().map_or(t.span.end, |w| w.span.end));
            // 由亚/j 尼斯·…, …布雷斯特 德于/p: the HMM glued a name's first or last character to a
            // function word.
            let glued = |k: Option<&Token>, function: &Chars, front: bool| {
                k.and_then(|g| glued_to_name(text, g, function, front))
            };
            if let Some(len) = glued(touching_token_before(tokens, i), &FUNCTION_HEADS, true) {
                span.start -= len;
            }
            // 让/v -皮埃尔·…: a hyphenated first name (让 is no transliteration character
            // elsewhere: it is a verb).
            let hyphen_first = touching_token_before(tokens, i)
                .filter(|h| matches!(h.span.text(text), "-" | "－"))
                .and_then(|_| touching_token_before(tokens, i - 1))
                .filter(|f| {
                    let w = f.span.text(text);
                    (1..=3).contains(&chars::count(w)) && w.chars().all(is_han)
                });
            if let Some(first) = hyphen_first {
                span.start = first.span.start;
            }
            let after = tokens.get(end + 1).filter(|n| n.span.start == span.end);
            if let Some(len) = glued(after, &FUNCTION_TAILS, false) {
                span.end += len;
            }
            if parts >= 2 && words.iter().any(name_tag) && chars::count(span.text(text)) >= 4 {
                out.push(Mention::new(EntityKind::Person, span, Source::Rule));
                continue;
            }
        }
        // A transliterated name jieba cut in pieces: 卡迪斯/nr 塔德/nrt, 莫/d 拉维斯/nrt.
        // (Not over a known organization: 英特尔/ns 贝克/nr is Intel and a name.)
        let translit = |t: &Token| {
            t.span.text(text).chars().all(is_transliteration) && !lexicon.is_known_organization(t.span.text(text))
        };
        if translit(t) && !matches!(t.pos, "w" | "m") {
            let mut j = i;
            let mut named = matches!(t.pos, "nr" | "nrt");
            while let (Some(a), Some(b)) = (tokens.get(j), tokens.get(j + 1)) {
                // One character may be tagged anything but punctuation or a figure: 罗米/nr 娃/ng,
                // 索米/nr 汗/zg, 贝塔/nrt 亚/j.
                let function_word = matches!(b.pos, "p" | "c" | "r" | "w" | "m") || b.pos.starts_with('u');
                let tag_joins =
                    matches!(b.pos, "nr" | "nrt" | "ns" | "nz" | "x" | "ng") || one_char(b) && !function_word;
                // (Not a feature's word that ends the name: 凯尔特/nrt 海/n, 卡迪斯/nr 塔德/nrt 港.)
                let ends_as_feature = one_char(b)
                    && b.span.text(text).chars().next().is_some_and(|c| FEATURE_WORDS.contains(c))
                    && tokens.get(j + 2).is_none_or(|c| c.span.start != b.span.end || !translit(c));
                if b.span.start != a.span.end || !translit(b) || !tag_joins || ends_as_feature {
                    break;
                }
                named |= matches!(b.pos, "nr" | "nrt");
                j += 1;
            }
            let last = tokens.get(j).unwrap_or(t);
            let span = Span::new(t.span.start, last.span.end);
            if j > i && named && chars::count(span.text(text)) >= 3 {
                if let Some(end) = feature_after(j) {
                    out.push(Mention::new(EntityKind::Place, Span::new(span.start, end), Source::Rule));
                } else {
                    let end = hyphened(j).unwrap_or(span.end + glued_last(j));
                    out.push(Mention::new(foreign_kind(i, j), Span::new(span.start, end), Source::Rule));
                }
                continue;
            }
        }
        // …and glued the third to the function word after it, a word of its HMM: 唐仁/nr 健到/v,
        // 李明/nr 华在/v (not 张伟/nr 说到/v, a word of the dictionary).
        if matches!(t.pos, "nr" | "nrfg")
            && chars == 2
            && lexicon.surname_of(word).is_some_and(|s| chars::count(s) == 1)
            && let Some(glued) = next.filter(|n| {
                let w = n.span.text(text);
                let mut cs = w.chars();
                !n.known
                    && matches!((cs.next(), cs.next(), cs.next()), (Some(a), Some(b), None)
                        if is_han(a) && !NOT_THIRD.contains(a) && !THING_ENDS.contains(a) && FUNCTION_TAILS.contains(b))
            })
        {
            let third = glued.span.text(text).chars().next().map_or(0, char::len_utf8);
            out.push(Mention::new(EntityKind::Person, Span::new(t.span.start, glued.span.start + third), Source::Rule));
            continue;
        }
        // jieba cut a three-character name after its second character: 孙家/nrfg 平/n 这种, 刘家/nrfg
        // 平/n 这样, 江亮/nr 嘉/nr 与. The third is no function word, and a boundary, a function word
        // or a figure follows it. In a list of names (姜成/nr 嘉/nr 、, 程清/nr 若/c 、) the third
        // may be any word of one character: the list says where the name ends.
        let after_third = tokens.get(i + 2);
        let listed_third = is_list_comma(text, after_third)
            || is_list_comma(text, token_before(tokens, i)) && after_third.is_none_or(|a| a.pos == "w");
        if matches!(t.pos, "nr" | "nrfg")
            && chars == 2
            && lexicon.surname_of(word).is_some_and(|s| chars::count(s) == 1)
            && let Some(third) = next.filter(|n| {
                n.span.len() <= 4
                    && chars::count(n.span.text(text)) == 1
                    && (matches!(n.pos, "a" | "ng" | "n" | "z" | "zg" | "b" | "nr")
                        || listed_third && !matches!(n.pos, "w" | "m" | "x" | "eng") && !n.pos.starts_with('u'))
                    && n.span.text(text).chars().next().is_some_and(|c| is_han(c) && !NOT_THIRD.contains(c) && !THING_ENDS.contains(c))
            })
            && tokens.get(i + 2).is_none_or(|after| {
                after.span.start != third.span.end
                    || matches!(after.pos, "w" | "p" | "u" | "uj" | "c" | "v" | "d" | "r" | "m")
                    // 吴成/nr 虎/n 研究员: a title after the name.
                    || PERSON_BEFORE.contains(after.span.text(text))
            })
            // A quoted three-character term is a slogan or a thing: “廉政墙”.
            && !(text.get(..t.span.start).is_some_and(|b| b.ends_with(['“', '"']))
                && text.get(third.span.end..).is_some_and(|a| a.starts_with(['”', '"'])))
        {
            out.push(Mention::new(EntityKind::Person, Span::new(t.span.start, third.span.end), Source::Rule));
            continue;
        }
        // jieba's HMM glued a function word to the name: 焦瑞以, 聂聪为, 孙敏浩带 → 焦瑞, 聂聪, 孙敏浩;
        // or 家 (the family): 小林家 → 小林.
        if matches!(t.pos, "nr" | "nrfg")
            && !t.known
            && (3..=4).contains(&chars)
            && let Some((cut, last)) = word.char_indices().last()
            && let Some(name) = word.get(..cut)
            && (FUNCTION_TAILS.contains(last) && lexicon.surname_of(name).is_some_and(|s| chars::count(s) == 1)
                || last == '家' && chars == 3 && name.starts_with(['小', '老']))
        {
            out.push(Mention::new(
                EntityKind::Person,
                Span::new(t.span.start, t.span.start + name.len()),
                Source::Model,
            ));
            continue;
        }
        // …or to its start: 当丁瑾, 像鲁璐 → 丁瑾, 鲁璐. A name that starts with such a
        // character (当, 以 are surnames too) is left whole when what follows is no surname.
        if matches!(t.pos, "nr" | "nrfg")
            && !t.known
            && (3..=4).contains(&chars)
            && word.starts_with(|c| FUNCTION_HEADS.contains(c))
            && let Some((cut, _)) = word.char_indices().nth(1)
            && let Some(name) = word.get(cut..)
            && lexicon.surname_of(name).is_some_and(|s| chars::count(s) == 1)
            && lexicon.surname_of(word).is_none_or(|s| chars::count(s) == 1 && chars::count(name) == 3)
        {
            let start = t.span.start + cut;
            out.push(Mention::new(EntityKind::Person, Span::new(start, t.span.end), Source::Model));
            continue;
        }
        // 杜氏, 胡老: a surname and a respectful 氏 or 老 (Mr Du, old Hu); the person is the surname,
        // as the news corpora mark it (先生 and 女士 stay in the name, as the issue asks).
        if matches!(t.pos, "nr" | "nrfg")
            && chars == 2
            && word.ends_with(['氏', '老'])
            && !WORDS_LIKE_HONORED.contains(word)
            && let Some((cut, _)) = word.char_indices().last()
            && let Some(surname) = word.get(..cut)
            && lexicon.surname_of(surname) == Some(surname)
        {
            out.push(Mention::new(
                EntityKind::Person,
                Span::new(t.span.start, t.span.start + surname.len()),
                Source::Rule,
            ));
            continue;
        }
        // Not the start of a longer name (柯从/v 恕, 甄声 恒是, 某某/ns 其昭): a word of the
        // dictionary follows the token, or a function word or punctuation.
        let ends_here = || next.is_none_or(|n| ends_name_before(text, n, false));
        // A common foreign given name (汤姆/nr, 大卫/n) is a person without a cue, where no more of
        // a name follows; also with a function word jieba glued before it (和玛丽/nr).
        // Not part of a longer name jieba cut: 飞思/n 卡尔 (a company), 杰瑞/布凯默.
        let longer = |n: &Token| translit(n) && (one_char(n) || name_tag(n));
        let given_name = |from: usize| {
            word.get(from..).is_some_and(|w| FOREIGN_GIVEN_NAMES.contains(w))
                && next.is_none_or(|n| !is_dot(n) && !longer(n))
                // (Not 大卫/n 营/n: a word of one character after it makes another word.)
                && (ends_here() || next.is_some_and(|n| n.pos == "v"))
                && (from > 0 || touching_token_before(tokens, i).is_none_or(|p| p.pos == "w" || p.known && !translit(p)))
        };
        if given_name(0) {
            let end = hyphened(i).unwrap_or(t.span.end);
            out.push(Mention::new(EntityKind::Person, Span::new(t.span.start, end), Source::Rule));
            continue;
        }
        if let Some(head) = word.chars().next().filter(|&c| FUNCTION_HEADS.contains(c))
            && given_name(head.len_utf8())
        {
            out.push(Mention::new(
                EntityKind::Person,
                Span::new(t.span.start + head.len_utf8(), t.span.end),
                Source::Rule,
            ));
            continue;
        }
        if matches!(t.pos, "nr" | "nrfg" | "nrt") {
            let surname = lexicon.surname_of(word);
            let given = surname.map_or(0, |s| chars - chars::count(s));
            let ends_in_org = ends_in_org_suffix(word);
            let cued = cued(i, i);
            let thing = t.known && word.chars().last().is_some_and(|c| THING_ENDS.contains(c));
            // 越积越, 越来越: a pattern of a phrase, not a name (克拉克 is a transliteration); 段时间,
            // 别以为: a word after a character that is a surname too.
            let phrase =
                chars == 3 && word.chars().next() == word.chars().nth(2) && !word.chars().all(is_transliteration)
                    || surname.and_then(|s| word.get(s.len()..)).is_some_and(|g| NOT_GIVEN_NAMES.contains(g));
            if phrase {
                continue;
            }
            // A cue outweighs a thing-like ending: 刘克田 after 李志刚、.
            let native = (1..=2).contains(&given) && !ends_in_org && (!thing || cued) && (!(t.known && chars == 2) || cued)
                // 晓雯表示: a given name alone, tagged as a name and cued as a person.
                || (2..=3).contains(&chars) && cued && !ends_in_org && !thing
                // 首相 岸田文雄/nr, 前首相 安倍晋三/nr: four characters after a title (a Japanese name, a
                // compound surname); jieba tags many four-character phrases nr too.
                || chars == 4
                    && word.chars().all(is_han)
                    && after_title(text, tokens, i);
            let distinct = word.chars().next() != word.chars().nth(1);
            // (Not 亚马逊, a company's name and a river's.)
            let foreign = (chars >= 3 || chars == 2 && distinct && (t.pos == "nrt" || cued || hyphened(i).is_some()))
                && word.chars().all(is_transliteration)
                && !is_company_named_like_a_word(word);
            if let Some(end) = feature_after(i).filter(|_| foreign && !cued) {
                out.push(Mention::new(EntityKind::Place, Span::new(t.span.start, end), Source::Rule));
                continue;
            }
            // 刁曼岛/nr, 施莱湾/nr: a name jieba's model made up that ends like an island, a bay
            // or a county abroad is the place.
            if !t.known && chars >= 3 && word.ends_with(FEATURE_CHARS) && !cued {
                out.push(Mention::new(EntityKind::Place, t.span, Source::Model));
                continue;
            }
            if native || foreign {
                let kind = if native { native_kind(i) } else { foreign_kind(i, i) };
                let end = if native { t.span.end } else { hyphened(i).unwrap_or(t.span.end + glued_last(i)) };
                out.push(Mention::new(kind, Span::new(t.span.start, end), source));
                continue;
            }
        }
        // A transliterated name jieba knows as another word (丹尼尔斯/ns, 伊曼纽尔/nz), cued:
        // 秘书长丹尼尔斯, 伊曼纽尔强调. Places of the lists were left out above.
        // Or any word jieba tags as a place that no list has, right after a title: 总统 普京/ns.
        let titled_place_word = t.pos == "ns"
            && ends_here()
            && listed.get(i).is_none_or(|k| !k.is_full_name() && !k.is_short_name())
            && touching_token_before(tokens, i).is_some_and(|p| PERSON_BEFORE.any_ends(p.span.text(text)))
            && !super::places::looks_like_feature(word);
        if matches!(t.pos, "ns" | "nz" | "n")
            && (2..=5).contains(&chars)
            && word.chars().next() != word.chars().nth(1)
            && (word.chars().all(is_transliteration) || titled_place_word)
            && !ends_in_org_suffix(word)
            && cued(i, i)
        {
            out.push(Mention::new(EntityKind::Person, t.span, Source::Rule));
            continue;
        }
        // 任所长 (serves as head), 向同志们 (to the comrades): a verb or function word before a
        // title or an honorific is no surname.
        let function_word = matches!(t.pos, "r" | "p" | "v" | "d" | "c" | "u" | "f" | "q" | "m");
        // Not q: jieba takes the 张 of 张先生 for the measure word.
        if chars == 1
            && (!function_word || matches!(t.pos, "q" | "m"))
            && let Some(next) = next.filter(|n| HONORIFICS.contains(n.span.text(text)))
            && lexicon.surname_of(word).is_some()
            && tokens.get(i + 2).is_none_or(|n| n.span.text(text) != "们")
        {
            out.push(Mention::new(EntityKind::Person, Span::new(t.span.start, next.span.end), Source::Rule));
            continue;
        }
        // 女儿小林, 患者老陈: 小 or 老 and a surname, with a cue (jieba's dictionary knows some
        // such words as other words: 小高 is an adjective).
        if chars == 2
            && word.starts_with(['小', '老'])
            && let Some((cut, _)) = word.char_indices().nth(1)
            && word.get(cut..).is_some_and(|s| lexicon.surname_of(s) == Some(s))
            && cued(i, i)
        {
            out.push(Mention::new(EntityKind::Person, t.span, Source::Rule));
            continue;
        }
        // 王/nr 某某/r, 向/p 某波/j: a surname and 某 stand for a person the text does not name
        // (not 于/p 某日, 对/p 某些: a time or an amount; a preposition before 某某 is one).
        if chars == 1
            && lexicon.surname_of(word) == Some(word)
            && let Some(n) = next.filter(|n| {
                let mut cs = n.span.text(text).chars();
                cs.next() == Some('某')
                    && match (cs.next(), cs.next()) {
                        (None, _) => t.pos != "p",
                        (Some('某'), None) => t.pos != "p",
                        (Some(c), None) => is_han(c) && !NOT_AFTER_MOU.contains(c),
                        _ => false,
                    }
            })
        {
            out.push(Mention::new(EntityKind::Person, Span::new(t.span.start, n.span.end), Source::Rule));
            continue;
        }
        // Not after a place it ends (巴西/ns 籍/n 教练: of Brazilian nationality), nor after a title
        // (局长 任 组长: the head serves as leader).
        let after_place =
            || touching_token_before(tokens, i).is_some_and(|p| p.pos == "ns") || after_title(text, tokens, i);
        // (张/q 经理: jieba takes 张 for the measure word unless a figure comes before it.)
        let zhang_q = word == "张" && t.pos == "q" && token_before(tokens, i).is_none_or(|p| p.pos != "m");
        if chars == 1
            && (!function_word || zhang_q)
            && lexicon.surname_of(word).is_some()
            && TITLES.contains(next_word)
            && !after_place()
        {
            out.push(Mention::new(EntityKind::Person, t.span, Source::Rule));
            continue;
        }
        // The same as one word: 江主席, 张书记 (支队长 and 司局长 are titles themselves: not 支, 司;
        // nor 班主任, a class teacher).
        if (3..=4).contains(&chars)
            && !word.starts_with(['支', '司'])
            && !TITLE_WORDS.contains(&word)
            && let Some((first, title)) = word.char_indices().nth(1).map(|(i, _)| word.split_at(i))
            && TITLES.contains(title)
            && lexicon.surname_of(first) == Some(first)
            && !after_place()
        {
            out.push(Mention::new(
                EntityKind::Person,
                Span::new(t.span.start, t.span.start + first.len()),
                Source::Rule,
            ));
            continue;
        }
        // A surname jieba tagged as a name, then a given name it cut off: 邓/nr 英俊; in a list of
        // names, a given name that is also a word: 、吴/nr 怡悦/a 、.
        let in_list = |k: usize| is_list_comma(text, token_before(tokens, i)) || is_list_comma(text, tokens.get(k + 1));
        // jieba takes 张 for the measure word (张/q 和平/nz) unless a figure comes before it.
        let zhang =
            word == "张" && t.pos == "q" && !token_before(tokens, i).is_some_and(|p| p.pos == "m" || p.pos == "r");
        if chars == 1
            && (t.pos == "nr" || zhang)
            && lexicon.surname_of(word).is_some()
            && let Some(given) = next.filter(|n| {
                let w = n.span.text(text);
                let n_chars = chars::count(w);
                (1..=2).contains(&n_chars)
                    && w.chars().all(is_han)
                    && (matches!(n.pos, "nr" | "nrt" | "nrfg" | "nz" | "ng")
                        || !n.known
                        || n_chars == 1 && matches!(n.pos, "n" | "a" | "ns")
                        || in_list(i + 1) && matches!(n.pos, "n" | "a" | "ns" | "v" | "ad" | "an"))
                    && !TITLES.contains(w)
                    && !HONORIFICS.contains(w)
                    && !ends_like_org(w)
                    && !lexicon.places.is_full_name(w)
            })
        {
            out.push(Mention::new(EntityKind::Person, Span::new(t.span.start, given.span.end), Source::Rule));
            continue;
        }
        // In a list of names, a surname jieba took for a noun and the given name after it (雷/n
        // 佳音/n、某丽、…): the name listed next to it says what it is.
        if chars == 1
            && matches!(t.pos, "n" | "ng" | "a")
            && lexicon.surname_of(word) == Some(word)
            && let Some(given) = next.filter(|n| {
                let w = n.span.text(text);
                (1..=2).contains(&chars::count(w))
                    && w.chars().all(is_han)
                    && matches!(n.pos, "n" | "nr" | "nz" | "ng" | "a" | "an")
                    && w.chars().next_back().is_some_and(|c| !NOT_THIRD.contains(c) && !THING_ENDS.contains(c))
                    && !TITLES.contains(w)
                    && !HONORIFICS.contains(w)
                    && !ends_like_org(w)
            })
            && (is_list_comma(text, tokens.get(i + 2)) && listed_name(text, tokens, lexicon, i + 1, Side::After)
                || is_list_comma(text, token_before(tokens, i)) && listed_name(text, tokens, lexicon, i, Side::Before))
        {
            out.push(Mention::new(EntityKind::Person, Span::new(t.span.start, given.span.end), Source::Rule));
            continue;
        }
        // The same with a given name that is also a word, when the context says it is a person:
        // 主任唐/nr 建莲/n 表示, 作家姜/nr 良子/n 执笔.
        if chars == 1
            && matches!(t.pos, "nr" | "nrfg")
            && lexicon.surname_of(word) == Some(word)
            && let Some(given) = next.filter(|n| {
                let w = n.span.text(text);
                (1..=2).contains(&chars::count(w))
                    && w.chars().all(is_han)
                    && !matches!(n.pos, "w" | "m" | "q" | "p" | "c" | "u" | "uj" | "ul" | "d" | "f" | "r")
                    && !TITLES.contains(w)
                    && !HONORIFICS.contains(w)
                    && !ends_like_org(w)
                    && !listed.get(i + 1).is_some_and(|k| k.is_full_name())
            })
            && cued(i, i + 1)
        {
            out.push(Mention::new(EntityKind::Person, Span::new(t.span.start, given.span.end), Source::Rule));
            continue;
        }
        // After a title, a surname jieba took for another word (an adverb, a measure word, a
        // place's short form) and a given name it took for a noun: 副主任 程/d 新语/n, 经理 张/q
        // 和平/n. Not a pronoun, a time or a function word after it (书记 向/p 大家/r, 经理 于/p
        // 今年/t), nor a title (主任 和/c 副主任), nor a verb (专家 谈/v 武汉/ns).
        // A given name jieba took for an adjective or an adverb (刘/zg 宏伟/a, 方/n 立新/d) where
        // the name ends there: a function word, a mark or a verb of saying after it.
        let name_ends_after = |k: usize| {
            tokens.get(k + 1).is_none_or(|a| {
                matches!(a.pos, "w" | "p" | "c" | "uj" | "ul") || PERSON_AFTER.any_starts(a.span.text(text))
            })
        };
        let titled_here = chars == 1 && after_title(text, tokens, i);
        if chars == 1
            && !matches!(t.pos, "nr" | "nrfg" | "w" | "m" | "p" | "c" | "u" | "uj" | "r" | "v" | "f" | "t" | "s")
            && lexicon.surname_of(word) == Some(word)
            && (titled_here || cued(i, i + 1))
            && let Some(given) = next.filter(|n| {
                let w = n.span.text(text);
                chars::count(w) == 2
                    && w.chars().all(is_han)
                    && (matches!(n.pos, "n" | "nz" | "nr" | "nrt" | "ns" | "an" | "ng" | "vn" | "b" | "z")
                        // (Not a surname that is an adverb too: 外交部长 曾/d 明确/ad 表示.)
                        || titled_here && t.pos != "d" && matches!(n.pos, "a" | "d" | "ad") && name_ends_after(i + 1))
                    && !TITLES.contains(w)
                    && !PERSON_BEFORE.any_ends(w)
                    && !HONORIFICS.contains(w)
                    && !ends_like_org(w)
                    && listed.get(i + 1).is_none_or(|k| !k.is_full_name() && !k.is_short_name())
            })
        {
            out.push(Mention::new(EntityKind::Person, Span::new(t.span.start, given.span.end), Source::Rule));
            continue;
        }
        // A name the HMM joined but tagged as something else (邬晓萱/n, 孟帼萱/x), with a cue; one
        // of two characters right after a title (副总裁 甄晨/t, 教授 许川/d).
        let two_after_title = || {
            chars == 2
            && t.pos != "v" // 母亲 强叫/v 起来
            && !PERSON_BEFORE.any_ends(word)
            && (touching_token_before(tokens, i).is_some_and(|p| PERSON_BEFORE.any_ends(p.span.text(text)))
                // 某局 柯鲲/x 表示 (not 那朵 回忆: a pronoun first).
                || SAYING.contains(&next_word) && !word.starts_with(['那', '这', '此', '其', '该', '每', '各']))
            && word.chars().nth(1).is_some_and(|c| !FUNCTION_TAILS.contains(c))
            && ends_here()
        };
        if !t.known
            && (chars == 3 || two_after_title())
            && word.chars().all(is_han)
            && !matches!(t.pos, "nr" | "nrfg" | "nrt" | "w")
            && lexicon.surname_of(word).is_some_and(|s| chars::count(s) == 1)
            && !ends_in_org_suffix(word)
            && cued(i, i)
        {
            out.push(Mention::new(EntityKind::Person, t.span, Source::Model));
            continue;
        }
        // 邓小平理论 → 邓小平: a three-character name before 理论, 主义 or 思想.
        if let Some(name) = DOCTRINES.iter().find_map(|d| word.strip_suffix(d))
            && chars::count(name) == 3
            && lexicon.surname_of(name).is_some()
        {
            out.push(Mention::new(
                EntityKind::Person,
                Span::new(t.span.start, t.span.start + name.len()),
                Source::Rule,
            ));
            continue;
        }
    }
    with_surnames_jieba_took_apart(text, tokens, lexicon, &mut out);
    with_regnal_numbers(text, &mut out);
    out
}

/// Gives a person the regnal number right after the name: 伊丽莎白二世, 查尔斯三世 (not 二世纪, a
/// century).
fn with_regnal_numbers(text: &str, out: &mut [Mention]) {
    for m in out.iter_mut().filter(|m| m.kind == EntityKind::Person) {
        let after = text.get(m.span.end..).unwrap_or("");
        let numeral = after.chars().take_while(|&c| "一二三四五六七八九十".contains(c)).count();
        let mut rest = after.chars().skip(numeral);
        // (Not 四世同堂, four generations under one roof.)
        let word_goes_on =
            matches!(rest.clone().nth(1), Some('纪' | '界' | '同' | '代' | '家' | '袭' | '人' | '上' | '间'));
        if (1..=2).contains(&numeral) && rest.next() == Some('世') && !word_goes_on {
            m.span.end += numeral * '一'.len_utf8() + '世'.len_utf8();
        }
    }
}

/// True when a name may end before token `n`: a word of the dictionary of two characters or
/// more, a function word or a mark; with `verbs`, a verb, a localizer or a figure too.
fn ends_name_before(text: &str, n: &Token, verbs: bool) -> bool {
    chars::count(n.span.text(text)) >= 2 && n.known
        || matches!(n.pos, "w" | "p" | "c" | "d" | "r" | "y")
        || n.pos.starts_with('u')
        || verbs && matches!(n.pos, "v" | "f" | "m")
}

/// The bytes of the transliterated name's character in `g`, a word of two characters jieba's
/// model made of a name's first or last character (`front`: the second character is the name's)
/// and a function word of `function`: 由亚/j, 德于/p, 沃在/p.
fn glued_to_name(text: &str, g: &Token, function: &Chars, front: bool) -> Option<usize> {
    let mut cs = g.span.text(text).chars();
    let (Some(a), Some(b), None) = (cs.next(), cs.next(), cs.next()) else { return None };
    let (name, other) = if front { (b, a) } else { (a, b) };
    (is_transliteration(name) && function.contains(other)).then_some(name.len_utf8())
}

/// Gives a two-character name found after a title the surname jieba cut off and tagged as
/// another word (an adjective, a preposition, a numeral): 副局长 黄/a 福林 → 黄福林.
fn with_surnames_jieba_took_apart(text: &str, tokens: &[Token], lexicon: &Lexicon, out: &mut [Mention]) {
    for m in out.iter_mut().filter(|m| m.kind == EntityKind::Person) {
        let name = m.span.text(text);
        // Not 民警 向/p 刘某 (below): a name with its own surname after a preposition.
        if chars::count(name) != 2 || name.contains('某') {
            continue;
        }
        let k = tokens.partition_point(|t| t.span.start < m.span.start);
        let Some(surname) = touching_token_before(tokens, k) else { continue };
        let word = surname.span.text(text);
        let titled = touching_token_before(tokens, k - 1).is_some_and(|p| {
            let before = p.span.text(text);
            PERSON_BEFORE.any_ends(before) || TITLES.any_ends(before)
        });
        // (向, 和, 同 take a person after them; 于 seldom does.)
        let own_surname = matches!(word, "向" | "和" | "同") && lexicon.surname_of(name).is_some();
        if titled
            && !own_surname
            && chars::count(word) == 1
            && lexicon.surname_of(word) == Some(word)
            && word.chars().all(is_han)
        {
            m.span = Span::new(surname.span.start, m.span.end);
        }
    }
}

/// Words of jieba's of a surname-like character and a title that are one common noun: 班主任 (a
/// class teacher), 系主任 (a department head).
const TITLE_WORDS: [&str; 3] = ["班主任", "系主任", "科主任"];

/// Characters after 某 that make it "some" thing, not a person: 某日, 某地, 某些, 某种.
static NOT_AFTER_MOU: Chars = Chars::new("日年月天时地处种些个人项件次家部方单");

/// The last of the tokens `i..` (at most two) that a pseudonym mark follows, when they are two or
/// three Han characters: 小花/n （化名）.
pub(super) fn pseudonym_end(text: &str, tokens: &[Token], i: usize) -> Option<usize> {
    let first = tokens.get(i)?;
    (i..i + 2).find(|&k| {
        let Some(last) = tokens.get(k) else { return false };
        let marked = text.get(last.span.end..).is_some_and(marks_pseudonym);
        let name = text.get(first.span.start..last.span.end).unwrap_or("");
        marked && (2..=3).contains(&chars::count(name)) && name.chars().all(is_han)
    })
}

/// Which neighbour of a token [`listed_name`] looks at.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Side {
    Before,
    After,
}

/// True when token `i` is an item of a list of names on `side`: a 、 or a space parts it from
/// the next item, a name jieba tagged (3 Han characters after a known surname, or 2 that are
/// not a dictionary word), as in
/// 韩立群 许建群 or 李志刚、刘克田. Names glued together do not count: jieba tags many
/// words as names (萧瑟秋风, 郑立福老汉).
fn listed_name(text: &str, tokens: &[Token], lexicon: &Lexicon, i: usize, side: Side) -> bool {
    let step = |k: usize| match side {
        Side::Before => k.checked_sub(1),
        Side::After => k.checked_add(1),
    };
    // The text between token `a` and the token `b` on `side` of it.
    let gap = |a: &Token, b: &Token| {
        let (first, second) = if side == Side::Before { (b, a) } else { (a, b) };
        text.get(first.span.end..second.span.start).filter(|gap| gap.chars().all(char::is_whitespace))
    };
    let Some(t) = tokens.get(i) else { return false };
    let Some(mut k) = step(i) else { return false };
    let Some(mut n) = tokens.get(k) else { return false };
    match gap(t, n) {
        Some("") if n.span.text(text) == "、" => {
            let Some(next) = step(k) else { return false };
            let Some(further) = tokens.get(next).filter(|m| gap(n, m).is_some()) else {
                return false;
            };
            (k, n) = (next, further);
        }
        Some(g) if !g.is_empty() => {}
        _ => return false,
    }
    // 、赵/nr 银辉/nr: a surname jieba cut from its given name.
    let cut = |surname: &Token, given: &Token| {
        let (s, g) = (surname.span.text(text), given.span.text(text));
        surname.span.end == given.span.start
            && matches!(surname.pos, "nr" | "nrfg")
            && lexicon.surname_of(s) == Some(s)
            && chars::count(s) == 1
            && (1..=2).contains(&chars::count(g))
            && g.chars().all(is_han)
            && matches!(given.pos, "nr" | "nrfg" | "n" | "nz" | "a")
    };
    let split = match side {
        Side::After => tokens.get(k + 1).is_some_and(|g| cut(n, g)),
        Side::Before => k.checked_sub(1).and_then(|p| tokens.get(p)).is_some_and(|s| cut(s, n)),
    };
    tagged_name(text, lexicon, n) || split
}

/// True for a word jieba tagged as a name that a list or a join believes: three Han characters
/// after a known surname, or two that are no dictionary word (阳光, 高峰 are).
fn tagged_name(text: &str, lexicon: &Lexicon, n: &Token) -> bool {
    let w = n.span.text(text);
    let chars = chars::count(w);
    matches!(n.pos, "nr" | "nrfg")
        && (chars == 3 || chars == 2 && !n.known)
        && w.chars().all(is_han)
        && lexicon.surname_of(w).is_some()
}

/// Words that join two people: 甲对乙说, 甲和乙, 甲跟乙.
const PEOPLE_JOINS: [&str; 6] = ["对", "和", "与", "跟", "同", "向"];

/// True when tokens `i..=j`, a Chinese name (a surname first, not all transliteration
/// characters), and a name jieba tagged (as [`listed_name`] takes it) are joined by one of
/// [`PEOPLE_JOINS`], the name on either side: 姚明/nr 对 孙立群 说. (A transliterated word is
/// often a place or a thing: 某某里 和 某村.)
pub(super) fn joined_to_name(text: &str, tokens: &[Token], lexicon: &Lexicon, i: usize, j: usize) -> bool {
    let (Some(first), Some(last)) = (tokens.get(i), tokens.get(j)) else { return false };
    let own = text.get(first.span.start..last.span.end).unwrap_or("");
    // 吉祥物/nr 和 牛羊肉/nr: dictionary words that end like things are none on either side.
    let thing = |t: &Token, w: &str| t.known && w.chars().last().is_some_and(|c| THING_ENDS.contains(c));
    if lexicon.surname_of(own).is_none() || own.chars().all(is_transliteration) || i == j && thing(first, own) {
        return false;
    }
    let name = |k: usize| tokens.get(k).is_some_and(|n| tagged_name(text, lexicon, n) && !thing(n, n.span.text(text)));
    let join = |k: usize| tokens.get(k).is_some_and(|t| PEOPLE_JOINS.contains(&t.span.text(text)));
    let touching =
        |a: usize, b: usize| tokens.get(a).zip(tokens.get(b)).is_some_and(|(a, b)| a.span.end == b.span.start);
    let after = join(j + 1) && name(j + 2) && touching(j, j + 1) && touching(j + 1, j + 2);
    let before = i >= 2 && join(i - 1) && name(i - 2) && touching(i - 2, i - 1) && touching(i - 1, i);
    after || before
}

/// Words after the last item of a list: 韩立群、许建群等人.
const LIST_JOINS: [&str; 5] = ["等", "和", "与", "及", "以及"];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::test_support::{assert_finds, assert_finds_instead, assert_finds_no, has, names, none_of};

    #[test]
    fn a_name_the_text_made_up_is_a_person_in_every_mention() {
        let found = names("小禾（化名）今年读初二。小禾说，她每天步行上学。");
        assert_eq!(found.iter().filter(|f| f.0 == EntityKind::Person && f.1 == "小禾").count(), 2, "{found:?}");
        assert_finds("据了解，陈某（化姓）已被控制。", EntityKind::Person, &["陈某"]);
    }

    #[test]
    fn kin_and_titles_before_a_name_cue_a_person() {
        let found = names("他们的女儿小林正朝出口走去。小林已经三天没回家。");
        assert_eq!(found.iter().filter(|f| f.0 == EntityKind::Person && f.1 == "小林").count(), 2, "{found:?}");
        // A name that ends like a division, after a title, and in the next mention.
        let found = names("总经理赵新州告诉记者。赵新州对记者表示，成本还会下降。");
        assert_eq!(found.iter().filter(|f| f.0 == EntityKind::Person && f.1 == "赵新州").count(), 2, "{found:?}");
        assert!(none_of(&found, EntityKind::Place), "{found:?}");
        // jieba cut the name before its third character; a title follows it.
        assert_finds("院士吴成虎研究员作报告。", EntityKind::Person, &["吴成虎"]);
        // Two characters jieba's HMM joined and tagged a time word, right after a title.
        assert_finds("西岭科技高级副总裁甄晨对记者介绍。", EntityKind::Person, &["甄晨"]);
        // Not a verb after a kin word.
        assert_finds_no("他被母亲强叫起来吃饭。", EntityKind::Person);
        // …nor before a verb of saying (not a title: 高管 says things too).
        assert_finds("西岭县执法局柯鲲表示，将依法处理。", EntityKind::Person, &["柯鲲"]);
        assert_finds_no("助贷平台高管告诉记者。", EntityKind::Person);
        // Founders and directors are titles.
        assert_finds("西岭科技创始人柯明远在发布会上亮相。", EntityKind::Person, &["柯明远"]);
    }

    #[test]
    fn a_word_jieba_tags_as_a_place_no_list_has_is_a_person_right_after_a_title() {
        // jieba tags 普京 and 沙陀 ns.
        assert_finds("俄罗斯总统普京在莫斯科会见了客人。", EntityKind::Person, &["普京"]);
        assert_finds("西岭国总统沙陀向华人社区致贺。", EntityKind::Person, &["沙陀"]);
        // Not a word that goes on with a verb (选手 大都/ns 是: players mostly are).
        assert_finds_no("参赛的选手大都是本地学生。", EntityKind::Person);
    }

    #[test]
    fn a_dotted_name_keeps_the_characters_jieba_glued_to_function_words_and_leaves_the_words() {
        // 于 after the name is the preposition; 德于/p and 由亚/j glued the name's ends to one.
        for (text, name) in [
            ("马丁·卡维拉于2019年访问北京。", "马丁·卡维拉"),
            ("托马斯·布雷特德于2003年写了报告。", "托马斯·布雷特德"),
            ("这部电影是由亚诺斯·卡维拉导演的。", "亚诺斯·卡维拉"),
            ("创意总监之一亚历杭德罗·卡维拉说。", "亚历杭德罗·卡维拉"),
        ] {
            let found = names(text);
            let people: Vec<&str> = found.iter().filter(|f| f.0 == EntityKind::Person).map(|f| f.1.as_str()).collect();
            assert_eq!(people, [name], "{text}: {found:?}");
        }
    }

    #[test]
    fn a_transliterated_name_where_one_is_born_or_near_which_is_a_place() {
        // 桑 is a surname, but 桑德兰 is all transliteration and a town is near it.
        assert_finds("他生于桑德兰附近的一个小镇。", EntityKind::Place, &["桑德兰"]);
        assert_finds("她出生于威尼托的一个小村庄。", EntityKind::Place, &["威尼托"]);
    }

    #[test]
    fn a_surname_jieba_took_for_a_noun_in_a_list_of_names() {
        // 雷/n 佳音/n (good news), listed with names.
        assert_finds("片方透露，雷佳音、甄晨、柯明远领衔主演。", EntityKind::Person, &["雷佳音"]);
        // Not islands (山 is a surname too; 宫古岛 is tagged nr).
        assert!(!names("船队驶向八重山诸岛、宫古岛。").iter().any(|f| f.0 == EntityKind::Person));
    }

    #[test]
    fn a_dictionary_name_listed_with_a_name_jieba_cut_after_its_surname() {
        // 张宁/nr is a word of jieba's dictionary; 周/nr 银辉/nr the next item.
        let found = names("比赛中，张宁、周银辉获得二等奖。");
        for name in ["张宁", "周银辉"] {
            assert!(has(&found, EntityKind::Person, name), "{name}: {found:?}");
        }
    }

    #[test]
    fn a_name_and_a_colon_at_a_lines_start_is_who_speaks() {
        // 甄/nr 艳萍/n: a surname and a given name that is also a word.
        let found = names("记者：你怎么看？\n甄艳萍：我觉得很好。");
        assert!(has(&found, EntityKind::Person, "甄艳萍"), "{found:?}");
        // Not a dictionary word, nor a row of figures.
        assert!(names("荣誉：市级优秀教师称号。").is_empty());
    }

    #[test]
    fn a_hyphenated_first_name_is_part_of_a_dotted_name() {
        assert_finds("让-马丁·卡维拉出席了论坛。", EntityKind::Person, &["让-马丁·卡维拉"]);
    }

    #[test]
    fn von_starts_a_transliterated_name() {
        // 冯 (von) and the words jieba cut after it are one name.
        assert_finds("委员会主席冯德莱恩在布鲁塞尔宣布。", EntityKind::Person, &["冯德莱恩"]);
    }

    #[test]
    fn a_name_ends_before_a_function_word_or_an_edition_jieba_glued_to_it() {
        assert_finds("副行长韩琦已预备出任行长。", EntityKind::Person, &["韩琦"]);
        assert!(has(&names("巴西总统卢拉则在网上回应。"), EntityKind::Person, "卢拉"));
        assert!(has(&names("给院长王建龙记个人二等功。"), EntityKind::Person, "王建龙"));
        // …or to the start of one that a pseudonym mark made sure (说小刚/nr).
        let found = names("小刚（化名）今年八岁。老师说小刚往同学眼里塞了纸。");
        assert_eq!(found.iter().filter(|f| f.1 == "小刚").count(), 2, "{found:?}");
        assert!(!has(&names("特别将杜甫版的诗集收录其中。"), EntityKind::Person, "杜甫版"));
    }

    #[test]
    fn a_given_name_jieba_took_for_another_word_after_a_title_or_before_a_verb_of_saying() {
        // 刘/zg 宏伟/a, 方/n 立新/d, 林/ng 长城/ns, 崔/nr 康熙/nrfg.
        assert_finds("副主任刘宏伟在会上讲话。", EntityKind::Person, &["刘宏伟"]);
        assert_finds("主任医师方立新说，病人已脱离危险。", EntityKind::Person, &["方立新"]);
        assert_finds("林长城介绍，今年收成很好。", EntityKind::Person, &["林长城"]);
        assert_finds("主帅崔康熙则称，球队尽力了。", EntityKind::Person, &["崔康熙"]);
        // Not an adverb after a title when more follows: 局长 王 非常高兴; nor a surname that is
        // an adverb too (曾/d 明确/ad).
        assert!(!has(&names("局长王非常满意。"), EntityKind::Person, "王非常"));
        assert_finds_no("外交部长曾明确表示反对。", EntityKind::Person);
    }

    #[test]
    fn a_regnal_number_is_part_of_the_name_and_a_glued_ji_or_shi_is_not() {
        assert_finds("英国女王伊丽莎白二世访问了法国。", EntityKind::Person, &["伊丽莎白二世"]);
        assert_finds("查尔斯三世出席了仪式。", EntityKind::Person, &["查尔斯三世"]);
        // Not a century, nor four generations under one roof.
        assert!(!names("这是公元前二世纪的事。").iter().any(|f| f.1.ends_with("世纪")));
        assert_finds("老人甄秀英四世同堂。", EntityKind::Person, &["甄秀英"]);
        // 及 (and) and 饰 (plays the part) jieba's model glued to a name.
        assert_finds("她嫁与甄康及没有生下儿子。", EntityKind::Person, &["甄康"]);
        // A transliterated name before 区 is the district.
        assert_finds("他住在布鲁克林区。", EntityKind::Place, &["布鲁克林区"]);
    }

    #[test]
    fn a_hyphen_for_the_dot_between_transliterated_names() {
        assert_finds("球队缺少索尔-坎贝尔坐镇后防。", EntityKind::Person, &["索尔-坎贝尔"]);
        assert_finds("影片由安吉丽娜·茱莉主演。", EntityKind::Person, &["安吉丽娜·茱莉"]);
        // A range of years is no name, nor a fixture of two clubs.
        assert_finds_no("1998-2000年间，他在外地工作。", EntityKind::Person);
        assert_finds_no("本轮焦点战是阿森纳-切尔西。", EntityKind::Person);
    }

    #[test]
    fn a_transliterated_names_last_character_jieba_glued_to_a_function_word() {
        // 古斯塔/nr 沃在/p: the 沃 is the name's.
        assert_finds("古斯塔沃在禁区内破门。", EntityKind::Person, &["古斯塔沃"]);
    }

    #[test]
    fn a_transliterated_name_and_a_features_word_is_a_place() {
        // jieba's model tags 刁曼岛 nr; 凯尔特/nrt 海, 卡迪斯/塔德 港, 莫/拉维斯 市 are cut apart.
        for (text, place) in [
            ("渔船驶入凯尔特海。", "凯尔特海"),
            ("货轮停在卡迪斯塔德港。", "卡迪斯塔德港"),
            ("游客登上了刁曼岛。", "刁曼岛"),
            ("他抵达莫拉维斯市。", "莫拉维斯市"),
        ] {
            assert_finds_instead(text, EntityKind::Place, place, EntityKind::Person);
        }
    }

    #[test]
    fn son_and_feminine_endings_are_transliteration_characters() {
        assert_finds("作曲家大卫·加姆逊为她写歌。", EntityKind::Person, &["大卫·加姆逊"]);
        // 瑞, 朵: 卡瑞卡拉, 科朵拉.
        assert_finds("三世纪时，卡瑞卡拉皇帝颁布了法令。", EntityKind::Person, &["卡瑞卡拉"]);
        assert_finds("游船沿着哈德逊河行驶。", EntityKind::Place, &["哈德逊河"]);
        // 亚马逊 is a company's name and a river's, no person.
        assert_finds_no("亚马逊的市场很大。", EntityKind::Person);
    }

    #[test]
    fn a_well_known_person_needs_no_cue() {
        // jieba tags 钟南山 and 奥巴马 as places, 周恩来 as a time, and cuts 屠/呦呦.
        for (text, name) in [
            ("钟南山的建议受到重视。", "钟南山"),
            ("这本书讲的是奥巴马的童年。", "奥巴马"),
            ("纪念周恩来诞辰的展览开幕。", "周恩来"),
            ("屠呦呦的发现挽救了很多生命。", "屠呦呦"),
        ] {
            assert_finds_instead(text, EntityKind::Person, name, EntityKind::Place);
        }
        // Not a unit after a figure, nor part of a longer or dotted name.
        assert_finds_no("物体受力为10牛顿。", EntityKind::Person);
        assert_finds("她是希拉里·克林顿的助手。", EntityKind::Person, &["希拉里·克林顿"]);
        assert!(!has(&names("她是希拉里·克林顿的助手。"), EntityKind::Person, "希拉里"));
        assert!(!has(&names("他住在南拜登的小城。"), EntityKind::Person, "拜登"));
    }

    #[test]
    fn a_common_foreign_given_name_is_a_person_on_its_own() {
        // jieba tags 汤姆 as a Chinese name (nr) and 大卫, 露西 as nouns: without a cue, no person.
        assert_finds("汤姆在车站等了很久。", EntityKind::Person, &["汤姆"]);
        assert_finds("大卫和露西去了公园。", EntityKind::Person, &["大卫", "露西"]);
        // A hyphen for the dot before the surname.
        assert_finds("演员汤姆-克鲁斯来到上海。", EntityKind::Person, &["汤姆-克鲁斯"]);
        // Names of two countries' short names are no countries: 苏 and 菲, 埃 and 德.
        for (text, name) in [("苏菲今天没来。", "苏菲"), ("埃德说他很累。", "埃德"), ("苏菲亚说她会来。", "苏菲亚")]
        {
            assert_finds_instead(text, EntityKind::Person, name, EntityKind::Place);
        }
        // Still two countries: 中美关系, 欧美人.
        assert_finds("欧美人喜欢这种茶。", EntityKind::Place, &["欧", "美"]);
    }

    #[test]
    fn a_dictionary_name_joined_to_another_name_is_a_person_in_every_mention() {
        // 姚明 is a word of jieba's dictionary tagged nr, like many ordinary words; 对 and another
        // name say it is one here, and so in the text's other mention.
        let found = names("姚明对孙立群说了几句。后来姚明笑了。");
        assert_eq!(found.iter().filter(|f| f.0 == EntityKind::Person && f.1 == "姚明").count(), 2, "{found:?}");
        assert_finds("姚明与李振东见面。", EntityKind::Person, &["姚明", "李振东"]);
    }

    #[test]
    fn common_nouns_and_places_that_look_like_names() {
        // A function word jieba glued to a made-up name; a class teacher; a city's short form.
        let found = names("小亮（化名）和小东（化名）在操场上玩。班主任说，孩子很好。货车可经张家港绕行。");
        let people: Vec<&str> = found.iter().filter(|f| f.0 == EntityKind::Person).map(|f| f.1.as_str()).collect();
        assert_eq!(people, ["小亮", "小东"], "{found:?}");
        // A cuisine jieba's dictionary tags as a name (杭帮菜/nr).
        assert_finds_no("一家名为“老杭帮菜馆”的饭店。", EntityKind::Person);
    }

    #[test]
    fn a_family_is_the_person_without_its_jia() {
        // jieba's HMM makes 小刚家 one name: the family of 小刚.
        let found = names("小刚家说，他们愿意赔偿。");
        assert!(has(&found, EntityKind::Person, "小刚") && !has(&found, EntityKind::Person, "小刚家"), "{found:?}");
    }

    #[test]
    fn phrases_jieba_tags_as_three_character_names() {
        // A word after a surname-like character, and the pattern 越…越.
        let found = names("这段时间他很忙。别以为他不懂。河水越涨越高。");
        assert!(none_of(&found, EntityKind::Person), "{found:?}");
        // A transliterated name may repeat its first character.
        assert_finds("克拉克表示同意。", EntityKind::Person, &["克拉克"]);
    }

    #[test]
    fn a_surname_jieba_tagged_as_another_word_after_a_title() {
        assert_finds("协会副局长黄福林表示，增长很快。", EntityKind::Person, &["黄福林"]);
        // A preposition before a name with its own surname stays one.
        let found = names("民警向刘某询问了情况。");
        assert!(has(&found, EntityKind::Person, "刘某") && !has(&found, EntityKind::Person, "向刘某"), "{found:?}");
    }

    #[test]
    fn a_surname_jieba_took_for_an_adverb_or_a_measure_word_after_a_title() {
        // 曾/d 光明/n, 张/q 和平/nz after a title.
        assert_finds("集团副总经理曾光明表示，订单增加。", EntityKind::Person, &["曾光明"]);
        assert_finds("市文旅局副局长张和平说，游客增多。", EntityKind::Person, &["张和平"]);
        // A preposition, a verb, an abbreviation after a noun for people: no person.
        let found = names("书记向大家问好。专家谈武汉的房价。家庭医生管医保。");
        assert!(none_of(&found, EntityKind::Person), "{found:?}");
    }

    #[test]
    fn a_third_character_jieba_glued_to_the_next_word() {
        assert_finds("部长唐仁健到河南调研。", EntityKind::Person, &["唐仁健"]);
        // A word of the dictionary after the name is that word.
        let found = names("张伟说到这里停了下来。");
        assert!(has(&found, EntityKind::Person, "张伟"), "{found:?}");
    }

    #[test]
    fn no_person_in_everyday_phrases_after_nouns_for_people_or_titles() {
        for text in ["完善城乡居民基本养老保险缴费政策。", "成立由局长任组长的整改小组。"]
        {
            assert!(!names(text).iter().any(|f| f.0 == EntityKind::Person), "{text}: {:?}", names(text));
        }
    }

    #[test]
    fn four_characters_jieba_tags_a_name_after_a_title() {
        let found = names("日本首相岸田文雄宣布将不参加选举。岸田文雄表示。");
        assert_eq!(found.iter().filter(|f| f.0 == EntityKind::Person && f.1 == "岸田文雄").count(), 2, "{found:?}");
    }

    #[test]
    fn a_surname_and_mou_stand_for_a_person() {
        assert_finds("犯罪嫌疑人刘某某与向某华发生争执。", EntityKind::Person, &["刘某某", "向某华"]);
        // 某 as "some": a time, a place, an amount.
        for text in ["于某日凌晨离开。", "对某些问题进行研究。", "向某某单位提出申请。"] {
            assert!(!names(text).iter().any(|f| f.0 == EntityKind::Person), "{text}: {:?}", names(text));
        }
    }

    #[test]
    fn a_surname_before_a_title_but_not_a_nationality() {
        assert_finds("赵警官提醒市民注意防范。", EntityKind::Person, &["赵"]);
        // jieba takes 张 for a measure word: before a title it is the surname, after a numeral not.
        assert_finds("张经理表示同意。", EntityKind::Person, &["张"]);
        assert!(names("一张主任的照片。").is_empty());
        let found = names("新上任的巴西籍教练表示满意。");
        assert!(none_of(&found, EntityKind::Person), "{found:?}");
    }

    #[test]
    fn a_two_character_name_of_the_dictionary_cued_after_it() {
        // jieba's dictionary knows 李白 and many other two-character words as names; one counts
        // when the context says it is a person, here the words after it.
        for text in ["昨天我们拜访了李白先生。", "会上李白教授介绍了经验。"] {
            let found = names(text);
            assert!(has(&found, EntityKind::Person, "李白"), "{text}: {found:?}");
        }
    }

    #[test]
    fn three_character_names_jieba_cut_are_whole_in_a_list_and_before_a_figure() {
        // Made-up names of the kind jieba cuts after the second character or after the surname.
        assert_finds(
            "参加座谈的有李志刚、姜成嘉、吴怡悦、程清若。",
            EntityKind::Person,
            &["李志刚", "姜成嘉", "吴怡悦", "程清若"],
        );
        let found = names("商务部官员范亮宏12日说，出口正在回升。");
        assert!(has(&found, EntityKind::Person, "范亮宏"), "{found:?}");
        // Not a third character that starts the next word: 李明和王芳.
        let found = names("李明和王芳是同学。");
        assert!(has(&found, EntityKind::Person, "李明"), "{found:?}");
    }

    #[test]
    fn transliterations_with_the_rarer_characters_are_names() {
        // 朔 (Scholz), 翰 (John), 歇 (Michel) are transliteration characters too.
        assert_finds("总理朔尔维表示同意。", EntityKind::Person, &["朔尔维"]);
    }

    #[test]
    fn a_transliterated_name_goes_on_over_a_last_character_tagged_otherwise() {
        // Made-up names: jieba leaves the last character apart and tags it ng, zg or j.
        for (text, name) in [("昨天卡列诺娃获得冠军。", "卡列诺娃"), ("特使贝塔亚转交了国书。", "贝塔亚")]
        {
            let found = names(text);
            assert!(has(&found, EntityKind::Person, name), "{text}: {found:?}");
        }
        // Not over a preposition: 于 is a transliteration character too.
        let found = names("维拉诺娃于2003年退役。");
        assert!(has(&found, EntityKind::Person, "维拉诺娃"), "{found:?}");
    }

    #[test]
    fn no_person_in_a_unit_after_a_figure_or_in_comrades() {
        // Made-up: a foreign unit jieba guesses as a name, right after its figure.
        assert_finds_no("一张票要80卡比。", EntityKind::Person);
        // 向 is "to" here: 同志们 are the comrades.
        assert_finds_no("他向同志们表示感谢。", EntityKind::Person);
        assert!(has(&names("陈同志说，工作很顺利。"), EntityKind::Person, "陈同志"));
        // jieba tags the 张 of 张先生 as a measure word: still a surname.
        assert!(has(&names("前来办事的张先生说很方便。"), EntityKind::Person, "张先生"));
    }

    #[test]
    fn zhang_tagged_as_a_measure_word_and_a_name_glued_to_a_verb() {
        let found = names("董事长张和顺出席了签约仪式。");
        assert!(has(&found, EntityKind::Person, "张和顺"), "{found:?}");
        // After a figure 张 is the measure word.
        assert_finds_no("桌上有一张和平鸽的画。", EntityKind::Person);
        // jieba's HMM glues 诉 (sues) to a name it does not know.
        let found = names("市民邬敏婷诉一家网店违约。");
        assert!(has(&found, EntityKind::Person, "邬敏婷"), "{found:?}");
    }

    #[test]
    fn a_function_word_glued_to_the_start_of_a_name_is_cut_off() {
        let found = names("村里像鲁璐这样的能人不少。");
        assert!(has(&found, EntityKind::Person, "鲁璐"), "{found:?}");
    }

    #[test]
    fn a_surname_with_a_respectful_shi_or_lao_is_the_surname() {
        assert_finds("晚年，秦氏定居苏州；孟老虽然年迈，仍常给学生上课。", EntityKind::Person, &["秦", "孟"]);
        assert_finds_no("水在华氏212度沸腾。", EntityKind::Person);
        assert_finds_no("古老的村落里，养老服务日益完善。", EntityKind::Person);
    }

    #[test]
    fn a_dotted_name_in_a_list_without_separators_takes_only_its_own_words() {
        // Made-up names around a dotted one, nothing between them.
        assert_finds(
            "张建国王卫东卡洛·贝拉尼李志刚赵明华",
            EntityKind::Person,
            &["张建国", "王卫东", "卡洛·贝拉尼", "李志刚", "赵明华"],
        );
    }

    #[test]
    fn a_name_cut_after_its_second_character_is_whole() {
        assert_finds("来自乡下的孙家平这种人，刘家平这样的人。", EntityKind::Person, &["孙家平", "刘家平"]);
    }

    #[test]
    fn titles_before_names_cue_people() {
        assert_finds(
            "会长周波和夫人林晓雯，协会秘书长丹尼尔斯（右）出席。",
            EntityKind::Person,
            &["周波", "林晓雯", "丹尼尔斯"],
        );
    }

    #[test]
    fn surname_and_honorific_or_cue_make_a_person() {
        assert!(has(&names("陈先生急匆匆赶来"), EntityKind::Person, "陈先生"));
        assert!(has(&names("杨女士说"), EntityKind::Person, "杨女士"));
    }
}
