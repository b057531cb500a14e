//! The words that say what a figure counts: currencies, units of measure, measure words and
//! lengths of time, with what they normalize to.

use std::sync::OnceLock;

use rustc_hash::FxHashMap;

/// Currencies by the word that follows the amount, with their ISO 4217 code (`BTC` for bitcoin,
/// which has none). Matched longest first.
pub(super) const CURRENCIES: [(&str, &str); 41] = [
    ("元人民币", "CNY"),
    ("人民币", "CNY"),
    ("美元", "USD"),
    ("美金", "USD"),
    ("美圆", "USD"),
    ("欧元", "EUR"),
    ("日元", "JPY"),
    ("日圆", "JPY"),
    ("港元", "HKD"),
    ("港币", "HKD"),
    ("英镑", "GBP"),
    ("韩元", "KRW"),
    ("澳元", "AUD"),
    ("加元", "CAD"),
    ("卢布", "RUB"),
    ("瑞士法郎", "CHF"),
    ("瑞郎", "CHF"),
    ("新台币", "TWD"),
    ("台币", "TWD"),
    ("新加坡元", "SGD"),
    ("新西兰元", "NZD"),
    ("澳门元", "MOP"),
    ("泰铢", "THB"),
    ("卢比", "INR"),
    ("奈拉", "NGN"),
    ("比索", "MXN"),
    ("雷亚尔", "BRL"),
    ("兰特", "ZAR"),
    ("里拉", "TRY"),
    ("林吉特", "MYR"),
    ("越南盾", "VND"),
    ("比特币", "BTC"),
    ("马克", "DEM"),
    ("法国法郎", "FRF"),
    ("比利时法郎", "BEF"),
    ("法郎", "FRF"),
    ("新元", "SGD"),
    ("铢", "THB"),
    ("块钱", "CNY"),
    ("元", "CNY"),
    ("圆", "CNY"),
];

/// Smaller coins after an amount (`五元三毛`, `50元6角三分`, `两美元又三美分`): word, code, fraction.
pub(super) const SUBUNITS: [(&str, &str, f64); 7] = [
    ("角", "CNY", 0.1),
    ("毛", "CNY", 0.1),
    ("分", "CNY", 0.01),
    ("美分", "USD", 0.01),
    ("欧分", "EUR", 0.01),
    ("便士", "GBP", 0.01),
    ("仙", "HKD", 0.01),
];

/// Currency signs before an amount: `$20`, `￥300`.
pub(super) const CURRENCY_SIGNS: [(char, &str); 5] =
    [('$', "USD"), ('￥', "CNY"), ('¥', "CNY"), ('€', "EUR"), ('£', "GBP")];

/// A unit: what it measures and its size in the base unit of that kind.
pub(super) struct Unit {
    pub word: &'static str,
    pub measure: Option<(&'static str, &'static str, f64)>,
}

const fn unit(word: &'static str, kind: &'static str, base: &'static str, factor: f64) -> Unit {
    Unit { word, measure: Some((kind, base, factor)) }
}

const fn counter(word: &'static str) -> Unit {
    Unit { word, measure: None }
}

