//! One name, one reading per text: a name found with confidence labels its other occurrences,
//! and a string read as two kinds takes its strongest reading everywhere.
//!
//! Confidence comes from what found the name (see [`tier`]): the user's words, the place lists,
//! a rule (a suffix after an organization's name, a team in a fixture, a byline, a name cut out
//! of jieba's words by its surname), a person a title or a verb of saying touches (记者江山,
//! 李华表示). A word jieba alone tags as a name is a guess: it labels nothing elsewhere, and gives
//! way to a surer reading of the same string. Within what `recognize` is given: a chunk of the
//! text (see `pipeline`).

use rustc_hash::FxHashMap;

use crate::analysis::{Attrs, EntityKind, Mention, Source};
use crate::chars::{self, CharSet, Chars};
use crate::lexicon::Lexicon;
use crate::lists::{List, list};
use crate::numbers::numeral::is_numeral_char;
use crate::segment::Token;
use crate::span::Span;

use super::cues::{FUNCTION_HEADS, FUNCTION_TAILS, PERSON_BEFORE, SAYING, VENUES, ends_like_org, marks_pseudonym};
use super::people::{PERSON_AFTER, joined_to_name};
use super::resolve::{Spanned, longest_span, overlapping};

/// The longest name read again, in bytes (24 Chinese characters; under 128, the bits of the
/// lengths in [`one_reading_per_text`]): each token asks for the names that start at it up to
/// this length, so a text's cost stays linear whatever it names.
const LONGEST_NAME: usize = 72;

/// Last characters of places' names that jieba may leave as a word of their own after a name:
/// 张伟/路, 李庄/村, 王家/山. A name right before one is part of a longer name.
static NAME_ENDS: Chars = Chars::new("省市县区乡镇村州旗盟路街巷山河江湖岛湾港寺峰岭");

/// The legal forms and trades a company's full name ends in, which its short name leaves out.
/// In `data/lists/company_forms.txt`.
static COMPANY_FORMS: List = list!("company_forms");

/// The last words of a company's legal name: a name ending in none of them names no company to
/// shorten (中国电子 is no 中国).
const LEGAL_FORMS: [&str; 4] = ["公司", "集团", "控股", "股份"];

/// The short name of a company named in full, which the text goes on to use: 星河置业有限公司 →
/// 星河, NOVAX公司 → NOVAX; and of any organization named in Latin letters and its word:
/// BrightMind实验室 → BrightMind. None where less than two characters are left, or a province's, a
/// city's or a country's name (河南公司, 北京集团: that name stays a place).
fn company_short_name<'t>(name: &'t str, lexicon: &Lexicon) -> Option<&'t str> {
    // BrightMind实验室 → BrightMind: a name in Latin letters before an organization's word.
    let latin = name.find(|c: char| !(c.is_ascii_alphanumeric() || c == '-')).unwrap_or(name.len());
    if latin >= 2
        && name.starts_with(|c: char| c.is_ascii_alphabetic())
        && name.get(latin..).is_some_and(|rest| chars::count(rest) >= 2 && rest.chars().all(crate::sentences::is_han))
    {
        return name.get(..latin);
    }
    if !LEGAL_FORMS.iter().any(|f| name.ends_with(f)) {
        return None;
    }
    let mut rest = name;
    while let Some(form) = COMPANY_FORMS.iter().filter(|f| rest.ends_with(**f)).max_by_key(|f| f.len()) {
        rest = rest.get(..rest.len() - form.len())?;
    }
    let kind = lexicon.places.kind(rest);
    (chars::count(rest) >= 2 && !kind.is_full_name() && !kind.is_prefecture_short_name()).then_some(rest)
}

/// The dots between the parts of a foreign name: 茉莉·西尔斯.
const DOTS: [char; 3] = ['·', '•', '・'];

