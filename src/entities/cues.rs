//! Cues and word lists several passes share: organization suffixes, place-like words, the
//! tokens around a name.

use std::sync::OnceLock;

use rustc_hash::FxHashMap;

use crate::chars::{self, CharSet, Chars};
use crate::lists::{List, char_list, list};
use crate::segment::Token;

/// Last words of an organization's name, checked with `ends_with`.
/// In `data/lists/org_suffixes.txt`.
pub(super) static ORG_SUFFIXES: List = list!("org_suffixes");

/// Words that end like an organization but are none: 干部, 部分, 格局, 到处; and gatherings,
/// which are events: 座谈会, 博览会.
/// In `data/lists/not_org_ends.txt`.
static NOT_ORG_ENDS: List = list!("not_org_ends");

/// Buildings and grounds named like institutions but read as places: 人民大会堂, 故宫博物馆,
/// 首都体育馆, 毛主席纪念馆, 北京展览中心, 天安门广场 (where things happen, as news corpora and
/// OntoNotes' facilities read them). Not 剧院, 宾馆, 饭店: those are as often the company.
/// In `data/lists/venues.txt`.
pub(super) static VENUES: List = list!("venues");

/// Last characters of a place name: 商水县, 谭庄镇, 周口市.
const PLACE_SUFFIXES: [char; 10] = ['省', '市', '县', '区', '乡', '镇', '村', '州', '旗', '盟'];

/// First characters that make a word with a place suffix a reference, not a name: 全省, 各县,
/// 本市, 我市, 该县, 外省, 两区, 城区, 社区.
pub(super) const NOT_PLACE_HEADS: [char; 18] =
    ['全', '各', '本', '我', '该', '外', '两', '多', '邻', '此', '每', '城', '社', '市', '县', '省', '乡', '镇'];

/// True when `word` ends in a division suffix and is more than a reference word: three or more
/// characters (a two-character one outside the gazetteer is mostly a noun: 山区, 新区, 上市).
pub(super) fn looks_like_place(word: &str) -> bool {
    chars::count(word) >= 3
        && word.ends_with(PLACE_SUFFIXES)
        && !word.starts_with(NOT_PLACE_HEADS)
        && !NOT_PLACE_ENDS.any_ends(word)
        && !KINDS_OF_DIVISIONS.contains(&word)
}

/// The kinds of divisions, which name none: 自治县, 直辖市 (各自治县, 由自治县人民政府编制).
const KINDS_OF_DIVISIONS: [&str; 8] = ["自治区", "自治州", "自治县", "自治旗", "直辖市", "地级市", "县级市", "市辖区"];

/// Endings of common nouns that end like a division: 中东地区, 大城市, 国际都市, 小山村, 五星红旗.
/// In `data/lists/not_place_ends.txt`.
pub(super) static NOT_PLACE_ENDS: List = list!("not_place_ends");

pub(super) fn is_abbreviation(c: char) -> bool {
    ABBREVIATIONS.contains(c)
}

/// One-character short names of countries and regions in news: 中美关系, 中方, 访华, 京沪.
/// In `data/lists/abbreviations.txt`.
static ABBREVIATIONS: Chars = char_list!("abbreviations");

/// The token before token `i`, if any.
pub(super) fn token_before(tokens: &[Token], i: usize) -> Option<&Token> {
    i.checked_sub(1).and_then(|p| tokens.get(p))
}

/// The token before token `i` when nothing comes between them (no space, no line break).
pub(super) fn touching_token_before(tokens: &[Token], i: usize) -> Option<&Token> {
    let t = tokens.get(i)?;
    token_before(tokens, i).filter(|p| p.span.end == t.span.start)
}

/// True for the comma of lists, 、.
pub(super) fn is_list_comma(text: &str, t: Option<&Token>) -> bool {
    t.is_some_and(|t| t.span.text(text) == "、")
}

/// Verbs glued to 华 (China) or 京 (Beijing): 访华, 来华, 在京, 抵京.
pub(super) static TO_CHINA: Chars = Chars::new("访来在驻抵进离赴返旅");

