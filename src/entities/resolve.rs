//! Who wins: overlapping names, names against figures, and the readings a mention takes from
//! its context (teams, a country's government, venues); then what nests and what is hidden:
//! names inside titles, the divisions of a chain of places, names cutting through a user's word.
//! `recognize` (mod.rs) calls them in that order.

use crate::analysis::{EntityKind, Mention, Source};
use crate::lexicon::Lexicon;
use crate::lists::{List, list};
use crate::segment::Token;
use crate::span::Span;

use super::cues::{PERSON_BEFORE, VENUES, is_abbreviation};

/// An organization's mention as the place it names, where it names one: a venue (see
/// [`VENUES`]), or a country's government (中国政府, 美国政府, 俄政府), which Chinese news corpora
/// and OntoNotes read as the country. A division's government (周口市人民政府, 县政府) is the
/// name of an institution and stays one.
pub(super) fn place_reading(text: &str, m: Mention, lexicon: &Lexicon) -> Mention {
    if m.kind != EntityKind::Organization {
        return m;
    }
    let name = m.span.text(text);
    if VENUES.any_ends(name) {
        return Mention { kind: EntityKind::Place, ..m };
    }
    let Some(country) = name.strip_suffix("政府") else { return m };
    let kind = lexicon.places.kind(country);
    let mut chars = country.chars();
    let abbreviation = matches!((chars.next(), chars.next()), (Some(c), None) if is_abbreviation(c));
    if !(kind.is_full_name() && !kind.is_division() || abbreviation) {
        return m;
    }
    Mention::new(EntityKind::Place, Span::new(m.span.start, m.span.start + country.len()), Source::Gazetteer)
}

/// Words of sports reports: where a sentence has one, the countries and provinces it lists or
/// sets against each other are teams (巴西、挪威和丹麦同组; 中国与泰国一战).
/// In `data/lists/sports_words.txt`.
static SPORTS_WORDS: List = list!("sports_words");

/// The sentence around `span`: from after the 。！？ or line break before it to the next one.
fn sentence_around(text: &str, span: Span) -> Span {
    let ends = |c: char| matches!(c, '。' | '！' | '？' | '\n');
    let before = text.get(..span.start).unwrap_or("");
    let start = before.char_indices().rev().find(|&(_, c)| ends(c)).map_or(0, |(i, c)| i + c.len_utf8());
    let after = text.get(span.end..).unwrap_or("");
    Span::new(start, after.find(ends).map_or(text.len(), |i| span.end + i))
}

/// Whether the sentence (parted by 。！？ and line breaks) around `span` has a word of
/// [`SPORTS_WORDS`]. `last` keeps the last sentence asked about and its answer: the places of one
/// sentence (a line of 20,000 listed countries) scan it once, and a text with no team-like place
/// scans nothing.
fn in_sports_sentence(text: &str, span: Span, last: &mut Option<(Span, bool)>) -> bool {
    if let Some((sentence, answer)) = *last {
        if sentence.contains(&span) {
            return answer;
        }
    }
    let sentence = sentence_around(text, span);
    let answer = SPORTS_WORDS.iter().any(|w| sentence.text(text).contains(w));
    *last = Some((sentence, answer));
    answer
}

