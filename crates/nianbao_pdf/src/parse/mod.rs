//! The file into pages of positioned glyphs and rulings ([`crate::page`]).
//!
//! Stage: reader, first half. Input: the bytes of a PDF. Output: [`Parsed`] pages, or the
//! [`FormatProblem`] that keeps the file from being opened. The file is opened through its
//! cross-reference ([`xref`], or [`recover`] when broken) and security handler ([`crypt`]),
//! its pages listed ([`pagetree`]) and their content streams drawn ([`content`]) with their
//! fonts ([`font`]); everything within [`limits`].

mod content;
mod crypt;
mod filter;
mod font;
mod indirect;
mod lexer;
mod limits;
mod matrix;
mod object;
mod page_box;
mod pagetree;
mod recover;
mod store;
mod xref;

use nianbao_document::FormatProblem;

use crate::page::{Page, Parsed};
use content::Interpreter;
use object::Object;
use store::Store;

/// Parses a PDF into pages; a file that cannot be opened at all is refused with its reason.
pub(crate) fn pages(bytes: &[u8]) -> Result<Parsed, FormatProblem> {
    if bytes.is_empty() {
        return Err(FormatProblem::Empty);
    }
    let header = bytes.get(..bytes.len().min(1024)).unwrap_or_default();
    if !header.windows(5).any(|w| w == b"%PDF-") {
        return Err(FormatProblem::Corrupt);
    }
    let mut store = Store::open(bytes)?;
    let (nodes, missing) = pagetree::pages(&mut store)?;
    let mut interpreter = Interpreter::new(&mut store);
    let mut parsed = Parsed::default();
    for (index, node) in nodes.iter().enumerate() {
        let number = u32::try_from(index + 1).unwrap_or(u32::MAX);
        parsed.pages.push(page(&mut interpreter, node, number)?);
    }
    if missing > 0 {
        // Pages the tree lists but the file no longer holds: say the file is damaged.
        parsed.problems.push(FormatProblem::Corrupt);
    }
    let undecoded = parsed.pages.iter().flat_map(|p| &p.glyphs).filter(|g| g.undecoded).count();
    if undecoded > 0 {
        parsed.problems.push(FormatProblem::Undecodable {
            glyphs: u32::try_from(undecoded).unwrap_or(u32::MAX),
        });
    }
    Ok(parsed)
}

/// One page drawn: its box, then each of its content streams in order.
fn page(
    interpreter: &mut Interpreter<'_, '_>,
    node: &pagetree::PageNode,
    number: u32,
) -> Result<Page, FormatProblem> {
    let store = interpreter.store();
    let media = rectangle(store, &node.media_box)?;
    let crop = rectangle(store, &node.crop_box)?;
    let rotate = store.resolve(&node.rotate)?.as_int().unwrap_or(0);
    let shown = page_box::page_box(media, crop, rotate);
    let resources = match store.resolve(&node.resources)? {
        Object::Dict(d) => d,
        _ => object::Dict::default(),
    };
    let contents = match store.key(&node.dict, b"Contents")? {
        Object::Array(items) => items,
        single @ Object::Stream(_) => vec![single],
        _ => Vec::new(),
    };
    // The streams of one page are one content stream split anywhere: joined before reading.
    let mut content = Vec::new();
    for item in contents {
        if let Object::Stream(stream) = store.resolve(&item)? {
            match store.stream_data(&stream) {
                Ok(data) => {
                    content.extend_from_slice(&data);
                    content.push(b'\n');
                }
                Err(problem @ (FormatProblem::Bomb | FormatProblem::TooMuch { .. })) => {
                    return Err(problem)
                }
                Err(_) => {}
            }
        }
    }
    let mut page = Page { number, width: shown.width, height: shown.height, ..Page::default() };
    interpreter.draw(&content, &resources, shown.matrix, &mut page)?;
    Ok(page)
}

fn rectangle(store: &mut Store<'_>, value: &Object) -> Result<Option<[f32; 4]>, FormatProblem> {
    Ok(match store.resolve(value)? {
        Object::Array(items) => {
            let mut numbers = Vec::new();
            for item in &items {
                numbers.push(store.resolve(item)?.as_f32().unwrap_or(0.0));
            }
            page_box::normalise(&numbers)
        }
        _ => None,
    })
}
