//! wenxi (文析): a Chinese text analyzer for news, in Rust, for the browser and the command line.
//!
//! It cuts text into words with parts of speech (jieba-rs), splits sentences, and finds people,
//! places, organizations, titles and every figure with its value normalized.
//!
//! ```
//! use wenxi::{Analyzer, EntityKind, Options, Value};
//!
//! let analyzer = Analyzer::new();
//! let text = "记者 高洪驰\n到2025年，7个乡镇获得资金477万元。";
//! let analysis = analyzer.analyze(text, &Options::default()).unwrap();
//!
//! let person = analysis.entities.iter().find(|e| e.kind == EntityKind::Person).unwrap();
//! assert_eq!(person.text, "高洪驰");
//! let money = analysis.entities.iter().find(|e| e.kind == EntityKind::Money).unwrap();
//! assert_eq!(money.attrs.value, Some(Value::Number(4_770_000.0)));
//! assert_eq!(money.attrs.unit.as_deref(), Some("CNY"));
//! // Offsets are UTF-16 code units of the original text.
//! assert_eq!((money.start, money.end), (22, 27));
//! ```
//!
//! Pipeline order: [`normalize`] → [`segment`] → [`entities`] → [`numbers`] → [`sentences`] →
//! [`keywords`] → [`analysis`]; [`pipeline`] runs the stages in that order, a chunk of a long
//! text at a time, [`analyzer`] holds what lasts between texts, and `wasm` exposes both to
//! JavaScript.

pub mod analysis;
pub mod analyzer;
pub mod chars;
pub mod entities;
pub mod error;
pub mod gazetteer;
pub mod keywords;
pub mod lexicon;
mod lists;
pub mod normalize;
pub mod numbers;
pub mod pipeline;
pub mod segment;
pub mod sentences;
pub mod span;
// The names tagger is opt-in and its weights are 0.36 MB: native builds (CLI, Python) have it,
// the browser's download does not.
#[cfg(not(target_arch = "wasm32"))]
pub mod tagger;
#[cfg(target_arch = "wasm32")]
mod wasm;

pub use analysis::{
    Analysis, Attrs, Entity, EntityKind, Keyword, PackedRest, PackedTokens, Sentence, Si, Source, Token, Value,
};
pub use analyzer::{Analyzer, MAX_INPUT_BYTES, Options};
pub use error::Error;
pub use lexicon::{UserDictionary, UserWord, WordType};
pub use pipeline::{Doc, Progress};
