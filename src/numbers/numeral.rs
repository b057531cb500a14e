//! Reads numerals: Arabic (`1,234.5`, `3.5万`), Chinese (`两千零二十`, `三点五`, `二〇二〇`),
//! financial capitals (`壹佰贰拾`), traditional forms (`兩萬`, `負三`) and their mixtures
//! (`5千`, `3万5千`, `7万 5千 4百`).

/// The value of a Chinese digit character, `零`/`〇`/`○` through `九`, capitals and traditional
/// forms included.
pub fn digit(c: char) -> Option<u32> {
    Some(match c {
        '零' | '〇' | '○' | 'Ｏ' => 0,
        '一' | '壹' | '幺' => 1,
        '二' | '两' | '贰' | '俩' | '兩' | '倆' | '貳' | '弍' => 2,
        '三' | '叁' | '仨' | '參' => 3,
        '四' | '肆' => 4,
        '五' | '伍' => 5,
        '六' | '陆' | '陸' => 6,
        '七' | '柒' => 7,
        '八' | '捌' => 8,
        '九' | '玖' => 9,
        _ => return None,
    })
}

/// The multiplier of a Chinese unit character: `十` 10 … `亿` 10⁸, `兆` 10¹² (as in Taiwan and
/// Japan, and in Recognizers-Text).
pub fn unit(c: char) -> Option<f64> {
    Some(match c {
        '十' | '拾' => 10.0,
        '百' | '佰' => 100.0,
        '千' | '仟' => 1_000.0,
        '万' | '萬' => 10_000.0,
        '亿' | '億' => 100_000_000.0,
        '兆' => 1_000_000_000_000.0,
        _ => return None,
    })
}

/// `廿` 20 and `卅` 30, tens written as one character.
fn tens(c: char) -> Option<f64> {
    match c {
        '廿' => Some(20.0),
        '卅' => Some(30.0),
        _ => None,
    }
}

/// True for the decimal point of Chinese numerals: `点`, `點`.
pub fn is_point(c: char) -> bool {
    matches!(c, '点' | '點')
}

/// True for a minus sign written as a word: `负`, `負`.
pub fn is_minus(c: char) -> bool {
    matches!(c, '负' | '負')
}

/// Every character [`is_chinese_numeral_char`] is true for.
pub const CHINESE_NUMERAL_CHARS: &str =
    "零〇○Ｏ一壹幺二两贰俩兩倆貳弍三叁仨參四肆五伍六陆陸七柒八捌九玖十拾百佰千仟万萬亿億兆廿卅";

/// True for a character that can be part of a Chinese numeral.
pub fn is_chinese_numeral_char(c: char) -> bool {
    digit(c).is_some() || unit(c).is_some() || tens(c).is_some()
}

/// True for an ASCII digit or a character of a Chinese numeral: what a figure is written with.
pub fn is_numeral_char(c: char) -> bool {
    c.is_ascii_digit() || is_chinese_numeral_char(c)
}

/// Rounds away binary noise: `36.57 × 10⁸` is 3656999999.9999995 in floating point.
/// Fifteen significant digits are kept; whole numbers that f64 holds exactly are left alone.
pub fn round_decimal(x: f64) -> f64 {
    if x.fract() == 0.0 && x.abs() < 9.0e15 {
        return x;
    }
    format!("{x:.14e}").parse().unwrap_or(x)
}

/// The value of a whole numeral, or `None` when it is not one.
///
/// `1,234.5` → 1234.5; `3.5万` → 35000; `两千零二十` → 2020; `二〇二〇` → 2020; `三点五` → 3.5;
/// `十九` → 19; `三万五` → 35000; `壹佰贰拾` → 120; `廿三` → 23; `三分之一` → 1/3; `负5` → -5;
/// `四万万` → 4×10⁸; `两千万点五五` → 20000000.55; `半百` → 50. Spaces inside are ignored
/// (`7万 5千`). Malformed numerals (`十十`, `百千`, `1.2.3`, `一万二万`) give `None`.
pub fn parse(s: &str) -> Option<f64> {
    let s: String = s.chars().filter(|c| *c != ' ').collect();
    parse_compact(&s).filter(|v| v.is_finite()).map(round_decimal)
}

