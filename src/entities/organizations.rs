//! Organizations: heads (places, organizations, 市, 县, 驻…) followed by words that end in an
//! organization suffix, and proper names before a word that ends one.

use std::sync::OnceLock;

use crate::analysis::{EntityKind, Mention, Source};
use crate::chars::{self, CharSet, Chars};
use crate::lexicon::Lexicon;
use crate::lists::{List, list};
use crate::segment::Token;
use crate::sentences::is_han;
use crate::span::Span;

use super::cues::{
    Endings, FUNCTION_HEADS, FUNCTION_TAILS, ORG_SUFFIXES, PERSON_BEFORE, VENUES, company_named_like_a_word,
    ends_in_org_suffix, ends_like_a_common_word, ends_like_org, is_country_after_verb, touching_token_before,
};
use super::places::{abbreviated_places, made_up_road, place_prefix, two_places};

/// Endings of words jieba tags `nt` that name no organization: 国际化, 新兴产业, 社会科学, 北京警方,
/// 中国区.
/// In `data/lists/not_nt_ends.txt`.
static NOT_NT_ENDS: List = list!("not_nt_ends");

/// Words that end in an organization suffix but name no organization on their own.
/// In `data/lists/generic_orgs.txt`.
static GENERIC_ORGS: List = list!("generic_orgs");

/// Last characters of a word that names a government organ by itself: 公安厅, 立法局.
const ORGANS: [&str; 7] = ["局", "厅", "署", "部", "委", "办", "法院"];

/// True for the usual short name of a National Congress of the party: 十五大, 十九大, 二十大
/// (十大 is "the top ten").
fn is_party_congress(word: &str) -> bool {
    let Some(number) = word.strip_suffix('大') else { return false };
    let n: Vec<char> = number.chars().collect();
    match n.as_slice() {
        ['十', d] | ['二', '十', d] => "一二三四五六七八九".contains(*d),
        ['二', '十'] => true,
        _ => false,
    }
}

/// Trades of national carriers, named by their country or region: 德国电信, 芬兰航空, 东北电网.
const CARRIER_TRADES: [&str; 5] = ["电信", "联通", "航空", "邮政", "电网"];

/// Trades a company's name is written with, which make a name of the word before them that jieba
/// made up: 蓝岸科技, 青禾股份, 青禾药业, 新浪科技.
const COMPANY_TRADES: [&str; 12] =
    ["科技", "股份", "控股", "药业", "置业", "地产", "实业", "传媒", "医药", "电子", "汽车", "资本"];

/// True for a company's trade or trades in one word of jieba's: 科技, 科技股份.
fn is_trade(word: &str) -> bool {
    let mut rest = word;
    while let Some(trade) = COMPANY_TRADES.iter().find(|t| rest.starts_with(**t)) {
        rest = rest.get(trade.len()..).unwrap_or("");
    }
    rest.is_empty() && !word.is_empty()
}

/// Words before 队 that make a kind of team, not a team's name: 足球队, 医疗队, 工作队.
/// In `data/lists/team_kinds.txt`.
static TEAM_KINDS: List = list!("team_kinds");

/// True for a one-word team jieba does not split: 爵士队, 申花队, 皇家马德里队 (not 足球队).
fn is_named_team(t: &Token, word: &str) -> bool {
    matches!(t.pos, "n" | "nz" | "nt" | "j")
        && word.strip_suffix('队').is_some_and(|name| {
            (2..=5).contains(&chars::count(name)) && !TEAM_KINDS.contains(name) && !name.ends_with(['球', '军', '部'])
        })
}

/// True when the token alone can be an organ (see `organ_alone` in [`organizations`]).
fn organ_alone_head(t: &Token, word: &str) -> bool {
    matches!(t.pos, "n" | "nt" | "j" | "nz")
        && ORGANS.iter().any(|o| word.ends_with(o))
        && chars::count(word) >= 3
        && names_org(word)
}

/// Tags of the words inside an organization's name, besides the places and the suffix words.
fn inside_org(pos: &str) -> bool {
    pos.starts_with('n') || matches!(pos, "vn" | "j" | "b" | "l" | "x" | "eng" | "nz" | "f" | "s")
}

/// Words of bodies that a verb or idiom may come right before inside a name: 执行委员会,
/// 扶贫济困领导小组, 前线指挥部; and the legal forms of companies, which a company's own name
/// comes before: 置业开发有限公司, 科技发展股份有限公司; societies and foundations a verb of their
/// cause comes before: 野生动物保护协会.
/// In `data/lists/bridged_bodies.txt`.
static BRIDGED_BODIES: List = list!("bridged_bodies");

/// True for a word of jieba's made of the 队 (team) of a name before it and a function word or
/// a word of time after it: 队为, 队以, 队时, 队后.
fn is_team_glued(word: &str) -> bool {
    let mut chars = word.chars();
    matches!((chars.next(), chars.next(), chars.next()), (Some('队'), Some(c), None) if FUNCTION_TAILS.contains(c) || "时后前里".contains(c))
}

/// Units inside an organization that end its name only after it: 北京大学中文系, 师大附中,
/// 农业银行河北分行 (系 alone ends 关系 and 体系 too).
/// In `data/lists/sub_units.txt`.
static SUB_UNITS: List = list!("sub_units");

/// Words that end in 系 and are no department of a university: 社会关系, 知识体系.
/// In `data/lists/not_departments.txt`.
static NOT_DEPARTMENTS: List = list!("not_departments");

/// True for a unit of an organization (see [`SUB_UNITS`]) or a department of a university of three
/// characters or more (经济系, 美术系).
fn is_sub_unit(word: &str) -> bool {
    SUB_UNITS.any_ends(word) || word.ends_with('系') && chars::count(word) >= 3 && !NOT_DEPARTMENTS.any_ends(word)
}

/// Verbs that take an organization as their object, so that a place, one of them and a
/// company's word are a sentence, not a name: (在)北京成立公司, 上海收购银行.
/// In `data/lists/verbs_taking_orgs.txt`.
static VERBS_TAKING_ORGS: List = list!("verbs_taking_orgs");

/// One-character heads of an organization: 市税务局, 县委, 驻市审计局纪检监察组.
static ORG_HEADS: Chars = Chars::new("市县区乡镇省驻州村");

/// First characters of words that point at bodies or count them, which name none: 各大 公司, 本 公司,
/// 仍为 国有 公司.
const POINTING_HEADS: [char; 12] = ['各', '仍', '仅', '本', '该', '我', '这', '那', '其', '每', '某', '全'];

/// A company's legal forms, which end its name: 有限公司, 集团.
const LEGAL_FORMS: [&str; 5] = ["有限公司", "有限责任公司", "股份有限公司", "公司", "集团"];

/// Words that end an organization's name and are seldom anything else.
/// In `data/lists/strong_org_ends.txt`.
static STRONG_ORG_ENDS: List = list!("strong_org_ends");