/// True when the place `span` names a team: a country, province or municipality in a sentence of
/// a sports report, listed with others (、 和 与 同 对 before or after it) or beaten (战胜 X).
/// `sentence` is [`in_sports_sentence`]'s memory.
pub(super) fn is_team(text: &str, span: Span, lexicon: &Lexicon, sentence: &mut Option<(Span, bool)>) -> bool {
    let before = text.get(..span.start).unwrap_or("");
    let after = text.get(span.end..).unwrap_or("");
    const JOINS: [&str; 5] = ["、", "和", "与", "同", "对"];
    let set_against = JOINS.iter().chain(&BEATEN).any(|j| before.ends_with(j) || after.starts_with(j));
    // 在美国, 赴加拿大: a place someone is in or goes to.
    let located = ["在", "赴", "到", "去", "于", "的"].iter().any(|p| before.ends_with(p));
    let kind = lexicon.places.kind(span.text(text));
    let country_or_province = kind.is_full_name() && !kind.is_township() || kind.is_prefecture_short_name();
    // 某城2比1战胜某某, 某某1比3负于某城: a city beaten or beating, or a score against it, is its
    // club (巴塞罗那, 北京), as any place is the team in a fixture.
    // 某城客场2比0击败…, 某城主场迎战…: a city playing at home or away is its club too.
    let home_or_away = (after.starts_with("主场") || after.starts_with("客场")) && !after.starts_with("主场馆");
    let result = BEATEN.iter().any(|j| before.ends_with(j) || after.starts_with(j))
        || next_to_score(before, after)
        || home_or_away;
    country_or_province && set_against && !located && in_sports_sentence(text, span, sentence)
        || in_fixture(text, span)
        || result && !located && !kind.is_township() && in_sports_sentence(text, span, sentence)
}

/// True when a match score touches a name: after it (某城2比1…, 某城以3:0…) or before it (…2比1某城).
/// A score is digits, 比 or a colon, digits; with a colon, two-digit minutes after an hour (20:30)
/// are a clock's.
fn next_to_score(before: &str, after: &str) -> bool {
    let after = after.strip_prefix('以').unwrap_or(after);
    let first = |s: &str| -> String { s.chars().take_while(char::is_ascii_digit).collect() };
    let last = |s: &str| -> String {
        let mut d: Vec<char> = s.chars().rev().take_while(char::is_ascii_digit).collect();
        d.reverse();
        d.into_iter().collect()
    };
    let score = |a: &str, to: char, b: &str| {
        let clock = to != '比' && b.len() == 2 && a.parse::<u32>().is_ok_and(|h| h <= 24);
        !a.is_empty() && !b.is_empty() && !clock
    };
    let to_of = |c: Option<char>| c.filter(|c| matches!(c, '比' | ':' | '：'));
    // After the name: digits, a "to", digits.
    let a = first(after);
    let rest = after.get(a.len()..).unwrap_or("");
    let forward = to_of(rest.chars().next()).is_some_and(|to| score(&a, to, &first(&rest[to.len_utf8()..])));
    // Before the name: the same, read from its end.
    let b = last(before);
    let head = before.get(..before.len() - b.len()).unwrap_or("");
    let backward =
        to_of(head.chars().next_back()).is_some_and(|to| score(&last(&head[..head.len() - to.len_utf8()]), to, &b));
    forward || backward
}

/// True when "vs" comes right before or after `span` (米兰vs罗马, 莫德罗 VS 卡斯特兰): the name is a
/// team's, whatever it looks like.
pub(super) fn in_fixture(text: &str, span: Span) -> bool {
    let vs = |s: &str| s.eq_ignore_ascii_case("vs");
    let before = text.get(..span.start).unwrap_or("").trim_end();
    let after = text.get(span.end..).unwrap_or("").trim_start();
    before.get(before.len().saturating_sub(2)..).is_some_and(vs) || after.get(..2).is_some_and(vs)
}

/// Where a figure and an organization cross, keeps one: a figure written with a numeral wins
/// (3家/大银行: 家大银行 is no bank's name; 500人/大合唱: no 人大 there), a word-like one loses
/// (同日/本队: 同 is "with", not 同日 "the same day"). Figures nested in an organization (第二 of
/// 第二税务分局) stay with it. `text` is what the spans are of.
pub fn resolve_crossings(text: &str, names: &mut Vec<Mention>, figures: &mut Vec<Mention>) {
    // The names are by start; each figure is asked only about the organizations around it.
    let orgs: Vec<Span> = names.iter().filter(|m| m.kind == EntityKind::Organization).map(|m| m.span).collect();
    if orgs.is_empty() || figures.is_empty() {
        return;
    }
    let longest = longest_span(&orgs);
    let around = |f: Span| overlapping(&orgs, longest, f).copied().filter(move |o| !o.contains(&f) && !f.contains(o));
    let numeral = |f: Span| f.text(text).chars().any(crate::numbers::numeral::is_numeral_char);
    let mut lost: Vec<Span> = Vec::new();
    figures.retain(|f| {
        let crossed = around(f.span).next().is_some();
        if crossed && numeral(f.span) {
            lost.extend(around(f.span));
        }
        !crossed || numeral(f.span)
    });
    names.retain(|m| m.kind != EntityKind::Organization || !lost.contains(&m.span));
}