/// True for a word jieba makes of a preposition or a verb of going and a country's short name,
/// which names no organization with the word after it: 对美/j 公司, 访华/j 代表团.
pub(super) fn is_country_after_verb(word: &str) -> bool {
    word.starts_with(|c| c == '对' || TO_CHINA.contains(c))
}

/// Words right before a name that say it is a person: 记者江山, 总统卡拉迪斯, 教练贝拉尼,
/// 会长周波, 秘书长丹尼尔斯 (checked with `ends_with`: 副总理, 总书记 are covered).
/// In `data/lists/person_before.txt`.
pub(super) static PERSON_BEFORE: List = list!("person_before");

/// True when a word of [`PERSON_BEFORE`] ends right before token `i`, touching it: 记者|江山,
/// 总经理|赵新州.
pub(super) fn after_title(text: &str, tokens: &[Token], i: usize) -> bool {
    touching_token_before(tokens, i).is_some_and(|p| PERSON_BEFORE.any_ends(p.span.text(text)))
}

/// What a text writes right after a name it made up: 小花（化名）, 张某(化姓).
const PSEUDONYM_MARKS: [&str; 4] = ["（化名", "(化名", "（化姓", "(化姓"];

/// True when `after` (the text after a name) starts with a pseudonym's mark.
pub(super) fn marks_pseudonym(after: &str) -> bool {
    after.starts_with(['（', '(']) && PSEUDONYM_MARKS.iter().any(|m| after.starts_with(m))
}

/// Characters jieba's HMM glues to the start of a name: 当丁瑾, 像鲁璐, 使孟聪, 对葛聪, 说小刚.
pub(super) static FUNCTION_HEADS: Chars = Chars::new("当像使可以对让被把给向和与同跟据由令叫请从说是在问找帮陪喊");

/// Characters jieba's HMM glues to the end of a name: 焦瑞以, 聂聪为, 柯婷受.
pub(super) static FUNCTION_TAILS: Chars =
    Chars::new("以为胜带受在说和是把对向等将被给也都就又还称与到于看诉应已仍却便则记及饰");

/// True when `word` ends in an organization suffix and is not a word like 干部 or 格局.
pub(super) fn ends_like_org(word: &str) -> bool {
    ends_in_org_suffix(word) && !ends_like_a_common_word(word)
}

/// Words of a list by their last character, so that "does a word end in one of them" (asked
/// for every token) looks at a few of them rather than all.
/// The set of last characters rejects most words before the map is asked.
pub(super) struct Endings {
    by_last: FxHashMap<char, Vec<&'static str>>,
    lasts: CharSet,
}

