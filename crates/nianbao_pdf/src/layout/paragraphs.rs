//! Running lines into paragraphs, as a reader sees them: a paragraph ends where its last
//! line stops short of the right margin, before an indented line (Chinese paragraphs indent
//! their first line by two characters), at a wider gap or a change of font size. A title
//! set larger than the text and centred over two lines (the unit, then 20xx 年政府信息公开
//! 工作年度报告) is one paragraph.

use super::join::push_line;
use super::lines::{by, Line};

/// A paragraph of a page and where it starts (y of its first line).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Prose {
    pub(crate) text: String,
    pub(crate) top: f32,
}

/// The paragraphs of a page's running lines, which are in reading order.
pub(crate) fn of(lines: &[Line]) -> Vec<Prose> {
    let left = lines.iter().map(|l| l.x0).fold(f32::INFINITY, f32::min);
    let right = lines.iter().map(|l| l.x1).fold(f32::NEG_INFINITY, f32::max);
    let middle = (left + right) / 2.0;
    let mut sizes: Vec<f32> = lines.iter().map(|l| l.size).collect();
    sizes.sort_by(|a, b| by(*a, *b));
    let body = sizes.get(sizes.len() / 2).copied().unwrap_or(0.0);
    let title = |l: &Line| l.size >= 1.2 * body && ((l.x0 + l.x1) / 2.0 - middle).abs() <= l.size;
    let mut out: Vec<Prose> = Vec::new();
    let mut previous: Option<&Line> = None;
    for line in lines {
        let text = line.text();
        let continues = previous.is_some_and(|p| {
            let em = p.size.max(line.size);
            let wrapped = line.x0 <= left + 1.5 * em && p.x1 >= right - 2.0 * em;
            line.y0 - p.y1 <= 1.2 * em
                && (p.size - line.size).abs() <= 1.0
                && (wrapped || (title(p) && title(line)))
        });
        match out.last_mut() {
            Some(prose) if continues => push_line(&mut prose.text, &text),
            _ => out.push(Prose { text, top: line.y0 }),
        }
        previous = Some(line);
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::layout::lines;
    use crate::layout::lines::tests::word;

    #[test]
    fn wrapped_lines_join_and_indents_start_paragraphs() {
        let mut marks = word("一、总体情况", 100.0, 100.0, 10.0);
        marks.extend(word("本报告由区政府办公室根据条例要求", 100.0, 120.0, 10.0));
        marks.extend(word("编制此报告。", 80.0, 135.0, 10.0));
        marks.extend(word("二、主动公开政府信息情况表", 100.0, 150.0, 10.0));
        let lines = lines::of(&marks);
        let texts: Vec<String> = super::of(&lines).into_iter().map(|p| p.text).collect();
        assert_eq!(
            texts,
            vec![
                "一、总体情况",
                "本报告由区政府办公室根据条例要求编制此报告。",
                "二、主动公开政府信息情况表"
            ]
        );
    }
}
