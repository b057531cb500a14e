//! What a numeral counts: a share (`91.6%`, `九成`, `八五折`, `3个百分点`), money (`477万元`,
//! `五元三毛`, `$20`), a length of time (`5年`), or a quantity with its unit (`102175人`,
//! `20万公斤`, `两米半`), and ranges of them (`3至5万元`).

use super::units::{self, CLASSIFIERS, COUNTERS, CURRENCIES, CURRENCY_SIGNS, DURATIONS, SUBUNITS};
use super::{Read, Scanner, fmt_number, numeral};
use crate::analysis::{Attrs, EntityKind, Mention, Si, Value};
use crate::span::Span;

/// Words between the two ends of a range: `3至5万元`, `20%—30%`, `3-5天`.
const RANGE_JOINERS: [&str; 7] = ["至", "到", "-", "—", "~", "～", "－"];

/// Words before a temperature: `华氏51度`, `零下5度` (零下 makes it negative).
const TEMPERATURE_BEFORE: [(&str, &str, f64); 5] =
    [("华氏温度", "°F", 1.0), ("摄氏温度", "°C", 1.0), ("华氏", "°F", 1.0), ("摄氏", "°C", 1.0), ("零下", "°C", -1.0)];

impl Scanner<'_> {
    /// `91.6%`, `3‰`, `3个百分点`, `九成`, `三成半`, `七成六`, `八五折`, `9.9折` after a numeral.
    pub(super) fn percent_after(&mut self, start: usize, read: Read, approx: bool) -> Option<usize> {
        if let Some(end) = self.spaced_discount(start, read, approx) {
            return Some(end);
        }
        let at = self.skip_spaces(read.end);
        let rest = self.rest(at);
        let v = read.value;
        let mut points = false;
        let (value, end) = if rest.starts_with('%') {
            (v / 100.0, at + 1)
        } else if rest.starts_with('‰') {
            (v / 1000.0, at + '‰'.len_utf8())
        } else if let Some(end) = self.match_spaced(at, "个百分点").or_else(|| self.match_spaced(at, "百分点")) {
            points = true;
            (v / 100.0, end)
        } else if rest.starts_with('成') && (0.0..=10.0).contains(&v) && self.is_single_char_word(at) {
            self.tenths(at + '成'.len_utf8(), v)
        } else if rest.starts_with('折') && self.is_single_char_word(at) {
            let written: String = self.text.get(read.start..read.end)?.chars().filter(|c| *c != ' ').collect();
            let two_digits = written.chars().count() == 2
                && written.chars().all(|c| c.is_ascii_digit() || numeral::digit(c).is_some());
            let value = if two_digits && v >= 10.0 {
                v / 100.0 // 八五折, 75折
            } else if v > 0.0 && v < 10.0 {
                v / 10.0 // 九折, 9.9折
            } else {
                return None; // 十折 is no discount at all: not a way to write a share
            };
            (value, at + '折'.len_utf8())
        } else {
            return None;
        };
        let attrs =
            Attrs { value: Some(Value::Number(numeral::round_decimal(value))), approx, points, ..Attrs::default() };
        Some(self.push(EntityKind::Percent, Span::new(start, end), attrs))
    }

    /// `7 5 折`, `八 五 折`: a discount's two digits written apart, as speech recognition and forms
    /// write them (75%).
    fn spaced_discount(&mut self, start: usize, read: Read, approx: bool) -> Option<usize> {
        let digit = |c: char| c.to_digit(10).or_else(|| numeral::digit(c));
        let mut first = self.text.get(read.start..read.end)?.chars();
        let tens = first.next().and_then(digit).filter(|_| first.next().is_none())?;
        let at = self.skip_spaces(read.end);
        if at == read.end {
            return None;
        }
        let ones_char = self.char_at(at)?;
        let ones = digit(ones_char)?;
        let zhe = self.skip_spaces(at + ones_char.len_utf8());
        if !self.rest(zhe).starts_with('折') || tens == 0 || !self.is_single_char_word(zhe) {
            return None;
        }
        let value = f64::from(tens * 10 + ones) / 100.0;
        let attrs = Attrs { value: Some(Value::Number(value)), approx, ..Attrs::default() };
        Some(self.push(EntityKind::Percent, Span::new(start, zhe + '折'.len_utf8()), attrs))
    }

    /// The rest of `七成` at `pos`: `半` adds 5%, a digit adds its percent (`七成六` = 76%).
    fn tenths(&self, pos: usize, v: f64) -> (f64, usize) {
        let base = v / 10.0;
        if self.rest(pos).starts_with('半') {
            return (base + 0.05, pos + '半'.len_utf8());
        }
        let at = self.skip_spaces(pos);
        let digit = self.char_at(at).and_then(numeral::digit).filter(|d| *d > 0);
        let next = self.char_at(at + '六'.len_utf8());
        match digit {
            Some(d)
                if v.fract() == 0.0
                    && !next.is_some_and(|c| numeral::is_chinese_numeral_char(c) || crate::sentences::is_han(c)) =>
            {
                (base + f64::from(d) / 100.0, at + '六'.len_utf8())
            }
            _ => (base, pos),
        }
    }

    /// True unless a longer word starts at `pos` (`成员`, `成为`, `折合`): then `成`/`折` is not a share.
    fn is_single_char_word(&self, pos: usize) -> bool {
        self.token_at(pos).is_none_or(|t| t.span.text(self.text).chars().count() <= 1)
    }

    /// `477万元`, `五元三毛`, `50元6角三分`, `两美元又三美分`, `5306亿台币`.
    pub(super) fn money_after(&mut self, start: usize, end: usize, value: f64, approx: bool) -> Option<usize> {
        let end = self.skip_spaces(end);
        let rest = self.rest(end);
        // 20个比特币, 3枚金币-like counts of a currency named in two or more characters.
        let (end, rest) = match rest.chars().next().filter(|c| matches!(c, '个' | '枚')) {
            Some(c)
                if CURRENCIES.iter().any(|(w, _)| {
                    w.chars().count() >= 2 && rest.get(c.len_utf8()..).is_some_and(|r| r.starts_with(*w))
                }) =>
            {
                (end + c.len_utf8(), rest.get(c.len_utf8()..).unwrap_or(""))
            }
            _ => (end, rest),
        };
        let kuai = rest.starts_with('块') && self.kuai_is_money(start, end + '块'.len_utf8());
        let (word, code) = CURRENCIES
            .iter()
            .filter(|(w, _)| rest.starts_with(*w))
            .max_by_key(|(w, _)| w.len())
            .copied()
            .or(kuai.then_some(("块", "CNY")))?;
        // 港币3亿元: 元 after an amount in the currency named before it.
        let code = if matches!(word, "元" | "圆") { self.currency_before(start).unwrap_or(code) } else { code };
        let mut end = end + word.len();
        let after_word = end;
        let mut value = value;
        for _ in 0..2 {
            let from = if self.rest(end).starts_with('又') { end + '又'.len_utf8() } else { end };
            let Some(coin) = self.read_numeral(from, false) else { break };
            let after = self.rest(coin.end);
            let Some((sub, _, fraction)) =
                SUBUNITS.iter().filter(|(w, c, _)| *c == code && after.starts_with(*w)).max_by_key(|(w, _, _)| w.len())
            else {
                break;
            };
            if after.get(sub.len()..).is_some_and(|a| a.starts_with('钟')) {
                break; // 分钟 is minutes
            }
            value += coin.value * fraction;
            end = coin.end + sub.len();
        }
        // 五块五, 两元八, 两块五一瓶: a last digit after the yuan is its jiao.
        if end == after_word
            && matches!(word, "块" | "元")
            && let Some(d) = self.jiao_at(end)
        {
            value += f64::from(d) / 10.0;
            end += self.rest(end).chars().next().map_or(0, char::len_utf8);
        }
        // 壹拾壹元整: 整 or 正 closes an amount written on a cheque.
        if code == "CNY" && self.rest(end).starts_with(['整', '正']) {
            end += '整'.len_utf8();
        }
        Some(self.push_money(Span::new(start, end), value, code, approx))
    }

    /// True when the `块` before `after` is yuan, as only a money context makes it: `三块钱` (a
    /// currency of its own), a price per measure (`五块一斤`, `两块一个`), yuan and jiao (`五块五`),
    /// or a price word shortly before (`售价三块`, `花了20块`). Otherwise it counts pieces:
    /// `3000万块电池`, `三块蛋糕`, `生产了3000万块。`.
    fn kuai_is_money(&self, start: usize, after: usize) -> bool {
        const PRICE_WORDS: [&str; 16] =
            ["价", "售", "卖", "花", "值", "费", "钱", "工资", "薪", "赚", "收入", "只要", "仅需", "便宜", "贵", "寄"];
        let rest = self.rest(after);
        let per_measure = self.per_measure_at(after);
        let jiao = self.jiao_at(after).is_some();
        let before: String = self.text.get(..start).unwrap_or("").chars().rev().take(6).collect();
        let before: String = before.chars().rev().collect();
        // After a price word, 块 that ends its phrase: 售价三块, but not 卖出3000万块电池.
        let ends = !rest.starts_with(crate::sentences::is_han);
        let priced = ends && PRICE_WORDS.iter().any(|w| before.contains(w));
        per_measure || jiao || priced
    }

    /// True when a price's measure starts at `pos`: per weight, length… or item sold (一斤,
    /// 一瓶), not 一人 (两块一人多高的石碑).
    fn per_measure_at(&self, pos: usize) -> bool {
        const PER_ITEM: [&str; 12] = ["个", "瓶", "包", "件", "盒", "袋", "张", "只", "杯", "份", "次", "本"];
        self.read_numeral(pos, false).is_some_and(|r| {
            units::unit_at(self.rest(r.end)).is_some_and(|u| u.measure.is_some() || PER_ITEM.contains(&u.word))
        })
    }

    /// The jiao of `五块五` at `pos`: one Chinese digit that ends the amount, or is followed by
    /// the measure of a price (`两块五一瓶`).
    fn jiao_at(&self, pos: usize) -> Option<u32> {
        let c = self.char_at(pos)?;
        let d = numeral::digit(c)?;
        let next = pos + c.len_utf8();
        let ends = !self.char_at(next).is_some_and(|n| crate::sentences::is_han(n) || n.is_ascii_digit());
        (ends || self.per_measure_at(next)).then_some(d)
    }

    /// True when `大` at `pos` makes the length before it an age (`三周大的婴儿`, `十个月大`): it
    /// ends the phrase, not a word of its own (三年大学, 四年大年三十).
    pub(super) fn age_da(&self, pos: usize) -> bool {
        let mut chars = self.rest(pos).chars();
        chars.next() == Some('大')
            && chars.next().is_none_or(|c| !crate::sentences::is_han(c) || "的了时后左右".contains(c))
    }

    /// The code of a currency named right before an amount at `start` (`美元5000万`, `港币3亿元`):
    /// a word of two or more characters.
    pub(super) fn currency_before(&self, start: usize) -> Option<&'static str> {
        let before = self.text.get(..start)?.trim_end_matches(' ');
        CURRENCIES
            .iter()
            .filter(|(w, _)| w.chars().count() >= 2 && *w != "块钱" && before.ends_with(*w))
            .max_by_key(|(w, _)| w.len())
            .map(|(_, code)| *code)
    }

    /// `美元5000万`, `人民币300亿`: an amount after its currency, with no unit of its own.
    pub(super) fn money_after_currency(&mut self, start: usize, end: usize, value: f64, approx: bool) -> Option<usize> {
        let code = self.currency_before(start)?;
        if self.measure_follows(end) {
            return None;
        }
        Some(self.push_money(Span::new(start, end), value, code, approx))
    }

    /// An amount of money in the currency `code` (ISO 4217) over `span`.
    fn push_money(&mut self, span: Span, value: f64, code: &str, approx: bool) -> usize {
        let attrs = Attrs {
            value: Some(Value::Number(numeral::round_decimal(value))),
            unit: Some(code.to_owned()),
            approx,
            ..Attrs::default()
        };
        self.push(EntityKind::Money, span, attrs)
    }

    /// `$20`, `￥300` at `pos`.
    pub(super) fn money_after_sign(&mut self, pos: usize) -> Option<usize> {
        let sign = self.char_at(pos)?;
        let (_, code) = CURRENCY_SIGNS.iter().find(|(c, _)| *c == sign)?;
        let read = self.read_numeral(pos + sign.len_utf8(), false).filter(|r| r.arabic)?;
        let attrs =
            Attrs { value: Some(Value::Number(read.value)), unit: Some((*code).to_owned()), ..Attrs::default() };
        Some(self.push(EntityKind::Money, Span::new(pos, read.end), attrs))
    }

    /// `5年` → P5Y, `3个小时` → PT3H; `三周大`, `十个月大` are ages.
    pub(super) fn duration_after(&mut self, start: usize, end: usize, value: f64, approx: bool) -> Option<usize> {
        let rest = self.rest(end);
        // No length of time or age is negative (`-5天`: not P-5D), as in `duration_from`.
        if value < 0.0 || rest.starts_with("周岁") {
            return None;
        }
        let (word, designator) = DURATIONS.iter().find(|(w, _)| rest.starts_with(*w))?;
        let word_end = end + word.len();
        if self.age_da(word_end) {
            let years = match *designator {
                "Y" => 1.0,
                "M" => 1.0 / 12.0,
                "W" => 7.0 / 365.25,
                "D" => 1.0 / 365.25,
                _ => return None,
            };
            let attrs = Attrs {
                value: Some(Value::Number(value)),
                unit: Some((*word).to_owned()),
                kind: Some("age"),
                si: Some(Si { value: numeral::round_decimal(value * years), unit: "a" }),
                approx,
                ..Attrs::default()
            };
            return Some(self.push(EntityKind::Quantity, Span::new(start, word_end + '大'.len_utf8()), attrs));
        }
        let iso = match *designator {
            "TH" => format!("PT{}H", fmt_number(value)),
            "TM" => format!("PT{}M", fmt_number(value)),
            d => format!("P{}{d}", fmt_number(value)),
        };
        let attrs = Attrs { value: Some(Value::Text(iso)), approx, ..Attrs::default() };
        Some(self.push(EntityKind::Duration, Span::new(start, word_end), attrs))
    }

    /// `102175人`, `20万公斤`, `7个乡镇` (noun 乡镇), `两米半`, `39°C`, or a measure word jieba knows.
    pub(super) fn quantity_after(&mut self, start: usize, end: usize, read: Read, approx: bool) -> Option<usize> {
        let rest = self.rest(end);
        let (word, measure) = match units::unit_at(rest) {
            Some(u) => (u.word, u.measure),
            None => (self.token_at(end).filter(|t| t.pos == "q")?.span.text(self.text), None),
        };
        // 一个, 一次, 一份 mostly mean "a", not a count.
        let article = !read.arabic
            && read.value == 1.0
            && (COUNTERS.contains(&word)
                || CLASSIFIERS.contains(&word)
                || matches!(word, "次" | "户" | "份" | "本" | "张" | "套" | "只" | "支" | "头"));
        // A measure word of CLASSIFIERS ends a word (两首相 is no count of 首), and counts after no
        // run of two or three Chinese digits (八一队 is a team's name).
        let digit_run =
            |w: &str| (2..=3).contains(&w.chars().count()) && w.chars().all(|c| numeral::digit(c).is_some());
        if article
            || CLASSIFIERS.contains(&word)
                && (!self.ends_token(end + word.len()) || self.text.get(read.start..read.end).is_some_and(digit_run))
        {
            return None;
        }
        let mut value = read.value;
        let mut unit_end = end + word.len();
        if measure.is_some() && self.rest(unit_end).starts_with('半') {
            value += 0.5; // 一吨半, 两米半
            unit_end += '半'.len_utf8();
        }
        let noun = if COUNTERS.contains(&word) || CLASSIFIERS.contains(&word) { self.noun_at(unit_end) } else { None };
        let (kind, si) = match measure {
            Some((kind, base, _)) if kind == "temperature" => {
                (Some(kind), Some(Si { value: units::celsius(value, base), unit: "°C" }))
            }
            Some((kind, base, factor)) => {
                (Some(kind), Some(Si { value: numeral::round_decimal(value * factor), unit: base }))
            }
            None => (None, None),
        };
        let attrs = Attrs {
            value: Some(Value::Number(value)),
            unit: Some(word.to_owned()),
            approx,
            noun,
            kind,
            si,
            ..Attrs::default()
        };
        Some(self.push(EntityKind::Quantity, Span::new(start, unit_end), attrs))
    }

    /// `华氏51度`, `摄氏温度39度`, `零下5度` at `pos`.
    pub(super) fn temperature(&mut self, pos: usize) -> Option<usize> {
        let rest = self.rest(pos);
        let (word, scale, sign) = TEMPERATURE_BEFORE.iter().find(|(w, _, _)| rest.starts_with(*w))?;
        let read = self.read_numeral(pos + word.len(), false)?;
        let after = self.rest(read.end);
        let unit = ["摄氏度", "华氏度", "度", "℃", "℉", "°C", "°F"].into_iter().find(|u| after.starts_with(u))?;
        let scale = match unit {
            "华氏度" | "℉" | "°F" => "°F",
            "摄氏度" | "℃" | "°C" => "°C",
            _ => scale,
        };
        let value = read.value * sign;
        let attrs = Attrs {
            value: Some(Value::Number(value)),
            unit: Some(scale.to_owned()),
            kind: Some("temperature"),
            si: Some(Si { value: numeral::round_decimal(units::celsius(value, scale)), unit: "°C" }),
            ..Attrs::default()
        };
        Some(self.push(EntityKind::Quantity, Span::new(pos, read.end + unit.len()), attrs))
    }

    /// `打对折`, `半折` (50%), `半成` (5%): shares written without a numeral.
    pub(super) fn percent_word(&mut self, pos: usize) -> Option<usize> {
        let rest = self.rest(pos);
        // 对折 is a share only as a discount (打对折); alone it may be a fold.
        let (word, value) =
            [("半折", 0.5), ("半成", 0.05)].into_iter().find(|(w, _)| rest.starts_with(w)).or_else(|| {
                let word = ["对折", "對折"].into_iter().find(|w| rest.starts_with(w))?;
                (self.char_before(pos) == Some('打')).then_some((word, 0.5))
            })?;
        let attrs = Attrs { value: Some(Value::Number(value)), ..Attrs::default() };
        Some(self.push(EntityKind::Percent, Span::new(pos, pos + word.len()), attrs))
    }

    /// The first position at or after `pos` that is not an ASCII space.
    pub(super) fn skip_spaces(&self, pos: usize) -> usize {
        pos + (self.rest(pos).len() - self.rest(pos).trim_start_matches(' ').len())
    }
}

