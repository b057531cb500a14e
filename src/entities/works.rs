//! Works: the titles inside `《…》`.

use crate::analysis::{EntityKind, Mention, Source};
use crate::chars;
use crate::span::Span;

/// Longest title, in chars, taken from `《…》`; longer ones are unbalanced brackets.
const MAX_WORK_CHARS: usize = 60;

/// The titles inside `《…》`, not nested, on one line.
pub(super) fn works(text: &str) -> Vec<Mention> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    for (i, c) in text.char_indices() {
        match c {
            '《' => open = Some(i + c.len_utf8()),
            '》' => {
                if let Some(start) = open.take() {
                    let span = Span::new(start, i);
                    let chars = chars::count(span.text(text));
                    if (1..=MAX_WORK_CHARS).contains(&chars) {
                        out.push(Mention::new(EntityKind::Work, span, Source::Rule));
                    }
                }
            }
            '\n' => open = None,
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::test_support::{has, names};

    #[test]
    fn title_in_book_brackets_is_a_work() {
        let found = names("楷书《黄州快哉亭记》名列其中");
        assert!(found.contains(&(EntityKind::Work, "黄州快哉亭记".to_owned(), None)));
    }

    #[test]
    fn names_inside_a_title_nest_in_it() {
        let found = names("他们学习了《上海市物业管理条例》。");
        assert!(has(&found, EntityKind::Work, "上海市物业管理条例"), "{found:?}");
        assert!(has(&found, EntityKind::Place, "上海市"), "{found:?}");
        // The title first, then what is inside it.
        let work = found.iter().position(|f| f.0 == EntityKind::Work);
        let place = found.iter().position(|f| f.0 == EntityKind::Place);
        assert!(work < place, "{found:?}");
        // A title that is a name is the title alone.
        let found = names("据《光明日报》报道，");
        assert_eq!(found, vec![(EntityKind::Work, "光明日报".to_owned(), None)]);
    }
}
