//! The tagger's weights, their file format and the Viterbi decoder.
//!
//! Tags are BIOES per type (PER, LOC, ORG) and O: 13. A feature's weights for the 13 tags sit
//! together in a bucket of 16 (one cache line of `i16`), the bucket chosen by the feature's hash.
//!
//! The file (`data/model/names.bin`): `WXN1`, the bucket bits (u8), the weight scale (f32 LE),
//! the transition weights (14 × 13 f32 LE: from the start or a tag, to a tag), then the nonzero
//! weights as (gap from the last one's index, value) pairs of LEB128 varints, the value
//! zigzagged, until the end.

use crate::analysis::EntityKind;

use super::features::Features;

/// Tags: 0 is O; then B, I, E, S of each type.
pub const TAGS: usize = 13;
/// Slots per bucket.
pub const SLOTS: usize = 16;
/// Rows of the transition table: the start, then each tag.
pub const FROM: usize = TAGS + 1;

/// The types the tagger decides, in tag order.
pub const KINDS: [EntityKind; 3] = [EntityKind::Person, EntityKind::Place, EntityKind::Organization];

/// The tag of `kind`'s part `part` (0 B, 1 I, 2 E, 3 S).
pub fn tag(kind: usize, part: usize) -> usize {
    1 + kind * 4 + part
}

/// The type (index in [`KINDS`]) and the part of a tag other than O.
pub fn split(tag: usize) -> Option<(usize, usize)> {
    (1..TAGS).contains(&tag).then(|| ((tag - 1) / 4, (tag - 1) % 4))
}

/// True when `to` may follow `from` (`None`: the start) in BIOES.
pub fn allowed(from: Option<usize>, to: usize) -> bool {
    let open = |t: Option<usize>| t.and_then(split).filter(|&(_, p)| p <= 1).map(|(k, _)| k);
    match (open(from), split(to)) {
        // After B or I of a type: I or E of that type.
        (Some(k), Some((k2, p))) => k == k2 && (p == 1 || p == 2),
        (Some(_), None) => false,
        // Elsewhere: O, B or S.
        (None, Some((_, p))) => p == 0 || p == 3,
        (None, None) => true,
    }
}

/// True when a text may end on `tag`.
pub fn may_end(tag: usize) -> bool {
    split(tag).is_none_or(|(_, p)| p >= 2)
}

/// Weights for decoding: integers in the table, floats for the transitions.
#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    pub bits: u8,
    /// A weight is `table[i] as f32 * scale`.
    pub scale: f32,
    pub table: Vec<i16>,
    pub transitions: [[f32; TAGS]; FROM],
}

/// Why a model file was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadModel(pub &'static str);

fn varint(bytes: &[u8], at: &mut usize) -> Result<u64, BadModel> {
    let mut v = 0u64;
    for shift in (0..64).step_by(7) {
        let b = *bytes.get(*at).ok_or(BadModel("cut in a number"))?;
        *at += 1;
        v |= u64::from(b & 0x7F) << shift;
        if b & 0x80 == 0 {
            return Ok(v);
        }
    }
    Err(BadModel("number too long"))
}

fn put_varint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8 & 0x7F) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

impl Model {
    /// A model whose weights are all zero (it tags everything O).
    pub fn empty(bits: u8) -> Self {
        Model { bits, scale: 1.0, table: vec![0; SLOTS << bits], transitions: [[0.0; TAGS]; FROM] }
    }

    /// The slot of feature `id`'s weight for `tag`.
    #[inline]
    pub fn slot(bits: u8, id: u32, tag: usize) -> usize {
        ((id as usize) & ((1 << bits) - 1)) * SLOTS + tag
    }

    /// Reads a model file.
    ///
    /// # Errors
    /// When the bytes are not one.
    pub fn read(bytes: &[u8]) -> Result<Self, BadModel> {
        let rest = bytes.strip_prefix(b"WXN1").ok_or(BadModel("not a names model"))?;
        let (&bits, rest) = rest.split_first().ok_or(BadModel("cut"))?;
        if !(8..=22).contains(&bits) {
            return Err(BadModel("bucket bits out of range"));
        }
        let float = |b: &[u8]| b.try_into().map(f32::from_le_bytes).map_err(|_| BadModel("cut"));
        let scale = float(rest.get(..4).ok_or(BadModel("cut"))?)?;
        let mut model = Model { scale, ..Model::empty(bits) };
        let mut at = 4;
        for row in &mut model.transitions {
            for w in row.iter_mut() {
                *w = float(rest.get(at..at + 4).ok_or(BadModel("cut"))?)?;
                at += 4;
            }
        }
        let mut index = 0usize;
        let mut first = true;
        while at < rest.len() {
            let gap = varint(rest, &mut at)? as usize;
            index = if first { gap } else { index.checked_add(gap).ok_or(BadModel("index overflow"))? };
            first = false;
            let z = varint(rest, &mut at)?;
            let v = ((z >> 1) as i64) ^ -((z & 1) as i64);
            let slot = model.table.get_mut(index).ok_or(BadModel("index past the table"))?;
            *slot = i16::try_from(v).map_err(|_| BadModel("weight out of range"))?;
        }
        Ok(model)
    }

    /// The model as a file.
    pub fn write(&self) -> Vec<u8> {
        let mut out = b"WXN1".to_vec();
        out.push(self.bits);
        out.extend_from_slice(&self.scale.to_le_bytes());
        for row in &self.transitions {
            for w in row {
                out.extend_from_slice(&w.to_le_bytes());
            }
        }
        let mut last = None;
        for (i, &w) in self.table.iter().enumerate() {
            if w != 0 {
                put_varint(&mut out, (i - last.unwrap_or(0)) as u64);
                let v = i64::from(w);
                put_varint(&mut out, ((v << 1) ^ (v >> 63)) as u64);
                last = Some(i);
            }
        }
        out
    }

