fn main() {
    let t = std::time::Instant::now();
    let j = jieba_rs::Jieba::new();
    let a = t.elapsed();
    let t = std::time::Instant::now();
    let lex = wenxi::lexicon::Lexicon::new();
    let b = t.elapsed();
    let t = std::time::Instant::now();
    let seg = wenxi::segment::Segmenter::new(&lex);
    let c = t.elapsed();
    let t = std::time::Instant::now();
    let an = wenxi::Analyzer::new();
    let d = t.elapsed();
    let t = std::time::Instant::now();
    let r = an.analyze("记者 高洪驰 报道:项目总投资477万元。", &wenxi::Options::default()).unwrap();
    let e = t.elapsed();
    eprintln!("jieba {a:?} lexicon {b:?} segmenter(incl jieba) {c:?} analyzer {d:?} first {e:?} {} {}", r.tokens.len(), j.has_word("中国") as u8 + seg.knows("中国") as u8);
}
