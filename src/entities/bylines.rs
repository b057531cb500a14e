//! Bylines (`记者 马月红 窦娜`) and datelines (`新华社上海3月9日电`).

use crate::analysis::{EntityKind, Mention, Source};
use crate::chars;
use crate::lexicon::Lexicon;
use crate::lists::{List, list};
use crate::segment::Token;
use crate::sentences::is_han;
use crate::span::Span;

/// Words that introduce a byline, with the role they give the names after them.
const BYLINE_CUES: [(&str, &str); 4] =
    [("记者", "reporter"), ("通讯员", "correspondent"), ("实习生", "intern"), ("摄影", "photographer")];

/// Words that end a byline, glued to the last name: 记者邬晓萱报道, 记者王静摄.
const BYLINE_ENDS: [&str; 2] = ["报道", "摄"];

/// The longest run of Han a byline name can be read from: a name of four characters and the
/// longest of `BYLINE_ENDS` (报道).
const LONGEST_NAME_RUN: usize = 4 + 2;

/// News agencies and papers that start a dateline: 新华社上海3月9日电, 本报明斯克8月4日电.
/// In `data/lists/dateline_sources.txt`.
static DATELINE_SOURCES: List = list!("dateline_sources");

/// Last words of the names of news outlets: 华龙网, 新京报, 澎湃新闻, 湖南卫视, 江城电视台.
const OUTLET_ENDS: [&str; 5] = ["网", "报", "新闻", "卫视", "电视台"];

/// First characters of words that point at an outlet without naming it: 本报, 该报, 我台, 其网.
const POINTING: [char; 6] = ['本', '该', '我', '其', '此', '各'];

/// The outlet that words `from..to` name, when they are two to eight Han characters that end like
/// an outlet's name after two characters or more: 华龙网, 长江/网, 新京报 (not 本报, 报).
fn outlet(text: &str, tokens: &[Token], from: usize, to: usize) -> Option<Span> {
    let (first, last) = (tokens.get(from)?, tokens.get(to.checked_sub(1)?)?);
    let words = tokens.get(from..to)?;
    // Not 为/p 澎湃新闻: a function word before the outlet is no part of it.
    let function_word = |t: &Token| matches!(t.pos, "p" | "c" | "u" | "uj" | "d" | "r" | "v" | "m");
    if words.windows(2).any(|w| w[0].span.end != w[1].span.start) || words.len() > 1 && function_word(first) {
        return None;
    }
    let span = Span::new(first.span.start, last.span.end);
    let name = span.text(text);
    let ending = OUTLET_ENDS.iter().find(|e| name.ends_with(**e))?;
    let named = chars::count(name) - chars::count(ending);
    let ok =
        (2..=8).contains(&chars::count(name)) && named >= 2 && name.chars().all(is_han) && !name.starts_with(POINTING);
    ok.then_some(span)
}

