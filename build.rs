//! Makes, into `OUT_DIR`, what is cheaper to work out here than in every browser at start-up:
//!
//! - `gazetteer.bin`: the place lists (`data/gazetteer.tsv`, `data/world.txt`) as the table that
//!   `src/gazetteer` reads in place (layout in `src/gazetteer/table.rs`).
//! - `types_d_ts.rs`: `src/analysis/types.d.ts` as the string literal that wasm-bindgen's
//!   `typescript_custom_section` takes (it does not take `include_str!`).
//! - `traditional.txt`: the characters that fast2s can change, so that `src/normalize.rs` runs
//!   fast2s only on a text that has at least two of them: converting every text to find out took
//!   4% of an analysis.
//!
//! fast2s 0.3.1 changes a character when its table has it (then the character alone changes,
//! which is what is tried here for every character it looks at: those of three UTF-8 bytes) or by
//! one of its rules for a character in a word, where 藉, 著 and 苧 change only inside the word.

#[path = "src/gazetteer/table.rs"]
mod table;

use std::path::Path;

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    let out = std::env::var("OUT_DIR").expect("OUT_DIR");
    gazetteer(Path::new(&out));
    traditional(Path::new(&out));
    typescript(Path::new(&out));
}

fn typescript(out: &Path) {
    let input = "src/analysis/types.d.ts";
    println!("cargo::rerun-if-changed={input}");
    let ts = std::fs::read_to_string(input).expect("read src/analysis/types.d.ts");
    // A raw string with enough hashes that the file cannot end it.
    let mut hashes = String::from("#");
    while ts.contains(&format!("\"{hashes}")) {
        hashes.push('#');
    }
    let item = format!(
        "#[wasm_bindgen(typescript_custom_section)]\nconst TS_TYPES: &'static str = r{hashes}\"\n{ts}\"{hashes};\n"
    );
    std::fs::write(out.join("types_d_ts.rs"), item).expect("write types_d_ts.rs");
}

fn gazetteer(out: &Path) {
    for input in ["data/gazetteer.tsv", "data/world.txt", "src/gazetteer/table.rs"] {
        println!("cargo::rerun-if-changed={input}");
    }
    let tsv = std::fs::read_to_string("data/gazetteer.tsv").expect("read data/gazetteer.tsv");
    let world = std::fs::read_to_string("data/world.txt").expect("read data/world.txt");
    let divisions = table::divisions(&tsv);
    assert!(divisions.len() > 40_000, "data/gazetteer.tsv has {} divisions: is its stamp right?", divisions.len());
    let bytes = table::encode(&divisions, &table::entries(&divisions, &world)).expect("encode the gazetteer");
    std::fs::write(out.join("gazetteer.bin"), bytes).expect("write gazetteer.bin");
}

fn traditional(out: &Path) {
    let mut list: String = (0x800..=0xFFFF)
        .filter_map(char::from_u32)
        .filter(|&c| {
            let mut buf = [0; 4];
            fast2s::convert(c.encode_utf8(&mut buf)).chars().ne([c])
        })
        .collect();
    list.push_str("藉著苧");
    std::fs::write(out.join("traditional.txt"), list).expect("write traditional.txt");
}
