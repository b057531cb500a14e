//! Names in an enumeration: the items of a list written with 、 are things of one kind, so an item
//! no pass named, between items that are all organizations (or all places, or all people), is
//! one too: 华为、三星、NOVAX、小米等厂商.

use crate::analysis::{EntityKind, Mention, Source};
use crate::chars;
use crate::segment::Token;
use crate::sentences::is_han;
use crate::span::Span;

use super::cues::PERSON_BEFORE;
use super::resolve::{longest_span, overlapping};

/// What ends the last item of a list: 甲、乙等, 甲、乙和丙.
const LAST_ITEM_ENDS: [&str; 5] = ["等", "和", "与", "及", "以及"];

/// Characters that part the clauses a list lives in.
fn ends_clause(c: char) -> bool {
    matches!(c, '，' | '。' | '；' | '：' | '！' | '？' | '\n' | '（' | '）' | '(' | ')' | '“' | '”' | ',' | ';' | ':')
}

/// Adds the items of lists that no name covers as names of the kind every other item has: at least
/// two of the other items are names of that kind that more than jieba's guess found, none is of
/// another kind, and the unnamed items
/// are no more than the named ones. An item is named by a name that is the whole item; a person
/// or place only jieba guessed inside an item (卡尔 of 飞思卡尔) gives way. An added item must look
/// like a name ([`looks_like_a_name`]). `kept` is by start, and stays so.
pub(super) fn items_of_lists(text: &str, tokens: &[Token], kept: &mut Vec<Mention>) {
    if !text.contains('、') {
        return;
    }
    let name_kind = |k: EntityKind| matches!(k, EntityKind::Person | EntityKind::Place | EntityKind::Organization);
    kept.sort_by_key(|m| (m.span.start, std::cmp::Reverse(m.span.end)));
    let longest = longest_span(kept);
    // The outermost names, by start.
    let mut outer: Vec<usize> = Vec::new();
    for (i, m) in kept.iter().enumerate() {
        if outer.last().and_then(|&o| kept.get(o)).is_some_and(|o| o.span.contains(&m.span)) {
            continue;
        }
        outer.push(i);
    }
    let name_at = |span: Span| {
        let k = outer.partition_point(|&o| kept.get(o).is_some_and(|m| m.span.start < span.start));
        outer.get(k).and_then(|&o| kept.get(o)).filter(|m| m.span == span)
    };
    // jieba's guesses: a person it tagged, a place its HMM made (a place of its dictionary that
    // ends like one, 长江路/ns, is sure enough).
    let guess = |m: &Mention| match m.kind {
        EntityKind::Person => matches!(m.attrs.source, Some(Source::Dictionary | Source::Model)),
        EntityKind::Place => m.attrs.source == Some(Source::Model),
        _ => false,
    };
    let mut added: Vec<Mention> = Vec::new();
    let mut gone: Vec<Span> = Vec::new();
    let mut relabelled: Vec<(Span, EntityKind)> = Vec::new();
    // The relabelled names of counted lists, which take the list's kind whatever found them.
    let mut counted_spans: Vec<Span> = Vec::new();
    // The clauses with a 、, each once: from the 、 back and forth to the clause's ends.
    let mut done = 0;
    for (comma, _) in text.match_indices('、') {
        if comma < done {
            continue;
        }
        let before = text.get(..comma).unwrap_or("");
        let start = before.char_indices().rev().find(|&(_, c)| ends_clause(c)).map_or(0, |(i, c)| i + c.len_utf8());
        let after = text.get(comma..).unwrap_or("");
        let end = after.char_indices().find(|&(_, c)| ends_clause(c)).map_or(text.len(), |(i, _)| comma + i);
        done = end;
        let clause = Span::new(start, end);
        let body = clause.text(text);
        // The items' spans: the first one is a name that ends at the first 、 (where it starts is
        // unknown otherwise); the last one ends at 等, 和... or the clause's end.
        let mut items: Vec<Span> = Vec::new();
        let mut from = clause.start;
        let parts: Vec<&str> = body.split('、').collect();
        // 甲、乙、丙三家企业: a count after the last item (read once, for the cut and the kind).
        let count = parts.last().and_then(|last| counted(last));
        for (n, part) in parts.iter().enumerate() {
            let mut span = Span::new(from, from + part.len());
            from = span.end + '、'.len_utf8();
            if n == 0 {
                let k = outer.partition_point(|&o| kept.get(o).is_some_and(|m| m.span.end < span.end));
                if let Some(m) = outer.get(k).and_then(|&o| kept.get(o)).filter(|m| m.span.end == span.end) {
                    items.push(m.span);
                }
                continue;
            }
            if n + 1 == parts.len() {
                let count_at = count.as_ref().map(|c| c.at);
                let cut = LAST_ITEM_ENDS.iter().filter_map(|w| part.find(w)).chain(count_at).min();
                match cut {
                    Some(cut) => span = Span::new(span.start, span.start + cut),
                    None => continue,
                }
            }
            items.push(span);
        }
        // 甲、乙、丙三家企业: the list counts its items and says what they are. The first item is
        // then the word before the first 、, where no name ends there.
        let counted_kind = count.filter(|c| c.count == parts.len()).map(|c| c.kind);
        if counted_kind.is_some() && items.len() + 1 == parts.len() {
            let first_end = clause.start + parts.first().map_or(0, |p| p.len());
            let k = tokens.partition_point(|t| t.span.end < first_end);
            // The whole first part (the clause starts with the list), or its last word.
            let whole = Span::new(clause.start, first_end);
            let word = tokens.get(k).filter(|t| t.span.end == first_end).map(|t| t.span);
            match [Some(whole), word].into_iter().flatten().find(|&s| looks_like_a_name(text, tokens, s)) {
                Some(first) => items.insert(0, first),
                None => continue,
            }
        }
        let counted_kind = counted_kind.filter(|_| items.len() == parts.len());
        let named: Vec<&Mention> = items.iter().filter_map(|&s| name_at(s)).collect();
        let Some(kind) = counted_kind.or_else(|| named.iter().find(|m| !guess(m)).map(|m| m.kind)) else { continue };
        let sure = named.iter().filter(|m| !guess(m)).count();
        // Counted, only the lists' and the user's names keep another kind (凯/nr 诺特/nrt, a rule's
        // transliterated person, is one of the 3家企业).
        let holds = |m: &&&Mention| match counted_kind {
            Some(_) => matches!(m.attrs.source, Some(Source::Gazetteer | Source::User)),
            None => !guess(m),
        };
        if counted_kind.is_none() && sure < 2 || named.iter().any(|m| m.kind != kind && holds(&m)) || !name_kind(kind) {
            continue;
        }
        // A guess of another kind among sure names takes their kind: 吴韵路/nr among roads.
        for m in named.iter().filter(|m| m.kind != kind) {
            relabelled.push((m.span, kind));
            if counted_kind.is_some() {
                counted_spans.push(m.span);
            }
        }
        let unnamed: Vec<Span> = items.iter().copied().filter(|&s| name_at(s).is_none()).collect();
        if unnamed.len() > named.len() && counted_kind.is_none() {
            continue;
        }
        // An item that crosses a name, or holds one that is no guess, is no name of its own here.
        let free = |s: Span| overlapping(kept, longest, s).all(|m| s.contains(&m.span) && m.span != s && guess(m));
        // Counted, an item needs only to be a short run of Han characters or Latin letters.
        let fits = |s: Span| {
            if counted_kind.is_some() {
                // (Not a name with its title: 某某教授 is a person and a title.)
                let item = s.text(text);
                (2..=8).contains(&chars::count(item))
                    && item.chars().all(|c| is_han(c) || c.is_ascii_alphanumeric())
                    && !PERSON_BEFORE.any_ends(item)
            } else {
                looks_like_a_name(text, tokens, s)
            }
        };
        for s in unnamed {
            if s.is_empty() || !free(s) || !fits(s) {
                continue;
            }
            gone.extend(overlapping(kept, longest, s).map(|m| m.span));
            added.push(Mention::new(kind, s, Source::Rule));
        }
    }
    // (The names are still by start: each relabelled one is searched, not every name read.)
    for (span, kind) in relabelled {
        let from = kept.partition_point(|m| m.span.start < span.start);
        let same_start = kept.get_mut(from..).unwrap_or_default().iter_mut().take_while(|m| m.span.start == span.start);
        for m in same_start.filter(|m| m.span == span && (guess(m) || m.kind != kind && counted_spans.contains(&span)))
        {
            *m = Mention::new(kind, span, Source::Rule);
        }
    }
    if added.is_empty() {
        return;
    }
    gone.sort_unstable();
    kept.retain(|m| gone.binary_search(&m.span).is_err());
    kept.extend(added);
    kept.sort_by_key(|m| (m.span.start, std::cmp::Reverse(m.span.end)));
}