/// How far the reading of `m` holds for its other occurrences:
/// - [`Tier::User`]: the user's word, which nothing changes;
/// - [`Tier::Context`]: a name of the place lists, an organization or a place a rule found (a
///   suffix after its name, a team in a fixture), a person with a role or a cue ([`cued`]), a
///   foreign name written with dots;
/// - [`Tier::Rule`]: a person a rule found without a cue (a name cut out of jieba's words by
///   its surname, a transliterated name): it labels nothing elsewhere, as a guess, but does not
///   give way to a name around it either; a reading with context of its string settles it;
/// - [`Tier::Guess`]: a word jieba alone tags as a name, a name of one character, a title
///   (《方案》 makes no 方案 a work elsewhere).
///
/// Above [`Tier::Context`], [`Tier::Named`] is the short name of a company the text named in full
/// ([`company_short_name`]): it outweighs a short form of a place (a company 青山集团 makes 青山 the
/// company, not a township's short name).
fn tier(text: &str, tokens: &[Token], lexicon: &Lexicon, m: &Mention) -> Tier {
    let name = m.span.text(text);
    if chars::count(name) < 2 || !matches!(m.kind, EntityKind::Person | EntityKind::Place | EntityKind::Organization) {
        return Tier::Guess;
    }
    let person_cued =
        || m.kind == EntityKind::Person && (m.attrs.role.is_some() || cued(text, tokens, lexicon, m.span));
    match m.attrs.source {
        Some(Source::User) => Tier::User,
        Some(Source::Gazetteer) => Tier::Context,
        Some(Source::Rule) if m.kind != EntityKind::Person || person_cued() || name.contains(DOTS) => Tier::Context,
        Some(Source::Rule) => Tier::Rule,
        Some(Source::Dictionary | Source::Model) | None if person_cued() => Tier::Context,
        Some(Source::Dictionary | Source::Model) | None => Tier::Guess,
    }
}

/// See [`tier`]; by rank, the weakest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Tier {
    Guess,
    Rule,
    Context,
    Named,
    User,
}

/// True when a title ends right before `span` (记者江山) or starts the word right after it (张伟书记,
/// 鲁迅先生); for a surname and a given name (李华) or any name of three characters or more, a verb
/// of saying after it too (李华表示). Another two-character word jieba tags as a name is often a
/// noun for people, which says things as well as a name does (小姐表示).
fn cued(text: &str, tokens: &[Token], lexicon: &Lexicon, span: Span) -> bool {
    let before = text.get(..span.start).unwrap_or("");
    let next = tokens.partition_point(|t| t.span.start < span.end);
    let after = tokens.get(next).filter(|t| t.span.start == span.end).map_or("", |t| t.span.text(text));
    let name = span.text(text);
    let full = chars::count(name) >= 3 || lexicon.surname_of(name).is_some_and(|s| s.len() < name.len());
    let pseudonym = text.get(span.end..).is_some_and(marks_pseudonym);
    // 姚明对孙立群说: joined to another name.
    let first = tokens.partition_point(|t| t.span.start < span.start);
    let whole_words = tokens.get(first).is_some_and(|t| t.span.start == span.start) && next > first;
    pseudonym
        || PERSON_BEFORE.any_ends(before)
        || PERSON_AFTER.iter().any(|w| after.starts_with(w) && (full || !SAYING.contains(w)))
        || whole_words && joined_to_name(text, tokens, lexicon, first, next - 1)
}

/// A string's strongest reading: its kind, its tier and the mention it was read at; `kind` is
/// `None` where readings of that tier disagree (a country and a team of the same name).
#[derive(Clone, Copy)]
struct Reading {
    kind: Option<EntityKind>,
    tier: Tier,
    at: usize,
    /// A short form (a company's short name, a part of a dotted name): `at` is the full name,
    /// whose attributes are not the short one's.
    short: bool,
}

/// A name already kept, and whether it gives way to a confident name around it.
struct Found {
    span: Span,
    yields: bool,
    /// A place of the lists or a rule (not a guess): inside an organization read with confidence
    /// elsewhere in the text, it gives way all the same (江西 of 江西锂业, 德国 of 德国电信).
    place: bool,
}

impl Spanned for Found {
    fn span(&self) -> Span {
        self.span
    }
}

