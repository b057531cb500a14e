//! People, places, organizations and works: a first layer from jieba's tags and a few rules.
//!
//! - Works: the title inside `《…》`.
//! - People: bylines (`记者 马月红 窦娜`, `通讯员张长河`) with their role, and words tagged `nr`.
//! - Places: words tagged `ns`. Organizations: words tagged `nt`, and a place or organization
//!   followed by nouns that end in an organization suffix (`周口市` `医保局` → 周口市医保局).

use crate::analysis::{EntityKind, Mention, Source};
use crate::lexicon::Lexicon;
use crate::segment::Token;
use crate::sentences::is_han;
use crate::span::Span;

/// Longest title, in chars, taken from `《…》`; longer ones are unbalanced brackets.
const MAX_WORK_CHARS: usize = 60;

/// Words that introduce a byline, with the role they give the names after them.
const BYLINE_CUES: [(&str, &str); 4] =
    [("记者", "reporter"), ("通讯员", "correspondent"), ("实习生", "intern"), ("摄影", "photographer")];

/// Last words of an organization's name.
const ORG_SUFFIXES: [&str; 24] = [
    "政府", "委员会", "委", "局", "厅", "部", "办", "办公室", "中心", "公司", "集团", "协会",
    "院", "银行", "法院", "检察院", "纪委", "监委", "党组", "支部", "大学", "学校", "医院", "所",
];

/// Finds the names of `text` (normalized) given its tokens.
pub fn recognize(text: &str, tokens: &[Token], lexicon: &Lexicon) -> Vec<Mention> {
    let mut found = works(text);
    found.extend(bylines(text));
    found.extend(tagged_names(text, tokens, lexicon));
    found.extend(organizations(text, tokens));
    resolve_overlaps(found)
}

/// The titles inside `《…》`, not nested, on one line.
fn works(text: &str) -> Vec<Mention> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    for (i, c) in text.char_indices() {
        match c {
            '《' => open = Some(i + c.len_utf8()),
            '》' => {
                if let Some(start) = open.take() {
                    let span = Span::new(start, i);
                    let chars = span.text(text).chars().count();
                    if (1..=MAX_WORK_CHARS).contains(&chars) {
                        out.push(Mention::new(EntityKind::Work, span, Source::Rule));
                    }
                }
            }
            '\n' => open = None,
            _ => {}
        }
    }
    out
}

/// Names after a byline cue: `记者 马月红 窦娜`, `记者付永奇 通讯员张长河`, `(记者 乔小婧 文/图)`.
///
/// A name is 2 to 4 Han characters standing alone: followed by a space, a closing bracket, the
/// end of the line or another cue. `记者了解到，` has no name: `了解到` is followed by a comma.
fn bylines(text: &str) -> Vec<Mention> {
    let mut out = Vec::new();
    for (cue, role) in BYLINE_CUES {
        for (at, _) in text.match_indices(cue) {
            let mut pos = at + cue.len();
            loop {
                let rest = text.get(pos..).unwrap_or("");
                let gap = rest.len() - rest.trim_start_matches([' ', '\t', '\u{3000}']).len();
                let name_start = pos + gap;
                let tail = text.get(name_start..).unwrap_or("");
                let run: usize = tail.chars().take_while(|c| is_han(*c)).map(char::len_utf8).sum();
                // A second cue glued to the name ends it: 付永奇 in `记者付永奇通讯员…` is rare; the
                // usual `记者付永奇 通讯员张长河` has a space.
                let name_end = name_start + run;
                let chars = text.get(name_start..name_end).map_or(0, |n| n.chars().count());
                let after = text.get(name_end..).and_then(|s| s.chars().next());
                let stands_alone = after.is_none_or(|c| {
                    c.is_whitespace() || matches!(c, ')' | '）' | '】' | ']' | '/')
                });
                if !(2..=4).contains(&chars) || !stands_alone || BYLINE_CUES.iter().any(|(c, _)| tail.starts_with(c)) {
                    break;
                }
                let mut m = Mention::new(EntityKind::Person, Span::new(name_start, name_end), Source::Rule);
                m.attrs.role = Some(role);
                out.push(m);
                pos = name_end;
                if after.is_none_or(|c| c == '\n' || c == '\r') {
                    break;
                }
            }
        }
    }
    out
}

/// Last characters of a place name: 商水县, 谭庄镇, 周口市.
const PLACE_SUFFIXES: [char; 10] = ['省', '市', '县', '区', '乡', '镇', '村', '州', '旗', '盟'];

/// Words after a surname that make a person: 陈先生, 杨女士.
const HONORIFICS: [&str; 5] = ["先生", "女士", "老师", "师傅", "同志"];