/// What the overlap lookups below ask of an item: its span.
pub(super) trait Spanned {
    fn span(&self) -> Span;
}

impl Spanned for Mention {
    fn span(&self) -> Span {
        self.span
    }
}

impl Spanned for Span {
    fn span(&self) -> Span {
        *self
    }
}

/// The byte length of the longest of the items' spans.
pub(super) fn longest_span<T: Spanned>(items: &[T]) -> usize {
    items.iter().map(|m| m.span().len()).max().unwrap_or(0)
}

/// The items of `sorted` (by start) that overlap `span`, given the length of their longest
/// span: a binary search for each end of the window rather than a look at every item (a text
/// of a thousand titles and fifty thousand names asked each against each).
pub(super) fn overlapping<T: Spanned>(sorted: &[T], longest: usize, span: Span) -> impl Iterator<Item = &T> {
    let from = sorted.partition_point(|m| m.span().start + longest <= span.start);
    let to = sorted.partition_point(|m| m.span().start < span.end);
    sorted.get(from..to.max(from)).unwrap_or_default().iter().filter(move |m| m.span().overlaps(&span))
}

/// Keeps the longest of overlapping names, the user's words first.
pub(super) fn resolve_overlaps(found: Vec<Mention>) -> Vec<Mention> {
    // Indices are sorted, not the mentions: a mention with its attributes is a few hundred bytes.
    // Of two names of one span, the lists' (白宫 of the organizations, not jieba's 白宫/nr) wins.
    let rank = |m: &Mention| {
        let source = m.attrs.source;
        (source != Some(Source::User), std::cmp::Reverse(m.span.len()), source != Some(Source::Gazetteer), m.span.start)
    };
    let mut order: Vec<usize> = (0..found.len()).collect();
    // Cached: a key read through the index is a cache miss for each comparison.
    order.sort_by_cached_key(|&i| found.get(i).map(rank));
    // The kept spans by start: they never overlap, so only the last one starting before a
    // candidate's end can overlap it.
    let mut taken: std::collections::BTreeMap<usize, usize> = std::collections::BTreeMap::new();
    let mut kept: Vec<usize> = Vec::with_capacity(found.len());
    for i in order {
        let Some(m) = found.get(i) else { continue };
        let clash =
            taken.range(..m.span.end).next_back().is_some_and(|(&start, &end)| Span::new(start, end).overlaps(&m.span));
        if !clash && !m.span.is_empty() {
            taken.insert(m.span.start, m.span.end);
            kept.push(i);
        }
    }
    // Kept spans never overlap, so their starts differ: by start is one order.
    kept.sort_by_cached_key(|&i| found.get(i).map(|m| m.span.start));
    let mut slots: Vec<Option<Mention>> = found.into_iter().map(Some).collect();
    kept.into_iter().filter_map(|i| slots.get_mut(i).and_then(Option::take)).collect()
}

