//! The TypeScript types users program against (`src/analysis/types.d.ts`, copied into
//! wasm-bindgen's `wenxi.d.ts`) say what the Rust types serialize: every entity kind, source and
//! word type, and every field of every object, optional where the JSON may leave it out.

use std::collections::BTreeSet;

use serde::Serialize;
use wenxi::{Analysis, Attrs, Entity, EntityKind, Keyword, Sentence, Si, Source, Token, UserWord, Value, WordType};

const TYPES: &str = include_str!("../src/analysis/types.d.ts");

/// The body of `export interface NAME { ... }`, or of `export type NAME = ...;`.
fn declaration(name: &str) -> &'static str {
    for (keyword, end) in [("interface", "\n}"), ("type", ";")] {
        let head = format!("export {keyword} {name} ");
        if let Some(at) = TYPES.find(&head) {
            let rest = &TYPES[at + head.len()..];
            // A one-line interface ends at its first `}`.
            let end = if rest.trim_start().starts_with('{') && rest.lines().next().is_some_and(|l| l.contains('}')) {
                rest.find('}').map(|i| i + 1)
            } else {
                rest.find(end).map(|i| i + end.len())
            };
            return &rest[..end.expect("declaration ends")];
        }
    }
    panic!("types.d.ts declares no {name}")
}

/// The quoted strings of a union type: `"a" | "b"` → {a, b}.
fn union(text: &str) -> BTreeSet<String> {
    text.split('"').skip(1).step_by(2).map(str::to_owned).collect()
}

/// The top-level fields of an interface body, each with whether it is optional (`name?:`). Doc
/// comments and nested object types are passed over.
fn fields(body: &str) -> Vec<(String, bool)> {
    let body = body.trim().trim_start_matches('{');
    let mut out = Vec::new();
    let (mut depth, mut comment, mut word) = (0, false, String::new());
    let chars: Vec<char> = body.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if comment {
            if c == '*' && next == Some('/') {
                comment = false;
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            comment = true;
        } else if c == '{' {
            depth += 1;
        } else if c == '}' {
            depth -= 1;
        } else if depth == 0 && (c.is_ascii_alphanumeric() || c == '_') {
            word.push(c);
        } else if depth == 0 && (c == ':' || (c == '?' && next == Some(':'))) && !word.is_empty() {
            out.push((std::mem::take(&mut word), c == '?'));
            // Skip the type, up to the field's end at this depth.
            while i < chars.len() && !(depth == 0 && chars[i] == ';') {
                match chars[i] {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    _ => {}
                }
                i += 1;
            }
        } else {
            word.clear();
        }
        i += 1;
    }
    out
}

/// The keys of `value` serialized as a JSON object.
fn keys(value: &impl Serialize) -> BTreeSet<String> {
    match serde_json::to_value(value).expect("serializes") {
        serde_json::Value::Object(map) => map.keys().cloned().collect(),
        other => panic!("not an object: {other}"),
    }
}

fn names(fields: &[(String, bool)]) -> BTreeSet<String> {
    fields.iter().map(|(n, _)| n.clone()).collect()
}

#[test]
fn entity_type_lists_every_kind() {
    let declared = union(declaration("EntityType"));
    let kinds: BTreeSet<String> = EntityKind::ALL.iter().map(|k| k.as_str().to_owned()).collect();
    assert_eq!(declared, kinds);
}

#[test]
fn source_lists_every_source() {
    let entity = fields(declaration("Entity"));
    assert!(entity.iter().any(|(n, optional)| n == "source" && *optional));
    let body = declaration("Entity");
    let line = body.lines().find(|l| l.trim_start().starts_with("source?:")).expect("source field");
    let sources: BTreeSet<String> = Source::ALL.iter().map(|s| s.as_str().to_owned()).collect();
    assert_eq!(union(line), sources);
}

#[test]
fn word_type_lists_every_word_type() {
    // A match on every variant: a new one does not compile until it is listed here.
    let all = [WordType::Person, WordType::Place, WordType::Organization, WordType::Other];
    for t in all {
        match t {
            WordType::Person | WordType::Place | WordType::Organization | WordType::Other => {}
        }
    }
    let names: BTreeSet<String> =
        all.iter().map(|t| serde_json::to_value(t).unwrap().as_str().unwrap().to_owned()).collect();
    assert_eq!(union(declaration("WordType")), names);
    assert!(names.iter().all(|n| WordType::parse(n).is_some()));
    let word = UserWord { word: "文析".into(), kind: WordType::Other, freq: 1 };
    assert_eq!(names_of("UserWord"), keys(&word));
}

fn names_of(interface: &str) -> BTreeSet<String> {
    names(&fields(declaration(interface)))
}

/// An entity with every attribute set: a new field of `Attrs` does not compile here until it is
/// set, and then the test asks for it in types.d.ts.
fn full_entity() -> Entity {
    Entity {
        kind: EntityKind::Money,
        start: 0,
        end: 3,
        text: "三万元".into(),
        attrs: Attrs {
            value: Some(Value::Number(30000.0)),
            unit: Some("CNY".into()),
            approx: true,
            noun: Some("人".into()),
            kind: Some("mass"),
            si: Some(Si { value: 1.0, unit: "kg" }),
            min: Some(1.0),
            max: Some(2.0),
            points: true,
            from: Some("2020-01".into()),
            to: Some("2020-06".into()),
            unresolved: Some("-P1Y".into()),
            lunar: true,
            recurring: true,
            role: Some("reporter"),
            source: Some(Source::Rule),
            name: Some("沈丘县"),
            code: Some("411624".into()),
            path: vec!["河南省"],
            parts: vec!["淮阳区".into()],
        },
    }
}

#[test]
fn entity_declares_every_field_and_only_the_attributes_are_optional() {
    let declared = fields(declaration("Entity"));
    assert_eq!(names(&declared), keys(&full_entity()));
    let bare = keys(&Entity { attrs: Attrs::default(), ..full_entity() });
    for (name, optional) in &declared {
        assert_eq!(*optional, !bare.contains(name), "{name}: optional in types.d.ts iff the JSON may leave it out");
    }
    let si = declared.iter().map(|(n, _)| n).find(|n| *n == "si");
    assert!(si.is_some());
    let si_type = declaration("Entity").lines().find(|l| l.contains("si?:")).expect("si field");
    assert_eq!(names(&fields(si_type.split_once(':').unwrap().1)), keys(&Si { value: 1.0, unit: "kg" }));
}

#[test]
fn the_other_objects_declare_exactly_their_fields() {
    let token = Token { text: "记者".into(), start: 0, end: 2, pos: "n" };
    assert_eq!(names_of("Token"), keys(&token));
    assert_eq!(names_of("Sentence"), keys(&Sentence { start: 0, end: 2 }));
    assert_eq!(names_of("Keyword"), keys(&Keyword { word: "乡村".into(), weight: 1.0 }));
    let analysis = Analysis { tokens: vec![], sentences: vec![], entities: vec![], keywords: vec![] };
    assert_eq!(names_of("Analysis"), keys(&analysis));
    for (name, optional) in fields(declaration("Analysis")) {
        assert!(!optional, "Analysis.{name} is always there");
    }
}

#[test]
fn the_field_reader_reads_what_it_should() {
    let read = fields("{ a: string; /** b: not a field */ c?: { d: number; e: string }; f?: \"x\" | \"y\"; }");
    assert_eq!(read, vec![("a".into(), false), ("c".into(), true), ("f".into(), true)]);
}
