//! People, places, organizations and works, from the place lists, the user's words, jieba's
//! tags and rules.
//!
//! - Works: the title inside `《…》`.
//! - Places: names of the gazetteer (China's divisions down to townships, the world's countries
//!   and cities) and their short forms (沈丘 → 沈丘县), with their code and path; words jieba
//!   tags `ns` that end in a division suffix. Adjacent divisions are one place with its parts
//!   (淮阳区大连乡). 全省, 各县, 本市 are no places.
//! - People: bylines (`记者 马月红 窦娜`, `通讯员张长河`) with their role; words jieba tags as
//!   names that start with a surname; a surname before 先生/女士; transliterated foreign names.
//! - Organizations: a place, an organization or an administrative head (市, 县, 驻…) followed by
//!   words that end in an organization suffix: 周口市委宣传部, 市税务局第二税务分局,
//!   河南金贵演艺集团有限公司. A generic word alone (党组织, 人民政府) is none.
//! - The user's words win over everything else.

use std::sync::OnceLock;

use rustc_hash::FxHashMap;

use crate::analysis::{EntityKind, Mention, Source};
use crate::chars::{self, CharSet, Chars};
use crate::gazetteer::{LONGEST_NAME, NameKind};
use crate::lexicon::{Lexicon, WordType};
use crate::segment::Token;
use crate::sentences::is_han;
use crate::span::Span;

/// Longest title, in chars, taken from `《…》`; longer ones are unbalanced brackets.
const MAX_WORK_CHARS: usize = 60;

/// Words that introduce a byline, with the role they give the names after them.
const BYLINE_CUES: [(&str, &str); 4] =
    [("记者", "reporter"), ("通讯员", "correspondent"), ("实习生", "intern"), ("摄影", "photographer")];

/// Words that end a byline, glued to the last name: 记者邬晓萱报道, 记者王静摄.
const BYLINE_ENDS: [&str; 2] = ["报道", "摄"];

/// Last words of an organization's name, checked with `ends_with`.
const ORG_SUFFIXES: [&str; 80] = [
    "政府",
    "委员会",
    "委",
    "局",
    "厅",
    "部",
    "办",
    "办公室",
    "中心",
    "公司",
    "集团",
    "协会",
    "学会",
    "联合会",
    "院",
    "银行",
    "法院",
    "检察院",
    "纪委",
    "监委",
    "党组",
    "支部",
    "大学",
    "学校",
    "中学",
    "小学",
    "医院",
    "所",
    "社",
    "馆",
    "站",
    "队",
    "处",
    "科",
    "团",
    "监察组",
    "工作组",
    "联",
    "组",
    "代表大会",
    "委会",
    "理事会",
    "董事会",
    "促进会",
    "同学会",
    "研究会",
    "商会",
    "工会",
    "议会",
    "国会",
    "党",
    "中央",
    "政协",
    "人大",
    "厂",
    "内阁",
    "海关",
    "空军",
    "海军",
    "陆军",
    "剧场",
    "男排",
    "女排",
    "男篮",
    "女篮",
    "男足",
    "女足",
    "日报",
    "晚报",
    "杂志社",
    "报社",
    "电视台",
    "电台",
    "基金会",
    "财政局",
    "民政局",
    "邮政局",
    "市政局",
    "司",
    // The short forms of associations: 书协, 作协, 科协 (书法家协会…).
    "协",
];

/// Words that end like an organization but are none: 干部, 部分, 格局, 到处; and gatherings,
/// which are events: 座谈会, 博览会.
const NOT_ORG_ENDS: [&str; 133] = [
    "干部",
    "部分",
    "全部",
    "内部",
    "外部",
    "局部",
    "大部",
    "东部",
    "西部",
    "南部",
    "北部",
    "中部",
    "头部",
    "腹部",
    "结局",
    "布局",
    "格局",
    "当局",
    "出局",
    "大局",
    "政局",
    "时局",
    "开办",
    "举办",
    "主办",
    "承办",
    "创办",
    "兴办",
    "申办",
    "筹办",
    "场所",
    "住所",
    "厕所",
    "到处",
    "好处",
    "长处",
    "益处",
    "之处",
    "此处",
    "各处",
    "深处",
    "学科",
    "军队",
    "团队",
    "入党",
    "建党",
    "全党",
    "政党",
    "我党",
    "常委",
    "音乐会",
    "交易会",
    "运动会",
    "博览会",
    "展览会",
    "展销会",
    "联欢会",
    "座谈会",
    "报告会",
    "研讨会",
    "茶话会",
    "招待会",
    "发布会",
    "洽谈会",
    "演唱会",
    "晚会",
    "舞会",
    "宴会",
    "庙会",
    "聚会",
    "峰会",
    "妥协",
    "上司",
    "官司",
    "同组",
    "分组",
    "办厂",
    "建厂",
    "进厂",
    "出厂",
    "僵局",
    "残局",
    "骗局",
    "赌局",
    "开局",
    "终局",
    "饭局",
    "变局",
    "败局",
    "胜局",
    "定局",
    "危局",
    "出院",
    "住院",
    "入院",
    "互联",
    "关联",
    "串联",
    "失联",
    // Halls and rooms, not provincial departments (公安厅); parts of a body or a thing, not ministries.
    "大厅",
    "餐厅",
    "客厅",
    "展厅",
    "门厅",
    "舞厅",
    "歌厅",
    "音乐厅",
    "歌舞厅",
    "会议厅",
    "候机厅",
    "候车厅",
    "营业厅",
    "美容厅",
    "宴会厅",
    "咖啡厅",
    "休息厅",
    "接待厅",
    "展览厅",
    "演奏厅",
    "放映厅",
    "颈部",
    "胸部",
    "腿部",
    "足部",
    "面部",
    "脸部",
    "背部",
    "腰部",
    "底部",
    "顶部",
    "尾部",
    "根部",
    "结合部",
];

/// Endings of words jieba tags `nt` that name no organization: 国际化, 新兴产业, 社会科学.
const NOT_NT_ENDS: [&str; 6] = ["化", "产业", "科学", "舞台", "汽车", "药"];

/// Words that end in an organization suffix but name no organization on their own.
const GENERIC_ORGS: [&str; 47] = [
    "组",
    "俱乐部",
    "村委会",
    "居委会",
    "电视台",
    "电台",
    "广播电台",
    "党组织",
    "人民政府",
    "政府",
    "党委",
    "党组",
    "支部",
    "委员会",
    "公司",
    "集团",
    "企业",
    "单位",
    "机关",
    "医院",
    "学校",
    "银行",
    "法院",
    "检察院",
    "部门",
    "中心",
    "协会",
    "大学",
    "中学",
    "小学",
    "全局",
    "当局",
    "总部",
    "干部",
    "内部",
    "外部",
    "全部",
    "局部",
    "部",
    "局",
    "院",
    "所",
    "社",
    "处",
    "科",
    "队",
    "站",
];

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

/// Words before 队 that make a kind of team, not a team's name: 足球队, 医疗队, 工作队.
const TEAM_KINDS: [&str; 60] = [
    "足球",
    "篮球",
    "排球",
    "棒球",
    "垒球",
    "手球",
    "水球",
    "冰球",
    "网球",
    "乒乓球",
    "羽毛球",
    "曲棍球",
    "运动",
    "代表",
    "参赛",
    "国家",
    "主力",
    "青年",
    "少年",
    "女子",
    "男子",
    "医疗",
    "工作",
    "演出",
    "服务",
    "刑警",
    "突击",
    "游击",
    "巡逻",
    "航空",
    "消防",
    "救援",
    "救护",
    "施工",
    "宣传",
    "考察",
    "访问",
    "检查",
    "少先",
    "生产",
    "联防",
    "护卫",
    "志愿",
    "志愿者",
    "科考",
    "登山",
    "探险",
    "维和",
    "执勤",
    "仪仗",
    "军乐",
    "合唱",
    "文艺",
    "宣讲",
    "抢险",
    "搜救",
    "护林",
    "民兵",
    "武工",
    "先锋",
];

