//! Keywords by TextRank over the tokens the segmenter already made.
//!
//! jieba-rs has a TextRank of its own, but it cuts the text again: half the segmentation time
//! of an analysis went into that second cut. The algorithm is the one jieba uses: words that
//! occur within a window of five tokens are linked, weighted by how often; PageRank (damping 0.85)
//! runs on the undirected graph; scores are divided by the best so the best is 1.0. Unlike jieba it
//! keeps nouns and names only, and leaves out words so common in news that they say nothing.

use rustc_hash::FxHashMap as HashMap;

use crate::lists::{List, list};
use crate::segment::Keyword;
use crate::segment::Token;

/// True for the parts of speech a keyword may have: nouns (n, nz), names (nr, nrt, ns, nt),
/// verbal nouns (vn), abbreviations (j: 医保). Bytes matched, not strings compared: it runs on
/// every token of a text.
fn is_keyword_pos(pos: &str) -> bool {
    matches!(pos.as_bytes(), b"n" | b"nz" | b"vn" | b"ns" | b"nt" | b"nr" | b"nrt" | b"j")
}

/// Tokens apart by fewer than this are linked.
const WINDOW: usize = 5;

const DAMPING: f64 = 0.85;
const ITERATIONS: usize = 20;

/// Words in nearly every Chinese news report, which make poor keywords. Typed in for wenxi.
/// In `data/lists/generic.txt`.
static GENERIC: List = list!("generic");

/// The `top` keywords of `tokens` (of `text`), best first.
pub fn extract(text: &str, tokens: &[Token], top: usize) -> Vec<Keyword> {
    // Each candidate word gets a number, the first time it is seen; other tokens get NONE.
    const NONE: u32 = u32::MAX;
    let mut index: HashMap<&str, u32> = HashMap::default();
    let mut names: Vec<&str> = Vec::new();
    let ids: Vec<u32> = tokens
        .iter()
        .map(|t| {
            if !is_keyword_pos(t.pos) {
                return NONE;
            }
            let word = t.span.text(text);
            *index.entry(word).or_insert_with(|| {
                if word.chars().nth(1).is_none() || GENERIC.contains(word) {
                    return NONE;
                }
                names.push(word);
                u32::try_from(names.len() - 1).unwrap_or(NONE)
            })
        })
        .collect();
    if names.is_empty() {
        return Vec::new();
    }
    // Each co-occurrence as one number (the smaller id high), sorted: equal pairs side by side,
    // counted in one pass, and the edges in one order on every platform, so that PageRank's sums
    // add the same terms in the same order. (With a hash map of pairs, whose order follows the
    // width of usize, the CLI and the browser gave weights apart in the last digits.)
    let mut pairs: Vec<u64> = Vec::new();
    for (i, &a) in ids.iter().enumerate() {
        if a == NONE {
            continue;
        }
        for &b in ids.iter().skip(i + 1).take(WINDOW - 1) {
            if b != NONE && a != b {
                pairs.push(u64::from(a.min(b)) << 32 | u64::from(a.max(b)));
            }
        }
    }
    pairs.sort_unstable();
    let mut edges: Vec<(usize, usize, f64)> = Vec::new();
    for run in pairs.chunk_by(|x, y| x == y) {
        if let Some(&pair) = run.first() {
            edges.push(((pair >> 32) as usize, (pair & 0xFFFF_FFFF) as usize, run.len() as f64));
        }
    }
    let scores = page_rank(names.len(), &edges);
    let best = scores.iter().copied().fold(0.0f64, f64::max);
    best_of(scores, top)
        .into_iter()
        .filter_map(|(i, score)| {
            let word = names.get(i)?;
            Some(Keyword { word: (*word).to_owned(), weight: if best > 0.0 { score / best } else { 1.0 } })
        })
        .collect()
}

/// The `top` best of `scores` with their indices, best first, ties by index. The order is total,
/// so only the `top` need sorting (a text of 500,000 characters has ~15,000 words; sorting them
/// all was 8% of the keywords' instructions).
fn best_of(scores: Vec<f64>, top: usize) -> Vec<(usize, f64)> {
    let order = |x: &(usize, f64), y: &(usize, f64)| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0));
    let mut ranked: Vec<(usize, f64)> = scores.into_iter().enumerate().collect();
    if ranked.len() > top {
        if let Some(last) = top.checked_sub(1) {
            ranked.select_nth_unstable_by(last, order);
        }
        ranked.truncate(top);
    }
    ranked.sort_by(order);
    ranked
}

