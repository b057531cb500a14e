//! People, places, organizations and works, from the place lists, the user's words, jieba's
//! tags and rules.
//!
//! - Works: the title inside `《…》`.
//! - Places: names of the gazetteer (China's divisions down to townships, the world's countries
//!   and cities) and their short forms (沈丘 → 沈丘县), with their code and path; words jieba
//!   tags `ns` that end in a division suffix. Adjacent divisions are one place with its parts
//!   (淮阳区大连乡). 全省, 各县, 本市 are no places.
//! - People: bylines (`记者 马月红 窦娜`, `通讯员张长河`) with their role; well-known people of
//!   `data/people.txt` (钟南山, 奥巴马); words jieba tags as names that start with a surname; a
//!   surname before 先生/女士; transliterated foreign names.
//! - Organizations: a place, an organization or an administrative head (市, 县, 驻…) followed by
//!   words that end in an organization suffix: 周口市委宣传部, 市税务局第二税务分局,
//!   河南金贵演艺集团有限公司. A generic word alone (党组织, 人民政府) is none.
//! - Lists: an item of a list written with 、 that no pass named, among items that are all sure
//!   names of one kind, is one of that kind (华为、三星、NOVAX等厂商; see `enumerations`).
//! - Latin letters: a Latin form in brackets after a name is that name (约翰·卡特（John Carter）),
//!   a transliterated word glossed so is a person, and so is a Latin name before 先生/女士 or
//!   after a title (总裁 Tim Cook).
//! - The user's words win over everything else.
//! - One name, one reading per text: a name found with confidence (a rule's, the lists', a person
//!   with a title or a verb of saying) labels its other occurrences that stand as words of their
//!   own, and a weaker reading of the same string takes its kind (see `consistency`).

mod bylines;
mod consistency;
mod cues;
mod enumerations;
mod organizations;
mod people;
mod places;
mod resolve;
mod user;
mod works;

pub use resolve::resolve_crossings;

use crate::analysis::Mention;
use crate::gazetteer::NameKind;
use crate::lexicon::Lexicon;
use crate::segment::Token;

use bylines::{bylines, datelines, outlets};
use consistency::one_reading_per_text;
use enumerations::items_of_lists;
use organizations::{named_by_suffix, organizations};
use people::people;
use places::{place_index, places};
use resolve::{
    add_latin_glosses, add_named_by_suffix, hide_cuts_through_user_words, latin_people, nest_chain_parts,
    nest_in_titles, place_reading, reclassify_teams, resolve_overlaps, transliterated_with_glosses,
};
use user::user_words;
use works::works;

/// Finds the names of `text` (normalized) given its tokens.
///
/// Its passes (places, people, organizations...) are kept out of it (`#[inline(never)]`): as one
/// 38 KB function it took Chromium's baseline compiler 7 ms on the first analysis.
pub fn recognize(text: &str, tokens: &[Token], lexicon: &Lexicon) -> Vec<Mention> {
    let (mut found, kept_whole) = user_words(text, tokens, lexicon);
    found.extend(bylines(text, lexicon));
    found.extend(datelines(text, lexicon));
    found.extend(outlets(text, tokens));
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
    reclassify_teams(text, &mut kept, lexicon);
    add_named_by_suffix(&mut kept, named_by_suffix(text, tokens));
    nest_in_titles(&mut kept, works(text));
    nest_chain_parts(&mut kept, chain_parts);
    items_of_lists(text, tokens, &mut kept);
    one_reading_per_text(text, tokens, lexicon, &mut kept);
    // By start, a title or a chain before the names inside it.
    kept.sort_by_key(|m| (m.span.start, std::cmp::Reverse(m.span.end)));
    latin_people(text, tokens, &mut kept);
    transliterated_with_glosses(text, tokens, &mut kept);
    add_latin_glosses(text, &mut kept);
    hide_cuts_through_user_words(&mut kept, &kept_whole);
    kept
}

#[cfg(test)]
mod test_support {
    use super::*;
    use crate::analysis::EntityKind;
    use crate::segment::Segmenter;

    pub(super) fn names(text: &str) -> Vec<(EntityKind, String, Option<&'static str>)> {
        let lexicon = Lexicon::new();
        let tokens = Segmenter::new(&lexicon).run(text);
        recognize(text, &tokens, &lexicon)
            .into_iter()
            .map(|m| (m.kind, m.span.text(text).to_owned(), m.attrs.role))
            .collect()
    }

    pub(super) fn has(found: &[(EntityKind, String, Option<&'static str>)], kind: EntityKind, text: &str) -> bool {
        found.iter().any(|f| f.0 == kind && f.1 == text)
    }

    /// True when `found` has no entity of `kind`.
    pub(super) fn none_of(found: &[(EntityKind, String, Option<&'static str>)], kind: EntityKind) -> bool {
        found.iter().all(|f| f.0 != kind)
    }

    /// Asserts that `text` gives no entity of `kind`.
    pub(super) fn assert_finds_no(text: &str, kind: EntityKind) {
        let found = names(text);
        assert!(none_of(&found, kind), "no {kind:?} in {text}: {found:?}");
    }

    /// Asserts that `text` gives `name` as a `kind` and nothing as an `absent`.
    pub(super) fn assert_finds_instead(text: &str, kind: EntityKind, name: &str, absent: EntityKind) {
        let found = names(text);
        assert!(has(&found, kind, name), "{name} in {text}: {found:?}");
        assert!(none_of(&found, absent), "no {absent:?} in {text}: {found:?}");
    }

    /// Asserts that `text` gives an entity of `kind` for each of `expected`.
    pub(super) fn assert_finds(text: &str, kind: EntityKind, expected: &[&str]) {
        let found = names(text);
        for name in expected {
            assert!(has(&found, kind, name), "{name} in {text}: {found:?}");
        }
    }
}
