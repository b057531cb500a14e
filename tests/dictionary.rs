//! The data packed inside the build (vendor/jieba-rs/build.rs) is jieba's exactly: the
//! dictionary `dict.txt` (every word, in order, with its frequency and tag) and the POS model
//! `posseg.txt` (every character's states and probabilities, to the bit).

#[test]
fn the_packed_dictionary_is_dict_txt() {
    let text = include_str!("../vendor/jieba-rs/src/data/dict.txt");
    let mut lines = text.lines().filter(|l| !l.trim().is_empty());
    let mut words = 0;
    jieba_rs::for_each_default_word(|word, freq, tag| {
        let line = lines.next().unwrap_or_else(|| panic!("{word}: more words than dict.txt has lines"));
        let mut fields = line.split_ascii_whitespace();
        assert_eq!(fields.next(), Some(word), "line {}", words + 1);
        assert_eq!(fields.next().and_then(|f| f.parse().ok()), Some(freq), "{word}");
        assert_eq!(fields.next().unwrap_or(""), tag, "{word}");
        words += 1;
    });
    assert!(lines.next().is_none(), "dict.txt has words the packed dictionary lacks");
    assert_eq!(words, 349_045);
}

#[test]
fn the_packed_pos_model_is_posseg_txt() {
    assert!(jieba_rs::posseg_model_is(include_str!("../vendor/jieba-rs/src/data/posseg.txt")));
}

/// A word's tag comes back whatever the number of tags: the first 255 are kept in a byte per
/// word, the rest apart (vendor/jieba-rs, change 6).
#[test]
fn every_tag_comes_back_beyond_a_byte_of_them() {
    let mut jieba = jieba_rs::Jieba::empty();
    let word =
        |i: u32| -> String { [0x4E00 + 2 * i, 0x4E01 + 2 * i].iter().filter_map(|&c| char::from_u32(c)).collect() };
    for i in 0..300 {
        jieba.add_word(&word(i), Some(1000), Some(&format!("t{i}")));
    }
    for i in 0..300 {
        let w = word(i);
        let tags = jieba.tag(&w, false);
        assert_eq!(tags.iter().map(|t| (t.word, t.tag)).collect::<Vec<_>>(), [(w.as_str(), format!("t{i}").as_str())]);
    }
}
