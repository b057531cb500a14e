//! Lists the characters that fast2s can change, into `OUT_DIR/traditional.txt`, so that
//! `src/normalize.rs` runs fast2s only on a text that has at least two of them: converting every
//! text to find out took 4% of an analysis.
//!
//! fast2s 0.3.1 changes a character when its table has it (then the character alone changes,
//! which is what is tried here for every character it looks at: those of three UTF-8 bytes) or by
//! one of its rules for a character in a word, where 藉, 著 and 苧 change only inside the word.

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    let mut list: String = (0x800..=0xFFFF)
        .filter_map(char::from_u32)
        .filter(|&c| {
            let mut buf = [0; 4];
            fast2s::convert(c.encode_utf8(&mut buf)).chars().ne([c])
        })
        .collect();
    list.push_str("藉著苧");
    let out = std::path::Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("traditional.txt");
    std::fs::write(out, list).expect("write traditional.txt");
}