/// Units and measure words a quantity may have; the longest match wins.
pub(super) const UNITS: [Unit; 153] = [
    // length
    unit("公里", "length", "m", 1000.0),
    unit("千米", "length", "m", 1000.0),
    unit("km", "length", "m", 1000.0),
    unit("米", "length", "m", 1.0),
    unit("m", "length", "m", 1.0),
    unit("厘米", "length", "m", 0.01),
    unit("公分", "length", "m", 0.01),
    unit("cm", "length", "m", 0.01),
    unit("毫米", "length", "m", 0.001),
    unit("mm", "length", "m", 0.001),
    unit("海里", "length", "m", 1852.0),
    unit("英里", "length", "m", 1609.344),
    unit("英尺", "length", "m", 0.3048),
    unit("英寸", "length", "m", 0.0254),
    // area
    unit("平方公里", "area", "m²", 1e6),
    unit("平方千米", "area", "m²", 1e6),
    unit("km²", "area", "m²", 1e6),
    unit("平方米", "area", "m²", 1.0),
    unit("㎡", "area", "m²", 1.0),
    unit("m²", "area", "m²", 1.0),
    unit("公顷", "area", "m²", 1e4),
    unit("亩", "area", "m²", 10_000.0 / 15.0),
    // volume
    unit("立方米", "volume", "m³", 1.0),
    unit("m³", "volume", "m³", 1.0),
    unit("升", "volume", "m³", 0.001),
    unit("L", "volume", "m³", 0.001),
    unit("毫升", "volume", "m³", 1e-6),
    unit("ml", "volume", "m³", 1e-6),
    unit("mL", "volume", "m³", 1e-6),
    // mass
    unit("吨", "mass", "kg", 1000.0),
    unit("公斤", "mass", "kg", 1.0),
    unit("千克", "mass", "kg", 1.0),
    unit("kg", "mass", "kg", 1.0),
    unit("克", "mass", "kg", 0.001),
    unit("g", "mass", "kg", 0.001),
    unit("毫克", "mass", "kg", 1e-6),
    unit("mg", "mass", "kg", 1e-6),
    unit("斤", "mass", "kg", 0.5),
    unit("两", "mass", "kg", 0.05),
    unit("磅", "mass", "kg", 0.453_592_37),
    // power and energy
    unit("千瓦时", "energy", "J", 3.6e6),
    unit("kWh", "energy", "J", 3.6e6),
    unit("兆瓦", "power", "W", 1e6),
    unit("MW", "power", "W", 1e6),
    unit("千瓦", "power", "W", 1000.0),
    unit("kW", "power", "W", 1000.0),
    unit("瓦", "power", "W", 1.0),
    unit("千卡", "energy", "J", 4184.0),
    unit("大卡", "energy", "J", 4184.0),
    unit("卡路里", "energy", "J", 4.184),
    unit("千焦", "energy", "J", 1000.0),
    unit("焦耳", "energy", "J", 1.0),
    // data
    unit("字节", "data", "B", 1.0),
    unit("千字节", "data", "B", 1e3),
    unit("兆字节", "data", "B", 1e6),
    unit("KB", "data", "B", 1e3),
    unit("MB", "data", "B", 1e6),
    unit("GB", "data", "B", 1e9),
    unit("TB", "data", "B", 1e12),
    unit("比特", "data", "bit", 1.0),
    unit("千比特", "data", "bit", 1e3),
    // frequency
    unit("赫兹", "frequency", "Hz", 1.0),
    unit("Hz", "frequency", "Hz", 1.0),
    unit("兆赫兹", "frequency", "Hz", 1e6),
    unit("兆赫", "frequency", "Hz", 1e6),
    unit("MHz", "frequency", "Hz", 1e6),
    unit("GHz", "frequency", "Hz", 1e9),
    // temperature: handled in `temperature_si`, factor unused
    unit("摄氏度", "temperature", "°C", 1.0),
    unit("℃", "temperature", "°C", 1.0),
    unit("°C", "temperature", "°C", 1.0),
    unit("华氏度", "temperature", "°F", 1.0),
    unit("℉", "temperature", "°F", 1.0),
    unit("°F", "temperature", "°F", 1.0),
    // age
    unit("周岁", "age", "a", 1.0),
    unit("岁", "age", "a", 1.0),
    // counts
    counter("人次"),
    counter("剂次"),
    counter("架次"),
    counter("车次"),
    counter("人"),
    counter("户"),
    counter("个"),
    counter("家"),
    counter("名"),
    counter("位"),
    counter("项"),
    counter("次"),
    counter("份"),
    counter("件"),
    counter("辆"),
    counter("台"),
    counter("所"),
    counter("座"),
    counter("场"),
    counter("篇"),
    counter("部"),
    counter("条"),
    counter("批"),
    counter("处"),
    counter("本"),
    counter("套"),
    counter("张"),
    counter("株"),
    counter("头"),
    counter("只"),
    counter("支"),
    counter("栋"),
    counter("间"),
    counter("床"),
    counter("双"),
    counter("雙"),
    counter("度"),
    counter("块"),
    counter("塊"),
    // measure words that count things, as news writes them (see CLASSIFIERS)
    counter("种"),
    counter("类"),
    counter("宗"),
    counter("起"),
    counter("例"),
    counter("艘"),
    counter("架"),
    counter("列"),
    counter("站"),
    counter("球"),
    counter("粒"),
    counter("颗"),
    counter("枚"),
    counter("棵"),
    counter("层"),
    counter("首"),
    counter("笔"),
    counter("匹"),
    counter("根"),
    counter("幅"),
    counter("局"),
    counter("盘"),
    counter("轮"),
    counter("针"),
    counter("剂"),
    counter("款"),
    counter("门"),
    counter("趟"),
    counter("集"),
    counter("册"),
    counter("袋"),
    counter("瓶"),
    counter("箱"),
    counter("盒"),
    counter("组"),
    counter("队"),
    counter("页"),
    counter("封"),
    counter("桶"),
];