/// News outlets named where a report credits them: before 记者 (华龙网记者, 长江网记者), between 据
/// and 报道 or 消息 (据新京报报道), after 来源： (来源：华龙网), before a day and 讯 (长江网10月4日讯,
/// 长江网讯), before the dash of its app's name (华龙网-新重庆客户端讯), and in 【】 at the start of a
/// line (【证券时报网】). The longest reading of one or two words wins.
#[inline(never)] // see `recognize`
pub(super) fn outlets(text: &str, tokens: &[Token]) -> Vec<Mention> {
    let mut out = Vec::new();
    let word = |k: usize| tokens.get(k).map_or("", |t| t.span.text(text));
    // The outlet of one to three words that ends right before token `k` (`from` words back at most).
    let ending_at = |k: usize| (k.saturating_sub(3)..k).find_map(|from| outlet(text, tokens, from, k));
    // The outlet of one to three words from token `k` that what comes after it ends (a closing
    // bracket, a line's end).
    let ending_by = |k: usize, ends: &dyn Fn(&str) -> bool| {
        (k + 1..=k + 3)
            .filter_map(|to| outlet(text, tokens, k, to))
            .find(|span| text.get(span.end..).is_some_and(|after| after.is_empty() || ends(after)))
    };
    let closes = |after: &str| after.starts_with(['）', ')', '】', '\n', '\r', ' ', '，', '。']);
    for (k, t) in tokens.iter().enumerate() {
        let found = match t.span.text(text) {
            "记者" => (k.saturating_sub(2)..k).find_map(|from| outlet(text, tokens, from, k)),
            "据" => (k + 2..=k + 3)
                .filter(|&to| matches!(word(to), "报道" | "消息"))
                .find_map(|to| outlet(text, tokens, k + 1, to)),
            "：" | ":" if word(k.wrapping_sub(1)) == "来源" => ending_by(k + 1, &closes),
            // 长江网10月4日讯: back over the day (figures, 月, 日) to the outlet.
            // (jieba makes 日讯 one word.)
            "讯" | "日讯" => {
                let in_day =
                    |j: &usize| matches!(word(*j), "月" | "日") || tokens.get(*j).is_some_and(|t| t.pos == "m");
                // 华龙网-新重庆客户端讯: the outlet before the dash of its app's name.
                let app = word(k.wrapping_sub(1)) == "客户端";
                let dash = (k.saturating_sub(5)..k).rev().find(|&j| matches!(word(j), "-" | "－" | "—"));
                match (app, dash) {
                    (true, Some(d)) => ending_at(d),
                    _ => (0..k).rev().take_while(in_day).last().and_then(ending_at),
                }
            }
            // 长江网讯: jieba made one word of the outlet's 网 and 讯.
            "网讯" => (k.saturating_sub(2)..k).find_map(|from| {
                let first = tokens.get(from)?;
                let span = Span::new(first.span.start, t.span.start + "网".len());
                let name = text.get(first.span.start..t.span.start)?;
                let words = tokens.get(from..=k)?;
                let touching = words.windows(2).all(|w| w[0].span.end == w[1].span.start);
                (touching
                    && (2..=6).contains(&chars::count(name))
                    && name.chars().all(is_han)
                    && !name.starts_with(POINTING))
                .then_some(span)
            }),
            "【" if text.get(..t.span.start).is_none_or(|b| b.is_empty() || b.ends_with('\n')) => {
                ending_by(k + 1, &|after: &str| after.starts_with('】'))
            }
            _ => None,
        };
        if let Some(span) = found {
            out.push(Mention::new(EntityKind::Organization, span, Source::Rule));
        }
    }
    out
}

/// The places of datelines that the lists do not have: what comes between the agency and the day
/// of `…日电` (`本报明斯克8月4日电`: 明斯克), after a country that leads it (`本报德国哥廷根7月3日电`:
/// 哥廷根; the places pass finds 德国). The dateline says it is a place, whatever the name looks
/// like.
#[inline(never)] // see `recognize`
pub(super) fn datelines(text: &str, lexicon: &Lexicon) -> Vec<Mention> {
    let mut out = Vec::new();
    let is_digit = crate::numbers::numeral::is_numeral_char;
    // From each 日电 back (one search of the text, not one per agency): the day and an optional
    // month (5月26日电, 二十六日电), the place, the agency.
    for (day_at, _) in text.match_indices("日电") {
        let before = text.get(..day_at).unwrap_or("");
        let day = before.trim_end_matches(is_digit);
        let month = match day.strip_suffix('月') {
            Some(m) => {
                let rest = m.trim_end_matches(is_digit);
                (rest.len() < m.len()).then_some(rest)
            }
            None => Some(day),
        };
        // No day, or a 月 without its number: no dateline.
        let Some(month) = month.filter(|_| day.len() < before.len()) else { continue };
        // The agency and the place are at most 3 + 8 characters.
        let from = month.char_indices().rev().nth(10).map_or(0, |(i, _)| i);
        let window = month.get(from..).unwrap_or("");
        let Some(start) = DATELINE_SOURCES.iter().filter_map(|s| window.rfind(s).map(|p| from + p + s.len())).max()
        else {
            continue;
        };
        let Some(name) = text.get(start..month.len()) else { continue };
        if !(2..=8).contains(&chars::count(name)) || !name.chars().all(|c| is_han(c) && !is_digit(c)) {
            continue;
        }
        let country = name.char_indices().skip(2).map(|(i, _)| i).find(|&i| {
            name.get(..i).is_some_and(|c| lexicon.places.is_full_name(c))
                && name.get(i..).is_some_and(|r| chars::count(r) >= 2)
        });
        // The places pass finds the listed names, with their codes.
        let city = Span::new(country.map_or(start, |i| start + i), month.len());
        let listed = lexicon.places.kind(city.text(text));
        if !listed.is_full_name() && !listed.is_short_name() {
            out.push(Mention::new(EntityKind::Place, city, Source::Rule));
        }
    }
    out
}