/// Organizations named by a proper name before a word that ends an organization's name: 日兴/x
/// 证券, 通用/nz 银行. The name is a word jieba tags as a name or does not know; common nouns
/// (保险公司, 外资公司) name no particular organization.
#[inline(never)] // see `recognize`
pub(super) fn named_by_suffix(text: &str, tokens: &[Token]) -> Vec<Mention> {
    let mut out = Vec::new();
    for (j, t) in tokens.iter().enumerate() {
        let w = t.span.text(text);
        if let Some(span) = latin_company(text, tokens, j) {
            out.push(Mention::new(EntityKind::Organization, span, Source::Rule));
            continue;
        }
        // 苹果|发布, 小米|股价: a company named like a word, where a company's act follows.
        if company_named_like_a_word(text, tokens, j) {
            out.push(Mention::new(EntityKind::Organization, t.span, Source::Rule));
            continue;
        }
        if !STRONG_ORG_ENDS.contains(w) {
            continue;
        }
        let Some(name) = j.checked_sub(1).and_then(|k| tokens.get(k)) else { continue };
        // 证券交易所: the organization goes on.
        let goes_on =
            tokens.get(j + 1).is_some_and(|n| n.span.start == t.span.end && matches!(n.pos, "n" | "nz" | "nt" | "vn"));
        let named = name.span.text(text);
        // A name tagged ns that no list has (日兴/ns 证券); not 外国 or 各国 (listed places are the
        // organizations pass's heads).
        let unlisted_place_name = name.pos == "ns" && !named.ends_with('国');
        let proper = (matches!(name.pos, "nz" | "nr" | "nrt" | "nt" | "j" | "eng" | "x")
            || unlisted_place_name
            || !name.known && name.pos != "m")
            && !is_country_after_verb(named);
        let whole = text.get(name.span.start..t.span.end).unwrap_or("");
        if name.span.end == t.span.start
            && proper
            && !goes_on
            && !GENERIC_ORGS.contains(whole)
            && chars::count(named) >= 2
            && !named.contains('某')
            && !(chars::count(named) == 2 && named.starts_with(POINTING_HEADS))
            && named.chars().all(|c| is_han(c) || c.is_ascii_alphanumeric())
        {
            out.push(Mention::new(EntityKind::Organization, Span::new(name.span.start, t.span.end), Source::Rule));
        }
    }
    out
}

/// Words right before a name in Latin letters that say what it is: 人工智能公司NOVAX, 芯片企业Acme,
/// 初创团队BrightMind.
const KINDS_BEFORE_LATIN: [&str; 12] =
    ["公司", "企业", "集团", "机构", "实验室", "厂商", "品牌", "平台", "团队", "工作室", "交易所", "组织"];

/// Words in Latin letters that name no organization though a company's word comes before them:
/// 公司CEO, 企业IPO.
/// In `data/lists/latin_not_names.txt`.
static LATIN_NOT_NAMES: List = list!("latin_not_names");

/// A company or body named in Latin letters where the words around it say so: after a word of what
/// it is (人工智能公司NOVAX), or before a company's trade (NOVAX科技). The name is letters and digits
/// with a letter first, two characters or more, and no word of [`LATIN_NOT_NAMES`].
fn latin_company(text: &str, tokens: &[Token], j: usize) -> Option<Span> {
    let t = tokens.get(j)?;
    let name = t.span.text(text);
    let latin = name.len() >= 2
        && name.starts_with(|c: char| c.is_ascii_alphabetic())
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        && !LATIN_NOT_NAMES.contains(&name.to_ascii_lowercase());
    if !latin {
        return None;
    }
    let kind_before = touching_token_before(tokens, j).is_some_and(|p| {
        let before = p.span.text(text);
        KINDS_BEFORE_LATIN.iter().any(|k| before.ends_with(k))
    });
    let trade = tokens.get(j + 1).filter(|n| n.span.start == t.span.end && COMPANY_TRADES.contains(&n.span.text(text)));
    match trade {
        Some(n) => Some(Span::new(t.span.start, n.span.end)),
        None => kind_before.then_some(t.span),
    }
}

/// Titles made by putting a word after an organization's name: 外交部长, 政协委员, 国会议员.
const TITLE_AFTER_ORG: [&str; 5] = ["长", "委员", "代表", "议员", "发言人"];

/// The organization at the start of a title word (外交部 of 外交部长), if `word` is one: a level's
/// party committee before its secretary or a member (市委 of 市委书记), a known organization
/// before any of [`TITLE_AFTER_ORG`], or a ministry (…部) before 长.
fn organization_in_title<'w>(lexicon: &Lexicon, word: &'w str) -> Option<&'w str> {
    // 市委书记, 县委常委: the party committee of a level before its secretary or a member.
    let mut cs = word.char_indices();
    if let (Some((_, level)), Some((_, '委')), Some((rest, _))) = (cs.next(), cs.next(), cs.next())
        && matches!(level, '省' | '市' | '县' | '区' | '乡' | '镇' | '州')
        && word.get(rest..).is_some_and(|t| matches!(t, "书记" | "副书记" | "常委" | "委员"))
    {
        return word.get(..rest);
    }
    // The last characters of the titles first: asked of every token, most end in none of them.
    static TITLE_ENDS: OnceLock<CharSet> = OnceLock::new();
    let ends = TITLE_ENDS.get_or_init(|| TITLE_AFTER_ORG.iter().filter_map(|t| t.chars().next_back()).collect());
    if !word.chars().next_back().is_some_and(|c| ends.contains(c)) {
        return None;
    }
    TITLE_AFTER_ORG.iter().find_map(|title| {
        let org = word.strip_suffix(title)?;
        let ministry = *title == "长" && chars::count(org) >= 3 && org.ends_with('部');
        (ministry || chars::count(org) >= 2 && lexicon.is_known_organization(org)).then_some(org)
    })
}

/// Heads of schools, hospitals and courts, titles only after their body's word here (医院|院长, 学校|校长):
/// before a name they are no cue of the people pass (院长 is also a word of the 1998 sets' text).
const HEADS: [&str; 2] = ["院长", "校长"];

/// The organization's word at the start of a word that goes on with a title, if `word` is one:
/// 协会 of 协会会长, 党委 of 党委书记, 公司 of 公司总经理, 医院 of 医院院长.
fn suffix_before_title(word: &str) -> Option<&str> {
    let title = |t: &str| PERSON_BEFORE.contains(t) || HEADS.contains(&t);
    if !PERSON_BEFORE.any_ends(word) && !HEADS.iter().any(|h| word.ends_with(h)) {
        return None;
    }
    word.char_indices()
        .skip(1)
        .map(|(i, _)| word.split_at(i))
        .find_map(|(org, t)| (title(t) && ORG_SUFFIXES.contains(org)).then_some(org))
}

/// True when `word` ends in an organization suffix and is more than a generic word.
fn names_org(word: &str) -> bool {
    ends_like_org(word) && !GENERIC_ORGS.contains(word)
}

/// True for a word of three characters or more that ends in an activity or a field, not a name:
/// jieba's dictionary tags 长足发展, 列车运行, 邮电通信, 农产品深加工 `nt`.
fn looks_like_activity(word: &str) -> bool {
    chars::count(word) >= 3 && ACTIVITY_ENDS.any_ends(word)
}

/// Last words of activities and fields, which names of organizations do not end with.
/// In `data/lists/activity_ends.txt`.
static ACTIVITY_ENDS: List = list!("activity_ends");

/// The byte length of the one of [`STRONG_ORG_ENDS`] `word` ends in; 0 for none (no word ends in
/// two of them).
fn strong_org_suffix_len(word: &str) -> usize {
    static ENDINGS: OnceLock<Endings> = OnceLock::new();
    ENDINGS.get_or_init(|| Endings::new(STRONG_ORG_ENDS.words())).longest(word)
}