/// The attributes of a name read again elsewhere: the confident mention's (a place's code and
/// path) without its role, which was said of that mention only. A person that jieba found and a
/// cue confirmed is, at the other occurrences, this rule's. A company's short name (`short`) has
/// none of its full name's attributes.
fn attrs_of(m: &Mention, short: bool) -> Box<Attrs> {
    if short {
        return Box::new(Attrs { source: Some(Source::Rule), ..Attrs::default() });
    }
    let mut attrs = m.attrs.clone();
    attrs.role = None;
    if matches!(attrs.source, Some(Source::Dictionary | Source::Model) | None) {
        attrs.source = Some(Source::Rule);
    }
    attrs
}

/// Labels the other occurrences of the names of `kept` found with confidence, and gives a
/// string's weaker readings of another kind its strongest one. `tokens` are the text's words: an
/// occurrence starts and ends on their boundaries, so no name is found inside a longer word.
///
/// In order:
/// 1. Readings: each string of a name with context or the user's, its strongest tier
///    ([`tier`]) and kind.
/// 2. A weaker name of such a string and another kind takes the reading: a club's name jieba
///    read as a person is the team the fixture (甲队vs乙队) says it is.
/// 3. Other occurrences nothing covers, on token boundaries, take the reading where they fit
///    ([`fits`]: not after a figure, not before a place's or an organization's last word).
///    Guesses strictly inside one (金陵 of 李金陵) give way to it; any other name it meets keeps
///    it out.
///
/// Linear in the text: a token that starts a name asks at most one look-up for each token of
/// the next [`LONGEST_NAME`] bytes.
#[inline(never)] // see `recognize`
pub(super) fn one_reading_per_text(text: &str, tokens: &[Token], lexicon: &Lexicon, kept: &mut Vec<Mention>) {
    let tiers: Vec<Tier> = kept.iter().map(|m| tier(text, tokens, lexicon, m)).collect();
    let mut readings: FxHashMap<&str, Reading> = FxHashMap::default();
    for ((at, m), &tier) in kept.iter().enumerate().zip(&tiers) {
        if tier < Tier::Context || m.span.len() > LONGEST_NAME {
            continue;
        }
        let new = Reading { kind: Some(m.kind), tier, at, short: false };
        let reading = readings.entry(m.span.text(text)).or_insert(new);
        if tier > reading.tier {
            *reading = new;
        } else if tier == reading.tier && reading.kind != Some(m.kind) {
            reading.kind = None;
        }
    }
    // 1b. A company named in full (a sure organization) names its short form: unless the short
    // form has a sure reading of its own, other than a short form of a place.
    for ((at, m), &tier) in kept.iter().enumerate().zip(&tiers) {
        if m.kind != EntityKind::Organization || tier < Tier::Context {
            continue;
        }
        let Some(short) = company_short_name(m.span.text(text), lexicon) else { continue };
        let place_short = |r: &Reading| r.kind == Some(EntityKind::Place) && !lexicon.places.is_full_name(short);
        if readings.get(short).is_none_or(|r| r.tier < Tier::Context || place_short(r)) {
            readings
                .insert(short, Reading { kind: Some(EntityKind::Organization), tier: Tier::Named, at, short: true });
        }
    }
    // 1c. The parts of a foreign name written with dots (茉莉·西尔斯) name the person alone, unless
    // they have a sure reading of their own.
    for ((at, m), &tier) in kept.iter().enumerate().zip(&tiers) {
        if m.kind != EntityKind::Person || tier < Tier::Context {
            continue;
        }
        for part in m.span.text(text).split(DOTS).filter(|p| chars::count(p) >= 2) {
            if part.len() < m.span.len() {
                readings.entry(part).or_insert(Reading { kind: Some(EntityKind::Person), tier, at, short: true });
            }
        }
    }
    readings.retain(|_, r| r.kind.is_some());
    if readings.is_empty() {
        return;
    }
    let name_kind = |k: EntityKind| matches!(k, EntityKind::Person | EntityKind::Place | EntityKind::Organization);
    // 2. Weaker readings of another kind.
    let mut settled: Vec<(usize, EntityKind, Box<Attrs>)> = Vec::new();
    for ((i, m), &tier) in kept.iter().enumerate().zip(&tiers) {
        if let Some(r) = readings.get(m.span.text(text))
            && let Some(kind) = r.kind.filter(|&k| k != m.kind)
            && name_kind(m.kind)
            && tier < r.tier
            && tier != Tier::User
            && let Some(source) = kept.get(r.at)
        {
            settled.push((i, kind, attrs_of(source, r.short)));
        }
    }
    for (i, kind, attrs) in settled {
        if let Some(m) = kept.get_mut(i) {
            m.kind = kind;
            m.attrs = attrs;
        }
    }
    // 3. Other occurrences.
    // The byte lengths of the names by their first character, as bits: a token asks the map only
    // where a name of that first character could end.
    let mut lengths: FxHashMap<char, u128> = FxHashMap::default();
    for name in readings.keys() {
        if let Some(c) = name.chars().next() {
            *lengths.entry(c).or_default() |= 1 << name.len();
        }
    }
    // A title nested in a name stays: only names give way.
    let yields = |m: &Mention, t: Tier| t == Tier::Guess && name_kind(m.kind);
    let mut found: Vec<Found> = kept
        .iter()
        .zip(&tiers)
        .map(|(m, &t)| Found { span: m.span, yields: yields(m, t), place: m.kind == EntityKind::Place })
        .collect();
    found.sort_unstable_by_key(|f| f.span);
    let longest = longest_span(&found);
    let mut added: Vec<Mention> = Vec::new();
    let mut gone: Vec<Span> = Vec::new();
    let mut i = 0;
    while let Some(first) = tokens.get(i) {
        let start = first.span.start;
        // The longest name of the readings that starts at this token and ends at a token's end.
        let mut best = None;
        let first_char = text.get(start..).and_then(|s| s.chars().next());
        let ends = first_char.and_then(|c| lengths.get(&c)).copied().unwrap_or(0);
        for (j, t) in tokens.iter().enumerate().skip(i) {
            let len = t.span.end - start;
            let touching = j == i || tokens.get(j - 1).is_some_and(|p| p.span.end == t.span.start);
            if ends >> len.min(127) == 0 || !touching {
                break;
            }
            if ends & (1 << len) != 0
                && let Some(r) = readings.get(text.get(start..t.span.end).unwrap_or(""))
            {
                best = Some((j, *r));
            }
        }
        let Some((last, reading)) = best else {
            i += 1;
            continue;
        };
        let span = Span::new(start, tokens.get(last).map_or(start, |t| t.span.end));
        let gives_way = |o: &Found| {
            span.contains(&o.span)
                && o.span != span
                && (o.yields || o.place && reading.kind == Some(EntityKind::Organization))
        };
        if overlapping(&found, longest, span).all(gives_way)
            && fits(text, tokens, i, last)
            && let (Some(kind), Some(source)) = (reading.kind, kept.get(reading.at))
        {
            gone.extend(overlapping(&found, longest, span).map(|f| f.span));
            added.push(Mention { kind, span, attrs: attrs_of(source, reading.short) });
            i = last + 1;
        } else {
            i += 1;
        }
    }
    // 4. A sure person's name inside words jieba glued it to.
    glued_people(text, tokens, &readings, kept, &found, &mut added, &mut gone);
    if !gone.is_empty() {
        gone.sort_unstable();
        kept.retain(|m| gone.binary_search(&m.span).is_err());
    }
    kept.extend(added);
}

