//! Reads numerals: Arabic (`1,234.5`, `3.5万`), Chinese (`两千零二十`, `三点五`, `二〇二〇`),
//! financial capitals (`壹佰贰拾`) and their mixtures (`5千`, `3万5千`).

/// The value of a Chinese digit character, `零`/`〇`/`○` through `九`, capitals included.
pub fn digit(c: char) -> Option<u32> {
    Some(match c {
        '零' | '〇' | '○' | 'Ｏ' => 0,
        '一' | '壹' | '幺' => 1,
        '二' | '两' | '贰' | '俩' => 2,
        '三' | '叁' | '仨' => 3,
        '四' | '肆' => 4,
        '五' | '伍' => 5,
        '六' | '陆' => 6,
        '七' | '柒' => 7,
        '八' | '捌' => 8,
        '九' | '玖' => 9,
        _ => return None,
    })
}

/// The multiplier of a Chinese unit character: `十` 10 … `亿` 10⁸.
pub fn unit(c: char) -> Option<f64> {
    Some(match c {
        '十' | '拾' => 10.0,
        '百' | '佰' => 100.0,
        '千' | '仟' => 1_000.0,
        '万' | '萬' => 10_000.0,
        '亿' | '億' => 100_000_000.0,
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

/// True for a character that can be part of a Chinese numeral.
pub fn is_chinese_numeral_char(c: char) -> bool {
    digit(c).is_some() || unit(c).is_some() || tens(c).is_some()
}

/// Rounds away binary noise: `36.57 × 10⁸` is 3656999999.9999995 in floating point.
pub fn round_decimal(x: f64) -> f64 {
    format!("{x:.12e}").parse().unwrap_or(x)
}

/// The value of a whole numeral, or `None` when it is not one.
///
/// `1,234.5` → 1234.5; `3.5万` → 35000; `两千零二十` → 2020; `二〇二〇` → 2020; `三点五` → 3.5;
/// `十九` → 19; `三万五` → 35000; `壹佰贰拾` → 120; `廿三` → 23; `三分之一` → 1/3; `负5` → -5.
/// Malformed numerals (`十十`, `百千`, `1.2.3`) and overflow give `None`.
pub fn parse(s: &str) -> Option<f64> {
    if s.is_empty() {
        return None;
    }
    if let Some(rest) = s.strip_prefix('负').or_else(|| s.strip_prefix('-')) {
        return parse(rest).map(|v| -v);
    }
    if let Some((den, num)) = s.split_once("分之") {
        let (n, d) = (parse(num)?, parse(den)?);
        return (d != 0.0).then(|| n / d);
    }
    let value = if s.chars().count() >= 2 && s.chars().all(|c| digit(c).is_some()) {
        digit_sequence(s)?
    } else {
        positional(s)?
    };
    value.is_finite().then(|| round_decimal(value))
}

/// `二〇二〇` → 2020: digits one after another, as years and codes are read.
fn digit_sequence(s: &str) -> Option<f64> {
    s.chars().try_fold(0.0f64, |acc, c| Some(acc * 10.0 + f64::from(digit(c)?)))
}

/// A numeral with units: `两千零二十`, `3.5万`, `三亿五千万`, `三点五`.
fn positional(s: &str) -> Option<f64> {
    let chars: Vec<char> = s.chars().collect();
    let (mut total, mut wan, mut section) = (0.0f64, 0.0f64, 0.0f64);
    let mut num: Option<f64> = None;
    // The last unit within the section (十百千) must decrease: `百千` is malformed.
    let mut last_small = f64::INFINITY;
    // The last unit seen, for the colloquial `三万五` = 35000 (a digit after a unit means one tenth of it).
    let mut last_unit = 0.0f64;
    let mut zero_since_unit = false;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_ascii_digit() {
            if num.is_some() {
                return None;
            }
            let (v, used) = arabic(&chars[i..])?;
            num = Some(v);
            i += used;
            continue;
        }
        if c == '点' {
            // Decimal part: digits only, read one by one.
            let frac: String = chars.get(i + 1..)?.iter().map(|c| digit(*c).map(|d| char::from(b'0' + d as u8))).collect::<Option<_>>()?;
            if frac.is_empty() {
                return None;
            }
            let f: f64 = format!("0.{frac}").parse().ok()?;
            num = Some(num.unwrap_or(0.0) + f);
            break;
        }
        if let Some(d) = digit(c) {
            if num.is_some() && d != 0 {
                return None; // `二三` inside a positional numeral
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
                // `十九`: a leading 十 means one ten.
                let n = match num.take() {
                    Some(n) => n,
                    None if u == 10.0 && section == 0.0 => 1.0,
                    None => return None,
                };
                section += n * u;
                last_small = u;
            } else if u == 10_000.0 {
                let part = section + num.take().unwrap_or(0.0);
                if part == 0.0 && wan == 0.0 && total == 0.0 {
                    return None;
                }
                if wan != 0.0 {
                    return None; // `一万二万`
                }
                wan = part * u;
                section = 0.0;
                last_small = f64::INFINITY;
            } else {
                let part = wan + section + num.take().unwrap_or(0.0);
                if part == 0.0 {
                    return None;
                }
                total = (total + part) * u;
                wan = 0.0;
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
    if ends_with_digit && last_unit >= 100.0 && !zero_since_unit && tail < 10.0 && chars.len() >= 3 {
        tail *= last_unit / 10.0; // 三万五 = 35000, 一千五 = 1500
    }
    Some(total + wan + section + tail)
}

/// Reads `1,234.5` at the start of `chars`: its value and how many chars it took.
fn arabic(chars: &[char]) -> Option<(f64, usize)> {
    let mut digits = String::new();
    let mut i = 0;
    let mut seen_point = false;
    while let Some(&c) = chars.get(i) {
        if c.is_ascii_digit() {
            digits.push(c);
        } else if c == ',' && !seen_point && chars.get(i + 1..i + 4).is_some_and(|g| g.iter().all(char::is_ascii_digit)) {
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
    case!(capitals, "壹佰贰拾", Some(120.0));
    case!(nian_tens, "廿三", Some(23.0));
    case!(fraction, "三分之一", Some(1.0 / 3.0));
    case!(negative, "负5", Some(-5.0));
    case!(yi_bai_ling_wu, "一百零五", Some(105.0));
    case!(ten_thousand_and_two, "一万零二", Some(10_002.0));
    case!(shi_shi_is_malformed, "十十", None);
    case!(bai_qian_is_malformed, "百千", None);
    case!(two_points_is_malformed, "1.2.3", None);
    case!(empty_is_none, "", None);
}
