//! The visible text at a finding's place (a cell's text, a line's text), found in the
//! document itself, so nobody has to decode the file a second time to show it — and no
//! markup is ever shown, since readers keep only visible text.

use std::collections::{BTreeMap, BTreeSet};

use nianbao_document::{Block, Document, Location};

use crate::finding::Finding;

/// Characters kept of an excerpt; a cell or a line longer than this is cut with `…`.
const MAX_CHARS: usize = 60;

/// Fills `excerpt` of every finding whose location names a cell or paragraph. One pass over
/// the document, looking up only the places findings name.
pub(crate) fn attach(findings: &mut [Finding], document: &Document) {
    let wanted: BTreeSet<Location> =
        findings.iter().map(|f| f.location).filter(|l| *l != Location::default()).collect();
    if wanted.is_empty() {
        return;
    }
    let mut texts: BTreeMap<Location, &str> = BTreeMap::new();
    for block in &document.blocks {
        match block {
            Block::Paragraph(p) if wanted.contains(&p.location) => {
                texts.entry(p.location).or_insert(&p.text);
            }
            Block::Paragraph(_) => {}
            // A cell's text wins over a paragraph at the same place.
            Block::Table(t) => {
                for cell in t.cells.iter().filter(|c| wanted.contains(&c.location)) {
                    texts.insert(cell.location, &cell.text);
                }
            }
        }
    }
    for finding in findings.iter_mut() {
        // A blank cell has nothing to show; its place says enough.
        if let Some(text) = texts.get(&finding.location).filter(|t| !t.trim().is_empty()) {
            finding.excerpt = Some(shorten(text));
        }
    }
}

fn shorten(text: &str) -> String {
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= MAX_CHARS {
        flat
    } else {
        flat.chars().take(MAX_CHARS).chain(['…']).collect()
    }
}
