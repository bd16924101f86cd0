//! 表三 of the template (2021 edition mostly, 2019 sometimes): its three header rows with
//! their spans, its row labels with the group labels spanning the rows they head, and its
//! seven value columns, around fuzzed cells (edge-case numbers, text, blanks) and fuzzed
//! changes (rows dropped, repeated many times or added; odd spans; extra blank cells).
//! Each table is written three ways, as a portal page's copied text (or one row per line,
//! or tab-separated), as HTML and as Markdown, under a title and the section title, so that
//! every input reaches the tables stage and the arithmetic rules with the table recognised
//! — which random bytes almost never do. All three must meet the pipeline invariants.
#![no_main]

use libfuzzer_sys::fuzz_target;
use nianbao_fuzz::document::{Block, Doc, Format, Paragraph};
use nianbao_fuzz::grid::TextStyle;
use nianbao_fuzz::{forms, invariants, words, Result, Unstructured};

fn build(u: &mut Unstructured<'_>) -> Result<(Doc, TextStyle, bool)> {
    let style = *u.choose(&[TextStyle::Portal, TextStyle::Lines, TextStyle::Tabs])?;
    let sloppy = u.arbitrary()?;
    let edition = forms::edition(u)?;
    let mut blocks = vec![
        Block::Paragraph(Paragraph::new(forms::title(u)?)),
        Block::Paragraph(Paragraph::new(forms::section_title(u, 2)?)),
    ];
    if words::one_in(u, 4)? {
        blocks.push(Block::Paragraph(Paragraph::new(words::text(u, 8)?)));
    }
    blocks.push(Block::Table(forms::requests(u, edition)?));
    if words::one_in(u, 4)? {
        blocks.push(Block::Paragraph(Paragraph::new(words::text(u, 8)?)));
    }
    Ok((Doc { blocks }, style, sloppy))
}

fuzz_target!(|data: &[u8]| {
    let mut u = Unstructured::new(data);
    let Ok((doc, style, sloppy)) = build(&mut u) else { return };
    for format in [Format::Text(style), Format::Html(sloppy), Format::Text(TextStyle::Markdown)] {
        invariants::check(&doc.write(format), format.name());
    }
});