fn parse_compact(s: &str) -> Option<f64> {
    if s.is_empty() {
        return None;
    }
    if let Some(rest) = s.strip_prefix(is_minus).or_else(|| s.strip_prefix('-')) {
        return parse_compact(rest).map(|v| -v);
    }
    if let Some((den, num)) = s.split_once("分之") {
        let (n, d) = (parse_compact(num)?, denominator(den)?);
        return (d != 0.0).then(|| n / d);
    }
    if let Some(rest) = s.strip_prefix('半') {
        // `半百` = 50.
        let mut chars = rest.chars();
        let u = chars.next().and_then(unit)?;
        return chars.next().is_none().then_some(u / 2.0);
    }
    if s.starts_with('.') {
        return parse_compact(&format!("0{s}")); // `.5`
    }
    if let Some(i) = s.find(is_point) {
        return decimal(s.get(..i)?, s.get(i + '点'.len_utf8()..)?);
    }
    if s.chars().count() >= 2 && s.chars().all(|c| digit(c).is_some()) {
        return digit_sequence(s);
    }
    positional(s)
}

/// `百` in `百分之`, `千万` in `千万分之六`, `一百` in `一百分之五`.
fn denominator(s: &str) -> Option<f64> {
    if s.chars().all(|c| unit(c).is_some()) {
        return s.chars().try_fold(1.0, |acc, c| Some(acc * unit(c)?));
    }
    parse_compact(s)
}

/// `三` `点` `五` → 3.5; `两千万` `点` `五五四四` → 20000000.5544; `一` `点` `五万` → 15000.
fn decimal(int: &str, frac: &str) -> Option<f64> {
    let whole = if int.is_empty() { 0.0 } else { parse_compact(int)? };
    let digits: String = frac.chars().take_while(|c| digit(*c).is_some() || c.is_ascii_digit()).collect();
    let scale = frac.get(digits.len()..)?;
    let digits: String = digits
        .chars()
        .map(|c| c.to_digit(10).or_else(|| digit(c)).and_then(|d| char::from_digit(d, 10)))
        .collect::<Option<_>>()?;
    if digits.is_empty() {
        return None;
    }
    let f: f64 = format!("0.{digits}").parse().ok()?;
    // A trailing 万 or 亿 scales the whole: 一点五万 = 1.5万.
    let multiplier = scale.chars().try_fold(1.0, |acc, c| unit(c).filter(|u| *u >= 10_000.0).map(|u| acc * u))?;
    Some((whole + f) * multiplier)
}

/// `二〇二〇` → 2020: digits one after another, as years and codes are read.
fn digit_sequence(s: &str) -> Option<f64> {
    s.chars().try_fold(0.0f64, |acc, c| Some(acc * 10.0 + f64::from(digit(c)?)))
}

/// A group of the numeral, closed by a large unit (万, 亿, 兆): its value and that unit.
struct Group {
    value: f64,
    magnitude: f64,
}

