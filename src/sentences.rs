//! Splits text into sentences, across the layout breaks of a printed page.

use crate::span::Span;

/// Characters that end a sentence.
fn is_terminal(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '!' | '?' | '…' | '；' | ';')
}

/// Characters that stay with the sentence they close: `”`, `）`, `》`, …
fn is_closing(c: char) -> bool {
    matches!(c, '”' | '’' | '"' | '\'' | '）' | ')' | '》' | '」' | '』' | '】' | '〕')
}

/// A line shorter than this (in chars) that ends without punctuation is a heading or byline,
/// not a sentence cut by the layout.
const MIN_BROKEN_LINE_CHARS: usize = 24;

/// Returns the sentences of `text` in order, trimmed of surrounding whitespace.
///
/// A sentence ends after `。！？；…` and any closing quotes or brackets that follow, or at a line
/// break. A line break does not end it when the line is long, ends inside a clause (a CJK char or
/// a comma, no closing punctuation) and the next line goes on with CJK text: a printed page breaks
/// `取得更为明显\n\n的实质性进展。` in the middle of a sentence.
pub fn split(text: &str) -> Vec<Span> {
    let mut sentences = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    let mut line_chars = 0usize;
    let mut last_visible: Option<char> = None;
    // True while the lines since the last break go on one sentence (blank lines between).
    let mut continuing = false;
    while let Some((i, c)) = chars.next() {
        // Most characters are Han: neither an end nor a break nor a space.
        if is_han(c) {
            line_chars += 1;
            last_visible = Some(c);
            continue;
        }
        let mut end = None;
        if is_terminal(c) {
            let mut e = i + c.len_utf8();
            while let Some(&(j, d)) = chars.peek() {
                if is_terminal(d) || is_closing(d) {
                    e = j + d.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            end = Some(e);
        } else if c == '\n' {
            let broken = if line_chars == 0 {
                continuing
            } else {
                // Looked for only after a line with text: the blank lines after it are read once
                // here, never again at each of their breaks.
                let next_visible = || text.get(i..).unwrap_or("").chars().find(|c| !c.is_whitespace());
                line_chars >= MIN_BROKEN_LINE_CHARS
                    && last_visible.is_some_and(|p| is_han(p) || matches!(p, '，' | ','))
                    && next_visible().is_some_and(is_han)
            };
            if !broken {
                end = Some(i);
            }
            continuing = broken;
            line_chars = 0;
        } else if !c.is_whitespace() {
            line_chars += 1;
            last_visible = Some(c);
        }
        if let Some(e) = end {
            push_trimmed(text, Span::new(start, e), &mut sentences);
            start = e;
        }
    }
    push_trimmed(text, Span::new(start, text.len()), &mut sentences);
    sentences
}

fn push_trimmed(text: &str, span: Span, out: &mut Vec<Span>) {
    let s = span.text(text);
    let lead = s.len() - s.trim_start().len();
    let trimmed = s.trim();
    if !trimmed.is_empty() {
        let start = span.start + lead;
        out.push(Span::new(start, start + trimmed.len()));
    }
}

/// CJK ideographs, including extension blocks.
pub(crate) fn is_han(c: char) -> bool {
    matches!(c as u32,
        0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x3134F)
}

#[cfg(test)]
mod tests {
    use super::split;

    fn texts(text: &str) -> Vec<&str> {
        split(text).iter().map(|s| s.text(text)).collect()
    }

    #[test]
    fn ends_after_full_stop_and_closing_quote() {
        assert_eq!(texts("他说：“好。”我们走吧！"), ["他说：“好。”", "我们走吧！"]);
    }

    #[test]
    fn heading_line_is_its_own_sentence() {
        assert_eq!(texts("### 工作目标\n\n脱贫攻坚目标任务完成后。"), ["### 工作目标", "脱贫攻坚目标任务完成后。"]);
    }

    #[test]
    fn layout_break_inside_a_sentence_does_not_split_it() {
        let text = "到2035年，农村低收入人口生活水平显著提高，在促进全市共同富裕上取得更为明显\n\n的实质性进展。";
        assert_eq!(texts(text), [text]);
    }

    #[test]
    fn whitespace_only_text_has_no_sentence() {
        assert!(split(" \n\t ").is_empty());
        assert!(split("").is_empty());
    }
}