/// Words tagged as names by jieba, kept where the tag is believable.
///
/// jieba's dictionary tags many common words `nr` or `ns` (文明/nr, 美丽/ns), so a name needs
/// more than its tag: a person starts with a surname and has 2-3 characters (a two-character
/// dictionary word is a word, not a name); a place ends in a division suffix or is on the
/// shipped list; a word that ends in a place suffix is a place even when tagged as a person
/// (谭庄镇/nr). `陈先生`, `杨女士`: a surname then an honorific.
fn tagged_names(text: &str, tokens: &[Token], lexicon: &Lexicon) -> Vec<Mention> {
    let mut out = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        let word = t.span.text(text);
        let chars = word.chars().count();
        let source = if t.known { Source::Dictionary } else { Source::Model };
        let ends_in_place_suffix = chars >= 2 && word.ends_with(PLACE_SUFFIXES);
        let ends_in_org_suffix = ORG_SUFFIXES.iter().any(|s| word.ends_with(s));
        let kind = match t.pos {
            "nr" | "nrfg" | "nrt" if ends_in_place_suffix && !t.known => Some(EntityKind::Place),
            "nr" | "nrfg" | "nrt" => {
                let surname = lexicon.surname_of(word);
                let given = surname.map_or(0, |s| chars - s.chars().count());
                let plausible = (1..=2).contains(&given) && !(t.known && chars == 2) && !ends_in_org_suffix;
                plausible.then_some(EntityKind::Person)
            }
            "ns" if ends_in_place_suffix || lexicon.is_known_place(word) => Some(EntityKind::Place),
            "nt" if chars >= 3 => Some(EntityKind::Organization),
            _ => None,
        };
        if let Some(kind) = kind {
            out.push(Mention::new(kind, t.span, source));
            continue;
        }
        let next = tokens.get(i + 1).filter(|n| n.span.start == t.span.end);
        if let Some(next) = next.filter(|n| HONORIFICS.contains(&n.span.text(text)))
            && chars == 1
            && lexicon.surname_of(word).is_some()
        {
            out.push(Mention::new(EntityKind::Person, Span::new(t.span.start, next.span.end), Source::Rule));
        }
    }
    out
}

/// A place or organization, then up to three nouns, the last ending in an organization suffix:
/// `周口市` + `医保局` → 周口市医保局; `河南省` + `人民政府` → 河南省人民政府.
fn organizations(text: &str, tokens: &[Token]) -> Vec<Mention> {
    let mut out = Vec::new();
    for (i, head) in tokens.iter().enumerate() {
        if !matches!(head.pos, "ns" | "nt") {
            continue;
        }
        let mut end = None;
        for t in tokens.iter().skip(i + 1).take(3) {
            let word = t.span.text(text);
            if !matches!(t.pos, "n" | "nt" | "nz" | "vn" | "j" | "ns") || t.span.start != prev_end(tokens, t) {
                break;
            }
            if ORG_SUFFIXES.iter().any(|s| word.ends_with(s)) {
                end = Some(t.span.end);
            }
        }
        if let Some(end) = end {
            out.push(Mention::new(EntityKind::Organization, Span::new(head.span.start, end), Source::Rule));
        }
    }
    out
}

/// End of the token before `t` (tokens are contiguous unless whitespace lies between).
fn prev_end(tokens: &[Token], t: &Token) -> usize {
    tokens.iter().rev().find(|p| p.span.end <= t.span.start).map_or(0, |p| p.span.end)
}

/// Keeps the longest of overlapping names (a rule's byline beats a tag), and drops names inside works.
fn resolve_overlaps(mut found: Vec<Mention>) -> Vec<Mention> {
    found.sort_by(|a, b| {
        let rank = |m: &Mention| (m.kind != EntityKind::Work, std::cmp::Reverse(m.span.len()));
        rank(a).cmp(&rank(b)).then(a.span.start.cmp(&b.span.start))
    });
    let mut kept: Vec<Mention> = Vec::with_capacity(found.len());
    for m in found {
        if kept.iter().all(|k| !k.span.overlaps(&m.span)) {
            kept.push(m);
        }
    }
    kept.sort_by_key(|m| m.span.start);
    kept
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::Segmenter;

    fn names(text: &str) -> Vec<(EntityKind, String, Option<&'static str>)> {
        let tokens = Segmenter::new().run(text);
        recognize(text, &tokens, &Lexicon::new()).into_iter().map(|m| (m.kind, m.span.text(text).to_owned(), m.attrs.role)).collect()
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
    fn byline_without_spaces_after_cue() {
        let found = names("记者付永奇 通讯员张长河\n");
        let people: Vec<_> = found.iter().map(|f| (f.1.as_str(), f.2)).collect();
        assert_eq!(people, [("付永奇", Some("reporter")), ("张长河", Some("correspondent"))]);
    }

    #[test]
    fn reporter_learning_something_is_no_byline() {
        assert!(names("记者了解到，").iter().all(|f| f.0 != EntityKind::Person));
    }

    #[test]
    fn title_in_book_brackets_is_a_work() {
        let found = names("楷书《黄州快哉亭记》名列其中");
        assert!(found.contains(&(EntityKind::Work, "黄州快哉亭记".to_owned(), None)));
        assert!(found.iter().all(|f| f.1 != "黄州"), "no place inside a title: {found:?}");
    }
}