/// A numeral with units: `两千零二十`, `3.5万`, `三亿五千万`, `四万万`, `五兆六十二亿`.
fn positional(s: &str) -> Option<f64> {
    let chars: Vec<char> = s.chars().collect();
    let mut groups: Vec<Group> = Vec::new();
    let mut section = 0.0f64;
    let mut num: Option<f64> = None;
    // The last unit within the section (十百千) must decrease: `百千` is malformed.
    let mut last_small = f64::INFINITY;
    // The last unit seen, for the colloquial `三万五` = 35000 (a digit after a unit means one tenth of it).
    let mut last_unit = 0.0f64;
    let mut zero_since_unit = false;
    let mut decimal_seen = false;
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
        if c.is_ascii_digit() {
            if num.is_some() {
                return None;
            }
            let (v, used) = arabic(chars.get(i..)?)?;
            if v.fract() != 0.0 {
                decimal_seen = true;
            } else if decimal_seen {
                return None; // `10.1万零100`: a decimal ends the numeral
            }
            num = Some(v);
            i += used;
            continue;
        }
        if let Some(d) = digit(c) {
            if num.is_some() || decimal_seen && d != 0 {
                return None; // `二三` inside a positional numeral; `10.1万三`
            }
            if d == 0 {
                zero_since_unit = true;
            } else {
                num = Some(f64::from(d));
            }
        } else if let Some(t) = tens(c) {
            if num.is_some() {
                return None;
            }
            section += t;
            last_small = 10.0;
            last_unit = 10.0;
        } else if let Some(u) = unit(c) {
            if u < 10_000.0 {
                if u >= last_small {
                    return None;
                }
                // `十九`: a leading 十 is one ten; `百三` = 130 begins with one hundred.
                let n = match num.take() {
                    Some(n) => n,
                    // `百` alone is a hundred (百分之百); `百三` is 130.
                    None if i == 0 && chars.get(1).is_none_or(|c| digit(*c).is_some()) => 1.0,
                    None if u == 10.0 => 1.0, // 十九 = 19, 一百十一 = 111, 一百零十 = 110
                    None => return None,
                };
                section += n * u;
                last_small = u;
            } else {
                let pending = section + num.take().unwrap_or(0.0);
                let below: f64 = groups.iter().filter(|g| g.magnitude <= u).map(|g| g.value).sum();
                let same_unit_below = groups.iter().any(|g| g.magnitude == u);
                let value = if pending != 0.0 {
                    if same_unit_below {
                        return None; // `一万二万`
                    }
                    (below + pending) * u // `一万五千亿`: the smaller groups join the pending part
                } else if below != 0.0 && last_unit >= 10_000.0 {
                    below * u // `四万万`, `一万亿`: the unit multiplies the group just closed
                } else {
                    return None;
                };
                groups.retain(|g| g.magnitude > u);
                groups.push(Group { value, magnitude: u });
                section = 0.0;
                last_small = f64::INFINITY;
            }
            last_unit = u;
            zero_since_unit = false;
        } else {
            return None;
        }
        i += 1;
    }
    let mut tail = num.unwrap_or(0.0);
    let ends_with_digit = chars.last().is_some_and(|c| digit(*c).is_some_and(|d| d != 0));
    if ends_with_digit && last_unit >= 100.0 && !zero_since_unit && tail < 10.0 && chars.len() >= 2 {
        tail *= last_unit / 10.0; // 三万五 = 35000, 一千五 = 1500, 百三 = 130
    }
    Some(groups.iter().map(|g| g.value).sum::<f64>() + section + tail)
}

/// Reads `1,234.5` at the start of `chars`: its value and how many chars it took.
fn arabic(chars: &[char]) -> Option<(f64, usize)> {
    let mut digits = String::new();
    let mut i = 0;
    let mut seen_point = false;
    while let Some(&c) = chars.get(i) {
        if c.is_ascii_digit() {
            digits.push(c);
        } else if c == ',' && !seen_point && chars.get(i + 1..i + 4).is_some_and(|g| g.iter().all(char::is_ascii_digit))
        {
            // thousands separator: skip it
        } else if c == '.' && !seen_point && chars.get(i + 1).is_some_and(char::is_ascii_digit) {
            seen_point = true;
            digits.push('.');
        } else {
            break;
        }
        i += 1;
    }
    let v: f64 = digits.parse().ok()?;
    Some((v, i))
}

#[cfg(test)]
mod tests {
    use super::parse;

    macro_rules! case {
        ($name:ident, $input:expr, $want:expr) => {
            #[test]
            fn $name() {
                assert_eq!(parse($input), $want, "{}", $input);
            }
        };
    }