/// PageRank on an undirected weighted graph of `n` nodes, given its edges `(a, b, weight)`.
///
/// The links into each node sit in one flat array (node `k`'s from `start[k]` to `start[k + 1]`),
/// in the order the edges come, so that every sum adds the same terms in the same order.
fn page_rank(n: usize, edges: &[(usize, usize, f64)]) -> Vec<f64> {
    let mut out_weight = vec![0.0f64; n];
    let mut start = vec![0usize; n + 1];
    for &(a, b, w) in edges {
        for (from, to) in [(a, b), (b, a)] {
            if let (Some(count), Some(total)) = (start.get_mut(to + 1), out_weight.get_mut(from)) {
                *count += 1;
                *total += w;
            }
        }
    }
    for k in 1..start.len() {
        start[k] += start[k - 1];
    }
    // Each link's source and its share of the source's weight, worked out once, in two arrays
    // (not one of pairs, 16 bytes: the twenty passes below read 12 bytes a link).
    let links = start.last().copied().unwrap_or(0);
    let (mut link_from, mut link_share) = (vec![0u32; links], vec![0.0f64; links]);
    let mut next_slot = start.clone();
    for &(a, b, w) in edges {
        for (from, to) in [(a, b), (b, a)] {
            let share = match out_weight.get(from) {
                Some(total) if *total > 0.0 => w / total,
                _ => 0.0,
            };
            if let Some(slot) = next_slot.get_mut(to)
                && let (Some(link_from), Some(link_share)) = (link_from.get_mut(*slot), link_share.get_mut(*slot))
            {
                *link_from = u32::try_from(from).unwrap_or(u32::MAX);
                *link_share = share;
                *slot += 1;
            }
        }
    }
    let base = 1.0 / n as f64;
    let mut score = vec![base; n];
    let mut next = vec![0.0f64; n];
    for _ in 0..ITERATIONS {
        for (k, out) in next.iter_mut().enumerate() {
            let range = start[k]..start[k + 1];
            let (from, share) =
                (link_from.get(range.clone()).unwrap_or_default(), link_share.get(range).unwrap_or_default());
            let flow: f64 = from
                .iter()
                .zip(share)
                .map(|(&from, &share)| share * score.get(from as usize).copied().unwrap_or(0.0))
                .sum();
            *out = (1.0 - DAMPING) + DAMPING * flow;
        }
        std::mem::swap(&mut score, &mut next);
    }
    score
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::Segmenter;

    #[test]
    fn best_of_is_the_head_of_the_whole_ranking() {
        // Many ties (scores from a few values), so the order by index matters.
        let scores: Vec<f64> = (0..500u32).map(|i| f64::from((i * 7919) % 13) / 4.0).collect();
        let mut all: Vec<(usize, f64)> = scores.iter().copied().enumerate().collect();
        all.sort_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
        for top in [0, 1, 2, 20, 499, 500, 600] {
            assert_eq!(best_of(scores.clone(), top), all.iter().copied().take(top).collect::<Vec<_>>(), "top {top}");
        }
    }

    fn keywords(text: &str) -> Vec<String> {
        let tokens = Segmenter::default().run(text);
        extract(text, &tokens, 5).into_iter().map(|k| k.word).collect()
    }

    #[test]
    fn the_word_the_text_turns_around_comes_first() {
        let text = "医保扶贫是脱贫攻坚的重要内容。医保扶贫让困难群众看得起病,医保扶贫政策落实到户,医保扶贫成效明显。";
        let found = keywords(text);
        assert_eq!(found.first().map(String::as_str), Some("医保"), "{found:?}");
    }

    #[test]
    fn generic_news_words_are_left_out() {
        let found = keywords("工作人员认真开展工作,解决群众反映的问题和情况,扶贫工作取得实效。");
        for generic in ["工作", "问题", "情况", "群众"] {
            assert!(!found.iter().any(|w| w == generic), "{generic} in {found:?}");
        }
    }

    #[test]
    fn weights_are_scaled_so_the_best_is_one() {
        let tokens = Segmenter::default().run("乡村振兴战略推动乡村产业发展,乡村振兴离不开人才。");
        let found = extract("乡村振兴战略推动乡村产业发展,乡村振兴离不开人才。", &tokens, 10);
        assert_eq!(found.first().map(|k| k.weight), Some(1.0));
        assert!(found.iter().all(|k| k.weight > 0.0 && k.weight <= 1.0));
    }

    #[test]
    fn no_candidates_no_keywords() {
        assert!(keywords("。。。").is_empty());
        assert!(keywords("").is_empty());
    }
}
