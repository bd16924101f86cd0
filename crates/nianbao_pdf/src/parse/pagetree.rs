//! The page tree: the pages in order, each with what it inherits from its ancestors
//! (`/Resources`, `/MediaBox`, `/CropBox`, `/Rotate`). A tree that claims or holds more than
//! [`MAX_PAGES`] pages is refused before any page is read; a `/Kids` loop or a tree deeper
//! than the lexer's nesting limit is [`FormatProblem::TooDeep`].

use std::collections::HashSet;

use nianbao_document::{Excess, FormatProblem};

use super::lexer::MAX_DEPTH;
use super::limits::MAX_PAGES;
use super::object::{Dict, Object};
use super::store::Store;

/// One page's dictionary and its inherited attributes (still unresolved).
#[derive(Debug, Clone, Default)]
pub(crate) struct PageNode {
    pub(crate) dict: Dict,
    pub(crate) resources: Object,
    pub(crate) media_box: Object,
    pub(crate) crop_box: Object,
    pub(crate) rotate: Object,
}

/// The pages of the file in order, and how many kids of the tree were missing (a damaged or
/// cut-short file).
pub(crate) fn pages(store: &mut Store<'_>) -> Result<(Vec<PageNode>, usize), FormatProblem> {
    let root = store.trailer().get(b"Root").cloned().unwrap_or_default();
    let Object::Dict(catalog) = store.resolve(&root)? else { return Err(FormatProblem::Corrupt) };
    let top = catalog.get(b"Pages").cloned().unwrap_or_default();
    let Object::Dict(top_dict) = store.resolve(&top)? else { return Err(FormatProblem::Corrupt) };
    let claimed = store.key(&top_dict, b"Count")?.as_int().unwrap_or(0);
    if usize::try_from(claimed).unwrap_or(0) > MAX_PAGES {
        return Err(FormatProblem::TooMuch { excess: Excess::Pages });
    }
    let mut seen = HashSet::new();
    if let Object::Ref((number, _)) = top {
        seen.insert(number);
    }
    let mut found = Vec::new();
    let mut missing = 0;
    walk(store, top_dict, &PageNode::default(), 0, &mut seen, &mut (&mut found, &mut missing))?;
    Ok((found, missing))
}

fn walk(
    store: &mut Store<'_>,
    node: Dict,
    inherited: &PageNode,
    depth: usize,
    seen: &mut HashSet<u32>,
    (found, missing): &mut (&mut Vec<PageNode>, &mut usize),
) -> Result<(), FormatProblem> {
    if depth > MAX_DEPTH {
        return Err(FormatProblem::TooDeep);
    }
    let mut here = inherited.clone();
    for (key, slot) in [
        (&b"Resources"[..], &mut here.resources),
        (b"MediaBox", &mut here.media_box),
        (b"CropBox", &mut here.crop_box),
        (b"Rotate", &mut here.rotate),
    ] {
        if let Some(value) = node.get(key) {
            *slot = value.clone();
        }
    }
    let kids = store.key(&node, b"Kids")?;
    let is_tree = node.name(b"Type") == Some(b"Pages")
        || (node.name(b"Type") != Some(b"Page") && matches!(kids, Object::Array(_)));
    if !is_tree {
        if found.len() >= MAX_PAGES {
            return Err(FormatProblem::TooMuch { excess: Excess::Pages });
        }
        here.dict = node;
        found.push(here);
        return Ok(());
    }
    let Object::Array(kids) = kids else { return Ok(()) };
    for kid in kids {
        if let Object::Ref((number, _)) = kid {
            if !seen.insert(number) {
                return Err(FormatProblem::TooDeep);
            }
        }
        match store.resolve(&kid)? {
            Object::Dict(dict) => walk(store, dict, &here, depth + 1, seen, &mut (found, missing))?,
            _ => **missing += 1,
        }
    }
    Ok(())
}