    case!(arabic_with_thousands, "1,234.5", Some(1234.5));
    case!(arabic_with_wan, "3.5万", Some(35_000.0));
    case!(arabic_with_yi, "1.2亿", Some(120_000_000.0));
    case!(yi_keeps_decimals_exact, "36.57亿", Some(3_657_000_000.0));
    case!(arabic_with_qian, "5千", Some(5_000.0));
    case!(shi_jiu_is_nineteen, "十九", Some(19.0));
    case!(liang_qian_ling_er_shi, "两千零二十", Some(2020.0));
    case!(digit_sequence_year, "二〇二〇", Some(2020.0));
    case!(circle_zero_year, "一九九○", Some(1990.0));
    case!(san_dian_wu, "三点五", Some(3.5));
    case!(san_wan_wu_is_colloquial, "三万五", Some(35_000.0));
    case!(yi_and_wan_nest, "三亿五千万", Some(350_000_000.0));
    case!(wan_yi_is_a_trillion, "一万亿", Some(1e12));
    // Many inputs from here to `.5` (四万万, 五兆六十二亿四万五千二, 兩千兩百貳拾二, 两千万点五五四四, 百三,
    // 7万 5千 4百, the long 亿 chain...) are strings of the Chinese number specs of Microsoft
    // Recognizers-Text (github.com/microsoft/Recognizers-Text, Specs/Number/Chinese), MIT License,
    // Copyright (c) Microsoft Corporation.
    case!(wan_wan_is_a_hundred_million, "四万万", Some(4e8));
    case!(arabic_wan_wan, "10万万", Some(1e9));
    case!(zhao_is_ten_to_the_twelfth, "五兆六十二亿四万五千二", Some(5_006_200_045_200.0));
    case!(capitals, "壹佰贰拾", Some(120.0));
    case!(traditional_forms, "兩千兩百貳拾二", Some(2222.0));
    case!(traditional_wan, "壹千兩百三十四萬", Some(12_340_000.0));
    case!(nian_tens, "廿三", Some(23.0));
    case!(fraction_rounds_to_thirteen_digits, "三分之一", Some(0.333_333_333_333_333));
    case!(per_mille, "千分之二", Some(0.002));
    case!(per_ten_million, "千万分之六", Some(6e-7));
    case!(negative, "负5", Some(-5.0));
    case!(traditional_negative, "負三十二", Some(-32.0));
    case!(yi_bai_ling_wu, "一百零五", Some(105.0));
    case!(ten_thousand_and_two, "一万零二", Some(10_002.0));
    case!(decimal_after_wan, "两千万点五五四四", Some(20_000_000.554_4));
    case!(decimal_after_colloquial_thousand, "两千三点一", Some(2300.1));
    case!(decimal_then_wan_scales_all, "一点五万", Some(15_000.0));
    case!(bai_san_is_one_hundred_thirty, "百三", Some(130.0));
    case!(half_a_hundred, "半百", Some(50.0));
    case!(spaces_are_ignored, "7万 5千 4百", Some(75_400.0));
    case!(spaced_chinese, "三千 八百 九十六 万 四千 九百 六十五", Some(38_964_965.0));
    case!(ling_shi_is_one_ten, "一百零一万零三千零十二", Some(1_013_012.0));
    case!(wan_groups_join_under_yi, "一万五千亿", Some(1.5e12));
    case!(
        long_yi_wan_chain,
        "四千五百六十九万八千三百一十一亿四千八百七十二万五千三百八十二",
        Some(4_569_831_148_725_382.0)
    );
    case!(leading_point, ".5", Some(0.5));
    case!(bare_shi_after_bai, "一百十一", Some(111.0));
    case!(leading_bai_then_shi_is_malformed, "百十一", None);
    case!(decimal_then_more_is_malformed, "10.1万零100", None);
    case!(shi_shi_is_malformed, "十十", None);
    case!(bai_qian_is_malformed, "百千", None);
    case!(yi_wan_er_wan_is_malformed, "一万二万", None);
    case!(two_points_is_malformed, "1.2.3", None);
    case!(lone_wan_is_not_a_number, "万", None);
    case!(empty_is_none, "", None);
}