/// Joins `3` `至` `5万元` into one range entity with `min` and `max`, the bare number taking the
/// scale and unit of the second (`3至5万元` is 30000 to 50000 CNY).
pub(super) fn merge_ranges(text: &str, found: Vec<Mention>) -> Vec<Mention> {
    let mut out: Vec<Mention> = Vec::with_capacity(found.len());
    for m in found {
        let Some(prev) = out.last() else {
            out.push(m);
            continue;
        };
        let between = text.get(prev.span.end..m.span.start).unwrap_or("x");
        let kinds_fit = prev.kind == m.kind && prev.attrs.unit == m.attrs.unit
            || prev.kind == EntityKind::Number
                && matches!(m.kind, EntityKind::Money | EntityKind::Quantity | EntityKind::Percent);
        let joined = RANGE_JOINERS.contains(&between.trim_matches(' '));
        let (Some(Value::Number(low)), Some(Value::Number(high))) = (&prev.attrs.value, &m.attrs.value) else {
            out.push(m);
            continue;
        };
        if !kinds_fit
            || !joined
            || m.kind == EntityKind::Number
                && prev.kind == EntityKind::Number
                && between.trim() != "至"
                && between.trim() != "到"
        {
            out.push(m);
            continue;
        }
        let low = if prev.kind == EntityKind::Number { scale_like(text, prev, &m, *low) } else { *low };
        if low >= *high {
            out.push(m);
            continue;
        }
        let high = *high;
        let Some(prev) = out.pop() else { continue };
        let attrs = Attrs {
            value: None,
            min: Some(low),
            max: Some(high),
            approx: prev.attrs.approx || m.attrs.approx,
            ..*m.attrs
        };
        out.push(Mention { kind: m.kind, span: Span::new(prev.span.start, m.span.end), attrs: Box::new(attrs) });
    }
    out
}

/// The bare low end of a range, scaled as the high end is written: `3` in `3至5万元` is 30000,
/// `20` in `20—30%` is 0.2.
fn scale_like(text: &str, low: &Mention, high: &Mention, value: f64) -> f64 {
    let high_text = high.span.text(text);
    if high.kind == EntityKind::Percent {
        return numeral::round_decimal(value / 100.0);
    }
    let low_text = low.span.text(text);
    let scale = high_text
        .chars()
        .take_while(|c| {
            c.is_ascii_digit() || *c == '.' || numeral::is_chinese_numeral_char(*c) || numeral::is_point(*c)
        })
        .last()
        .and_then(numeral::unit)
        .filter(|u| *u >= 1000.0 && !low_text.chars().any(|c| numeral::unit(c).is_some_and(|v| v >= 1000.0)));
    numeral::round_decimal(value * scale.unwrap_or(1.0))
}