/// True for a one-word team jieba does not split: 爵士队, 申花队, 皇家马德里队 (not 足球队).
fn is_named_team(t: &Token, word: &str) -> bool {
    matches!(t.pos, "n" | "nz" | "nt" | "j")
        && word.strip_suffix('队').is_some_and(|name| {
            (2..=5).contains(&chars::count(name)) && !TEAM_KINDS.contains(&name) && !name.ends_with(['球', '军', '部'])
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
/// comes before: 置业开发有限公司, 科技发展股份有限公司.
const BRIDGED_BODIES: [&str; 8] =
    ["委员会", "小组", "指挥部", "代表团", "办公室", "工作组", "有限公司", "有限责任公司"];

/// True for a word of jieba's made of the 队 (team) of a name before it and a function word or
/// a word of time after it: 队为, 队以, 队时, 队后.
fn is_team_glued(word: &str) -> bool {
    let mut chars = word.chars();
    matches!((chars.next(), chars.next(), chars.next()), (Some('队'), Some(c), None) if FUNCTION_TAILS.contains(c) || "时后前里".contains(c))
}

/// Units inside an organization that end its name only after it: 北京大学中文系, 师大附中,
/// 农业银行河北分行 (系 alone ends 关系 and 体系 too).
const SUB_UNITS: [&str; 8] = ["附中", "附小", "分校", "分院", "分行", "支行", "分社", "教研室"];

/// Words that end in 系 and are no department of a university: 社会关系, 知识体系.
const NOT_DEPARTMENTS: [&str; 10] = ["关系", "体系", "联系", "派系", "水系", "星系", "语系", "维系", "谱系", "直系"];

/// True for a unit of an organization (see [`SUB_UNITS`]) or a department of a university of three
/// characters or more (经济系, 美术系).
fn is_sub_unit(word: &str) -> bool {
    SUB_UNITS.iter().any(|u| word.ends_with(u))
        || word.ends_with('系') && chars::count(word) >= 3 && !NOT_DEPARTMENTS.iter().any(|d| word.ends_with(d))
}

/// Verbs that take an organization as their object, so that a place, one of them and a
/// company's word are a sentence, not a name: (在)北京成立公司, 上海收购银行.
const VERBS_TAKING_ORGS: [&str; 16] = [
    "成立", "注册", "组建", "创办", "开办", "开设", "设立", "筹建", "兴办", "收购", "并购", "兼并", "加入", "进入",
    "离开", "创建",
];

/// One-character heads of an organization: 市税务局, 县委, 驻市审计局纪检监察组.
static ORG_HEADS: Chars = Chars::new("市县区乡镇省驻州村");

/// Finds the names of `text` (normalized) given its tokens.
///
/// Its passes (places, people, organizations...) are kept out of it (`#[inline(never)]`): as one
/// 38 KB function it took Chromium's baseline compiler 7 ms on the first analysis.
pub fn recognize(text: &str, tokens: &[Token], lexicon: &Lexicon) -> Vec<Mention> {
    let (mut found, kept_whole) = user_words(text, tokens, lexicon);
    found.extend(bylines(text, lexicon));
    found.extend(datelines(text, lexicon));
    // What the place lists say of each token, looked up once for the passes that ask.
    let listed: Vec<NameKind> = tokens.iter().map(|t| lexicon.places.kind(t.span.text(text))).collect();
    let mut chain_parts = Vec::new();
    let places = places(text, tokens, lexicon, &listed, &mut chain_parts);
    let place_of = place_index(tokens, &places);
    found.extend(people(text, tokens, lexicon, &listed, &place_of));
    let orgs = organizations(text, tokens, lexicon, &places, &place_of);
    found.extend(orgs.into_iter().map(|m| place_reading(text, m, lexicon)));
    found.extend(places);
    let mut kept = resolve_overlaps(found);
    let mut sentence = None;
    for m in &mut kept {
        let team = match m.kind {
            EntityKind::Place => is_team(text, m.span, lexicon, &mut sentence),
            EntityKind::Person => {
                m.attrs.source != Some(Source::User) && m.attrs.role.is_none() && in_fixture(text, m.span)
            }
            _ => false,
        };
        if team {
            *m = Mention::new(EntityKind::Organization, m.span, Source::Rule);
        }
    }
    // Organizations named only by their last word come last: any other name wins.
    // (The kept names are by start: each name is checked against its neighbours only, as below.)
    let longest = longest_span(&kept);
    let suffixed: Vec<Mention> = named_by_suffix(text, tokens)
        .into_iter()
        .filter(|m| overlapping(&kept, longest, m.span).next().is_none())
        .collect();
    if !suffixed.is_empty() {
        kept.extend(suffixed);
        kept.sort_by_key(|m| m.span.start);
    }
    // Titles: a name inside one is kept too, nested in it (联合国 in 《联合国宪章》, 孙中山 in
    // 《孙中山全集》), as the news corpora mark them; a name that is the whole title
    // (《人民日报》) or crosses its brackets is the title's, unless the user's.
    let works = works(text);
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
        let longest = longest_span(&kept);
        let works: Vec<Mention> =
            works.into_iter().filter(|w| overlapping(&kept, longest, w.span).all(|m| nested(w, m))).collect();
        kept.extend(works);
    }
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
    // By start, a title or a chain before the names inside it.
    kept.sort_by_key(|m| (m.span.start, std::cmp::Reverse(m.span.end)));
    // A user word of type `other` hides the names that cut through it.
    kept.retain(|m| kept_whole.iter().all(|w| !m.span.overlaps(w) || m.span.contains(w)));
    kept
}

/// Buildings and grounds named like institutions but read as places: 人民大会堂, 故宫博物馆,
/// 首都体育馆, 毛主席纪念馆, 北京展览中心, 天安门广场 (where things happen, as news corpora and
/// OntoNotes' facilities read them). Not 剧院, 宾馆, 饭店: those are as often the company.
const VENUES: [&str; 13] = [
    "大会堂",
    "会堂",
    "礼堂",
    "博物馆",
    "图书馆",
    "体育馆",
    "体育场",
    "纪念馆",
    "展览馆",
    "美术馆",
    "展览中心",
    "广场",
    "大厦",
];

/// An organization's mention as the place it names, where it names one: a venue (see
/// [`VENUES`]), or a country's government (中国政府, 美国政府, 俄政府), which Chinese news corpora
/// and OntoNotes read as the country. A division's government (周口市人民政府, 县政府) is the
/// name of an institution and stays one.
fn place_reading(text: &str, m: Mention, lexicon: &Lexicon) -> Mention {
    if m.kind != EntityKind::Organization {
        return m;
    }
    let name = m.span.text(text);
    if VENUES.iter().any(|v| name.ends_with(v)) {
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
const SPORTS_WORDS: [&str; 24] = [
    "比赛",
    "球队",
    "队员",
    "赛季",
    "联赛",
    "决赛",
    "小组赛",
    "淘汰赛",
    "锦标赛",
    "世界杯",
    "战胜",
    "击败",
    "负于",
    "逼平",
    "战平",
    "进球",
    "比分",
    "出线",
    "晋级",
    "主场",
    "客场",
    "积分",
    "球迷",
    "对手",
];

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
    let ends = |c: char| matches!(c, '。' | '！' | '？' | '\n');
    let before = text.get(..span.start).unwrap_or("");
    let start = before.char_indices().rev().find(|&(_, c)| ends(c)).map_or(0, |(i, c)| i + c.len_utf8());
    let after = text.get(span.end..).unwrap_or("");
    let sentence = Span::new(start, after.find(ends).map_or(text.len(), |i| span.end + i));
    let answer = SPORTS_WORDS.iter().any(|w| sentence.text(text).contains(w));
    *last = Some((sentence, answer));
    answer
}

/// True when the place `span` names a team: a country, province or municipality in a sentence of
/// a sports report, listed with others (、 和 与 同 对 before or after it) or beaten (战胜 X).
/// `sentence` is [`in_sports_sentence`]'s memory.
fn is_team(text: &str, span: Span, lexicon: &Lexicon, sentence: &mut Option<(Span, bool)>) -> bool {
    let before = text.get(..span.start).unwrap_or("");
    let after = text.get(span.end..).unwrap_or("");
    const JOINS: [&str; 5] = ["、", "和", "与", "同", "对"];
    const BEATEN: [&str; 5] = ["战胜", "击败", "负于", "逼平", "战平"];
    let set_against = JOINS.iter().chain(&BEATEN).any(|j| before.ends_with(j) || after.starts_with(j));
    // 在美国, 赴加拿大: a place someone is in or goes to.
    let located = ["在", "赴", "到", "去", "于", "的"].iter().any(|p| before.ends_with(p));
    let kind = lexicon.places.kind(span.text(text));
    let country_or_province = kind.is_full_name() && !kind.is_township() || kind.is_prefecture_short_name();
    country_or_province
        && (in_fixture(text, span) || set_against && !located && in_sports_sentence(text, span, sentence))
}

/// True when "vs" comes right before or after `span` (米兰vs罗马, 莫德罗 VS 卡斯特兰): the name is a
/// team's, whatever it looks like.
fn in_fixture(text: &str, span: Span) -> bool {
    let vs = |s: &str| s.eq_ignore_ascii_case("vs");
    let before = text.get(..span.start).unwrap_or("").trim_end();
    let after = text.get(span.end..).unwrap_or("").trim_start();
    before.get(before.len().saturating_sub(2)..).is_some_and(vs) || after.get(..2).is_some_and(vs)
}

/// The user's words among the tokens: names of their type, and the spans of `other` words.
fn user_words(text: &str, tokens: &[Token], lexicon: &Lexicon) -> (Vec<Mention>, Vec<Span>) {
    let mut names = Vec::new();
    let mut kept_whole = Vec::new();
    if lexicon.user.is_empty() {
        return (names, kept_whole);
    }
    for t in tokens {
        let Some(word) = lexicon.user.get(t.span.text(text)) else { continue };
        let kind = match word.kind {
            WordType::Person => EntityKind::Person,
            WordType::Place => EntityKind::Place,
            WordType::Organization => EntityKind::Organization,
            WordType::Other => {
                kept_whole.push(t.span);
                continue;
            }
        };
        names.push(Mention::new(kind, t.span, Source::User));
    }
    (names, kept_whole)
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
                    let chars = chars::count(span.text(text));
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

/// News agencies and papers that start a dateline: 新华社上海3月9日电, 本报明斯克8月4日电.
const DATELINE_SOURCES: [&str; 8] = ["本报", "新华社", "中新社", "法新社", "美联社", "路透社", "塔斯社", "共同社"];

/// The places of datelines that the lists do not have: what comes between the agency and the day
/// of `…日电` (`本报明斯克8月4日电`: 明斯克), after a country that leads it (`本报德国哥廷根7月3日电`:
/// 哥廷根; the places pass finds 德国). The dateline says it is a place, whatever the name looks
/// like.
#[inline(never)] // see `recognize`
fn datelines(text: &str, lexicon: &Lexicon) -> Vec<Mention> {
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
/// The first name after a cue may have any surname; the next ones must start with a known
/// surname, so that `记者 高洪驰 报道` gives no person 报道.
#[inline(never)] // see `recognize`
fn bylines(text: &str, lexicon: &Lexicon) -> Vec<Mention> {
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
            let gap = rest.len() - rest.trim_start_matches([' ', '\t', '\u{3000}']).len();
            let name_start = pos + gap;
            let tail = text.get(name_start..).unwrap_or("");
            // A name and a byline's last word at most: a longer run of Han is no name (and read
            // whole at each cue, a page of 记者记者… was quadratic).
            let longest = 4 + BYLINE_ENDS.iter().map(|e| chars::count(e)).max().unwrap_or(0);
            let han: Vec<char> = tail.chars().take_while(|c| is_han(*c)).take(longest + 1).collect();
            if han.len() > longest {
                break;
            }
            let mut run: usize = han.iter().copied().map(char::len_utf8).sum();
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
                || after.is_none_or(|c| c.is_whitespace() || matches!(c, ')' | '）' | '】' | ']' | '/'));
            let name = text.get(name_start..name_end).unwrap_or("");
            let surname_ok = first || lexicon.surname_of(name).is_some();
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

/// The sun, the moon, the planets and the galaxy by name.
const CELESTIAL_BODIES: [&str; 14] = [
    "地球",
    "月球",
    "月亮",
    "太阳",
    "水星",
    "金星",
    "火星",
    "木星",
    "土星",
    "天王星",
    "海王星",
    "冥王星",
    "银河系",
    "太阳系",
];

/// Counties whose short form is first an ordinary word: 平原 (a plain), 安宁 (peace), 商城 (a
/// mall), 大方 (generous). Typed in for wenxi from the list of China's counties.
const COUNTIES_NAMED_LIKE_WORDS: [&str; 35] = [
    "平原", "安宁", "大关", "兴国", "滨海", "江山", "商城", "和平", "温泉", "东方", "长寿", "新兴", "富民", "方正",
    "通道", "大方", "安居", "民权", "开化", "乐业", "平和", "平安", "阳春", "光明", "龙门", "永和", "太和", "城关",
    "文明", "清河", "华容", "普安", "正安", "长安", "友谊",
];

/// Last characters of a place name: 商水县, 谭庄镇, 周口市.
const PLACE_SUFFIXES: [char; 10] = ['省', '市', '县', '区', '乡', '镇', '村', '州', '旗', '盟'];

/// First characters that make a word with a place suffix a reference, not a name: 全省, 各县,
/// 本市, 我市, 该县, 外省, 两区, 城区, 社区.
const NOT_PLACE_HEADS: [char; 18] =
    ['全', '各', '本', '我', '该', '外', '两', '多', '邻', '此', '每', '城', '社', '市', '县', '省', '乡', '镇'];

/// True when `word` ends in a division suffix and is more than a reference word: three or more
/// characters (a two-character one outside the gazetteer is mostly a noun: 山区, 新区, 上市).
fn looks_like_place(word: &str) -> bool {
    chars::count(word) >= 3
        && word.ends_with(PLACE_SUFFIXES)
        && !word.starts_with(NOT_PLACE_HEADS)
        && !NOT_PLACE_ENDS.iter().any(|e| word.ends_with(e))
}

/// Endings of common nouns that end like a division: 中东地区, 大城市, 国际都市, 小山村, 五星红旗.
const NOT_PLACE_ENDS: [&str; 5] = ["地区", "城市", "都市", "山村", "红旗"];

/// Last characters of the names of natural features and landmarks: 太行山, 北戴河, 西奈半岛,
/// 南丫岛, 中南海, 少林寺. A word jieba tags `ns` with one of them is a place; untagged, these
/// words are as often things (山区, 海关).
static FEATURE_ENDS: Chars = Chars::new("山河江湖海岛峡湾港寺峰岭泉洲滩");

/// True for a word of three or more characters that ends like a natural feature, a landmark or
/// a venue, or of four or more that ends like a state's full name.
fn looks_like_feature(word: &str) -> bool {
    let chars = chars::count(word);
    chars >= 3
        && (word.chars().next_back().is_some_and(|c| FEATURE_ENDS.contains(c))
            || VENUES.iter().any(|v| word.ends_with(v))
            || chars >= 4 && STATE_ENDS.iter().any(|e| word.ends_with(e)))
}

/// Endings of the full names of states: 南斯拉夫联盟共和国, 沙特阿拉伯王国 (and not 共和国 alone).
const STATE_ENDS: [&str; 4] = ["共和国", "王国", "合众国", "联邦"];

fn is_abbreviation(c: char) -> bool {
    ABBREVIATIONS.contains(c)
}

fn is_transliteration(c: char) -> bool {
    TRANSLITERATION.contains(c)
}

/// One-character short names of countries and regions in news: 中美关系, 中方, 访华, 京沪.
static ABBREVIATIONS: Chars =
    Chars::new("中美日俄英法德意韩朝印巴以越澳加墨欧亚非台港京沪津渝粤苏埃叙伊泰菲蒙缅葡尼芬挪匈捷希荷");

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
fn short_name_in_pair(text: &str, tokens: &[Token], i: usize) -> bool {
    let at = |k: usize| tokens.get(k);
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

/// The token before token `i`, if any.
fn token_before(tokens: &[Token], i: usize) -> Option<&Token> {
    i.checked_sub(1).and_then(|p| tokens.get(p))
}

/// The token before token `i` when nothing comes between them (no space, no line break).
fn touching_token_before(tokens: &[Token], i: usize) -> Option<&Token> {
    let t = tokens.get(i)?;
    token_before(tokens, i).filter(|p| p.span.end == t.span.start)
}

/// True for the comma of lists, 、.
fn is_list_comma(text: &str, t: Option<&Token>) -> bool {
    t.is_some_and(|t| t.span.text(text) == "、")
}

/// Words made of short names that are ordinary words (亚军: the runner-up).
const NOT_ABBREVIATIONS: [&str; 7] = ["美德", "加以", "中意", "日日", "以及", "美美", "亚军"];

/// Verbs glued to 华 (China) or 京 (Beijing): 访华, 来华, 在京, 抵京.
static TO_CHINA: Chars = Chars::new("访来在驻抵进离赴返旅");

/// True for a word jieba makes of a preposition or a verb of going and a country's short name,
/// which names no organization with the word after it: 对美/j 公司, 访华/j 代表团.
fn is_country_after_verb(word: &str) -> bool {
    word.starts_with(|c| c == '对' || TO_CHINA.contains(c))
}

/// Verbs and prepositions before a country's short name in the words [`abbreviated_places`]
/// reads besides [`TO_CHINA`]: 对华, 抗日, 侵华, 留美, 援塔.
static VERBS_BEFORE_COUNTRY: Chars = Chars::new("对抗侵留援");

/// The one-character places inside a word: 中美 → 中, 美; 中方 → 中; 访华 → 华.
fn abbreviated_places(word: &str, pos: &str, start: usize) -> Vec<Span> {
    // Every form below starts with a short name or a verb of going to China: most words do not.
    let mut firsts = word.chars();
    let (first, second) = (firsts.next(), firsts.next());
    // Every form has two characters at least.
    if second.is_none() {
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
        && !NOT_ABBREVIATIONS.contains(&word)
        && !matches!(pos, "v" | "vd" | "d" | "c" | "p" | "a" | "ad" | "r" | "u" | "m" | "q");
    let pair_before_noun = chars.len() >= 3
        && chars.iter().take(2).all(|&(_, c)| is_abbreviation(c))
        && chars.first().map(|c| c.1) != chars.get(1).map(|c| c.1)
        && pos.starts_with('n');
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
            if (is_abbreviation(*a) || *a == '华') && !NOT_ABBREVIATIONS.contains(&word) =>
        {
            one(0).into_iter().collect()
        }
        _ => Vec::new(),
    }
}

/// First characters of countries as Chinese diplomacy pairs them with 中 (中斯: China and Sri
/// Lanka, 中塞, 中爱, 中保, 西中), besides [`ABBREVIATIONS`]; too common as characters to be
/// read as countries without the pair and [`BILATERAL_WORDS`] after it.
static PAIRED_COUNTRIES: Chars =
    Chars::new("斯塞爱保西土科老柬孟马新乌哈塔吉阿比波罗瑞丹奥智秘古委沙约黎突摩肯坦赞津莫冰卢立拉白格文也卡");

/// Words after a pair of countries' short names that make it one: 中斯建交, 中塞关系, 中保双边.
const BILATERAL_WORDS: [&str; 16] = [
    "建交",
    "关系",
    "两国",
    "友好",
    "合作",
    "双边",
    "边境",
    "边界",
    "两军",
    "经贸",
    "贸易",
    "联合声明",
    "联合公报",
    "会谈",
    "双方",
    "睦邻",
];

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
    if !paired || !after.is_some_and(|n| BILATERAL_WORDS.iter().any(|w| n.span.text(text).starts_with(w))) {
        return Vec::new();
    }
    let cut = pair.start + a.len_utf8();
    vec![Span::new(pair.start, cut), Span::new(cut, pair.end)]
}

/// The shortest place name a word starts with when jieba glued a noun to it: 德国人 → 德国,
/// 英国首相 → 英国, 中华民族 → 中华, 北京市民 → 北京. At most three characters may follow.
fn place_prefix<'w>(g: &crate::gazetteer::Gazetteer, word: &'w str, pos: &str) -> Option<&'w str> {
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
/// 中华人民共和国香港特别行政区 → 中华人民共和国, 香港特别行政区.
fn two_places<'w>(g: &crate::gazetteer::Gazetteer, word: &'w str) -> Option<(&'w str, &'w str)> {
    // Two names of two characters at least, neither longer than a name can be: a run of letters
    // or digits that jieba keeps as one token (up to 64 K characters) is answered unread.
    if word.len() < 12 || word.len() > 2 * LONGEST_NAME {
        return None;
    }
    word.char_indices()
        .skip(2)
        .map(|(i, _)| word.split_at(i))
        .find(|(a, b)| chars::count(b) >= 2 && g.kind(a).is_full_name() && g.kind(b).is_full_name())
}

/// Words after a person's name that make a place named after them: 普希金大街, 中山路,
/// 托尔斯泰旧居, 雷锋故居.
const NAMED_AFTER: [&str; 9] = ["大街", "街", "路", "大道", "大桥", "故居", "旧居", "广场", "公园"];

/// Words after a place's name that make a landmark of it: 龙华公园, 北京西路, 武汉大桥.
const LANDMARKS: [&str; 17] = [
    "公园",
    "石窟",
    "大街",
    "大道",
    "东路",
    "西路",
    "南路",
    "北路",
    "中路",
    "大桥",
    "机场",
    "火车站",
    "码头",
    "广场",
    "体育场",
    "体育馆",
    "古城",
];

/// The places: gazetteer names and believable `ns` words, adjacent divisions joined into one.
#[inline(never)] // see `recognize`
fn places(
    text: &str,
    tokens: &[Token],
    lexicon: &Lexicon,
    listed: &[NameKind],
    parts: &mut Vec<Mention>,
) -> Vec<Mention> {
    let g = &lexicon.places;
    // Which tokens are places, and from where.
    let kinds: Vec<Option<Source>> = tokens
        .iter()
        .zip(listed)
        .map(|(t, &kind)| {
            let word = t.span.text(text);
            // A two-character name is also a word often (城区, 朝阳): it counts where jieba tags it
            // as a name of some kind.
            let name_tag = matches!(t.pos, "ns" | "nr" | "nrt" | "nrfg" | "nz" | "nt" | "j");
            if lexicon.user.contains_key(word) {
                None
            } else if kind.is_full_name() && (name_tag || chars::count(word) >= 3) {
                Some(Source::Gazetteer)
            } else if kind.is_short_name()
                && (t.pos == "ns"
                    || kind.is_prefecture_short_name() && (name_tag || matches!(t.pos, "n" | "s" | "d"))
                    || name_tag && !COUNTIES_NAMED_LIKE_WORDS.contains(&word))
            {
                // 沈丘 (ns); 周口 is a prefecture's, jieba tags it n. A county's short form jieba
                // takes for another name (鹿邑/nr, 西华/nz) counts where a related division is named
                // (below); one that is first an ordinary word (和平/nz, 温泉/nr) is that word, and
                // so is one jieba tags a noun (资源/n, 云霄/n: a text about 广西 names resources).
                Some(Source::Gazetteer)
            } else if t.pos == "ns"
                && (looks_like_place(word) || looks_like_feature(word))
                && two_places(g, word).is_none()
            {
                // Not 中国香港/ns: it ends like a harbour but is two names (two_places, below).
                Some(if t.known { Source::Dictionary } else { Source::Model })
            } else if matches!(t.pos, "nr" | "nrfg" | "nrt")
                && (looks_like_place(word) || looks_like_feature(word) && lexicon.surname_of(word).is_none())
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
            if let Some(t) = tokens.get(i) {
                let word = t.span.text(text);
                for span in abbreviated_places(word, t.pos, t.span.start) {
                    out.push(Mention::new(EntityKind::Place, span, Source::Rule));
                }
                for span in bilateral(text, tokens, i) {
                    out.push(Mention::new(EntityKind::Place, span, Source::Rule));
                }
                // 俄/j 金融市场, 在京/ns 召开: jieba tags a lone short name as a place or abbreviation.
                // Not the 日 of 18/m 日/j, a date.
                let after_number = touching_token_before(tokens, i).is_some_and(|p| p.pos == "m");
                let short_name = short_name_in_pair(text, tokens, i)
                    || lone_short_name(text, Some(t)) && matches!(t.pos, "ns" | "j");
                if short_name && !after_number {
                    out.push(Mention::new(EntityKind::Place, t.span, Source::Rule));
                }
                // 德国人, 英国首相, 台湾同胞, 中东地区: a place glued to a noun; 英国伦敦 (one word
                // in jieba's dictionary): two places.
                if let Some((name, rest)) = two_places(g, word) {
                    // 中华人民共和国香港特别行政区/nt: one word of jieba's, two full names.
                    let span = Span::new(t.span.start, t.span.start + name.len());
                    out.push(Mention::new(EntityKind::Place, span, Source::Gazetteer));
                    out.push(Mention::new(
                        EntityKind::Place,
                        Span::new(span.end, span.end + rest.len()),
                        Source::Gazetteer,
                    ));
                } else if let Some(name) = place_prefix(g, word, t.pos) {
                    let span = Span::new(t.span.start, t.span.start + name.len());
                    out.push(Mention::new(EntityKind::Place, span, Source::Gazetteer));
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
                if CELESTIAL_BODIES.contains(&word) {
                    out.push(Mention::new(EntityKind::Place, t.span, Source::Rule));
                }
                // 普希金/nr 大街, 托尔斯泰/nrt 故居: a street or a house named after a person; 巴伐利亚/ns
                // 体育场, 金茂/nr 大厦, 温布利/nr 体育场: a venue named by a proper name (jieba tags
                // many as people's).
                if let Some(next) = tokens.get(i + 1).filter(|n| n.span.start == t.span.end) {
                    let after = next.span.text(text);
                    let named_after = matches!(t.pos, "nr" | "nrt" | "nrfg") && NAMED_AFTER.contains(&after);
                    let venue = matches!(t.pos, "ns" | "nz" | "nr" | "nrt")
                        && chars::count(word) >= 2
                        && VENUES.contains(&after);
                    if named_after || venue {
                        out.push(Mention::new(EntityKind::Place, Span::new(t.span.start, next.span.end), Source::Rule));
                    }
                }
            }
            i += 1;
            continue;
        };
        // A chain: the next token touches this one and both are divisions of China.
        // (A township or a county's short form alone needs a related division in the text.)
        let mut j = i;
        while let (Some(a), Some(b), Some(Some(_))) = (tokens.get(j), tokens.get(j + 1), kinds.get(j + 1)) {
            // 河南周口市, 淮阳区大连乡: only the first part may be a short form.
            if b.span.start != a.span.end
                || !g.is_division(a.span.text(text))
                || !g.is_division_full_name(b.span.text(text))
            {
                break;
            }
            j += 1;
        }
        let last = tokens.get(j).unwrap_or(first);
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
            && !COUNTIES_NAMED_LIKE_WORDS.contains(&word);
        if j == i && g.needs_context(word) && !g.is_supported(word, &context) && !tagged_township && !tagged_county {
            i += 1;
            continue;
        }
        let mut m = Mention::new(EntityKind::Place, Span::new(first.span.start, last.span.end), source);
        // The first part resolves against the text's divisions, the next against the part before.
        let mut before: Option<u64> = None;
        for (k, t) in tokens.iter().enumerate().take(j + 1).skip(i) {
            let word = t.span.text(text);
            let resolved = match before {
                Some(code) => g.resolve(word, &[code]),
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
            if j > i {
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
        if j > i {
            // The chain's own text is no short form of anything.
            m.attrs.name = None;
        }
        // 龙华/ns 公园, 北京/ns 西路: a landmark named by the place is a place of its own; the
        // division it is in stays as its path.
        if let Some(next) = tokens.get(j + 1).filter(|n| n.span.start == last.span.end)
            && LANDMARKS.contains(&next.span.text(text))
        {
            m.span = Span::new(m.span.start, next.span.end);
            m.attrs.name = None;
            m.attrs.code = None;
            i = j + 2;
        } else {
            i = j + 1;
        }
        out.push(m);
    }
    out
}

/// Words after a surname that make a person: 陈先生, 杨女士.
const HONORIFICS: [&str; 5] = ["先生", "女士", "老师", "师傅", "同志"];

/// Words right before a transliterated name that say it is a place: 抵达莫拉维斯, 飞往卡迪斯塔德 (not
/// 在, which comes before people as often: 这在瓦尔德看来).
const PLACE_BEFORE: [&str; 12] =
    ["到", "赴", "抵", "抵达", "访问", "前往", "飞往", "来到", "途经", "位于", "城市", "首都"];

/// Words right after a transliterated name that say it is a place: 卡迪斯塔德首都, 莫拉维斯市.
const PLACE_AFTER: [&str; 12] = ["首都", "市", "城", "港", "州", "岛", "省", "地区", "境内", "郊区", "附近", "一带"];

/// Words right before a name that say it is a person: 记者江山, 总统卡拉迪斯, 教练贝拉尼,
/// 会长周波, 秘书长丹尼尔斯 (checked with `ends_with`: 副总理, 总书记 are covered).
const PERSON_BEFORE: [&str; 52] = [
    "记者",
    "通讯员",
    "总理",
    "主席",
    "总统",
    "首相",
    "总裁",
    "董事长",
    "经理",
    "院士",
    "教授",
    "队员",
    "守门员",
    "教练",
    "作家",
    "画家",
    "演员",
    "歌手",
    "导演",
    "书记",
    "局长",
    "主任",
    "市长",
    "县长",
    "省长",
    "部长",
    "委员",
    "代表",
    "老师",
    "专家",
    "委员长",
    "秘书长",
    "外长",
    "议长",
    "大使",
    "国务卿",
    "行长",
    "社长",
    "会长",
    "馆长",
    "厂长",
    "团长",
    "队长",
    "总干事",
    "司令",
    "将军",
    "博士",
    "夫人",
    "选手",
    "球员",
    "运动员",
    "处长",
];

/// Last characters of dictionary words jieba tags as names that are things or kinds of people,
/// and that given names seldom end with: 养老金, 宣传单, 雷阵雨, 纪念章, 吉祥物, 卫冕者, 外地人,
/// 近代史, 保守派, 书画展, 一等奖, 黑钙土, 共同体, 流行歌词. Not 书,
/// which ends given names too, though 通知书 is a thing.
static THING_ENDS: Chars =
    Chars::new("金单雨章节仪赛质氏布感观性诗塔般浴田率堂馆站场费税款价物肉茶哥烟桥者周比合器机灯车人史派展奖土饭体词");

/// Characters that end words rather than names, besides [`THING_ENDS`]: 地方戏, 下班时,
/// 范围内, 开发区, 植物园, 现代化 (jieba cuts such words after their second character too).
static NOT_THIRD: Chars = Chars::new("戏时内区市县乡镇村园化");

/// Words of a surname-like character and 老 or 氏 that are no person: 古老 (ancient), 养老 (old-age
/// care), 元老 (elder statesman), 华氏 (Fahrenheit).
const WORDS_LIKE_HONORED: [&str; 13] =
    ["古老", "养老", "敬老", "尊老", "元老", "长老", "终老", "告老", "防老", "月老", "遗老", "华氏", "摄氏"];

/// Characters jieba's HMM glues to the start of a name: 当丁瑾, 像鲁璐, 使孟聪, 对葛聪.
static FUNCTION_HEADS: Chars = Chars::new("当像使可以对让被把给向和与同跟据由令叫请从");

/// Characters jieba's HMM glues to the end of a name: 焦瑞以, 聂聪为, 柯婷受.
static FUNCTION_TAILS: Chars = Chars::new("以为胜带受在说和是把对向等将被给也都就又还称与到于看诉应");

/// Official titles after a surname alone: 江主席, 张书记 (the surname is the person).
const TITLES: [&str; 27] = [
    "主席", "总理", "书记", "局长", "主任", "县长", "市长", "省长", "乡长", "镇长", "部长", "厅长", "院长", "校长",
    "总统", "教授", "经理", "处长", "科长", "所长", "站长", "队长", "社长", "村长", "司长", "行长", "会长",
];

/// Words after a name that make it a doctrine: 毛泽东思想, 马克思主义, 邓小平理论.
const DOCTRINES: [&str; 3] = ["理论", "主义", "思想"];

/// Words right after a name that say it is a person: 王明说, 李华表示, 张伟书记.
const PERSON_AFTER: [&str; 45] = [
    "说", "表示", "指出", "强调", "认为", "介绍", "告诉", "书记", "局长", "主任", "县长", "市长", "省长", "乡长",
    "镇长", "部长", "厅长", "院长", "校长", "主席", "总理", "委员", "同志", "副", "先生", "女士", "夫人", "小姐",
    "教授", "院士", "博士", "老师", "师傅", "大夫", "将军", "总统", "首相", "总裁", "经理", "教练", "会见", "宣布",
    "回忆", "主持", "出席",
];

/// Characters of transliterated foreign names: 克林顿, 叶利钦, 萨马兰奇.
static TRANSLITERATION: Chars = Chars::new(
    "阿埃艾爱安昂奥巴拜班邦鲍贝本比彼毕宾波伯博布查达戴丹道德迪蒂东杜多厄恩尔法凡菲费芬丰弗福富伽盖甘冈高戈哥格根古圭哈海汉豪赫黑亨洪胡华霍基吉加贾杰捷金卡凯坎康考柯科克肯孔库奎拉莱赖兰朗劳勒雷蕾里理丽利莉立连列林琳隆卢鲁路伦罗洛吕马玛迈麦曼芒梅门蒙米密明缪摩莫默姆穆纳娜奈南内尼涅宁纽努诺欧帕潘庞佩彭皮平珀普奇齐恰乔切钦琼丘萨塞赛桑瑟森沙莎善舍什施史斯松苏索塔泰坦汤唐特提汀通图托瓦万旺威韦维温沃乌伍西希谢辛休雅亚扬耶叶伊因英尤于约扎詹泽兹茨佐顿夫娃娅姆汗廷卜依",
);

/// People: words jieba tags as names where the tag is believable, and surname + honorific.
///
/// jieba's dictionary tags many common words `nr` (文明, 高达), so a name needs more than its
/// tag: it starts with a surname and has 2-3 characters. A two-character dictionary word needs
/// a cue after it (说, 书记). A transliterated name is 3 or more characters of the usual
/// transliteration characters. `陈先生`, `杨女士`: a surname then an honorific.
#[inline(never)] // see `recognize`
fn people(
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
        PERSON_AFTER.iter().any(|c| next_word.starts_with(c))
            || PERSON_BEFORE.iter().any(|c| prev_word.ends_with(c))
            || item
                && (listed_name(text, tokens, lexicon, i, Side::Before)
                    || listed_name(text, tokens, lexicon, j, Side::After))
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
    let part_word = |t: &Token| {
        !matches!(t.pos, "w" | "m")
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
        let said = PLACE_BEFORE.contains(&prev_word(i)) || PLACE_AFTER.contains(&next) || listed_with_place(i, j);
        if said && !cued(i, j) { EntityKind::Place } else { EntityKind::Person }
    };
    let native_kind = |i: usize| {
        if matches!(prev_word(i), "首都" | "首府" | "城市") && !cued(i, i) {
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
        let skip = in_place || lexicon.user.contains_key(word) || full_name || looks_like_place(word);
        if skip || after_figure {
            continue;
        }
        // Names joined by dots (the helpers above the loop).
        if (part_word(t) || t.pos == "ns")
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
            let span = Span::new(t.span.start, words.last().map_or(t.span.end, |w| w.span.end));
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
                if b.span.start != a.span.end || !translit(b) || !tag_joins {
                    break;
                }
                named |= matches!(b.pos, "nr" | "nrt");
                j += 1;
            }
            let last = tokens.get(j).unwrap_or(t);
            let span = Span::new(t.span.start, last.span.end);
            if j > i && named && chars::count(span.text(text)) >= 3 {
                out.push(Mention::new(foreign_kind(i, j), span, Source::Rule));
                continue;
            }
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
                after.span.start != third.span.end || matches!(after.pos, "w" | "p" | "u" | "uj" | "c" | "v" | "d" | "r" | "m")
            })
            // A quoted three-character term is a slogan or a thing: “廉政墙”.
            && !(text.get(..t.span.start).is_some_and(|b| b.ends_with(['“', '"']))
                && text.get(third.span.end..).is_some_and(|a| a.starts_with(['”', '"'])))
        {
            out.push(Mention::new(EntityKind::Person, Span::new(t.span.start, third.span.end), Source::Rule));
            continue;
        }
        // jieba's HMM glued a function word to the name: 焦瑞以, 聂聪为, 孙敏浩带 → 焦瑞, 聂聪, 孙敏浩.
        if matches!(t.pos, "nr" | "nrfg")
            && !t.known
            && (3..=4).contains(&chars)
            && let Some((cut, last)) = word.char_indices().last()
            && FUNCTION_TAILS.contains(last)
            && let Some(name) = word.get(..cut)
            && lexicon.surname_of(name).is_some_and(|s| chars::count(s) == 1)
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
            && !WORDS_LIKE_HONORED.contains(&word)
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
        if matches!(t.pos, "nr" | "nrfg" | "nrt") {
            let surname = lexicon.surname_of(word);
            let given = surname.map_or(0, |s| chars - chars::count(s));
            let ends_in_org = ends_in_org_suffix(word);
            let cued = cued(i, i);
            let thing = t.known && word.chars().last().is_some_and(|c| THING_ENDS.contains(c));
            // A cue outweighs a thing-like ending: 刘克田 after 李志刚、.
            let native = (1..=2).contains(&given) && !ends_in_org && (!thing || cued) && (!(t.known && chars == 2) || cued)
                // 晓雯表示: a given name alone, tagged as a name and cued as a person.
                || (2..=3).contains(&chars) && cued && !ends_in_org && !thing;
            let distinct = word.chars().next() != word.chars().nth(1);
            let foreign = (chars >= 3 || chars == 2 && distinct && (t.pos == "nrt" || cued))
                && word.chars().all(is_transliteration);
            if native || foreign {
                let kind = if native { native_kind(i) } else { foreign_kind(i, i) };
                out.push(Mention::new(kind, t.span, source));
                continue;
            }
        }
        // A transliterated name jieba knows as another word (丹尼尔斯/ns, 伊曼纽尔/nz), cued:
        // 秘书长丹尼尔斯, 伊曼纽尔强调. Places of the lists were left out above.
        if matches!(t.pos, "ns" | "nz" | "n")
            && (2..=5).contains(&chars)
            && word.chars().next() != word.chars().nth(1)
            && word.chars().all(is_transliteration)
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
            && let Some(next) = next.filter(|n| HONORIFICS.contains(&n.span.text(text)))
            && lexicon.surname_of(word).is_some()
            && tokens.get(i + 2).is_none_or(|n| n.span.text(text) != "们")
        {
            out.push(Mention::new(EntityKind::Person, Span::new(t.span.start, next.span.end), Source::Rule));
            continue;
        }
        if chars == 1 && !function_word && lexicon.surname_of(word).is_some() && TITLES.contains(&next_word) {
            out.push(Mention::new(EntityKind::Person, t.span, Source::Rule));
            continue;
        }
        // The same as one word: 江主席, 张书记 (支队长 and 司局长 are titles themselves: not 支, 司).
        if (3..=4).contains(&chars)
            && !word.starts_with(['支', '司'])
            && let Some((first, title)) = word.char_indices().nth(1).map(|(i, _)| word.split_at(i))
            && TITLES.contains(&title)
            && lexicon.surname_of(first) == Some(first)
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
                    && (matches!(n.pos, "nr" | "nrt" | "nz" | "ng")
                        || !n.known
                        || n_chars == 1 && matches!(n.pos, "n" | "a" | "ns")
                        || in_list(i + 1) && matches!(n.pos, "n" | "a" | "ns" | "v" | "ad" | "an"))
                    && !TITLES.contains(&w)
                    && !HONORIFICS.contains(&w)
                    && !ends_like_org(w)
                    && !lexicon.places.is_full_name(w)
            })
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
                    && !TITLES.contains(&w)
                    && !HONORIFICS.contains(&w)
                    && !ends_like_org(w)
                    && !listed.get(i + 1).is_some_and(|k| k.is_full_name())
            })
            && cued(i, i + 1)
        {
            out.push(Mention::new(EntityKind::Person, Span::new(t.span.start, given.span.end), Source::Rule));
            continue;
        }
        // A name the HMM joined but tagged as something else (邬晓萱/n, 孟帼萱/x), with a cue.
        if !t.known
            && chars == 3
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
    out
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
    let Some(k) = step(i) else { return false };
    let Some(mut n) = tokens.get(k) else { return false };
    match gap(t, n) {
        Some("") if n.span.text(text) == "、" => {
            let Some(further) = step(k).and_then(|k| tokens.get(k)).filter(|m| gap(n, m).is_some()) else {
                return false;
            };
            n = further;
        }
        Some(g) if !g.is_empty() => {}
        _ => return false,
    }
    // A two-character word of the dictionary tagged as a name is often none (阳光, 高峰).
    let w = n.span.text(text);
    let chars = chars::count(w);
    matches!(n.pos, "nr" | "nrfg")
        && (chars == 3 || chars == 2 && !n.known)
        && w.chars().all(is_han)
        && lexicon.surname_of(w).is_some()
}

/// Words after the last item of a list: 韩立群、许建群等人.
const LIST_JOINS: [&str; 5] = ["等", "和", "与", "及", "以及"];

/// Words that end an organization's name and are seldom anything else.
const STRONG_ORG_ENDS: [&str; 12] =
    ["公司", "集团", "委员会", "协会", "基金会", "研究所", "研究院", "俱乐部", "银行", "证券", "出版社", "联盟"];

/// Organizations named by a proper name before a word that ends an organization's name: 日兴/x
/// 证券, 通用/nz 银行. The name is a word jieba tags as a name or does not know; common nouns
/// (保险公司, 外资公司) name no particular organization.
#[inline(never)] // see `recognize`
fn named_by_suffix(text: &str, tokens: &[Token]) -> Vec<Mention> {
    let mut out = Vec::new();
    for (j, t) in tokens.iter().enumerate() {
        let w = t.span.text(text);
        if !STRONG_ORG_ENDS.contains(&w) {
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
        if name.span.end == t.span.start
            && proper
            && !goes_on
            && chars::count(named) >= 2
            && !named.contains('某')
            && named.chars().all(|c| is_han(c) || c.is_ascii_alphanumeric())
        {
            out.push(Mention::new(EntityKind::Organization, Span::new(name.span.start, t.span.end), Source::Rule));
        }
    }
    out
}

/// Titles made by putting a word after an organization's name: 外交部长, 政协委员, 国会议员.
const TITLE_AFTER_ORG: [&str; 5] = ["长", "委员", "代表", "议员", "发言人"];

/// The organization at the start of a title word (外交部 of 外交部长), if `word` is one: a
/// known organization before any of [`TITLE_AFTER_ORG`], or a ministry (…部) before 长.
fn organization_in_title<'w>(lexicon: &Lexicon, word: &'w str) -> Option<&'w str> {
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

/// True when `word` ends in an organization suffix and is more than a generic word.
fn names_org(word: &str) -> bool {
    ends_like_org(word) && !GENERIC_ORGS.contains(&word)
}

/// True for a word of three characters or more that ends in an activity or a field, not a name:
/// jieba's dictionary tags 长足发展, 列车运行, 邮电通信, 农产品深加工 `nt`.
fn looks_like_activity(word: &str) -> bool {
    chars::count(word) >= 3 && ACTIVITY_ENDS.iter().any(|e| word.ends_with(e))
}

/// Last words of activities and fields, which names of organizations do not end with.
const ACTIVITY_ENDS: [&str; 10] = ["发展", "运行", "通信", "加工", "建设", "管理", "服务", "生产", "经营", "改革"];

/// True when `word` ends in an organization suffix and is not a word like 干部 or 格局.
fn ends_like_org(word: &str) -> bool {
    ends_in_org_suffix(word) && !ends_like_a_common_word(word)
}

/// Words of a list by their last character, so that "does a word end in one of them" (asked
/// for every token) looks at a few of them rather than all.
/// The set of last characters rejects most words before the map is asked.
struct Endings {
    by_last: FxHashMap<char, Vec<&'static str>>,
    lasts: CharSet,
}

impl Endings {
    fn new(list: &[&'static str]) -> Self {
        let mut by_last: FxHashMap<char, Vec<&'static str>> = FxHashMap::default();
        for &w in list {
            if let Some(c) = w.chars().next_back() {
                by_last.entry(c).or_default().push(w);
            }
        }
        let lasts = by_last.keys().copied().collect();
        Endings { by_last, lasts }
    }

    /// The byte length of the longest word of the list `word` ends in; 0 for none.
    fn longest(&self, word: &str) -> usize {
        let Some(last) = word.chars().next_back().filter(|&c| self.lasts.contains(c)) else { return 0 };
        let candidates = self.by_last.get(&last);
        candidates.map_or(0, |list| list.iter().filter(|s| word.ends_with(*s)).map(|s| s.len()).max().unwrap_or(0))
    }
}

/// The byte length of the longest of [`ORG_SUFFIXES`] `word` ends in; 0 for none.
fn org_suffix_len(word: &str) -> usize {
    static ENDINGS: OnceLock<Endings> = OnceLock::new();
    ENDINGS.get_or_init(|| Endings::new(&ORG_SUFFIXES)).longest(word)
}

/// The byte length of the one of [`STRONG_ORG_ENDS`] `word` ends in; 0 for none (no word ends in
/// two of them).
fn strong_org_suffix_len(word: &str) -> usize {
    static ENDINGS: OnceLock<Endings> = OnceLock::new();
    ENDINGS.get_or_init(|| Endings::new(&STRONG_ORG_ENDS)).longest(word)
}

/// True when `word` ends in one of [`ORG_SUFFIXES`].
fn ends_in_org_suffix(word: &str) -> bool {
    org_suffix_len(word) > 0
}

/// True when `word` ends in one of [`NOT_ORG_ENDS`] longer than any organization suffix it ends
/// in: 干部 (not 部), 国内政局 (not 局), but 财政局 (a suffix itself, longer than 政局).
fn ends_like_a_common_word(word: &str) -> bool {
    static ENDINGS: OnceLock<Endings> = OnceLock::new();
    ENDINGS.get_or_init(|| Endings::new(&NOT_ORG_ENDS)).longest(word) > org_suffix_len(word)
}

/// Organizations: a head (a place, an `nt` word, 市/县/驻…) then words up to the last that ends
/// in an organization suffix; an `nt` word of three or more characters alone.
///
/// `周口市` `委` `宣传部` → 周口市委宣传部; `市` `税务局` `第二` `税务` `分局` → 市税务局第二税务分局;
/// `商水县化河乡` `纪委` → 商水县化河乡纪委. `人民政府` alone is none.
#[inline(never)] // see `recognize`
fn organizations(
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
        let ordinal = head.pos == "m" && (word.starts_with('第') || session);
        // A name before an organization word: 马丁/nr 儿童医院, 光明日报/nz 评论部, 宝马 公司.
        // Nor 18/m 日电/j 日本政府: the 日 of a date glued to the 电 of a dateline.
        let named = matches!(head.pos, "nz" | "j" | "nr" | "nrt")
            && chars >= 2
            && !is_country_after_verb(word)
            && !after_number
            && tokens.get(i + 1).is_some_and(|n| {
                let w = n.span.text(text);
                n.span.start == head.span.end && chars::count(w) >= 2 && ends_like_org(w)
            });
        // 马来西亚队, 北京队: a place glued to an organization word.
        let place_glued = ends_like_org(word) && place_prefix(&lexicon.places, word, head.pos).is_some();
        // 可口可乐公司/l, 思科公司/n: a known organization and a company's word, one word of jieba's.
        let strong_end = strong_org_suffix_len(word);
        let known_with_suffix = strong_end > 0
            && word.get(..word.len() - strong_end).is_some_and(|name| lexicon.is_known_organization(name));
        let known_org =
            lexicon.is_known_organization(word) || known_with_suffix || is_party_congress(word) || place_glued;
        let is_head = known_org
            || organ_alone_head(head, word)
            || place.is_some()
            || head.pos == "nt"
            || headed
            || named
            || ordinal
            || chars == 1 && starts_with_head
            || word.starts_with('驻')
            // 国家统计局, 中央电视台: the state or the centre before an organization's name.
            || matches!(word, "国家" | "中央");
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
                || chars::count(word) >= 3 && !GENERIC_ORGS.contains(&word) && !looks_like_activity(word))
            && !ends_like_a_common_word(word)
            && !NOT_NT_ENDS.iter().any(|e| word.ends_with(e))
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
            let ordinal = w.starts_with('第') && t.pos == "m";
            let in_place = place_at(j).is_some();
            // 中国驻巴西大使馆: 驻 right after the head place (not 纪委监委驻县委办, two organizations).
            let embassy = w == "驻" && taken == 0 && place.is_some();
            // 执行/v 委员会, 扶贫济困/i 领导小组: a verb or idiom right before a committee's word
            // (not 迎战/v 智利队: a verb before a team is a sentence).
            // 德国 奔驰/v 集团, 印度 最高/a 选举 委员会: an adjective of two characters or more, or
            // such a verb right after the head, inside a name a company's or body's word soon ends
            // (not 南京市 企业 捐建/v 助学 基金会).
            // 市 脱贫/v 攻坚/vn 办公室: one noun may come between.
            let body = |n: &Token| BRIDGED_BODIES.iter().any(|b| n.span.text(text).ends_with(b));
            let bridged = matches!(t.pos, "v" | "i")
                && !VERBS_TAKING_ORGS.contains(&w)
                && tokens.get(j + 1).is_some_and(|n| {
                    n.span.start == t.span.end
                        && (body(n)
                            || matches!(n.pos, "n" | "vn")
                                && tokens.get(j + 2).is_some_and(|b| b.span.start == n.span.end && body(b)))
                })
                || (t.pos == "a" || t.pos == "v" && taken == 0 && !VERBS_TAKING_ORGS.contains(&w))
                    && chars::count(w) >= 2
                    && tokens
                        .get(j + 1..j + 3)
                        .is_some_and(|next| next.iter().any(|n| STRONG_ORG_ENDS.contains(&n.span.text(text))));
            // 国家 所/c 仰慕: 所 before a verb is a particle (电工 所/c alone is an institute); the
            // 某 of 武警某部 is part of the name.
            let verb_next = tokens.get(j + 1).is_some_and(|n| n.pos.starts_with('v'));
            let particle = (matches!(t.pos, "c" | "p" | "d" | "r" | "y") || t.pos.starts_with('u'))
                && !w.starts_with('某')
                && !in_place // 大同/d, 大连/d: jieba's dictionary
                && (w != "所" || verb_next);
            // 建设银行 郑州 分行/v: a unit after the organization, whatever jieba tagged it.
            let sub_unit = end.is_some() && is_sub_unit(w);
            if t.span.start != prev_end
                || taken >= 6
                || particle
                || !(inside_org(t.pos)
                    || ordinal
                    || in_place
                    || names_org(w)
                    || ORG_SUFFIXES.contains(&w)
                    || embassy
                    || bridged
                    || sub_unit)
            {
                break;
            }
            if lexicon.user.contains_key(w) {
                break;
            }
            // …机械厂 厂长 李建华: a title before a name ends the organization.
            let named_next = tokens.get(j + 1).is_some_and(|n| matches!(n.pos, "nr" | "nrfg" | "nrt"));
            if named_next && PERSON_BEFORE.contains(&w) {
                break;
            }
            // 中国外交部长: the organization in a title word ends the name (中国外交部).
            if let Some(org) = organization_in_title(lexicon, w) {
                end = Some((j, t.span.start + org.len()));
                break;
            }
            // 新华社莫斯科: a place (…科) ends no organization; 中国全国政协: a known one does.
            if ends_like_org(w) && !in_place || lexicon.is_known_organization(w) || end.is_some() && is_sub_unit(w) {
                end = Some((j, t.span.end));
            }
            prev_end = t.span.end;
            taken += 1;
            j += 1;
        }
        match end {
            Some((last, end)) => {
                let span = Span::new(head.span.start, end);
                let whole = span.text(text);
                let single_generic = last == i && GENERIC_ORGS.contains(&whole);
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
trait Spanned {
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
fn longest_span<T: Spanned>(items: &[T]) -> usize {
    items.iter().map(|m| m.span().len()).max().unwrap_or(0)
}

/// The items of `sorted` (by start) that overlap `span`, given the length of their longest
/// span: a binary search for each end of the window rather than a look at every item (a text
/// of a thousand titles and fifty thousand names asked each against each).
fn overlapping<T: Spanned>(sorted: &[T], longest: usize, span: Span) -> impl Iterator<Item = &T> {
    let from = sorted.partition_point(|m| m.span().start + longest <= span.start);
    let to = sorted.partition_point(|m| m.span().start < span.end);
    sorted.get(from..to.max(from)).unwrap_or_default().iter().filter(move |m| m.span().overlaps(&span))
}

/// Keeps the longest of overlapping names, the user's words first.
fn resolve_overlaps(found: Vec<Mention>) -> Vec<Mention> {
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

/// For each token, a place (index into `places`) that overlaps it, if any, found in one pass.
fn place_index(tokens: &[Token], places: &[Mention]) -> Vec<Option<usize>> {
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
    use crate::segment::Segmenter;

    fn names(text: &str) -> Vec<(EntityKind, String, Option<&'static str>)> {
        let lexicon = Lexicon::new();
        let tokens = Segmenter::new(&lexicon).run(text);
        recognize(text, &tokens, &lexicon)
            .into_iter()
            .map(|m| (m.kind, m.span.text(text).to_owned(), m.attrs.role))
            .collect()
    }

    fn has(found: &[(EntityKind, String, Option<&'static str>)], kind: EntityKind, text: &str) -> bool {
        found.iter().any(|f| f.0 == kind && f.1 == text)
    }

    /// Asserts that `text` gives an entity of `kind` for each of `expected`.
    fn assert_finds(text: &str, kind: EntityKind, expected: &[&str]) {
        let found = names(text);
        for name in expected {
            assert!(has(&found, kind, name), "{name} in {text}: {found:?}");
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
        assert!(names("记者了解到，").iter().all(|f| f.0 != EntityKind::Person));
    }

    #[test]
    fn title_in_book_brackets_is_a_work() {
        let found = names("楷书《黄州快哉亭记》名列其中");
        assert!(found.contains(&(EntityKind::Work, "黄州快哉亭记".to_owned(), None)));
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
        assert!(names("几家外国银行陆续撤出。").iter().all(|f| f.0 != EntityKind::Organization));
    }

    #[test]
    fn a_venue_named_by_a_proper_name_is_a_place() {
        // jieba tags 温布利 and 金茂 as people.
        assert_finds("决赛将在温布利体育场举行。", EntityKind::Place, &["温布利体育场"]);
        assert_finds("公司搬进了新落成的金茂大厦。", EntityKind::Place, &["金茂大厦"]);
        assert!(names("公司搬进了新落成的金茂大厦。").iter().all(|f| f.0 != EntityKind::Person));
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
            assert!(names(text).iter().all(|f| f.0 != EntityKind::Place), "{text}: {:?}", names(text));
        }
    }

    #[test]
    fn names_inside_a_title_nest_in_it() {
        let found = names("他们学习了《上海市物业管理条例》。");
        assert!(has(&found, EntityKind::Work, "上海市物业管理条例"), "{found:?}");
        assert!(has(&found, EntityKind::Place, "上海市"), "{found:?}");
        // The title first, then what is inside it.
        let work = found.iter().position(|f| f.0 == EntityKind::Work);
        let place = found.iter().position(|f| f.0 == EntityKind::Place);
        assert!(work < place, "{found:?}");
        // A title that is a name is the title alone.
        let found = names("据《光明日报》报道，");
        assert_eq!(found, vec![(EntityKind::Work, "光明日报".to_owned(), None)]);
    }

    #[test]
    fn township_after_county_is_no_person() {
        // jieba alone cuts 项城市王明口镇 into 项/城市/王明/口镇 and calls 王明 a person.
        let found = names("项城市王明口镇的群众");
        assert!(has(&found, EntityKind::Place, "项城市王明口镇"), "{found:?}");
        assert!(found.iter().all(|f| f.0 != EntityKind::Person), "{found:?}");
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
        assert!(found.iter().all(|f| f.0 != EntityKind::Place), "{found:?}");
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
        assert!(names("她在比赛中获得亚军。").iter().all(|f| f.0 != EntityKind::Place));
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
        assert!(names("这将放宽对美公司的出口限制。").iter().all(|f| f.0 != EntityKind::Organization));
        // jieba tags 中草药 nt; medicine is no organization.
        assert!(names("农场用中草药喂养生猪。").is_empty());
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
    fn clubs_and_countries_in_a_fixture_are_teams() {
        assert_finds("周末焦点战：巴西vs德国。", EntityKind::Organization, &["巴西", "德国"]);
        assert_finds("纽卡斯尔联本周末将与西汉姆联交手。", EntityKind::Organization, &["纽卡斯尔联", "西汉姆联"]);
        // Names that look like people's are teams on either side of "vs".
        assert_finds("周日焦点：莫德罗vs卡斯特兰。", EntityKind::Organization, &["莫德罗", "卡斯特兰"]);
        // Without a fixture or a sports report, countries are places.
        assert_finds("巴西和德国签署了协议。", EntityKind::Place, &["巴西", "德国"]);
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
            assert!(found.iter().all(|f| f.0 != EntityKind::Organization), "{text}: {found:?}");
        }
    }

    #[test]
    fn particles_and_common_words_end_no_organization() {
        // 所 before a verb is a particle; 僵局 and 出院 are no bureau and no hospital.
        let found = names("这是非洲国家所担心的事，打破僵局还需要时间。");
        assert!(found.iter().all(|f| f.0 != EntityKind::Organization), "{found:?}");
        // 某 is part of a unit's name; a place jieba's dictionary tags d goes on (大连/d).
        assert_finds(
            "武警某部官兵和解放军大连海军学院的学员参加了演习。",
            EntityKind::Organization,
            &["武警某部", "解放军大连海军学院"],
        );
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
    fn well_known_companies_and_clubs_by_name_alone() {
        assert_finds(
            "联通和海信都参加了展会，尤文图斯赢得了比赛。",
            EntityKind::Organization,
            &["联通", "海信", "尤文图斯"],
        );
        // 奔驰 is left out of the list: it is first a verb.
        assert!(names("骏马在草原上奔驰。").iter().all(|f| f.0 != EntityKind::Organization));
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
        let found = names("英特尔贝克实验室发布了报告。");
        assert!(
            has(&found, EntityKind::Organization, "英特尔") && found.iter().all(|f| f.0 != EntityKind::Person),
            "{found:?}"
        );
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
    fn a_one_character_country_in_a_policy_a_war_or_a_list() {
        assert_finds(
            "会议讨论了对华政策和抗日战争的历史，法、德等国也派了代表。",
            EntityKind::Place,
            &["华", "日", "法", "德"],
        );
        // 对美元 is a currency, 中等 "middling".
        let found = names("人民币对美元汇率保持中等水平。");
        assert!(found.iter().all(|f| f.0 != EntityKind::Place), "{found:?}");
    }

    #[test]
    fn a_team_jieba_keeps_as_one_word_is_an_organization_and_a_kind_of_team_is_not() {
        let found = names("猛龙队战胜了对手，医疗队和足球队也到了。");
        assert!(has(&found, EntityKind::Organization, "猛龙队"), "{found:?}");
        assert!(found.iter().all(|f| f.1 != "医疗队" && f.1 != "足球队"), "{found:?}");
    }

    #[test]
    fn no_person_in_a_unit_after_a_figure_or_in_comrades() {
        // Made-up: a foreign unit jieba guesses as a name, right after its figure.
        assert!(names("一张票要80卡比。").iter().all(|f| f.0 != EntityKind::Person));
        // 向 is "to" here: 同志们 are the comrades.
        assert!(names("他向同志们表示感谢。").iter().all(|f| f.0 != EntityKind::Person));
        assert!(has(&names("陈同志说，工作很顺利。"), EntityKind::Person, "陈同志"));
        // jieba tags the 张 of 张先生 as a measure word: still a surname.
        assert!(has(&names("前来办事的张先生说很方便。"), EntityKind::Person, "张先生"));
    }

    #[test]
    fn two_names_in_one_word_ending_like_a_feature_are_two_places() {
        assert_finds("来自中国香港的游客很多。", EntityKind::Place, &["中国", "香港"]);
    }

    #[test]
    fn zhang_tagged_as_a_measure_word_and_a_name_glued_to_a_verb() {
        let found = names("董事长张和顺出席了签约仪式。");
        assert!(has(&found, EntityKind::Person, "张和顺"), "{found:?}");
        // After a figure 张 is the measure word.
        assert!(names("桌上有一张和平鸽的画。").iter().all(|f| f.0 != EntityKind::Person));
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
        assert!(names("水在华氏212度沸腾。").iter().all(|f| f.0 != EntityKind::Person));
        assert!(names("古老的村落里，养老服务日益完善。").iter().all(|f| f.0 != EntityKind::Person));
    }

    #[test]
    fn halls_and_parts_of_a_body_are_no_departments() {
        let found = names("会议在音乐厅举行，候机厅里人很多，医生检查了他的颈部。");
        assert!(found.iter().all(|f| f.0 != EntityKind::Organization), "{found:?}");
        assert!(has(&names("省公安厅发布了通知。"), EntityKind::Organization, "省公安厅"));
    }

    #[test]
    fn references_to_a_province_are_no_places() {
        let found = names("全省各县要统一行动，本市也一样");
        assert!(found.iter().all(|f| f.0 != EntityKind::Place), "{found:?}");
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
    fn a_countrys_government_is_the_country_a_divisions_an_institution() {
        let found = names("美国政府和俄政府昨天表示，周口市人民政府将出台新规。");
        assert!(has(&found, EntityKind::Place, "美国") && has(&found, EntityKind::Place, "俄"), "{found:?}");
        assert!(!found.iter().any(|f| f.1 == "美国政府" || f.1 == "俄政府"), "{found:?}");
        assert!(has(&found, EntityKind::Organization, "周口市人民政府"), "{found:?}");
    }

    #[test]
    fn venues_and_natural_features_are_places() {
        let found = names("藏品已移交中国茶叶博物馆收藏。");
        assert!(has(&found, EntityKind::Place, "中国茶叶博物馆"), "{found:?}");
        assert!(!found.iter().any(|f| f.0 == EntityKind::Organization), "{found:?}");
        assert!(looks_like_feature("太行山") && looks_like_feature("西奈半岛") && looks_like_feature("天安门广场"));
        assert!(!looks_like_feature("山区") && !looks_like_feature("海关"));
        assert!(looks_like_feature("南斯拉夫联盟共和国") && looks_like_feature("德意志联邦共和国"));
        assert!(!looks_like_feature("共和国") && !looks_like_feature("联邦"));
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
        assert!(!found.iter().any(|f| f.0 == EntityKind::Person), "{found:?}");
        assert_finds("上海市浦东新区的企业很多。", EntityKind::Place, &["上海市", "浦东新区"]);
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
    fn landmarks_named_by_a_place_are_places() {
        assert_finds("走在南京西路上，前往天津火车站。", EntityKind::Place, &["南京西路", "天津火车站"]);
    }

    #[test]
    fn activities_jieba_tags_nt_are_no_organizations() {
        let found = names("取得长足发展，保证列车运行安全，发展邮电通信事业。");
        assert!(!found.iter().any(|f| f.0 == EntityKind::Organization), "{found:?}");
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
    }

    #[test]
    fn a_name_cut_after_its_second_character_is_whole() {
        assert_finds("来自乡下的孙家平这种人，刘家平这样的人。", EntityKind::Person, &["孙家平", "刘家平"]);
    }

    #[test]
    fn countries_set_against_each_other_in_a_sports_report_are_teams() {
        assert_finds("小组赛中，巴西、挪威和丹麦同组。", EntityKind::Organization, &["巴西", "挪威", "丹麦"]);
        assert_finds("中国与印尼签署了贸易协议。他将在美国参加比赛。", EntityKind::Place, &["中国", "印尼", "美国"]);
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
    fn party_congresses_by_number() {
        assert!(is_party_congress("十五大") && is_party_congress("二十大") && is_party_congress("十九大"));
        assert!(!is_party_congress("十大") && !is_party_congress("五大") && !is_party_congress("大"));
    }

    #[test]
    fn generic_words_are_no_organizations() {
        let found = names("要发挥基层党组织作用，人民政府要负责");
        assert!(found.iter().all(|f| f.0 != EntityKind::Organization), "{found:?}");
    }

    #[test]
    fn surname_and_honorific_or_cue_make_a_person() {
        assert!(has(&names("陈先生急匆匆赶来"), EntityKind::Person, "陈先生"));
        assert!(has(&names("杨女士说"), EntityKind::Person, "杨女士"));
    }
}