/// Adds as people the transliterated names no pass found that a text glosses with a capitalized
/// Latin name in brackets: 卡隆（Caron）, 霍普利(Hopley). Two to eight characters of the usual
/// transliteration characters (and ·) right before the bracket, in words of their own that are not
/// all words jieba knows as common ones (基金 is a fund). `kept` is by start, and stays so.
pub(super) fn transliterated_with_glosses(text: &str, tokens: &[Token], kept: &mut Vec<Mention>) {
    let mut found = Vec::new();
    let longest = longest_span(kept);
    // (Two searches for one character each: a search for either reads every character.)
    let mut brackets: Vec<(usize, &str)> = text.match_indices('（').chain(text.match_indices('(')).collect();
    brackets.sort_unstable();
    for (open, bracket) in brackets {
        let inner = text.get(open + bracket.len()..).unwrap_or("");
        if !inner.starts_with(|c: char| c.is_ascii_uppercase()) {
            continue;
        }
        let len = inner.find(|c: char| !(c.is_ascii_alphabetic() || matches!(c, ' ' | '.' | '-' | '\''))).unwrap_or(0);
        if !inner.get(len..).is_some_and(|r| r.starts_with([')', '）'])) {
            continue;
        }
        let before = text.get(..open).unwrap_or("");
        let name = before.trim_end_matches(|c: char| super::people::is_transliteration(c) || c == '·');
        let span = Span::new(name.len(), open);
        let chars = crate::chars::count(span.text(text));
        // On the words' boundaries, and not only words of the dictionary that are no names.
        let first = tokens.partition_point(|t| t.span.start < span.start);
        let words: Vec<&Token> = tokens.iter().skip(first).take_while(|t| t.span.end <= span.end).collect();
        let on_words = tokens.get(first).is_some_and(|t| t.span.start == span.start)
            && words.last().is_some_and(|t| t.span.end == span.end);
        let common = words.iter().all(|t| t.known && matches!(t.pos, "n" | "v" | "vn" | "a" | "d"));
        if (2..=8).contains(&chars)
            && on_words
            && !common
            && !span.text(text).starts_with('·')
            && overlapping(kept, longest, span).next().is_none()
        {
            found.push(Mention::new(EntityKind::Person, span, Source::Rule));
        }
    }
    if !found.is_empty() {
        kept.extend(found);
        kept.sort_by_key(|m| (m.span.start, std::cmp::Reverse(m.span.end)));
    }
}

/// The honorifics a person's name takes into its span (王先生, Pugh女士), as the guideline marks
/// them.
const NAME_HONORIFICS: [&str; 2] = ["先生", "女士"];

/// Makes a person of a name in Latin letters before 先生 or 女士, with it (Pugh女士), or right after
/// a title (制片人Steven). A full name in Han characters keeps its honorific out (李华 女士), as the
/// research sets mark it: the guideline speaks of a surname's (王先生), which the people pass takes
/// whole. `kept` is by start, and stays so.
pub(super) fn latin_people(text: &str, tokens: &[Token], kept: &mut Vec<Mention>) {
    let longest = longest_span(kept);
    let mut found = Vec::new();
    // Pugh女士: a capitalized word in Latin letters no name covers.
    for (at, h) in NAME_HONORIFICS.iter().flat_map(|h| text.match_indices(h)) {
        let before = text.get(..at).unwrap_or("");
        let start = before.trim_end_matches(|c: char| c.is_ascii_alphabetic() || c == '-').len();
        let name = before.get(start..).unwrap_or("");
        let capital = name.starts_with(|c: char| c.is_ascii_uppercase()) && name.len() >= 2;
        let word_start =
            before.get(..start).and_then(|b| b.chars().next_back()).is_none_or(|c| !c.is_ascii_alphanumeric());
        let span = Span::new(start, at + h.len());
        if capital && word_start && overlapping(kept, longest, span).next().is_none() {
            found.push(Mention::new(EntityKind::Person, span, Source::Rule));
        }
    }
    // 制片人Steven, 总裁 Tim Cook: capitalized words in Latin letters right after a title.
    // (A capital after the token first: it rejects nearly every token before the list is asked.)
    let capital_after = |t: &&Token| {
        text.get(t.span.end..).is_some_and(|a| a.trim_start_matches(' ').starts_with(|c: char| c.is_ascii_uppercase()))
    };
    for t in tokens.iter().filter(capital_after).filter(|t| PERSON_BEFORE.any_ends(t.span.text(text))) {
        let after = text.get(t.span.end..).unwrap_or("");
        let start = t.span.end + (after.len() - after.trim_start_matches(' ').len());
        if let Some(len) = latin_name_len(text.get(start..).unwrap_or("")) {
            let span = Span::new(start, start + len);
            if overlapping(kept, longest, span).next().is_none() {
                found.push(Mention::new(EntityKind::Person, span, Source::Rule));
            }
        }
    }
    if !found.is_empty() {
        kept.extend(found);
        kept.sort_by_key(|m| (m.span.start, std::cmp::Reverse(m.span.end)));
    }
}