/// Adds the occurrences of the people read with confidence that jieba glued to a function word
/// before them (据|小林, 从小/d 林/n) or to one after them or 家 (小林|家, 李华|在), where nothing
/// but a guess, or a person that is the name and the glued character (小林家/nr), covers them.
/// Occurrences on the words' boundaries at both ends are step 3's.
fn glued_people(
    text: &str,
    tokens: &[Token],
    readings: &FxHashMap<&str, Reading>,
    kept: &[Mention],
    found: &[Found],
    added: &mut Vec<Mention>,
    gone: &mut Vec<Span>,
) {
    // The names of the sure people by their first character, the longest first.
    let mut by_first: FxHashMap<char, Vec<(&str, usize)>> = FxHashMap::default();
    for (&name, r) in readings {
        if r.kind == Some(EntityKind::Person) && !r.short && chars::count(name) >= 2 {
            if let Some(c) = name.chars().next() {
                by_first.entry(c).or_default().push((name, r.at));
            }
        }
    }
    if by_first.is_empty() {
        return;
    }
    for names in by_first.values_mut() {
        names.sort_unstable_by_key(|(name, _)| std::cmp::Reverse(name.len()));
    }
    let firsts: CharSet = by_first.keys().copied().collect();
    let ends_token = |b: usize| tokens.binary_search_by_key(&b, |t| t.span.end).is_ok();
    let longest = longest_span(found);
    let mut people: Vec<Span> = kept.iter().filter(|m| m.kind == EntityKind::Person).map(|m| m.span).collect();
    people.sort_unstable();
    let mut taken: Vec<Span> = added.iter().map(|m| m.span).collect();
    taken.sort_unstable();
    let taken_longest = longest_span(&taken);
    let mut new = Vec::new();
    for t in tokens {
        let word = t.span.text(text);
        let Some(first) = word.chars().next() else { continue };
        let head =
            (FUNCTION_HEADS.contains(first) && word.len() > first.len_utf8()).then(|| t.span.start + first.len_utf8());
        // At the token's start, and after a function word glued to the name (据|小林).
        for (start, glued_before) in [(Some(t.span.start), false), (head, true)] {
            let Some(start) = start else { continue };
            let rest = text.get(start..).unwrap_or("");
            let Some(names) = rest.chars().next().filter(|&c| firsts.contains(c)).and_then(|c| by_first.get(&c)) else {
                continue;
            };
            for &(name, at) in names.iter().filter(|(name, _)| rest.starts_with(name)) {
                let len = name.len();
                let end = start + len;
                let tail =
                    text.get(end..).and_then(|a| a.chars().next()).filter(|&c| FUNCTION_TAILS.contains(c) || c == '家');
                // (Inside the token, only its end is one: no search.)
                let boundary = |b: usize| b == t.span.end || b > t.span.end && ends_token(b);
                let glued_after = !boundary(end) && tail.is_some_and(|c| boundary(end + c.len_utf8()));
                // Glued at one end at least (both on boundaries is step 3's), and the name's end
                // on a boundary or before the glued character.
                let glued = glued_after || glued_before && boundary(end);
                if !glued {
                    continue;
                }
                let span = Span::new(start, end);
                let word_span = Span::new(t.span.start, end + tail.filter(|_| glued_after).map_or(0, char::len_utf8));
                // What it meets: guesses, or a person no wider than the glued words.
                let meets: Vec<Span> = overlapping(found, longest, span).map(|f| f.span).collect();
                let yields = |o: &Span| {
                    found.binary_search_by_key(o, |f| f.span).is_ok_and(|i| found.get(i).is_some_and(|f| f.yields))
                        || word_span.contains(o) && people.binary_search(o).is_ok()
                };
                if meets.iter().all(yields)
                    && overlapping(&taken, taken_longest, span).next().is_none()
                    && new.last().is_none_or(|m: &Mention| m.span.end <= span.start)
                    && let Some(source) = kept.get(at)
                {
                    gone.extend(meets);
                    new.push(Mention { kind: EntityKind::Person, span, attrs: attrs_of(source, false) });
                }
                break;
            }
        }
    }
    added.extend(new);
}