impl Endings {
    pub(super) fn new(list: &[&'static str]) -> Self {
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
    pub(super) fn longest(&self, word: &str) -> usize {
        let Some(last) = word.chars().next_back().filter(|&c| self.lasts.contains(c)) else { return 0 };
        let candidates = self.by_last.get(&last);
        candidates.map_or(0, |list| list.iter().filter(|s| word.ends_with(*s)).map(|s| s.len()).max().unwrap_or(0))
    }
}

/// The byte length of the longest of [`ORG_SUFFIXES`] `word` ends in; 0 for none.
fn org_suffix_len(word: &str) -> usize {
    static ENDINGS: OnceLock<Endings> = OnceLock::new();
    ENDINGS.get_or_init(|| Endings::new(ORG_SUFFIXES.words())).longest(word)
}

/// True when `word` ends in one of [`ORG_SUFFIXES`].
pub(super) fn ends_in_org_suffix(word: &str) -> bool {
    org_suffix_len(word) > 0
}

/// True when `word` ends in one of [`NOT_ORG_ENDS`] longer than any organization suffix it ends
/// in: 干部 (not 部), 国内政局 (not 局), but 财政局 (a suffix itself, longer than 政局).
pub(super) fn ends_like_a_common_word(word: &str) -> bool {
    static ENDINGS: OnceLock<Endings> = OnceLock::new();
    ENDINGS.get_or_init(|| Endings::new(NOT_ORG_ENDS.words())).longest(word) > org_suffix_len(word)
}

/// The verbs of saying and doing among the words after a name that cue a person
/// (`PERSON_AFTER`, in people.rs).
pub(super) const SAYING: [&str; 12] =
    ["说", "表示", "指出", "强调", "认为", "介绍", "告诉", "会见", "宣布", "回忆", "主持", "出席"];

/// Companies whose usual short name is first an ordinary word: 苹果 (an apple), 小米 (millet), 美的
/// (beautiful), 大众 (the masses).
/// In `data/lists/companies_named_like_words.txt`.
static COMPANIES_NAMED_LIKE_WORDS: List = list!("companies_named_like_words");

/// Words right after a company's name that say it is the company: its acts (发布, 宣布, 回应) and
/// what it has (股价, 官网, 财报, its chief).
const COMPANY_AFTER: [&str; 16] = [
    "发布",
    "宣布",
    "推出",
    "回应",
    "上市",
    "股价",
    "市值",
    "财报",
    "官网",
    "旗下",
    "创始人",
    "首席执行官",
    "CEO",
    "董事长",
    "总裁",
    "发言人",
];

/// True when `word` is one of [`COMPANIES_NAMED_LIKE_WORDS`]: 苹果, 亚马逊.
pub(super) fn is_company_named_like_a_word(word: &str) -> bool {
    COMPANIES_NAMED_LIKE_WORDS.contains(word)
}

/// True when token `i` is one of [`COMPANIES_NAMED_LIKE_WORDS`] and one of [`COMPANY_AFTER`] follows
/// it, touching: 苹果|发布, 小米|股价 (not 一斤苹果|发现).
pub(super) fn company_named_like_a_word(text: &str, tokens: &[Token], i: usize) -> bool {
    // The first characters of the words after: asked of every token, they reject nearly all.
    static FIRSTS: Chars = Chars::new("发宣推回上股市财官旗创首C董总");
    let (Some(t), Some(n)) = (tokens.get(i), tokens.get(i + 1)) else { return false };
    let after = n.span.text(text);
    n.span.start == t.span.end
        && after.chars().next().is_some_and(|c| FIRSTS.contains(c))
        && COMPANY_AFTER.iter().any(|w| after.starts_with(w))
        && COMPANIES_NAMED_LIKE_WORDS.contains(t.span.text(text))
}

/// Words right before a transliterated name that say it is a place: 抵达莫拉维斯, 飞往卡迪斯塔德 (not
/// 在, which comes before people as often: 这在瓦尔德看来).
/// In `data/lists/place_before.txt`.
pub(super) static PLACE_BEFORE: List = list!("place_before");

/// Words right after a river's name that say it is the river: 嘉陵江流域, 某某江干流, 两岸.
const WATER_AFTER: [&str; 12] =
    ["流域", "干流", "支流", "水系", "两岸", "沿岸", "上游", "中游", "下游", "河道", "水位", "入海口"];

/// True when token `i`, a word jieba tags as a name (钱塘江/nr, 金水河/nr, 梁子湖/nr), names a body of
/// water: three characters ending in 河 or 湖, which given names seldom end with; or in 江, which
/// many do (某长江), with a word of rivers after it (流域, 干流). A cue for a person outweighs it
/// (the callers ask).
pub(super) fn names_water(text: &str, tokens: &[Token], i: usize) -> bool {
    let Some(t) = tokens.get(i).filter(|t| matches!(t.pos, "nr" | "nrfg") && t.span.len() == 9) else { return false };
    let word = t.span.text(text);
    let mut chars = word.chars();
    let (Some(_), Some(_), Some(last), None) = (chars.next(), chars.next(), chars.next(), chars.next()) else {
        return false;
    };
    // (Not 老江湖, an old hand, nor 母亲河, a mother river.)
    (matches!(last, '河' | '湖') && !matches!(word, "老江湖" | "母亲河")
        || last == '江'
            && tokens
                .get(i + 1)
                .filter(|n| n.span.start == t.span.end)
                .is_some_and(|n| WATER_AFTER.iter().any(|w| n.span.text(text).starts_with(w))))
}