/// The byte length of the personal name in Latin letters `s` starts with: one to three words, each
/// a capital and small letters (Steven, Tim Cook), one space between them, and no letter or digit
/// right after; `None` for none (NASA, iPhone, Apple2).
fn latin_name_len(s: &str) -> Option<usize> {
    let word = |w: &str| {
        let letters = w.bytes().take_while(u8::is_ascii_alphabetic).count();
        let name = w.get(..letters)?;
        let mut cs = name.chars();
        (cs.next()?.is_ascii_uppercase() && letters >= 2 && cs.all(|c| c.is_ascii_lowercase())).then_some(letters)
    };
    let mut len = word(s)?;
    for _ in 0..2 {
        match s.get(len..).and_then(|r| r.strip_prefix(' ')).and_then(word) {
            Some(next) => len += 1 + next,
            None => break,
        }
    }
    let tail = s.get(len..).and_then(|r| r.chars().next());
    tail.is_none_or(|c| !c.is_ascii_alphanumeric()).then_some(len)
}

/// Adds the Latin form a text gives in brackets right after a person's, a place's or an
/// organization's name as a name of the same kind: 约翰·卡特(John Carter), 某某研究院(ABCI),
/// 某国首都（Lakeford）. The brackets hold nothing but Latin letters, spaces and . - & ' and
/// start with a letter. `kept` is by start, and stays so.
pub(super) fn add_latin_glosses(text: &str, kept: &mut Vec<Mention>) {
    let mut glosses = Vec::new();
    for m in kept.iter() {
        if !matches!(m.kind, EntityKind::Person | EntityKind::Place | EntityKind::Organization) {
            continue;
        }
        let after = text.get(m.span.end..).unwrap_or("");
        let Some(open) = after.chars().next().filter(|&c| c == '(' || c == '（') else { continue };
        let inner_start = m.span.end + open.len_utf8();
        let inner = text.get(inner_start..).unwrap_or("");
        let len = inner
            .char_indices()
            .take_while(|&(i, c)| i < 80 && (c.is_ascii_alphabetic() || matches!(c, ' ' | '.' | '-' | '&' | '\'')))
            .last()
            .map_or(0, |(i, c)| i + c.len_utf8());
        let gloss = inner.get(..len).unwrap_or("");
        let closed = inner.get(len..).is_some_and(|rest| rest.starts_with([')', '）']));
        if closed && gloss.starts_with(|c: char| c.is_ascii_alphabetic()) && gloss.trim_end() == gloss {
            glosses.push(Mention::new(m.kind, Span::new(inner_start, inner_start + len), Source::Rule));
        }
    }
    if glosses.is_empty() {
        return;
    }
    let longest = longest_span(kept);
    glosses.retain(|g| overlapping(kept, longest, g.span).next().is_none());
    kept.extend(glosses);
    kept.sort_by_key(|m| (m.span.start, std::cmp::Reverse(m.span.end)));
}

/// Words right after a club's name that a player's seldom has: 某某主场 (its home ground), 某某主帅
/// (its coach).
const CLUB_AFTER: [&str; 6] = ["主场", "客场", "主帅", "主教练", "球迷", "德比"];

/// Words right before a club's name in a match report: 主场迎战某某, 客场挑战某某, 对阵某某.
const CLUB_BEFORE: [&str; 6] = ["迎战", "挑战", "对阵", "客战", "做客", "主场对"];

/// Results of a match, before or after a team: 战胜, 负于, 战平 (乙国战胜丙国).
const BEATEN: [&str; 5] = ["战胜", "击败", "负于", "逼平", "战平"];

