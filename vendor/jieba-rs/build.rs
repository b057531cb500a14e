//! wenxi: packs `src/data/dict.txt` (`word freq tag` per line, sorted by word) into columns that
//! HTTP compression shrinks better than the text: gzip -9 1.90 MB → 1.42 MB.
//!
//! `OUT_DIR/dict.bin`: b"JBD1", then u32 LE entry count, u32 LE byte length of the words column,
//! u32 LE byte length of the frequencies column, one byte with the number of tags and each tag
//! as a length byte and its bytes; then the three columns. Words: per entry, the number of bytes
//! it shares with the word before (at a char boundary, at most 255), the rest of its bytes and a
//! 0 byte. Frequencies: LEB128. Tags: one byte, the tag's index.

use std::path::Path;

fn main() {
    let source = Path::new("src/data/dict.txt");
    println!("cargo::rerun-if-changed={}", source.display());
    let text = std::fs::read_to_string(source).expect("src/data/dict.txt");
    let (mut words, mut freqs, mut tag_ids) = (Vec::new(), Vec::new(), Vec::new());
    let mut tags: Vec<&str> = Vec::new();
    let mut previous = "";
    let mut count: u32 = 0;
    for (n, line) in text.lines().enumerate() {
        let mut fields = line.split_ascii_whitespace();
        let Some(word) = fields.next() else { continue };
        let freq: u64 = fields.next().map_or(0, |f| f.parse().unwrap_or_else(|e| panic!("dict.txt line {}: {e}", n + 1)));
        let tag = fields.next().unwrap_or("");
        let mut shared = previous.bytes().zip(word.bytes()).take_while(|(a, b)| a == b).count().min(255);
        while !word.is_char_boundary(shared) {
            shared -= 1;
        }
        words.push(shared as u8);
        words.extend_from_slice(&word.as_bytes()[shared..]);
        words.push(0);
        let mut f = freq;
        loop {
            let low = (f & 0x7f) as u8;
            f >>= 7;
            if f == 0 {
                freqs.push(low);
                break;
            }
            freqs.push(low | 0x80);
        }
        let id = tags.iter().position(|t| *t == tag).unwrap_or_else(|| {
            tags.push(tag);
            tags.len() - 1
        });
        tag_ids.push(u8::try_from(id).expect("at most 256 tags"));
        previous = word;
        count += 1;
    }
    let mut out = b"JBD1".to_vec();
    for n in [count, words.len() as u32, freqs.len() as u32] {
        out.extend_from_slice(&n.to_le_bytes());
    }
    out.push(u8::try_from(tags.len()).expect("at most 255 tags"));
    for tag in &tags {
        out.push(u8::try_from(tag.len()).expect("short tags"));
        out.extend_from_slice(tag.as_bytes());
    }
    out.extend_from_slice(&words);
    out.extend_from_slice(&freqs);
    out.extend_from_slice(&tag_ids);
    let dest = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("dict.bin");
    std::fs::write(&dest, out).expect("write dict.bin");
}