/// Measure words that count things, beyond the first counters of [`UNITS`]: `35种`, `12宗`,
/// `4艘`, `坐了三站`. After a Chinese `一` they are mostly an article (`一种方法`, `一起事故`,
/// `一门课`), as `一个` is; a numeral word jieba tags otherwise (`三站`) still counts before one.
/// Each must end a word (`两首相` counts no 首). Not 届 and 期: `九届人大` is an ordinal.
pub(super) const CLASSIFIERS: [&str; 39] = [
    "种", "类", "宗", "起", "例", "艘", "架", "列", "站", "球", "粒", "颗", "枚", "棵", "层", "首", "笔", "匹", "根",
    "幅", "局", "盘", "轮", "针", "剂", "款", "门", "趟", "集", "册", "袋", "瓶", "箱", "盒", "组", "队", "页", "封",
    "桶",
];

/// Measure words after which the counted noun follows: `7个乡镇`, `3家企业`.
pub(super) const COUNTERS: [&str; 16] =
    ["个", "家", "名", "位", "项", "件", "辆", "台", "所", "座", "场", "篇", "部", "条", "批", "处"];

/// Lengths of time after a number, with their ISO 8601 designator and, for ages (`三周大`),
/// the length of the unit in years.
pub(super) const DURATIONS: [(&str, &str); 10] = [
    ("个小时", "TH"),
    ("小时", "TH"),
    ("分钟", "TM"),
    ("个月", "M"),
    ("周年", "Y"),
    ("年", "Y"),
    ("天", "D"),
    ("个星期", "W"),
    ("星期", "W"),
    ("周", "W"),
];

/// The unit at the start of `rest`, longest first. ASCII units must end the word (`5G` is a code).
pub(super) fn unit_at(rest: &str) -> Option<&'static Unit> {
    let first = rest.chars().next()?;
    units_starting_with(first)
        .iter()
        .filter_map(|&i| UNITS.get(i))
        .filter(|u| starts_with_unit(rest, u.word))
        .filter(|u| {
            !u.word.ends_with(|c: char| c.is_ascii_alphabetic())
                || !rest.get(u.word.len()..).is_some_and(|after| after.starts_with(|c: char| c.is_ascii_alphanumeric()))
        })
        .max_by_key(|u| u.word.len())
}

/// The units whose word can start with `c` (ASCII letters in either case), as indices into
/// [`UNITS`] in its order: a figure is followed by a unit far less often than asked.
fn units_starting_with(c: char) -> &'static [usize] {
    static BY_FIRST: OnceLock<FxHashMap<char, Vec<usize>>> = OnceLock::new();
    let by_first = BY_FIRST.get_or_init(|| {
        let mut map: FxHashMap<char, Vec<usize>> = FxHashMap::default();
        for (i, u) in UNITS.iter().enumerate() {
            if let Some(f) = u.word.chars().next() {
                map.entry(f.to_ascii_lowercase()).or_default().push(i);
            }
        }
        map
    });
    by_first.get(&c.to_ascii_lowercase()).map_or(&[], Vec::as_slice)
}

/// True when `rest` starts with `word`; two-letter ASCII units also in capitals (`168CM`).
fn starts_with_unit(rest: &str, word: &str) -> bool {
    if rest.starts_with(word) {
        return true;
    }
    word.len() >= 2
        && word.is_ascii()
        && rest
            .get(..word.len())
            .is_some_and(|r| r.eq_ignore_ascii_case(word) && r.chars().all(|c| c.is_ascii_uppercase()))
}

/// A temperature in degrees Celsius.
pub(super) fn celsius(value: f64, scale: &str) -> f64 {
    if scale == "°F" { (value - 32.0) * 5.0 / 9.0 } else { value }
}