/// More results right before the loser's name, besides [`BEATEN`]: 不敌某某, 输给某某. Players beat each
/// other too (in tennis), so results make a club of a name only in a sentence of a team sport
/// ([`TEAM_WORDS`]).
const ALSO_BEATEN: [&str; 4] = ["不敌", "输给", "赢了", "胜过"];

/// Words of a team sport's report: 主场, 联赛, 进球, and draws (逼平), which a tennis match has none of.
const TEAM_WORDS: [&str; 9] = ["主场", "客场", "球队", "联赛", "进球", "逼平", "战平", "德比", "主帅"];

/// True when a transliterated name jieba took for a person's is a club's in a match report:
/// 某某主场, 主场迎战某某, and 战胜某某 where the sentence says a team sport (a player beaten in
/// tennis stays a person).
fn is_club(text: &str, span: Span) -> bool {
    let name = span.text(text);
    if crate::chars::count(name) < 2 || !name.chars().all(super::people::is_transliteration) {
        return false;
    }
    let before = text.get(..span.start).unwrap_or("");
    let after = text.get(span.end..).unwrap_or("");
    if CLUB_AFTER.iter().any(|w| after.starts_with(w)) || CLUB_BEFORE.iter().any(|w| before.ends_with(w)) {
        return true;
    }
    if !BEATEN.iter().chain(&ALSO_BEATEN).any(|w| before.ends_with(w)) {
        return false;
    }
    let sentence = sentence_around(text, span).text(text);
    TEAM_WORDS.iter().any(|w| sentence.contains(w))
}

/// Names that are teams: a country or province (see [`is_team`]) or a person's name in a
/// fixture (see [`in_fixture`]) or a club's place in a match report (see [`is_club`]) becomes an
/// organization. A player's name is a team's only across
/// "vs" (某甲vs某乙); one the user typed, or a byline's (记者 某甲), stays a person. So in
/// 乙国vs丙国 and in 小组赛中，乙国、丙国和丁国同组 the countries are the teams, while
/// 乙国和丙国签署了协议 keeps them places.
pub(super) fn reclassify_teams(text: &str, kept: &mut [Mention], lexicon: &Lexicon) {
    let mut sentence = None;
    for m in kept {
        let team = match m.kind {
            EntityKind::Place => is_team(text, m.span, lexicon, &mut sentence),
            EntityKind::Person => {
                m.attrs.source != Some(Source::User)
                    && m.attrs.role.is_none()
                    && (in_fixture(text, m.span) || is_club(text, m.span))
            }
            _ => false,
        };
        if team {
            *m = Mention::new(EntityKind::Organization, m.span, Source::Rule);
        }
    }
}

/// Adds the organizations named only by their last word (`suffixed`: a proper name before 公司,
/// 银行, 协会...) where no kept name overlaps them. They come last: any other name wins, as a
/// strong last word is all they have. A made-up 甲乙公司 (甲乙/nz 公司) is added where nothing else
/// was found there; where a person 甲乙 was kept, it is not. `kept` is by start, and stays so.
pub(super) fn add_named_by_suffix(kept: &mut Vec<Mention>, suffixed: Vec<Mention>) {
    // The kept names are by start: each name is checked against its neighbours only.
    let longest = longest_span(kept);
    let suffixed: Vec<Mention> =
        suffixed.into_iter().filter(|m| overlapping(kept, longest, m.span).next().is_none()).collect();
    if !suffixed.is_empty() {
        kept.extend(suffixed);
        kept.sort_by_key(|m| m.span.start);
    }
}