/// True when the words `i..=last` may be a name where they stand: no figure runs into them
/// (三/万里), and no place's, venue's or organization's last word follows (张伟/路, 北京/大学,
/// 鲁迅/文学院, 中山/公园).
fn fits(text: &str, tokens: &[Token], i: usize, last: usize) -> bool {
    let (Some(first), Some(end)) = (tokens.get(i), tokens.get(last)) else { return false };
    let before = text.get(..first.span.start).and_then(|b| b.chars().next_back());
    if before.is_some_and(is_numeral_char) || first.pos == "m" {
        return false;
    }
    let next = tokens.get(last + 1).filter(|n| n.span.start == end.span.end);
    let next_word = next.map_or("", |n| n.span.text(text));
    let mut next_chars = next_word.chars();
    let name_end = matches!((next_chars.next(), next_chars.next()), (Some(c), None) if NAME_ENDS.contains(c));
    !(name_end || ends_like_org(next_word) || VENUES.any_ends(next_word) || STREETS.contains(&next_word))
}

/// Words after a name that make it a street's or a park's: 中山/大道, 鲁迅/公园.
const STREETS: [&str; 6] = ["大道", "大街", "公园", "故居", "大桥", "路口"];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::test_support::{assert_finds, has, names, none_of};

    fn count(found: &[(EntityKind, String, Option<&'static str>)], kind: EntityKind, name: &str) -> usize {
        found.iter().filter(|f| f.0 == kind && f.1 == name).count()
    }

    #[test]
    fn a_company_named_in_full_is_the_company_by_its_short_name() {
        let found = names("NOVAX公司今天发布了新产品。NOVAX的首席执行官表示，产品明年上市。");
        assert_eq!(count(&found, EntityKind::Organization, "NOVAX"), 1, "{found:?}");
        // A township's short form of the same name gives way to the company.
        let found = names("青山集团今年销售额增长。青山方面表示，将继续拿地。");
        assert_eq!(count(&found, EntityKind::Organization, "青山"), 1, "{found:?}");
        assert!(none_of(&found, EntityKind::Place), "{found:?}");
        // A province's name stays the province.
        let found = names("河南公司成立三年。河南今年经济增长。");
        assert_eq!(count(&found, EntityKind::Place, "河南"), 1, "{found:?}");
        assert_eq!(company_short_name("星河置业有限公司", &Lexicon::new()), Some("星河"));
        // Any organization named in Latin letters and its word.
        let found = names("BrightMind实验室宣布了消息。BrightMind表示，模型明年开源。");
        assert_eq!(count(&found, EntityKind::Organization, "BrightMind"), 1, "{found:?}");
        assert_eq!(company_short_name("中国电子", &Lexicon::new()), None);
        // A province inside the short name is the company's detail.
        let found = names("公司拟收购江西锂业科技有限公司股权。江西锂业成立于2016年。");
        assert_eq!(count(&found, EntityKind::Organization, "江西锂业"), 1, "{found:?}");
        assert!(none_of(&found, EntityKind::Place), "{found:?}");
    }

    #[test]
    fn a_person_named_with_a_title_labels_the_other_mentions() {
        // 高/a 山河/ns: only the title before the first mention makes it a person.
        let found = names("记者高山河报道。高山河走访了三个村。");
        assert_eq!(count(&found, EntityKind::Person, "高山河"), 2, "{found:?}");
        assert!(!found.iter().any(|f| f.1 == "山河"), "{found:?}");
    }

    #[test]
    fn a_sure_person_is_found_where_jieba_glued_a_word_to_it() {
        // 据, 从 before the name, 家 after it, and 从小/d: the name starts inside a word.
        let found = names("学生小林（化名）否认。据小林讲，他没有动手。小林家说愿意赔偿。老师从小林手里拿走了纸。");
        assert_eq!(count(&found, EntityKind::Person, "小林"), 4, "{found:?}");
        assert!(!found.iter().any(|f| f.1 == "小林家"), "{found:?}");
        // No glued character, no person: 小林业 is no 小林 and 业.
        let found = names("学生小林（化名）否认。这是一个小林业公司。");
        assert_eq!(count(&found, EntityKind::Person, "小林"), 1, "{found:?}");
    }

    #[test]
    fn the_parts_of_a_dotted_name_are_the_person() {
        // A translated given name (茉莉/n) before a transliterated surname; each part alone later.
        let found = names("茉莉·卡森是一名潜水教练。茉莉说，她每周训练两次。卡森还参加了比赛。");
        assert!(has(&found, EntityKind::Person, "茉莉·卡森"), "{found:?}");
        assert_eq!(count(&found, EntityKind::Person, "茉莉"), 1, "{found:?}");
        assert_eq!(count(&found, EntityKind::Person, "卡森"), 1, "{found:?}");
        // A noun for people before the dot is no given name.
        let found = names("作家·卡森来了。");
        assert!(!found.iter().any(|f| f.1.contains('·')), "{found:?}");
    }

    #[test]
    fn a_name_inside_a_longer_word_or_name_is_not_labelled() {
        // 高山/河流: the name would end inside a word.
        let found = names("记者高山河报道。高山河流众多。");
        assert_eq!(count(&found, EntityKind::Person, "高山河"), 1, "{found:?}");
        // 高山河/路: a street's name, not the person.
        let found = names("记者高山河报道。高山河路有一座桥。");
        assert_eq!(count(&found, EntityKind::Person, "高山河"), 1, "{found:?}");
    }

    #[test]
    fn a_team_in_a_fixture_is_the_team_in_the_rest_of_the_report() {
        let found = names("周日焦点：莫德罗vs卡斯特兰。莫德罗主场作战，卡斯特兰客场不败。");
        assert_eq!(count(&found, EntityKind::Organization, "莫德罗"), 2, "{found:?}");
        assert_eq!(count(&found, EntityKind::Organization, "卡斯特兰"), 2, "{found:?}");
        assert!(none_of(&found, EntityKind::Person), "{found:?}");
    }

    #[test]
    fn a_country_and_a_team_of_one_name_keep_their_own_readings() {
        // A country of the lists and a team of a fixture are both sure: neither is settled.
        let found = names("巴西vs德国。德国和法国签署了协议。");
        assert!(has(&found, EntityKind::Organization, "德国"), "{found:?}");
        assert!(has(&found, EntityKind::Place, "德国"), "{found:?}");
    }

    #[test]
    fn a_name_before_a_venues_or_an_organizations_last_word_is_not_labelled() {
        for text in [
            "记者高山河报道。高山河文学院今年招生。",
            "局长汪卓然说，汪卓然广场今天开放。",
            "记者高山河报道。高山河公园今天开放。",
        ] {
            let found = names(text);
            assert_eq!(found.iter().filter(|f| f.0 == EntityKind::Person).count(), 1, "{found:?}");
        }
    }

    #[test]
    fn a_surname_and_a_given_name_before_a_verb_of_saying_label_the_other_mentions() {
        // 孔明/nr: a word of jieba's dictionary, a person only where something says so.
        let found = names("孔明表示，项目年内完工。随后孔明到工地查看了进度。");
        assert_eq!(count(&found, EntityKind::Person, "孔明"), 2, "{found:?}");
    }

    #[test]
    fn a_word_for_people_before_a_verb_of_saying_labels_nothing_else() {
        // 小姐/nr 表示: a two-character word of jieba's dictionary says things as a name does.
        let found = names("在医院住院的付小姐借了充电宝，小姐表示很意外。");
        assert!(count(&found, EntityKind::Person, "小姐") <= 1, "{found:?}");
    }

    #[test]
    fn a_name_of_one_character_labels_nothing() {
        assert_finds("江主席说，这条江很美。", EntityKind::Person, &["江"]);
        let found = names("江主席说，这条江很美。");
        assert_eq!(count(&found, EntityKind::Person, "江"), 1, "{found:?}");
    }

    /// Tokens of `words` (word, tag), one after the other, and the text they make.
    fn tokens(words: &[(&str, &'static str)]) -> (String, Vec<Token>) {
        let mut text = String::new();
        let mut out = Vec::new();
        for &(w, pos) in words {
            let start = text.len();
            text.push_str(w);
            out.push(Token { span: Span::new(start, text.len()), pos, known: true });
        }
        (text, out)
    }

    fn span_of(text: &str, word: &str, nth: usize) -> Span {
        let start = text.match_indices(word).nth(nth).map_or(0, |(i, _)| i);
        Span::new(start, start + word.len())
    }

    #[test]
    fn a_figure_keeps_its_numeral() {
        // 局长/万里/说 … 三/万里: the second 万里 is a distance, left to the figures.
        let (text, tokens) = tokens(&[
            ("局长", "n"),
            ("万里", "nr"),
            ("说", "v"),
            ("，", "w"),
            ("行程", "n"),
            ("三", "m"),
            ("万里", "m"),
        ]);
        let mut kept = vec![Mention::new(EntityKind::Person, span_of(&text, "万里", 0), Source::Rule)];
        one_reading_per_text(&text, &tokens, &Lexicon::new(), &mut kept);
        assert_eq!(kept.len(), 1, "{kept:?}");
    }

    #[test]
    fn guesses_inside_a_sure_name_give_way_and_sure_names_do_not() {
        // A made-up 甲乙丙学院 of a rule; at its second mention jieba's guess 甲乙丙/nr.
        let (text, tokens) = tokens(&[
            ("甲乙丙", "nr"),
            ("学院", "n"),
            ("成立", "v"),
            ("。", "w"),
            ("甲乙丙", "nr"),
            ("学院", "n"),
            ("招生", "v"),
        ]);
        let org = Mention::new(EntityKind::Organization, span_of(&text, "甲乙丙学院", 0), Source::Rule);
        let guess = Mention::new(EntityKind::Person, span_of(&text, "甲乙丙", 1), Source::Model);
        let mut kept = vec![org.clone(), guess];
        one_reading_per_text(&text, &tokens, &Lexicon::new(), &mut kept);
        assert!(kept.iter().all(|m| m.kind == EntityKind::Organization) && kept.len() == 2, "{kept:?}");
        assert!(kept.iter().any(|m| m.span == span_of(&text, "甲乙丙学院", 1)), "{kept:?}");
        // A person a rule found there stays, and keeps the name out.
        let person = Mention::new(EntityKind::Person, span_of(&text, "甲乙丙", 1), Source::Rule);
        let mut kept = vec![org, person.clone()];
        one_reading_per_text(&text, &tokens, &Lexicon::new(), &mut kept);
        assert_eq!(kept.len(), 2, "{kept:?}");
        assert!(kept.contains(&person), "{kept:?}");
    }

    #[test]
    fn a_guess_of_another_kind_takes_the_sure_reading_with_its_attributes() {
        // A made-up place 甲乙县 of the lists, read by jieba as a person elsewhere.
        let (text, tokens) = tokens(&[("甲乙县", "ns"), ("。", "w"), ("甲乙县", "nr")]);
        let mut place = Mention::new(EntityKind::Place, span_of(&text, "甲乙县", 0), Source::Gazetteer);
        place.attrs.code = Some("000000".into());
        let guess = Mention::new(EntityKind::Person, span_of(&text, "甲乙县", 1), Source::Model);
        let mut kept = vec![place, guess];
        one_reading_per_text(&text, &tokens, &Lexicon::new(), &mut kept);
        assert!(kept.iter().all(|m| m.kind == EntityKind::Place && m.attrs.code.is_some()), "{kept:?}");
        // The user's word is never changed.
        let user = Mention::new(EntityKind::Person, span_of(&text, "甲乙县", 1), Source::User);
        let mut kept = vec![kept.swap_remove(0), user.clone()];
        one_reading_per_text(&text, &tokens, &Lexicon::new(), &mut kept);
        assert!(kept.contains(&user), "{kept:?}");
    }

    #[test]
    fn a_role_belongs_to_its_mention() {
        let found = crate::entities::test_support::names("记者 高山河 报道。高山河走访了三个村。");
        assert_eq!(found.iter().filter(|f| f.1 == "高山河" && f.2.is_some()).count(), 1, "{found:?}");
        assert_eq!(count(&found, EntityKind::Person, "高山河"), 2, "{found:?}");
    }
}