/// A count closing a list: its items' number, what they are, and where it starts in the part.
struct Count {
    at: usize,
    count: usize,
    kind: EntityKind,
}

/// Words after a count of organizations: 三家企业, 两所高校, 4家股份制银行.
const ORG_KINDS: [&str; 12] =
    ["企业", "公司", "银行", "机构", "高校", "大学", "医院", "学校", "厂商", "集团", "单位", "媒体"];

/// Words after a count of people: 三名运动员, 两位院士.
const PERSON_KINDS: [&str; 8] = ["运动员", "选手", "院士", "专家", "演员", "歌手", "作家", "球员"];

/// The count that closes the last part of a list and says what its items are: 丙三家企业 (3,
/// organizations), 丙两位院士 (2, people), 丙三国 (3, places). A numeral of one or two characters
/// (or digits), a classifier (家 所 个 名 位 国), and within the next eight characters a word of
/// what is counted.
fn counted(part: &str) -> Option<Count> {
    use crate::numbers::numeral::{is_numeral_char, parse};
    let (at, _) = part.char_indices().find(|&(i, c)| i > 0 && is_numeral_char(c))?;
    let rest = part.get(at..)?;
    let digits = rest.find(|c: char| !is_numeral_char(c)).unwrap_or(rest.len());
    let number = rest.get(..digits)?;
    let count = if number == "两" { 2.0 } else { parse(number)? };
    let after = rest.get(digits..)?;
    let classifier = after.chars().next()?;
    let what: String = after.chars().skip(1).take(8).collect();
    let kind = match classifier {
        '国' => EntityKind::Place,
        '家' | '所' | '个' if ORG_KINDS.iter().any(|k| what.contains(k)) => EntityKind::Organization,
        '名' | '位' if PERSON_KINDS.iter().any(|k| what.contains(k)) => EntityKind::Person,
        _ => return None,
    };
    ((2.0..=20.0).contains(&count) && count.fract() == 0.0).then_some(Count { at, count: count as usize, kind })
}