/// Adds the titles (`works`, by start) and settles the names that meet them: a name inside a
/// title is kept too, nested in it (联合国 in 《联合国宪章》, 孙中山 in 《孙中山全集》), as the news
/// corpora mark them; a name that is the whole title (《人民日报》) or crosses its brackets is the
/// title's, unless the user's; where a user's word crosses a title, the title goes. A person only
/// jieba's model guessed is not believed inside one: in a made-up 《甲乙丙记》 no person 甲乙丙 is
/// kept, the title is.
pub(super) fn nest_in_titles(kept: &mut Vec<Mention>, works: Vec<Mention>) {
    if !works.is_empty() {
        // A name only jieba's model guessed is not believed there: titles play with words
        // (《满韵驹风》 is no person 满韵驹's).
        let nested = |w: &Mention, m: &Mention| {
            !w.span.overlaps(&m.span)
                || w.span.contains(&m.span)
                    && w.span != m.span
                    && !(m.kind == EntityKind::Person && m.attrs.source == Some(Source::Model))
        };
        let longest_work = longest_span(&works);
        kept.retain(|m| {
            m.attrs.source == Some(Source::User) || overlapping(&works, longest_work, m.span).all(|w| nested(w, m))
        });
        let longest = longest_span(kept);
        let works: Vec<Mention> =
            works.into_iter().filter(|w| overlapping(kept, longest, w.span).all(|m| nested(w, m))).collect();
        kept.extend(works);
    }
}

/// Adds the divisions of a chain of places that stayed one (`chain_parts`): each is a
/// place too, nested in its chain, as the news corpora mark them: a made-up 甲县乙乡 gives 甲县
/// and 乙乡 inside it. A part whose chain lost to another name is dropped with it.
pub(super) fn nest_chain_parts(kept: &mut Vec<Mention>, chain_parts: Vec<Mention>) {
    // The divisions of a chain of places that stayed one (淮阳区大连乡) are places too, nested
    // in it: 淮阳区, 大连乡.
    let chains: Vec<Span> =
        kept.iter().filter(|m| m.kind == EntityKind::Place && m.attrs.parts.len() >= 2).map(|m| m.span).collect();
    if !chains.is_empty() {
        let longest = longest_span(&chains);
        kept.extend(
            chain_parts.into_iter().filter(|p| overlapping(&chains, longest, p.span).any(|c| c.contains(&p.span))),
        );
    }
}