/// Names after a byline cue: `记者 马月红 窦娜`, `记者付永奇 通讯员张长河`, `(记者 乔小婧 文/图)`.
///
/// A name is 2 to 4 Han characters standing alone: followed by a space, a closing bracket, the
/// end of the line or another cue. `记者了解到，` has no name: `了解到` is followed by a comma.
///
/// The first name after a cue may have any surname, unless a 、 follows it; the next ones, which
/// may follow a 、 (`记者林晓燕、赵德刚`), must start with a known surname, so that `记者 高洪驰 报道`
/// gives no person 报道.
#[inline(never)] // see `recognize`
pub(super) fn bylines(text: &str, lexicon: &Lexicon) -> Vec<Mention> {
    let mut out = Vec::new();
    // One pass for the cues' first characters, rather than a substring search per cue.
    let firsts: Vec<char> = BYLINE_CUES.iter().filter_map(|(cue, _)| cue.chars().next()).collect();
    for (at, _) in text.match_indices(firsts.as_slice()) {
        let rest = text.get(at..).unwrap_or("");
        let Some(&(cue, role)) = BYLINE_CUES.iter().find(|(cue, _)| rest.starts_with(cue)) else { continue };
        let mut pos = at + cue.len();
        let mut first = true;
        loop {
            let rest = text.get(pos..).unwrap_or("");
            // (A name after the first may follow a 、: 记者林晓燕、赵德刚; not the first: 摄影、文学.)
            let gap = if first {
                rest.len() - rest.trim_start_matches([' ', '\t', '\u{3000}']).len()
            } else {
                rest.len() - rest.trim_start_matches([' ', '\t', '\u{3000}', '、']).len()
            };
            let name_start = pos + gap;
            let tail = text.get(name_start..).unwrap_or("");
            // A name and a byline's last word at most: a longer run of Han is no name (and read
            // whole at each cue, a page of 记者记者… was quadratic).
            let (count, mut run) = tail
                .chars()
                .take_while(|c| is_han(*c))
                .take(LONGEST_NAME_RUN + 1)
                .fold((0, 0), |(n, bytes), c| (n + 1, bytes + c.len_utf8()));
            if count > LONGEST_NAME_RUN {
                break;
            }
            // A second cue glued to the name ends it: 付永奇 in `记者付永奇通讯员…` is rare; the
            // usual `记者付永奇 通讯员张长河` has a space. So does the byline's own last word:
            // `记者邬晓萱报道`, `记者王静摄`.
            let ends_byline = BYLINE_ENDS.iter().find(|e| tail.get(..run).is_some_and(|r| r.ends_with(*e)));
            if let Some(end) = ends_byline {
                run -= end.len();
            }
            let name_end = name_start + run;
            let chars = text.get(name_start..name_end).map_or(0, chars::count);
            let after = text.get(name_end..).and_then(|s| s.chars().next());
            let stands_alone = ends_byline.is_some()
                || after.is_none_or(|c| c.is_whitespace() || matches!(c, ')' | '）' | '】' | ']' | '/' | '、'));
            let name = text.get(name_start..name_end).unwrap_or("");
            // (A name before a 、 has a surname, even the first: 记者参观、采访 names no one.)
            let surname_ok = first && after != Some('、') || lexicon.surname_of(name).is_some();
            if !(2..=4).contains(&chars)
                || !stands_alone
                || !surname_ok
                || BYLINE_CUES.iter().any(|(c, _)| tail.starts_with(c))
            {
                break;
            }
            first = false;
            let mut m = Mention::new(EntityKind::Person, Span::new(name_start, name_end), Source::Rule);
            m.attrs.role = Some(role);
            out.push(m);
            pos = name_end;
            if ends_byline.is_some() || after.is_none_or(|c| c == '\n' || c == '\r') {
                break;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::recognize;
    use crate::entities::test_support::{assert_finds, assert_finds_no, names};
    use crate::segment::Segmenter;

    #[test]
    fn a_name_before_a_list_comma_in_a_byline() {
        let text = "本报讯（记者林晓燕、通讯员柯鲲）会议召开。（记者甄晨、柯海）";
        let lexicon = Lexicon::new();
        let tokens = Segmenter::new(&lexicon).run(text);
        let roles: Vec<(String, Option<&str>)> = recognize(text, &tokens, &lexicon)
            .into_iter()
            .filter(|m| m.kind == EntityKind::Person)
            .map(|m| (m.span.text(text).to_owned(), m.attrs.role))
            .collect();
        for (name, role) in
            [("林晓燕", "reporter"), ("柯鲲", "correspondent"), ("甄晨", "reporter"), ("柯海", "reporter")]
        {
            assert!(roles.contains(&(name.to_owned(), Some(role))), "{name}: {roles:?}");
        }
        // Before a 、 a word with no surname is no name: 记者参观、采访; nor is a 、 right after a
        // cue a byline (书画、摄影、文学).
        assert_finds_no("记者参观、采访了俱乐部。", EntityKind::Person);
        assert_finds_no("社团有书画、摄影、文学、音乐等。", EntityKind::Person);
    }

    #[test]
    fn outlets_credited_by_a_report_are_organizations() {
        assert_finds("晨江网记者从现场获悉。", EntityKind::Organization, &["晨江网"]);
        assert_finds("据西岭晚报报道，大桥已通车。", EntityKind::Organization, &["西岭晚报"]);
        // A function word jieba put before the outlet is not part of it.
        let found = names("图片均为晨江网记者拍摄。");
        assert!(!found.iter().any(|f| f.1.starts_with('为')), "{found:?}");
        // A source credited after 来源：, before a day and 讯, in 【】 at a line's start.
        assert_finds("大桥通车了。\n图片来源：晨江网\n车流量很大。", EntityKind::Organization, &["晨江网"]);
        assert_finds("晨江网10月4日讯 大桥通车了。", EntityKind::Organization, &["晨江网"]);
        assert_finds("【西岭晚报】大桥通车了。", EntityKind::Organization, &["西岭晚报"]);
        // Before the dash of its app's name, and with 讯 glued to its 网.
        assert_finds("晨江网-新西岭客户端讯 大桥通车了。", EntityKind::Organization, &["晨江网"]);
        assert_finds("长江网讯 大桥通车了。", EntityKind::Organization, &["长江网"]);
        // Pointing at an outlet names none, nor does a source that is no outlet.
        for text in [
            "本报记者获悉。",
            "该报记者表示。",
            "据报道，大桥已通车。",
            "来源：网络",
            "本报5日讯",
            "本网讯 大桥通车了。",
        ] {
            assert!(!names(text).iter().any(|f| f.0 == EntityKind::Organization), "{text}: {:?}", names(text));
        }
    }

    #[test]
    fn byline_names_get_their_role() {
        let found = names("记者 马月红 窦娜\n");
        assert_eq!(
            found,
            vec![
                (EntityKind::Person, "马月红".to_owned(), Some("reporter")),
                (EntityKind::Person, "窦娜".to_owned(), Some("reporter")),
            ]
        );
    }

    #[test]
    fn a_word_after_the_byline_name_is_no_second_name() {
        let people: Vec<String> = names("记者 高洪驰 报道\u{3000}近日，")
            .into_iter()
            .filter(|f| f.0 == EntityKind::Person)
            .map(|f| f.1)
            .collect();
        assert_eq!(people, ["高洪驰"]);
    }

    #[test]
    fn byline_without_spaces_after_cue() {
        let found = names("记者付永奇 通讯员张长河\n");
        let people: Vec<_> = found.iter().map(|f| (f.1.as_str(), f.2)).collect();
        assert_eq!(people, [("付永奇", Some("reporter")), ("张长河", Some("correspondent"))]);
    }

    #[test]
    fn reporter_learning_something_is_no_byline() {
        assert_finds_no("记者了解到，", EntityKind::Person);
    }

    #[test]
    fn a_dateline_names_its_place() {
        assert_finds("本报塞萨洛尼基9月3日电 记者王明报道：", EntityKind::Place, &["塞萨洛尼基"]);
        assert_finds("新华社意大利帕多瓦11月7日电（记者周明远）", EntityKind::Place, &["意大利", "帕多瓦"]);
        // A listed place keeps what the lists say of it.
        let lexicon = Lexicon::new();
        let text = "本报北京十月一日电";
        let tokens = Segmenter::new(&lexicon).run(text);
        let found = recognize(text, &tokens, &lexicon);
        assert!(found.iter().any(|m| m.span.text(text) == "北京" && m.attrs.code.is_some()), "{found:?}");
        // No agency, no day or no number before 月: no dateline (and nothing read before the text).
        for text in ["日电", "5日电", "月5日电", "本报塞萨洛尼基月5日电", "塞萨洛尼基5日电", "本报5日电"]
        {
            assert_finds_no(text, EntityKind::Place);
        }
    }
}
