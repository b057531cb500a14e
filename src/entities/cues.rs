//! Cues and word lists several passes share: organization suffixes, place-like words, the
//! tokens around a name.

use std::sync::OnceLock;

use rustc_hash::FxHashMap;

use crate::chars::{self, CharSet, Chars};
use crate::segment::Token;

/// Last words of an organization's name, checked with `ends_with`.
pub(super) const ORG_SUFFIXES: [&str; 80] = [
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

/// Buildings and grounds named like institutions but read as places: 人民大会堂, 故宫博物馆,
/// 首都体育馆, 毛主席纪念馆, 北京展览中心, 天安门广场 (where things happen, as news corpora and
/// OntoNotes' facilities read them). Not 剧院, 宾馆, 饭店: those are as often the company.
pub(super) const VENUES: [&str; 13] = [
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

/// Last characters of a place name: 商水县, 谭庄镇, 周口市.
const PLACE_SUFFIXES: [char; 10] = ['省', '市', '县', '区', '乡', '镇', '村', '州', '旗', '盟'];

/// First characters that make a word with a place suffix a reference, not a name: 全省, 各县,
/// 本市, 我市, 该县, 外省, 两区, 城区, 社区.
const NOT_PLACE_HEADS: [char; 18] =
    ['全', '各', '本', '我', '该', '外', '两', '多', '邻', '此', '每', '城', '社', '市', '县', '省', '乡', '镇'];

/// True when `word` ends in a division suffix and is more than a reference word: three or more
/// characters (a two-character one outside the gazetteer is mostly a noun: 山区, 新区, 上市).
pub(super) fn looks_like_place(word: &str) -> bool {
    chars::count(word) >= 3
        && word.ends_with(PLACE_SUFFIXES)
        && !word.starts_with(NOT_PLACE_HEADS)
        && !NOT_PLACE_ENDS.iter().any(|e| word.ends_with(e))
}

/// Endings of common nouns that end like a division: 中东地区, 大城市, 国际都市, 小山村, 五星红旗.
const NOT_PLACE_ENDS: [&str; 5] = ["地区", "城市", "都市", "山村", "红旗"];

pub(super) fn is_abbreviation(c: char) -> bool {
    ABBREVIATIONS.contains(c)
}

/// One-character short names of countries and regions in news: 中美关系, 中方, 访华, 京沪.
static ABBREVIATIONS: Chars =
    Chars::new("中美日俄英法德意韩朝印巴以越澳加墨欧亚非台港京沪津渝粤苏埃叙伊泰菲蒙缅葡尼芬挪匈捷希荷");

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
pub(super) const PERSON_BEFORE: [&str; 52] = [
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

/// Characters jieba's HMM glues to the end of a name: 焦瑞以, 聂聪为, 柯婷受.
pub(super) static FUNCTION_TAILS: Chars = Chars::new("以为胜带受在说和是把对向等将被给也都就又还称与到于看诉应");

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
    ENDINGS.get_or_init(|| Endings::new(&ORG_SUFFIXES)).longest(word)
}

/// True when `word` ends in one of [`ORG_SUFFIXES`].
pub(super) fn ends_in_org_suffix(word: &str) -> bool {
    org_suffix_len(word) > 0
}

/// True when `word` ends in one of [`NOT_ORG_ENDS`] longer than any organization suffix it ends
/// in: 干部 (not 部), 国内政局 (not 局), but 财政局 (a suffix itself, longer than 政局).
pub(super) fn ends_like_a_common_word(word: &str) -> bool {
    static ENDINGS: OnceLock<Endings> = OnceLock::new();
    ENDINGS.get_or_init(|| Endings::new(&NOT_ORG_ENDS)).longest(word) > org_suffix_len(word)
}
