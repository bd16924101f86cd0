//! A valid Word or Excel package around fuzzed parts. The zip is real (written with the
//! `zip` crate, stored or deflated), with `[Content_Types].xml` and the relationships, so
//! every input gets past the container and the part lookup, which random bytes rarely do.
//! Word: document.xml holds a report (the skeleton or 表三 alone) whose tables carry
//! fuzzed cells, `w:gridSpan`, `w:vMerge` and `w:gridBefore`; numbering.xml has fuzzed
//! levels (start values, formats, level texts, some repeated many times) and styles.xml
//! fuzzed numbered styles (many of them, padded); paragraphs are numbered and styled from
//! those, and now and then a flood of numbered paragraphs each in the next style. Excel:
//! the report laid out on a sheet with merged ranges for its spans, plus long shared
//! strings referred to by many cells, cells at far references with odd types and values,
//! many merged ranges and a fuzzed number format. In both, a raw fuzzed fragment may be
//! spliced into the part's markup. The time bound is taken on the unpacked size (what the
//! reader reads), not on the compressed file.
#![no_main]

use libfuzzer_sys::fuzz_target;
use nianbao_fuzz::document::{Block, Doc, Paragraph};
use nianbao_fuzz::ooxml::{self, DocxParts, Package};
use nianbao_fuzz::{forms, invariants, words, Result, Unstructured};

fn report(u: &mut Unstructured<'_>) -> Result<Doc> {
    if u.arbitrary()? {
        return forms::skeleton(u);
    }
    let edition = forms::edition(u)?;
    let blocks = vec![
        Block::Paragraph(Paragraph::new(forms::title(u)?)),
        Block::Paragraph(Paragraph::new(forms::section_title(u, 2)?)),
        Block::Table(forms::requests(u, edition)?),
    ];
    Ok(Doc { blocks })
}

/// Splices a raw fragment from the fuzz bytes in among the blocks, now and then.
fn splice(u: &mut Unstructured<'_>, doc: &mut Doc) -> Result<()> {
    if words::one_in(u, 4)? {
        let at = u.int_in_range(0..=doc.blocks.len())?;
        doc.blocks.insert(at, Block::Raw(words::raw(u, 256)?));
    }
    Ok(())
}

fn word(u: &mut Unstructured<'_>, deflate: bool) -> Result<Package> {
    let mut doc = report(u)?;
    let mut parts = DocxParts::default();
    let mut num_ids = Vec::new();
    if !words::one_in(u, 4)? {
        let (xml, ids) = ooxml::numbering(u)?;
        parts.numbering = Some(xml);
        num_ids = ids;
    }
    let mut style_ids = Vec::new();
    if u.arbitrary()? {
        let (xml, ids) = ooxml::styles(u, &num_ids)?;
        parts.styles = Some(xml);
        style_ids = ids;
    }
    for block in &mut doc.blocks {
        let Block::Paragraph(p) = block else { continue };
        if !num_ids.is_empty() && words::one_in(u, 3)? {
            let level = u.choose(&["0", "1", "2", "8", "9", "-1", ""])?.to_string();
            p.numbering = Some((u.choose(&num_ids)?.clone(), level));
        }
        if !style_ids.is_empty() && words::one_in(u, 3)? {
            p.style = Some(u.choose(&style_ids)?.clone());
        }
    }
    if (!num_ids.is_empty() || !style_ids.is_empty()) && words::one_in(u, 4)? {
        // Many numbered paragraphs, each in the next style: what makes numbering text and
        // style lookups cost per paragraph.
        let text = words::text(u, 2)?;
        let at = u.int_in_range(0..=doc.blocks.len())?;
        let flood: Vec<Block> = (0..words::repeat(u)?)
            .map(|n| {
                let mut p = Paragraph::new(text.clone());
                p.style = style_ids.get(n % style_ids.len().max(1)).cloned();
                p.numbering =
                    num_ids.get(n % num_ids.len().max(1)).map(|id| (id.clone(), "0".into()));
                Block::Paragraph(p)
            })
            .collect();
        doc.blocks.splice(at..at, flood);
    }
    if words::one_in(u, 8)? {
        parts.body_prefix = words::raw(u, 256)?;
    }
    splice(u, &mut doc)?;
    Ok(ooxml::docx(&doc, &parts, deflate))
}

fn excel(u: &mut Unstructured<'_>, deflate: bool) -> Result<Package> {
    let mut doc = report(u)?;
    let parts = ooxml::xlsx_parts(u)?;
    splice(u, &mut doc)?;
    Ok(ooxml::xlsx(&doc, &parts, deflate))
}

fuzz_target!(|data: &[u8]| {
    let mut u = Unstructured::new(data);
    let (Ok(is_word), Ok(deflate)) = (u.arbitrary::<bool>(), u.arbitrary::<bool>()) else { return };
    let built = if is_word { word(&mut u, deflate) } else { excel(&mut u, deflate) };
    let Ok(package) = built else { return };
    let name = if is_word { "fuzz.docx" } else { "fuzz.xlsx" };
    invariants::check_sized(&package.bytes, name, package.unpacked);
});