/// Organizations: a head (a place, an `nt` word, 市/县/驻…) then words up to the last that ends
/// in an organization suffix; an `nt` word of three or more characters alone.
///
/// `周口市` `委` `宣传部` → 周口市委宣传部; `市` `税务局` `第二` `税务` `分局` → 市税务局第二税务分局;
/// `商水县化河乡` `纪委` → 商水县化河乡纪委. `人民政府` alone is none.
#[inline(never)] // see `recognize`
pub(super) fn organizations(
    text: &str,
    tokens: &[Token],
    lexicon: &Lexicon,
    places: &[Mention],
    place_of: &[Option<usize>],
) -> Vec<Mention> {
    let mut out = Vec::new();
    // The place that holds token `k` whole, if any.
    let place_at = |k: usize| {
        let t = tokens.get(k)?;
        place_of.get(k).copied().flatten().and_then(|p| places.get(p)).filter(|p| p.span.contains(&t.span))
    };
    let mut i = 0;
    while i < tokens.len() {
        let Some(head) = tokens.get(i) else { break };
        let word = head.span.text(text);
        if lexicon.user.contains_key(word) {
            i += 1;
            continue;
        }
        // 外交部长, 政协委员, 国会议员: a title made of an organization's name; the name is one.
        if let Some(org) = organization_in_title(lexicon, word) {
            out.push(Mention::new(
                EntityKind::Organization,
                Span::new(head.span.start, head.span.start + org.len()),
                Source::Rule,
            ));
            i += 1;
            continue;
        }
        // 爵士队, 申花队: a team is its own word, which nothing follows.
        if is_named_team(head, word) {
            out.push(Mention::new(EntityKind::Organization, head.span, Source::Rule));
            i += 1;
            continue;
        }
        // 布莱克本/ns 队: a name and the 队 jieba left apart.
        if matches!(head.pos, "ns" | "nz" | "nr" | "nrt" | "j")
            && (2..=6).contains(&chars::count(word))
            && !TEAM_KINDS.contains(word)
            && let Some(team) = tokens.get(i + 1).filter(|n| n.span.start == head.span.end && n.span.text(text) == "队")
        {
            out.push(Mention::new(EntityKind::Organization, Span::new(head.span.start, team.span.end), Source::Rule));
            i += 2;
            continue;
        }
        let place = place_at(i).filter(|p| p.span.start == head.span.start);
        let chars = chars::count(word);
        let starts_with_head = word.chars().next().is_some_and(|c| ORG_HEADS.contains(c));
        // 县委, 市政府: an administrative head glued to a suffix word.
        let headed = chars >= 2 && starts_with_head && names_org(word);
        // Right after a figure (the rules below say why each cares).
        let after_number = touching_token_before(tokens, i).is_some_and(|p| p.pos == "m");
        // 第二税务分局, 九届人大: an ordinal or a session number before the organization's words
        // (not the end of a longer one: 第五/m 十二届/m).
        let session = word.ends_with('届') && chars::count(word) >= 2 && !after_number;
        // (Not a rank, 第二名 山东队: the 名 of a place in a table is no part of a name.)
        let rank = word.ends_with(['名', '位']);
        let ordinal = head.pos == "m" && (word.starts_with('第') && !rank || session);
        // A name before an organization word: 马丁/nr 儿童医院, 光明日报/nz 评论部, 宝马 公司, and a
        // place the lists do not hold: 新桥/ns 派出所. Nor 18/m 日电/j 日本政府: the 日 of a date glued to the 电 of a dateline.
        let named = matches!(head.pos, "nz" | "j" | "nr" | "nrt" | "ns")
            && chars >= 2
            && !is_country_after_verb(word)
            && !after_number
            && tokens.get(i + 1).is_some_and(|n| {
                let w = n.span.text(text);
                // Not 我院, 该局, 本院: a word that points at an organization continues no name (本社,
                // a head office, does).
                let pointing = chars::count(w) == 2
                    && (w.starts_with(['我', '该', '此', '其']) || w.starts_with('本') && GENERIC_ORGS.contains(w));
                n.span.start == head.span.end && chars::count(w) >= 2 && ends_like_org(w) && !pointing
            });
        // 马来西亚队, 北京队: a place glued to an organization word.
        let place_glued = ends_like_org(word) && place_prefix(&lexicon.places, word, head.pos).is_some();
        // 可口可乐公司/l, 思科公司/n: a known organization and a company's word, one word of jieba's.
        let strong_end = strong_org_suffix_len(word);
        let known_with_suffix = strong_end > 0
            && word.get(..word.len() - strong_end).is_some_and(|name| lexicon.is_known_organization(name));
        let known_org =
            lexicon.is_known_organization(word) || known_with_suffix || is_party_congress(word) || place_glued;
        // 蓝岸 科技, 青禾 股份: a word jieba made up or tags as a name, then a company's trade.
        let traded = (2..=4).contains(&chars)
            && word.chars().all(is_han)
            && (!head.known || matches!(head.pos, "nz" | "nr" | "nrt" | "j"))
            && tokens.get(i + 1).is_some_and(|n| n.span.start == head.span.end && is_trade(n.span.text(text)));
        // 国际陶艺协会: 国际 before an international body's name; not inside a company's name
        // (某某/eng 国际 公司) nor a centre a city is to become (国际金融中心, checked at the end).
        let international = word == "国际"
            && !touching_token_before(tokens, i)
                .is_some_and(|p| matches!(p.pos, "eng" | "x" | "nz" | "nr" | "nrt" | "j" | "nt"));
        // 盛达/nr 投资 有限公司, 卡维拉/nrt 锂业 有限公司: a name and its trade before a company's
        // legal form, within three words that touch.
        // (Not a word that points or counts: 各大 主流 博彩 公司, 仍为 国有 公司.)
        let formed = || {
            (2..=4).contains(&chars)
                && word.chars().all(is_han)
                && (matches!(head.pos, "nz" | "nr" | "nrt" | "j")
                    || !head.known && (head.pos.starts_with('n') || head.pos == "x"))
                && !(chars == 2 && word.starts_with(POINTING_HEADS))
                && !word.contains('某')
                && !is_country_after_verb(word)
                && (i + 1..tokens.len().min(i + 4))
                    .take_while(|&k| {
                        tokens.get(k).zip(tokens.get(k - 1)).is_some_and(|(n, p)| {
                            n.span.start == p.span.end
                                && matches!(n.pos, "n" | "vn" | "nz" | "j" | "b")
                                // (王某 旗下 公司, 李某 所在 公司: a person's company.)
                                && !matches!(n.span.text(text), "旗下" | "名下" | "所在" | "个人" | "家族")
                        })
                    })
                    .any(|k| tokens.get(k).is_some_and(|n| LEGAL_FORMS.contains(&n.span.text(text))))
        };
        let formed_head = !known_org && !traded && formed();
        let is_head = known_org
            || traded
            || formed_head
            || organ_alone_head(head, word)
            || place.is_some()
            || head.pos == "nt"
            || headed
            || named
            || ordinal
            || chars == 1 && starts_with_head
            || word.starts_with('驻')
            // 国家统计局, 中央电视台: the state or the centre before an organization's name.
            || matches!(word, "国家" | "中央")
            || international;
        if !is_head {
            i += 1;
            continue;
        }
        let mut parts: Vec<String> = Vec::new();
        let mut end: Option<(usize, usize)> = None; // (token index, byte end)
        // An nt word alone is an organization unless it is a place (香港特别行政区) or generic.
        let nt_alone = head.pos == "nt"
            && !lexicon.places.is_full_name(word)
            && two_places(&lexicon.places, word).is_none()
            && (names_org(word)
                || chars::count(word) >= 3 && !GENERIC_ORGS.contains(word) && !looks_like_activity(word))
            && !ends_like_a_common_word(word)
            && !NOT_NT_ENDS.any_ends(word)
            && !made_up_road(head, word, lexicon) // 建设路/nt
            && abbreviated_places(word, head.pos, head.span.start).is_empty();
        // A specific organ named by its own word: 公安厅, 立法局, 国际部.
        let organ_alone = organ_alone_head(head, word);
        if headed || nt_alone || organ_alone || known_org {
            end = Some((i, head.span.end));
        }
        let mut prev_end = head.span.end;
        let mut j = i + 1;
        // Skip over the rest of the head place.
        if let Some(p) = place {
            while tokens.get(j).is_some_and(|t| p.span.contains(&t.span)) {
                prev_end = tokens.get(j).map_or(prev_end, |t| t.span.end);
                j += 1;
            }
            parts.push(p.span.text(text).to_owned());
            // 苏格兰/ns 队为/p: jieba glued the 队 of a team to a function word after it.
            if let Some(glued) = tokens.get(j).filter(|n| n.span.start == prev_end && is_team_glued(n.span.text(text)))
            {
                let team = Span::new(head.span.start, glued.span.start + '队'.len_utf8());
                out.push(Mention::new(EntityKind::Organization, team, Source::Rule));
                i = j + 1;
                continue;
            }
        }
        let mut taken = 0;
        while let Some(t) = tokens.get(j) {
            let w = t.span.text(text);
            // 天津 渤海 银行 队以/p: jieba glued the 队 of a team named after its sponsor to the
            // function word after it; the team ends there.
            if end.is_some() && is_team_glued(w) && t.span.start == prev_end {
                end = Some((j, t.span.start + '队'.len_utf8()));
                break;
            }
            let ordinal = w.starts_with('第') && t.pos == "m";
            let in_place = place_at(j).is_some();
            // 中国驻巴西大使馆: 驻 right after the head place (not 纪委监委驻县委办, two organizations).
            // 世界卫生组织 驻华/v 代表处: 驻 glued to a place's short name, after a known body.
            let embassy = taken == 0
                && (w == "驻" && place.is_some()
                    || w.starts_with('驻')
                        && chars::count(w) == 2
                        && w.chars().nth(1).is_some_and(|c| c == '华' || super::cues::is_abbreviation(c))
                        && (place.is_some() || known_org));
            // 杭州 鼎新/d 数据服务 有限公司, 江苏 中天/t 钢铁 队: a company's or a team's own name that
            // jieba took for an adverb, a time or an adjective, right after its place and before a
            // legal form or 队 within three words.
            // (A noun right after it: not 深圳 去年/t 公司.)
            let misread_own_name = taken == 0
                && place.is_some()
                && matches!(t.pos, "d" | "t" | "a" | "ad")
                && chars::count(w) == 2
                && tokens.get(j + 1).is_some_and(|n| {
                    n.span.start == t.span.end
                        && matches!(n.pos, "n" | "vn" | "nz" | "j")
                        && !LEGAL_FORMS.contains(&n.span.text(text))
                })
                && (j + 2..tokens.len().min(j + 4))
                    .take_while(|&k| {
                        tokens.get(k).zip(tokens.get(k - 1)).is_some_and(|(n, p)| n.span.start == p.span.end)
                    })
                    .any(|k| {
                        tokens
                            .get(k)
                            .is_some_and(|n| LEGAL_FORMS.contains(&n.span.text(text)) || n.span.text(text) == "队")
                    });
            // 执行/v 委员会, 扶贫济困/i 领导小组: a verb or idiom right before a committee's word
            // (not 迎战/v 智利队: a verb before a team is a sentence).
            // 德国 奔驰/v 集团, 印度 最高/a 选举 委员会: an adjective of two characters or more, or
            // such a verb right after the head, inside a name a company's or body's word soon ends
            // (not 南京市 企业 捐建/v 助学 基金会).
            // 市 脱贫/v 攻坚/vn 办公室: one noun may come between.
            // 国务院 联防/v 联控/j 工作/vn 机制: a coordination body (工作机制) after a known
            // organization, two words between.
            let body = |k: usize| {
                tokens.get(k).is_some_and(|n| {
                    let word = n.span.text(text);
                    BRIDGED_BODIES.any_ends(word)
                        || word == "机制"
                            && end.is_some()
                            && tokens.get(k - 1).is_some_and(|p| p.span.text(text) == "工作")
                })
            };
            let touching =
                |k: usize| tokens.get(k).zip(tokens.get(k - 1)).is_some_and(|(n, p)| n.span.start == p.span.end);
            let middle = |k: usize| tokens.get(k).is_some_and(|n| matches!(n.pos, "n" | "vn" | "j"));
            // 财政部 预算/v 司/nr: a department (司) of a ministry, whatever jieba tagged the word
            // of its field.
            let department = taken == 0
                && end.is_some()
                && touching(j + 1)
                && tokens.get(j + 1).is_some_and(|n| n.span.text(text) == "司");
            let bridged = department
                || matches!(t.pos, "v" | "i")
                    && !VERBS_TAKING_ORGS.contains(w)
                    && touching(j + 1)
                    && (body(j + 1)
                        || middle(j + 1) && touching(j + 2) && body(j + 2)
                        || middle(j + 1) && middle(j + 2) && touching(j + 2) && touching(j + 3) && body(j + 3))
                || (t.pos == "a" || t.pos == "v" && taken == 0 && !VERBS_TAKING_ORGS.contains(w))
                    && chars::count(w) >= 2
                    && tokens
                        .get(j + 1..j + 3)
                        .is_some_and(|next| next.iter().any(|n| STRONG_ORG_ENDS.contains(n.span.text(text))));
            // 国家 所/c 仰慕: 所 before a verb is a particle (电工 所/c alone is an institute); the
            // 某 of 武警某部 is part of the name.
            let verb_next = tokens.get(j + 1).is_some_and(|n| n.pos.starts_with('v'));
            // 重庆师范大学 地理 与 旅游 学院: after a whole name, a 与 or 和 inside the name of a unit
            // of it, when the unit's word comes within three words and no other name ends before.
            // 西岭市 文化 和 旅游局: in a body named after a place, a 和 or
            // 与 inside its name, when an organization's word comes within three words.
            let words_ahead = || {
                (j + 1..j + 5)
                    .take_while(|&k| {
                        tokens.get(k).is_some_and(|n| {
                            n.span.start == tokens.get(k - 1).map_or(0, |p| p.span.end) && inside_org(n.pos)
                        })
                    })
                    .map_while(|k| tokens.get(k).map(|n| n.span.text(text)))
            };
            let unit_ahead = || match end {
                Some(_) => words_ahead().take_while(|n| !ends_like_org(n) || is_sub_unit(n)).any(is_sub_unit),
                // (Not 卡迪斯 军队 和 检察院, 客队 外援 贝拉尼 和 飞鱼队: the word before is a common
                // noun that ends no name.)
                None => {
                    place.is_some()
                        && taken > 0
                        && tokens
                            .get(j - 1)
                            .is_some_and(|p| matches!(p.pos, "n" | "vn") && !ends_in_org_suffix(p.span.text(text)))
                        // (Not 某国 特色 社会主义 思想 和 党: a suffix alone is no body's word.)
                        && words_ahead()
                            .any(|n| ends_like_org(n) && (chars::count(n) >= 2 || matches!(n, "厅" | "局" | "委")))
                }
            };
            // Not 省农科院 和 国家 林业学院: a word that heads a name of its own starts another.
            let heads_another = tokens
                .get(j + 1)
                .is_some_and(|n| matches!(n.pos, "ns" | "nt") || matches!(n.span.text(text), "国家" | "中央"));
            let joined_unit = matches!(w, "与" | "和") && !heads_another && unit_ahead();
            // 山西省 立/v 第三中学, 北京市 立/v 医院: a school or a hospital a province or a city
            // founded (省立, 市立), whose 立 jieba took for a verb.
            let founded = w == "立"
                && taken == 0
                && place.is_some_and(|p| p.span.text(text).ends_with(['省', '市', '县']))
                && prev_end == t.span.start;
            // 会同/n, 连同/n: jieba tags these words of doing with someone as nouns.
            let particle = !founded
                && !misread_own_name
                && (matches!(t.pos, "c" | "p" | "d" | "r" | "y")
                || t.pos.starts_with('u')
                || matches!(w, "会同" | "连同" | "协同"))
                && !joined_unit
                && !w.starts_with('某')
                && !in_place // 大同/d, 大连/d: jieba's dictionary
                && (w != "所" || verb_next);
            // 建设银行 郑州 分行/v: a unit after the organization, whatever jieba tagged it.
            let sub_unit = end.is_some() && is_sub_unit(w);
            // 中国 地理学/n 会/v: jieba cut the 学会 (society) of a name after its 学.
            let society =
                w == "会" && prev_end == t.span.start && text.get(..t.span.start).is_some_and(|b| b.ends_with('学'));
            // 复旦大学 三所/j 高校: a count before a noun, after a name, is no part of it (科研 四所
            // 成立: the fourth institute is).
            // 印度 两国政府/l: the governments of two countries are none.
            let count = chars::count(w) == 2
                && w.starts_with(crate::numbers::numeral::is_chinese_numeral_char)
                && w.ends_with(['所', '家', '个', '名', '位'])
                && tokens.get(j + 1).is_some_and(|n| n.span.start == t.span.end && n.pos.starts_with('n'))
                || w.starts_with(['两', '三', '四', '五', '各']) && w.chars().nth(1) == Some('国');
            if t.span.start != prev_end
                || taken >= 6
                || count
                || particle
                || !(inside_org(t.pos)
                    || founded
                    || misread_own_name
                    || ordinal
                    || in_place
                    || names_org(w)
                    || ORG_SUFFIXES.contains(w)
                    || embassy
                    || bridged
                    || sub_unit
                    || society
                    || joined_unit)
            {
                break;
            }
            // 据 财政部 消息 财政部 预算司: a known organization after other words starts a name of
            // its own (not an army's word: 莫斯科中央陆军).
            let own_name = taken > 0 && lexicon.is_known_organization(w) && !ORG_SUFFIXES.contains(w);
            if lexicon.user.contains_key(w) || own_name {
                break;
            }
            // …机械厂 厂长 李建华: a title before a name ends the organization.
            let named_next = tokens.get(j + 1).is_some_and(|n| matches!(n.pos, "nr" | "nrfg" | "nrt"));
            if named_next && PERSON_BEFORE.contains(w) {
                break;
            }
            // 国家监察委员会 主任 提请…: a title after a whole name ends it, whatever follows.
            if end.is_some() && PERSON_BEFORE.contains(w) {
                break;
            }
            // 中国外交部长: the organization in a title word ends the name (中国外交部); so does an
            // organization's word jieba glued to a title (某某 协会会长/n, 某某 党委书记/n).
            if let Some(org) = organization_in_title(lexicon, w).or_else(|| suffix_before_title(w)) {
                end = Some((j, t.span.start + org.len()));
                break;
            }
            // 新华社莫斯科: a place (…科) ends no organization; 中国全国政协: a known one right after
            // the head does (not 某队 客场 战平 北京国安: a known one after other words is its own).
            // 周口 万达 广场: a venue's word after the name makes the whole a venue (a place, below).
            // 蓝岸 科技, 新浪 科技: a trade right after a company's name ends it.
            // 高通 中国: a known body and 中国 right after it is its arm in China (one organization,
            // as the guideline has it).
            let trade = taken == 0 && (traded || known_org) && (is_trade(w) || w == "中国");
            // 德国 电信, 芬兰 航空: a place and a national carrier's trade right after it, where the
            // name ends (not 美国 电信 管理/vn 部门: a sector).
            let carrier = taken == 0
                && place.is_some()
                && CARRIER_TRADES.contains(&w)
                && tokens.get(j + 1).is_none_or(|n| n.span.start != t.span.end || !matches!(n.pos, "n" | "vn"));
            let mechanism =
                w == "机制" && end.is_some() && tokens.get(j - 1).is_some_and(|p| p.span.text(text) == "工作");
            // 国家 新闻出版署/nt: an organization's word of jieba's after the state or the centre.
            let state_body =
                taken == 0 && t.pos == "nt" && matches!(word, "国家" | "中央") && !GENERIC_ORGS.contains(w);
            // (Not a transliterated name that ends like one: 哈斯科/nrt 沃.)
            let transliterated = matches!(t.pos, "nr" | "nrt") && w.chars().all(super::people::is_transliteration);
            if ends_like_org(w) && !in_place && !transliterated
                || state_body
                || mechanism
                || lexicon.is_known_organization(w) && taken == 0
                || end.is_some() && (is_sub_unit(w) || VENUES.any_ends(w))
                || trade
                || carrier
                || society
            {
                end = Some((j, t.span.end));
            }
            prev_end = t.span.end;
            taken += 1;
            j += 1;
        }
        match end {
            Some((last, end)) => {
                // 以盛达/nr 投资 有限公司: a function word jieba's model glued to the name's start
                // is no part of it.
                let glued =
                    formed_head && !head.known && chars == 3 && word.starts_with(|c| FUNCTION_HEADS.contains(c));
                let start = head.span.start + if glued { word.chars().next().map_or(0, char::len_utf8) } else { 0 };
                let span = Span::new(start, end);
                let whole = span.text(text);
                // (上市/ns 银行 too: a generic word of two of jieba's.)
                let single_generic = GENERIC_ORGS.contains(whole) || international && whole.ends_with("中心");
                // 市委, 县委 alone are organizations; 市 + a generic word (市政府) too.
                if !single_generic && chars::count(whole) >= 2 {
                    let listed = lexicon.is_known_organization(word);
                    let source = match (last == i, listed, head.known) {
                        (true, true, _) => Source::Gazetteer,
                        (true, false, true) => Source::Dictionary,
                        (true, false, false) => Source::Model,
                        (false, _, _) => Source::Rule,
                    };
                    let mut m = Mention::new(EntityKind::Organization, span, source);
                    if parts.len() == 1 && place.is_some_and(|p| p.span.end < end) {
                        m.attrs.parts = parts;
                    }
                    out.push(m);
                }
                i = last + 1;
            }
            None => i += 1,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::test_support::{assert_finds, assert_finds_instead, assert_finds_no, has, names, none_of};

    #[test]
    fn bodies_with_a_level_after_a_preposition_and_two_bodies_acting_together() {
        assert_finds(
            "规划由市人民政府审批，报省人大常委会备案。",
            EntityKind::Organization,
            &["市人民政府", "省人大常委会"],
        );
        // One body's name runs neither over a preposition nor over 会同 into the next.
        let found = names("市人民政府向市人民代表大会提出议案。");
        assert!(has(&found, EntityKind::Organization, "市人民政府"), "{found:?}");
        assert!(has(&found, EntityKind::Organization, "市人民代表大会"), "{found:?}");
        assert_finds("郑州市财政局会同市税务局开展检查。", EntityKind::Organization, &["郑州市财政局", "市税务局"]);
        // A procurator-general ends his procuratorate's name.
        assert_finds("省人民检察院检察长提请审议。", EntityKind::Organization, &["省人民检察院"]);
    }

    #[test]
    fn a_name_and_its_trade_before_a_legal_form_is_a_company() {
        // No place before it: 盛达/nr and 投资/vn, then 有限公司; jieba glued 以 to the name.
        let found = names("甄某以盛达投资有限公司的名义借款。");
        assert!(has(&found, EntityKind::Organization, "盛达投资有限公司"), "{found:?}");
        assert!(none_of(&found, EntityKind::Person) || has(&found, EntityKind::Person, "甄某"), "{found:?}");
        // A word that points or counts names no company, nor does a time, nor a person's.
        assert_finds_no("全国各大公司都来了。", EntityKind::Organization);
        assert_finds_no("深圳去年公司注销数量大增。", EntityKind::Organization);
        assert_finds_no("甄某旗下公司负债累累。", EntityKind::Organization);
    }

    #[test]
    fn no_organization_ends_in_a_transliterated_name_a_border_or_two_countries() {
        // 科 and 处 end names of sections and offices, but not 哈斯科沃 nor 交界处.
        let found = names("西岭镇位于河南、山西交界处，离保加利亚城市哈斯科沃很远。");
        assert!(none_of(&found, EntityKind::Organization), "{found:?}");
        assert!(has(&found, EntityKind::Place, "哈斯科沃"), "{found:?}");
        assert_finds_no("双方呼吁伊朗和伊拉克两国政府保持克制。", EntityKind::Organization);
    }

    #[test]
    fn long_names_go_on_over_an_own_name_jieba_misread_a_glued_zhu_and_a_one_character_organ() {
        // 鼎新/d, 中天/t: the company's or team's own name, after the place, before the form.
        assert_finds("杭州鼎新数据服务有限公司被起诉。", EntityKind::Organization, &["杭州鼎新数据服务有限公司"]);
        assert_finds("江苏中天钢铁队客场获胜。", EntityKind::Organization, &["江苏中天钢铁队"]);
        // 和 inside a department's name that ends in one character; 驻华/v after a known body.
        assert_finds("云南省文化和旅游厅发布通知。", EntityKind::Organization, &["云南省文化和旅游厅"]);
        assert_finds("世界卫生组织驻华代表处表示欢迎。", EntityKind::Organization, &["世界卫生组织驻华代表处"]);
        // A ministry sends a team: 派出 joins no body's words.
        let found = names("应急管理部派出工作组赶赴现场。");
        assert!(has(&found, EntityKind::Organization, "应急管理部"), "{found:?}");
        assert!(found.iter().all(|f| !f.1.ends_with("工作组")), "{found:?}");
    }

    #[test]
    fn well_known_companies_written_in_latin_letters() {
        assert_finds(
            "网站例如Reddit，Twitter和Spotify都无法访问。",
            EntityKind::Organization,
            &["Reddit", "Twitter", "Spotify"],
        );
    }

    #[test]
    fn a_sponsors_team_whose_dui_jieba_glued_and_no_progress_is_a_body() {
        assert_finds("锦标赛中，天津渤海银行队以3比0战胜对手。", EntityKind::Organization, &["天津渤海银行队"]);
        // 新进展/nt: progress, which jieba's dictionary tags as an organization.
        assert_finds_no("研究中取得新进展。", EntityKind::Organization);
    }

    #[test]
    fn the_state_before_a_body_jieba_knows() {
        // 国家/n 新闻出版署/nt: jieba's organization word after 国家 is one body with it.
        assert_finds("国家新闻出版署今天召开会议。", EntityKind::Organization, &["国家新闻出版署"]);
        // Not a generic word: 中央国家机关 names no one body.
        assert!(!has(&names("去年中央国家机关开展了评比。"), EntityKind::Organization, "中央国家机关"));
    }

    #[test]
    fn the_party_committee_of_a_level_before_its_secretary() {
        // jieba keeps 市委书记 and 省委常委 as one word.
        let found = names("省委常委、市委书记甄海涛深入基层。");
        assert!(has(&found, EntityKind::Organization, "省委"), "{found:?}");
        assert!(has(&found, EntityKind::Organization, "市委"), "{found:?}");
        assert!(has(&found, EntityKind::Person, "甄海涛"), "{found:?}");
        // A body's secretary is no level's committee: 党委书记.
        assert!(!has(&names("公司党委书记甄海涛讲话。"), EntityKind::Organization, "党委"));
    }

    #[test]
    fn a_school_or_a_hospital_a_province_or_a_city_founded() {
        // jieba takes the 立 of 省立, 市立 for a verb.
        assert_finds("他曾就读于山西省立第三中学。", EntityKind::Organization, &["山西省立第三中学"]);
        assert_finds("患者被送到青岛市立医院。", EntityKind::Organization, &["青岛市立医院"]);
    }

    #[test]
    fn the_kinds_of_courts_congresses_and_divisions_alone_name_none() {
        // The law names the kinds of bodies: no one court or congress.
        assert!(names("案件移送人民检察院，由人民法院审理，向本级人民代表大会报告。").is_empty());
        assert!(names("自治县城乡总体规划由自治县人民政府组织编制。").iter().all(|f| f.1 != "自治县"));
        // Named, they are.
        assert_finds("洛阳市中级人民法院受理了上诉。", EntityKind::Organization, &["洛阳市中级人民法院"]);
    }

    #[test]
    fn a_village_committee_or_a_radio_station_alone_is_no_name() {
        assert!(names("各村村委会成员深入农户。").is_empty());
        assert!(names("他们利用电视、广播电台宣传政策。").is_empty());
        // Named, they are.
        assert_finds("张庄村村委会召开会议。", EntityKind::Organization, &["张庄村村委会"]);
        assert_finds("中央电视台播出了节目。", EntityKind::Organization, &["中央电视台"]);
    }

    #[test]
    fn a_company_named_by_a_word_jieba_tags_as_a_place() {
        // 华夏/ns is no place of the lists; 外国/ns is no name.
        assert_finds("华夏出版社将出版这本书。", EntityKind::Organization, &["华夏出版社"]);
        assert_finds_no("几家外国银行陆续撤出。", EntityKind::Organization);
    }

    #[test]
    fn a_unit_of_an_organization_joined_by_a_conjunction_or_named_a_channel() {
        assert_finds("西岭师范大学环境与资源学院承办会议。", EntityKind::Organization, &["西岭师范大学环境与资源学院"]);
        assert_finds("西岭电视台都市频道报道了此事。", EntityKind::Organization, &["西岭电视台都市频道"]);
        // A thought and the party are no body's name.
        let found = names("学习中国特色发展思想和党的会议精神。");
        assert!(none_of(&found, EntityKind::Organization), "{found:?}");
        // Two organizations, the second headed by 国家.
        let found = names("省农科院和国家林业学院联合举办。");
        assert!(has(&found, EntityKind::Organization, "省农科院"), "{found:?}");
        assert!(has(&found, EntityKind::Organization, "国家林业学院"), "{found:?}");
    }

    #[test]
    fn a_venue_named_by_a_company_is_a_place() {
        assert_finds_instead("我们是周口万达广场的业主。", EntityKind::Place, "周口万达广场", EntityKind::Organization);
    }

    #[test]
    fn a_company_by_its_name_and_trade() {
        assert_finds("蓝岸科技发布报告。青禾药业发布公告。", EntityKind::Organization, &["蓝岸科技", "青禾药业"]);
        // A word of the dictionary before a trade is a phrase.
        for text in ["推动科技创新。", "相关科技企业加快发展。"] {
            assert!(!names(text).iter().any(|f| f.0 == EntityKind::Organization), "{text}: {:?}", names(text));
        }
    }

    #[test]
    fn a_conjunction_inside_the_name_of_a_body_named_after_a_place() {
        assert_finds("周口市人力资源和社会保障局发布通知。", EntityKind::Organization, &["周口市人力资源和社会保障局"]);
        // Two bodies, or a body and an army, stay apart.
        let found = names("北京市政府和上海市政府签署协议。");
        assert!(has(&found, EntityKind::Organization, "北京市政府"), "{found:?}");
        assert!(has(&found, EntityKind::Organization, "上海市政府"), "{found:?}");
    }

    #[test]
    fn generic_bodies_and_a_known_body_after_other_words() {
        for text in ["对一家上市公司来说，稳定最重要。", "与景区执法局沟通后离开。"] {
            assert!(!names(text).iter().any(|f| f.0 == EntityKind::Organization), "{text}: {:?}", names(text));
        }
        let found = names("据外交部消息外交部礼宾司近日发布通知。");
        assert!(has(&found, EntityKind::Organization, "外交部礼宾司"), "{found:?}");
        assert!(!found.iter().any(|f| f.1.contains("消息")), "{found:?}");
    }

    #[test]
    fn a_society_whose_name_jieba_cut_after_its_xue() {
        assert_finds("中国心理学会发布报告。", EntityKind::Organization, &["中国心理学会"]);
        for text in ["他在大学会议上发言。", "他学会了游泳。"] {
            assert!(!names(text).iter().any(|f| f.0 == EntityKind::Organization), "{text}: {:?}", names(text));
        }
    }

    #[test]
    fn a_companys_arm_in_china() {
        assert_finds_instead("英特尔中国相关负责人表示。", EntityKind::Organization, "英特尔中国", EntityKind::Place);
    }

    #[test]
    fn a_persons_research_group_is_no_organization() {
        let found = names("药学院教授王晓东课题组取得重要进展。");
        assert!(has(&found, EntityKind::Person, "王晓东"), "{found:?}");
        assert!(!found.iter().any(|f| f.1.ends_with("课题组")), "{found:?}");
    }

    #[test]
    fn a_local_body_by_a_short_name_jieba_cuts() {
        assert_finds("周口市住建局对此作出回应。", EntityKind::Organization, &["周口市住建局"]);
        // Alone it names no particular body.
        assert!(!names("当地住建局表示将调查。").iter().any(|f| f.0 == EntityKind::Organization));
    }

    #[test]
    fn a_place_name_of_no_list_before_an_organization_word() {
        assert_finds("新湖派出所民警赶到现场。", EntityKind::Organization, &["新湖派出所"]);
    }

    #[test]
    fn a_known_organization_after_other_words_is_a_name_of_its_own() {
        // Two clubs with a match between them, not one long name.
        let found = names("成都蓉城客场战平北京国安。");
        assert!(has(&found, EntityKind::Organization, "成都蓉城"), "{found:?}");
        assert!(has(&found, EntityKind::Organization, "北京国安"), "{found:?}");
        assert!(found.iter().all(|f| f.1 != "成都蓉城客场战平北京国安"), "{found:?}");
        // A title after a whole name ends it, though a body's word comes later.
        let found = names("市环境委员会主任提请市人大常委会批准。");
        assert!(has(&found, EntityKind::Organization, "市环境委员会"), "{found:?}");
        assert!(found.iter().all(|f| !f.1.contains("主任")), "{found:?}");
        // Right after its head, a known one still ends the name: 中国全国政协.
        assert_finds("中国全国政协主席会见了代表团。", EntityKind::Organization, &["中国全国政协"]);
    }

    #[test]
    fn organizations_end_before_a_title_and_a_name_and_start_after_a_date() {
        let found = names("河北省廊坊市光明机械厂厂长李建华办厂十年了。");
        assert!(has(&found, EntityKind::Organization, "河北省廊坊市光明机械厂"), "{found:?}");
        assert!(has(&found, EntityKind::Person, "李建华"), "{found:?}");
        // A dateline: the 日电 that jieba makes of the day and the 电 is no organization's name.
        let found = names("新华社东京3月18日电日本政府今天宣布了新的计划。");
        assert!(found.iter().all(|f| !f.1.starts_with('日') || f.1 == "日本"), "{found:?}");
        // 对美/j is a preposition and a country, no name before 公司.
        assert_finds_no("这将放宽对美公司的出口限制。", EntityKind::Organization);
        // jieba tags 中草药 nt; medicine is no organization.
        assert!(names("农场用中草药喂养生猪。").is_empty());
        // A title jieba glued to the organization's last word (协会会长/n).
        assert_finds("林山市书法家协会会长赵东升表示，展览明年举行。", EntityKind::Organization, &["林山市书法家协会"]);
        assert_finds("西岭师范学院党委书记赵东升出席。", EntityKind::Organization, &["西岭师范学院党委"]);
    }

    #[test]
    fn a_department_of_a_ministry_an_international_body_and_a_weather_station() {
        // jieba tags the field of the department a verb (预算/v 司).
        assert_finds("财政部预算司昨天发布了数据。", EntityKind::Organization, &["财政部预算司"]);
        assert_finds("他当选为国际陶艺协会会士。", EntityKind::Organization, &["国际陶艺协会"]);
        assert_finds("林山市气象台发布了暴雨预警。", EntityKind::Organization, &["林山市气象台"]);
        // A centre a city is to become is no body; 国际 inside a company's name starts none.
        assert_finds_no("要把林山建成国际金融中心。", EntityKind::Organization);
        assert!(!has(&names("合同由ZX国际公司承接。"), EntityKind::Organization, "国际公司"));
    }

    #[test]
    fn an_adjective_or_a_brand_like_verb_inside_an_organization() {
        let found = names("法国最高行政法院和日本丰田集团都发表了声明。");
        assert!(has(&found, EntityKind::Organization, "日本丰田集团"), "{found:?}");
        let found = names("德国奔驰集团发表了声明。");
        assert!(has(&found, EntityKind::Organization, "德国奔驰集团"), "{found:?}");
        // A verb further on is the sentence's: 南京市 企业 捐建 助学 基金会.
        let found = names("南京市企业捐建助学基金会。");
        assert!(found.iter().all(|f| f.1 != "南京市企业捐建助学基金会"), "{found:?}");
    }

    #[test]
    fn a_team_whose_word_jieba_glued_to_the_next() {
        // 威尔士/ns 队为/p: the team is 威尔士队.
        assert_finds("威尔士队为晋级付出了代价。", EntityKind::Organization, &["威尔士队"]);
    }

    #[test]
    fn a_session_number_and_a_department_belong_to_the_organization() {
        assert_finds("十届全国人大一次会议在北京开幕。", EntityKind::Organization, &["十届全国人大"]);
        assert_finds("他毕业于武汉大学化学系，后来留校任教。", EntityKind::Organization, &["武汉大学化学系"]);
        // jieba tags 分行 a verb: 建设银行/nt 郑州/ns 分行/v.
        assert_finds("建设银行郑州分行昨日宣布。", EntityKind::Organization, &["建设银行郑州分行"]);
        // 关系 and 体系 end in 系 but are no department.
        let found = names("北京大学关系网很广。");
        assert!(found.iter().all(|f| f.1 != "北京大学关系网" && f.1 != "北京大学关系"), "{found:?}");
    }

    #[test]
    fn an_office_after_a_verb_and_a_noun_and_an_association_by_its_short_form() {
        assert_finds("县脱贫攻坚办公室召开会议。", EntityKind::Organization, &["县脱贫攻坚办公室"]);
        assert_finds("他当选为江苏省作协副主席。", EntityKind::Organization, &["江苏省作协"]);
        assert!(names("双方最终达成妥协。").is_empty());
    }

    #[test]
    fn a_verb_before_a_company_form_is_in_the_name_a_verb_of_founding_is_not() {
        // 开发 before 有限公司 is part of the company's name.
        assert_finds("由成都恒远置业开发有限公司承办。", EntityKind::Organization, &["成都恒远置业开发有限公司"]);
        // 在北京成立公司: founding a company in Beijing; Beijing stays a place.
        for text in ["他们在北京成立公司。", "两家企业在深圳注册公司。"] {
            let found = names(text);
            assert!(none_of(&found, EntityKind::Organization), "{text}: {found:?}");
        }
    }

    #[test]
    fn particles_and_common_words_end_no_organization() {
        // 所 before a verb is a particle; 僵局 and 出院 are no bureau and no hospital.
        let found = names("这是非洲国家所担心的事，打破僵局还需要时间。");
        assert!(none_of(&found, EntityKind::Organization), "{found:?}");
        // 某 is part of a unit's name; a place jieba's dictionary tags d goes on (大连/d).
        assert_finds(
            "武警某部官兵和解放军大连海军学院的学员参加了演习。",
            EntityKind::Organization,
            &["武警某部", "解放军大连海军学院"],
        );
    }

    #[test]
    fn generic_and_pointing_words_name_no_organization() {
        // 我院 points at a hospital; 暨首届/nt, 香港媒体/nt and 北京警方/nt are jieba's words; 上市/ns 银行 and 党支部
        // are kinds of bodies.
        for text in [
            "大力弘扬我院精神。",
            "西岭峰会暨首届创投论坛开幕。",
            "全市有12家上市银行。",
            "香港媒体报道称，会议推迟。",
            "医院药剂党支部举办比赛。",
            // The police of a city (北京警方/nt): a description; the city is the place.
            "他向北京警方报案。",
            // A police bureau or online banking named by no place or body.
            "他声称是一公安局的工作人员。",
            "老人不太懂得网上银行操作。",
            // A company's region (中国区/nt) and a free-trade area are none either.
            "该公司中国区负责人此前表示。",
            "两国将建立自由贸易区。",
            // A person who leads a group (带队/n ends like a team).
            "街道书记王海涛带队走访了企业。",
        ] {
            let found = names(text);
            assert!(none_of(&found, EntityKind::Organization), "{text}: {found:?}");
        }
    }

    #[test]
    fn a_coordination_body_after_a_known_organization_is_one_organization() {
        assert_finds("国务院联防联控工作机制今天发布通知。", EntityKind::Organization, &["国务院联防联控工作机制"]);
        // Setting up a mechanism is a sentence.
        let found = names("市政府建立工作机制。");
        assert!(!found.iter().any(|f| f.1.ends_with("机制")), "{found:?}");
    }

    #[test]
    fn a_name_in_latin_letters_after_a_companys_word_or_before_its_trade() {
        let found = names("人工智能公司NOVAX今天发布新品。NOVAX的股价上涨。Acme科技也在名单中。");
        assert_eq!(found.iter().filter(|f| f.0 == EntityKind::Organization && f.1 == "NOVAX").count(), 2, "{found:?}");
        assert!(has(&found, EntityKind::Organization, "Acme科技"), "{found:?}");
        // Two trades in one word of jieba's (科技股份/n) after a made-up name.
        assert_finds("蓝岸科技股份有限公司今天上市。", EntityKind::Organization, &["蓝岸科技股份有限公司"]);
        // A role or a term after a company's word is no name.
        let found = names("这家公司CEO表示，企业IPO推迟。");
        assert!(none_of(&found, EntityKind::Organization), "{found:?}");
    }

    #[test]
    fn well_known_companies_and_clubs_by_name_alone() {
        assert_finds(
            "联通和海信都参加了展会，尤文图斯赢得了比赛。",
            EntityKind::Organization,
            &["联通", "海信", "尤文图斯"],
        );
        // 奔驰 is left out of the list: it is first a verb.
        assert_finds_no("骏马在草原上奔驰。", EntityKind::Organization);
    }

    #[test]
    fn known_organizations_with_a_company_word_and_acronyms_in_any_case() {
        assert_finds(
            "西门子公司和imf的代表都来了，海军也派了人。",
            EntityKind::Organization,
            &["西门子公司", "imf", "海军"],
        );
    }

    #[test]
    fn a_team_jieba_keeps_as_one_word_is_an_organization_and_a_kind_of_team_is_not() {
        // A name and the 队 jieba left apart (雷克雅未克/nrt 队, 费尔南多/ns 队).
        assert_finds(
            "雷克雅未克队客场告负，费尔南多队主场取胜。",
            EntityKind::Organization,
            &["雷克雅未克队", "费尔南多队"],
        );
        let found = names("猛龙队战胜了对手，医疗队和足球队也到了。");
        assert!(has(&found, EntityKind::Organization, "猛龙队"), "{found:?}");
        assert!(found.iter().all(|f| f.1 != "医疗队" && f.1 != "足球队"), "{found:?}");
    }

    #[test]
    fn halls_and_parts_of_a_body_are_no_departments() {
        let found = names("会议在音乐厅举行，候机厅里人很多，医生检查了他的颈部。");
        assert!(none_of(&found, EntityKind::Organization), "{found:?}");
        assert!(has(&names("省公安厅发布了通知。"), EntityKind::Organization, "省公安厅"));
    }

    #[test]
    fn organizations_grow_left_over_places_and_heads() {
        for org in [
            "周口市委宣传部",
            "市税务局第二税务分局",
            "河南金贵演艺集团有限公司",
            "商水县化河乡纪委",
            "驻市审计局纪检监察组",
        ] {
            let found = names(&format!("，{org}的"));
            assert!(has(&found, EntityKind::Organization, org), "{org}: {found:?}");
        }
    }

    #[test]
    fn activities_jieba_tags_nt_are_no_organizations() {
        let found = names("取得长足发展，保证列车运行安全，发展邮电通信事业。");
        assert!(none_of(&found, EntityKind::Organization), "{found:?}");
        assert!(looks_like_activity("长足发展") && !looks_like_activity("发展"));
    }

    #[test]
    fn organizations_grow_over_the_state_an_embassys_country_and_a_title() {
        assert_finds(
            "法国外交部长周二表示，国家民航局和中国驻巴西大使馆也发了声明。",
            EntityKind::Organization,
            &["法国外交部", "国家民航局", "中国驻巴西大使馆"],
        );
        assert!(names("维护国家利益。").is_empty());
        assert_finds(
            "他被选入国际泳联执行委员会，国家统计局综合司司长到会祝贺。",
            EntityKind::Organization,
            &["国际泳联执行委员会", "国家统计局综合司"],
        );
        let found = names("德国队主场迎战智利队。");
        assert!(has(&found, EntityKind::Organization, "智利队"), "{found:?}");
        // A rank before a team is no part of its name.
        assert_finds("小组赛第二名智利男队晋级。", EntityKind::Organization, &["智利男队"]);
    }

    #[test]
    fn a_hospital_before_its_head() {
        // jieba cuts 医院|院长 once 院长 is a title; the hospital is one body with its university.
        let found = names("复旦大学附属中山医院院长甄晨说，手术很成功。");
        assert!(has(&found, EntityKind::Organization, "复旦大学附属中山医院"), "{found:?}");
        assert!(has(&found, EntityKind::Person, "甄晨") && none_of(&found, EntityKind::Place), "{found:?}");
    }

    #[test]
    fn a_society_named_by_its_cause_and_a_citys_traffic_police() {
        assert_finds("北京市消费者权益保护协会发布提示。", EntityKind::Organization, &["北京市消费者权益保护协会"]);
        assert_finds("周口市交警提醒市民注意安全。", EntityKind::Organization, &["周口市交警"]);
        // A traffic policeman is no body.
        assert!(names("一名交警正在执勤。").is_empty());
    }

    #[test]
    fn a_country_and_a_carriers_trade_are_the_carrier() {
        let found = names("华为与德国电信签署协议。德国电信首席执行官表示满意。");
        assert_eq!(found.iter().filter(|f| f.1 == "德国电信").count(), 2, "{found:?}");
        assert!(none_of(&found, EntityKind::Place), "{found:?}");
        // A sector is none.
        assert!(!names("美国电信管理部门表示。").iter().any(|f| f.0 == EntityKind::Organization));
    }

    #[test]
    fn a_company_named_like_a_word_is_the_company_where_its_act_follows() {
        let found = names("苹果发布了新手机。苹果称其芯片更快。");
        assert_eq!(found.iter().filter(|f| f.0 == EntityKind::Organization && f.1 == "苹果").count(), 2, "{found:?}");
        // Not a person (小 and the surname 米) where the company announces.
        let found = names("小米宣布进军汽车行业。");
        assert!(has(&found, EntityKind::Organization, "小米") && found.len() == 1, "{found:?}");
        // The fruit stays fruit.
        assert!(names("他买了一斤苹果发现坏了。").is_empty());
    }

    #[test]
    fn party_congresses_by_number() {
        assert!(is_party_congress("十五大") && is_party_congress("二十大") && is_party_congress("十九大"));
        assert!(!is_party_congress("十大") && !is_party_congress("五大") && !is_party_congress("大"));
    }

    #[test]
    fn generic_words_are_no_organizations() {
        let found = names("要发挥基层党组织作用，人民政府要负责");
        assert!(none_of(&found, EntityKind::Organization), "{found:?}");
    }
}