/// True for a list's item that may be a name: Latin letters and digits (a brand, a firm: NOVAX,
/// Acme-3), or two to six Han characters in words on their boundaries, none a function word, a
/// verb or a figure, and one at least a proper name or a word jieba did not know (not 手机厂商).
fn looks_like_a_name(text: &str, tokens: &[Token], span: Span) -> bool {
    let item = span.text(text);
    if item.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return item.len() <= 40
            && item.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, ' ' | '-' | '&' | '.'));
    }
    if !(2..=6).contains(&chars::count(item)) || !item.chars().all(is_han) {
        return false;
    }
    let first = tokens.partition_point(|t| t.span.start < span.start);
    let words: Vec<&Token> = tokens.iter().skip(first).take_while(|t| t.span.end <= span.end).collect();
    let whole = words.first().is_some_and(|t| t.span.start == span.start)
        && words.last().is_some_and(|t| t.span.end == span.end);
    let proper = |t: &&Token| matches!(t.pos, "nr" | "nrt" | "nz" | "ns" | "nt" | "j" | "x" | "eng") || !t.known;
    let plain = |t: &&Token| matches!(t.pos, "n" | "ng" | "nr" | "nrt" | "nz" | "ns" | "nt" | "j" | "x" | "eng");
    whole && words.iter().all(plain) && words.iter().any(proper)
}

#[cfg(test)]
mod tests {
    use crate::analysis::EntityKind;
    use crate::entities::test_support::{assert_finds, names};

    #[test]
    fn an_unnamed_item_among_organizations_is_one() {
        assert_finds(
            "华为、三星、NOVAX、Brightmind等厂商都发布了新机。",
            EntityKind::Organization,
            &["NOVAX", "Brightmind"],
        );
    }

    #[test]
    fn a_guess_of_another_kind_among_sure_names_takes_their_kind() {
        // 吴石路/nr, a person only by jieba's tag, among roads.
        assert_finds("长江路、黄河路、吴石路等道路将封闭。", EntityKind::Place, &["长江路", "黄河路", "吴石路"]);
    }

    #[test]
    fn a_list_that_counts_its_items_says_what_they_are() {
        // 3家企业: three companies, whatever jieba made of them (凯/nr 诺特/nrt, 小米/n).
        assert_finds(
            "据悉，西岭科技、蓝岸股份、凯诺特等3家企业入选名单。",
            EntityKind::Organization,
            &["西岭科技", "蓝岸股份", "凯诺特"],
        );
        assert_finds("华为、中兴、小米三家企业参加了展会。", EntityKind::Organization, &["中兴", "小米"]);
        // A count that is not the items' number says nothing; nor do fruits.
        let found = names("华为、中兴、小米五家企业参加了展会。");
        assert!(!found.iter().any(|f| f.1 == "小米" && f.0 == EntityKind::Organization), "{found:?}");
        assert!(names("他买了苹果、香蕉、梨三种水果。").is_empty());
    }

    #[test]
    fn a_common_noun_or_a_list_of_guesses_names_nothing() {
        // 手机厂商 is no name; jieba's guesses (no sure name) say nothing of the other items.
        let found = names("华为、小米、手机厂商都来了。");
        assert!(!found.iter().any(|f| f.1 == "手机厂商"), "{found:?}");
        let found = names("他喜欢阳光、沙滩、NOVAX等。");
        assert!(!found.iter().any(|f| f.1 == "NOVAX"), "{found:?}");
    }
}