/// A user word of type `other` (`kept_whole`) hides the names that cut through it: the user said
/// that word is one thing and no name, so a name may hold it whole or stay clear of it, never
/// split it. With 甲乙丙 the user's `other`, a name 丙丁 goes; 甲乙丙丁 would stay.
pub(super) fn hide_cuts_through_user_words(kept: &mut Vec<Mention>, kept_whole: &[Span]) {
    kept.retain(|m| kept_whole.iter().all(|w| !m.span.overlaps(w) || m.span.contains(w)));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::test_support::{assert_finds, has, names, none_of};

    #[test]
    fn a_transliterated_word_glossed_in_latin_letters_and_a_latin_name_with_an_honorific_are_people() {
        let found = names("霍普利（Hopley）补充道，Garnett女士也同意。");
        for name in ["霍普利", "Hopley", "Garnett女士"] {
            assert!(has(&found, EntityKind::Person, name), "{name}: {found:?}");
        }
        // A fund glossed in English is no person.
        let found = names("多元收益型基金（Income Fund）的规模扩大。");
        assert!(none_of(&found, EntityKind::Person), "{found:?}");
    }

    #[test]
    fn capitalized_latin_words_right_after_a_title_are_a_person() {
        assert_finds("西岭公司总裁 Dana Whitlock出席了仪式。", EntityKind::Person, &["Dana Whitlock"]);
        assert_finds("据发言人Corvin说，谈判仍在继续。", EntityKind::Person, &["Corvin"]);
        // Not an acronym, a product or a word glued to a figure.
        for text in ["总裁NASA项目启动。", "记者iPhone使用体验。", "选手Alpha2出场。"] {
            assert!(!names(text).iter().any(|f| f.0 == EntityKind::Person), "{text}");
        }
        assert_eq!(latin_name_len("Tim Cook表示"), Some(8));
        assert_eq!(latin_name_len("Ann Lee Ray Ford"), Some(11));
    }

    #[test]
    fn a_latin_form_in_brackets_after_a_name_is_the_same_name() {
        let found = names("林山市外事办(Linshan Foreign Affairs Office)与约翰·卡特（John Carter）会面。");
        assert!(has(&found, EntityKind::Organization, "Linshan Foreign Affairs Office"), "{found:?}");
        assert!(has(&found, EntityKind::Person, "John Carter"), "{found:?}");
        // Not after a word that names nothing, nor what holds more than Latin letters.
        let found = names("这种算法(AES)很常见。约翰·卡特（John，2岁）来了。");
        assert!(!found.iter().any(|f| f.1.starts_with(|c: char| c.is_ascii_alphabetic())), "{found:?}");
    }

    #[test]
    fn a_transliterated_name_with_a_home_ground_or_beaten_in_a_league_is_a_club() {
        assert_finds("周日，莫拉维亚主场迎战卡斯特兰。", EntityKind::Organization, &["莫拉维亚", "卡斯特兰"]);
        assert_finds("上轮联赛，莫拉维亚1比1战平卡斯特兰。", EntityKind::Organization, &["卡斯特兰"]);
        // Beaten in tennis: a player.
        assert_finds("网球公开赛决赛中，莫拉维亚战胜卡斯特兰夺冠。", EntityKind::Person, &["莫拉维亚", "卡斯特兰"]);
    }

    #[test]
    fn clubs_and_countries_in_a_fixture_are_teams() {
        assert_finds("周末焦点战：巴西vs德国。", EntityKind::Organization, &["巴西", "德国"]);
        assert_finds("纽卡斯尔联本周末将与西汉姆联交手。", EntityKind::Organization, &["纽卡斯尔联", "西汉姆联"]);
        // Names that look like people's are teams on either side of "vs".
        assert_finds("周日焦点：莫德罗vs卡斯特兰。", EntityKind::Organization, &["莫德罗", "卡斯特兰"]);
        // Without a fixture or a sports report, countries are places.
        assert_finds("巴西和德国签署了协议。", EntityKind::Place, &["巴西", "德国"]);
    }

    #[test]
    fn a_countrys_government_is_the_country_a_divisions_an_institution() {
        let found = names("美国政府和俄政府昨天表示，周口市人民政府将出台新规。");
        assert!(has(&found, EntityKind::Place, "美国") && has(&found, EntityKind::Place, "俄"), "{found:?}");
        assert!(!found.iter().any(|f| f.1 == "美国政府" || f.1 == "俄政府"), "{found:?}");
        assert!(has(&found, EntityKind::Organization, "周口市人民政府"), "{found:?}");
    }

    #[test]
    fn countries_set_against_each_other_in_a_sports_report_are_teams() {
        assert_finds("小组赛中，巴西、挪威和丹麦同组。", EntityKind::Organization, &["巴西", "挪威", "丹麦"]);
        assert_finds("中国与印尼签署了贸易协议。他将在美国参加比赛。", EntityKind::Place, &["中国", "印尼", "美国"]);
    }

    #[test]
    fn a_city_with_a_score_or_a_result_in_a_match_report_is_its_club() {
        assert_finds("第3轮，巴塞罗那2比1战胜了对手。", EntityKind::Organization, &["巴塞罗那"]);
        assert_finds("联赛中，南京以3:0击败广州。", EntityKind::Organization, &["南京", "广州"]);
        assert_finds("比赛结束，西宁2比2银川。", EntityKind::Organization, &["西宁", "银川"]);
        // Where the city is the place of the match, or the colon a clock's, it stays a place.
        assert_finds("他在南京2比1战胜了对手。", EntityKind::Place, &["南京"]);
        assert_finds("南京20:30，比赛开始。", EntityKind::Place, &["南京"]);
        // Playing at home or away: 巴塞罗那客场….
        assert_finds("联赛中，巴塞罗那客场3比1战胜对手。", EntityKind::Organization, &["巴塞罗那"]);
        assert_finds("游客在利物浦参观了球场。", EntityKind::Place, &["利物浦"]);
    }
}
