use super::features::{bias, unigram};
use super::model::{Model, TAGS, spans, tag as tag_of, tags_of};
use super::train::{self, Settings};
use super::*;
use crate::analyzer::{Analyzer, Options};

const PER: usize = 0;
const LOC: usize = 1;
const ORG: usize = 2;

/// A model that knows three things: 王 begins a person and 明 ends one, 京 is a place; by far
/// enough to beat the rules' reading by [`MARGIN`].
fn hand_built() -> Model {
    let mut m = Model::empty(10);
    let mut set = |id: u32, tag: usize, w: i16| m.table[Model::slot(10, id, tag)] = w;
    set(bias(), 0, 1);
    set(unigram('王'), tag_of(PER, 0), 5000);
    set(unigram('明'), tag_of(PER, 2), 5000);
    set(unigram('京'), tag_of(LOC, 3), 5000);
    m
}

#[test]
fn decoding_gives_the_spans_of_the_weights() {
    let model = hand_built();
    let analyzer = Analyzer::new();
    let text = "昨天王明去了京城。";
    let tokens = analyzer.segmenter.run(text);
    let found = tag(&model, text, &tokens, &analyzer.lexicon, &[]);
    let texts: Vec<(&str, EntityKind)> = found.iter().map(|(s, k)| (s.text(text), *k)).collect();
    assert_eq!(texts, [("王明", EntityKind::Person), ("京", EntityKind::Place)]);
}

#[test]
fn tags_and_spans_are_inverse_and_always_valid() {
    let names = [(0, 2, PER), (3, 4, LOC), (5, 9, ORG)];
    let tags = tags_of(10, &names);
    assert_eq!(spans(&tags), names);
    // A name crossing an earlier one is left out.
    assert_eq!(spans(&tags_of(5, &[(0, 3, PER), (2, 4, LOC)])), [(0, 3, PER)]);
    // Viterbi never gives an I without its B, whatever the scores.
    let emissions = vec![[0.0; TAGS].map(|_| 0.0f32); 4]
        .into_iter()
        .enumerate()
        .map(|(i, mut e)| {
            e[tag_of(ORG, 1)] = 10.0 + i as f32;
            e
        })
        .collect::<Vec<_>>();
    let tags = model::viterbi(&emissions, &[[0.0; TAGS]; model::FROM]);
    assert!(tags.windows(2).all(|w| model::allowed(Some(w[0]), w[1])), "{tags:?}");
    assert!(model::allowed(None, tags[0]) && model::may_end(tags[3]), "{tags:?}");
}

#[test]
fn a_model_file_reads_back_and_bad_bytes_are_refused() {
    let mut model = hand_built();
    model.transitions[0][1] = 0.5;
    model.scale = 0.25;
    assert_eq!(Model::read(&model.write()), Ok(model.clone()));
    assert!(Model::read(b"").is_err());
    assert!(Model::read(b"WXN1").is_err());
    let mut cut = model.write();
    cut.truncate(cut.len() - 1);
    cut.push(0x80);
    assert!(Model::read(&cut).is_err());
    let mut far = Model::empty(8).write();
    far.extend([0xFF, 0xFF, 0x7F, 2]);
    assert!(Model::read(&far).is_err());
}

fn corpus() -> Vec<train::Sentence> {
    [
        ("记者王明在北京报道。", vec![(2, 4, PER), (5, 7, LOC)]),
        ("李华加入了中国科学院。", vec![(0, 2, PER), (5, 10, ORG)]),
        ("张伟送到上海市。", vec![(0, 2, PER), (4, 7, LOC)]),
        ("联合国秘书长访问英国伦敦。", vec![(0, 3, ORG), (8, 12, LOC)]),
        ("NOVAX公司发布新品。", vec![(0, 7, ORG)]),
    ]
    .into_iter()
    .map(|(t, n)| (t.to_owned(), n))
    .collect()
}

#[test]
fn training_is_deterministic_and_learns_its_corpus() {
    let analyzer = Analyzer::new();
    let examples = train::examples(&analyzer, &corpus());
    let settings = Settings { bits: 12, epochs: 5, ..Settings::default() };
    let a = train::train(&examples, settings).write();
    let b = train::train(&train::examples(&analyzer, &corpus()), settings).write();
    assert_eq!(a, b);
    let model = Model::read(&a).unwrap();
    for ex in &examples {
        assert_eq!(model.decode(&ex.features), ex.gold);
    }
}

#[test]
fn odd_input_does_not_panic_with_the_model() {
    let analyzer = Analyzer::new();
    let options = Options { model: true, ..Options::default() };
    for text in ["", " ", "😀", "王😀明", "\u{FFFD}\u{0}", "《》", "·", "A", "1"] {
        analyzer.analyze(text, &options).unwrap();
    }
    let big = "张伟在北京说😀：NOVAX公司。\n".repeat(1 << 20 >> 5);
    assert!(big.len() >= 1 << 20);
    analyzer.analyze(&big, &options).unwrap();
}

#[test]
fn the_model_leaves_the_users_words_and_works() {
    use crate::lexicon::WordType;
    let mut analyzer = Analyzer::new();
    analyzer.add_word("王明口", WordType::Place, None).unwrap();
    let options = Options { model: true, ..Options::default() };
    let analysis = analyzer.analyze("王明口的《北京日报》报道。", &options).unwrap();
    let kinds: Vec<(&str, EntityKind)> = analysis.entities.iter().map(|e| (e.text.as_str(), e.kind)).collect();
    assert!(kinds.contains(&("王明口", EntityKind::Place)), "{kinds:?}");
    assert!(kinds.contains(&("北京日报", EntityKind::Work)), "{kinds:?}");
}

#[test]
fn a_stretch_goes_back_to_the_rules_unless_the_model_wins_it_by_the_margin() {
    let mut emissions = vec![[0.0f32; TAGS]; 4];
    // The model prefers a person over characters 1..3 by 3 (per character 1.5), the rules say O.
    emissions[1][tag_of(PER, 0)] = 1.5;
    emissions[2][tag_of(PER, 2)] = 1.5;
    let transitions = [[0.0; TAGS]; model::FROM];
    let fallback = vec![0; 4];
    let best = model::viterbi(&emissions, &transitions);
    assert_eq!(spans(&best), [(1, 3, PER)]);
    let mut tags = best.clone();
    model::gate(&emissions, &transitions, &mut tags, &fallback, 2.0);
    assert_eq!(tags, best);
    model::gate(&emissions, &transitions, &mut tags, &fallback, 4.0);
    assert_eq!(tags, fallback);
}