    /// The emission scores of every tag at each character.
    pub fn emissions(&self, features: &Features) -> Vec<[f32; TAGS]> {
        (0..features.len())
            .map(|i| {
                // A whole bucket at a time (16 lanes): the compiler makes it a few vector adds.
                let mut sum = [0i32; SLOTS];
                for &id in features.at(i) {
                    let base = Model::slot(self.bits, id, 0);
                    if let Some(ws) = self.table.get(base..base + SLOTS).and_then(|w| <&[i16; SLOTS]>::try_from(w).ok())
                    {
                        for (s, &w) in sum.iter_mut().zip(ws) {
                            *s += i32::from(w);
                        }
                    }
                }
                std::array::from_fn(|t| sum[t] as f32 * self.scale)
            })
            .collect()
    }

    /// The best tag sequence for `features`.
    pub fn decode(&self, features: &Features) -> Vec<usize> {
        viterbi(&self.emissions(features), &self.transitions)
    }
}

/// The best BIOES-valid tag sequence given emission and transition scores.
pub fn viterbi(emissions: &[[f32; TAGS]], transitions: &[[f32; TAGS]; FROM]) -> Vec<usize> {
    let n = emissions.len();
    if n == 0 {
        return Vec::new();
    }
    const NONE: f32 = f32::NEG_INFINITY;
    // The tags each tag may follow.
    let mut before = [[0u8; TAGS]; TAGS];
    let mut count = [0usize; TAGS];
    for to in 0..TAGS {
        for from in 0..TAGS {
            if allowed(Some(from), to) {
                before[to][count[to]] = from as u8;
                count[to] += 1;
            }
        }
    }
    let mut back = vec![[0u8; TAGS]; n];
    let mut score = [NONE; TAGS];
    for (t, s) in score.iter_mut().enumerate() {
        if allowed(None, t) {
            *s = transitions[0][t] + emissions[0][t];
        }
    }
    for i in 1..n {
        let mut next = [NONE; TAGS];
        for (to, slot) in next.iter_mut().enumerate() {
            for &from in &before[to][..count[to]] {
                let from = usize::from(from);
                if score[from] == NONE {
                    continue;
                }
                let s = score[from] + transitions[from + 1][to];
                if s > *slot {
                    *slot = s;
                    back[i][to] = from as u8;
                }
            }
            *slot += emissions[i][to];
        }
        score = next;
    }
    // O (0) on a tie, as between the paths that lead here.
    let mut best = 0;
    for t in 1..TAGS {
        if may_end(t) && score[t] > score[best] {
            best = t;
        }
    }
    let mut tags = vec![0; n];
    let mut cur = best;
    for i in (0..n).rev() {
        tags[i] = cur;
        cur = usize::from(back[i][cur]);
    }
    tags
}

/// `tags` where they differ from `fallback` only by less than `margin`: each stretch where the
/// two differ goes back to `fallback` unless `tags` scores at least `margin` more over it. Two
/// paths that agree outside a stretch differ in score only by its emissions and the transitions
/// into, inside and out of it, so each stretch is judged on its own, and the result stays valid.
pub fn gate(
    emissions: &[[f32; TAGS]],
    transitions: &[[f32; TAGS]; FROM],
    tags: &mut [usize],
    fallback: &[usize],
    margin: f32,
) {
    let n = tags.len().min(fallback.len()).min(emissions.len());
    let from = |path: &[usize], i: usize| if i == 0 { 0 } else { path[i - 1] + 1 };
    let mut i = 0;
    while i < n {
        if tags[i] == fallback[i] {
            i += 1;
            continue;
        }
        let start = i;
        while i < n && tags[i] != fallback[i] {
            i += 1;
        }
        let score = |path: &[usize]| {
            let mut s: f32 = (start..i).map(|j| emissions[j][path[j]] + transitions[from(path, j)][path[j]]).sum();
            if i < n {
                s += transitions[path[i - 1] + 1][path[i]];
            }
            s
        };
        if score(tags) - score(fallback) < margin {
            tags[start..i].copy_from_slice(&fallback[start..i]);
        }
    }
}

/// The names of a tag sequence: (first character, end character, index in [`KINDS`]).
pub fn spans(tags: &[usize]) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    let mut open = None;
    for (i, &t) in tags.iter().enumerate() {
        match split(t) {
            Some((k, 0)) => open = Some((i, k)),
            Some((k, 2)) => {
                if let Some((s, k0)) = open.take().filter(|&(_, k0)| k0 == k) {
                    out.push((s, i + 1, k0));
                }
            }
            Some((k, 3)) => {
                open = None;
                out.push((i, i + 1, k));
            }
            Some(_) => {}
            None => open = None,
        }
    }
    out
}

/// The tags of names given as (first character, end character, index in [`KINDS`]) over `n`
/// characters; a name crossing an earlier one is left out.
pub fn tags_of(n: usize, names: &[(usize, usize, usize)]) -> Vec<usize> {
    let mut tags = vec![0; n];
    for &(s, e, k) in names {
        if s >= e || e > n || tags[s..e].iter().any(|&t| t != 0) {
            continue;
        }
        if e - s == 1 {
            tags[s] = tag(k, 3);
        } else {
            tags[s] = tag(k, 0);
            for t in &mut tags[s + 1..e - 1] {
                *t = tag(k, 1);
            }
            tags[e - 1] = tag(k, 2);
        }
    }
    tags
}
