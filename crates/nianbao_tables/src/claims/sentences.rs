//! The prose cut into sentences: each paragraph of each section, split after 。！？；, with
//! its matching key (full-width → half-width, traditional → simplified, glosses removed).

use nianbao_document::Location;

use crate::normalize::key;
use crate::Extraction;

/// One sentence of the prose.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// As written, trimmed.
    pub text: String,
    /// Its matching key.
    pub key: String,
    /// The paragraph it is in.
    pub location: Location,
    /// The section (1–6) it is in.
    pub section: u8,
    /// Which run of text it is in (a paragraph, or the lines of one wrapped paragraph),
    /// numbered through the document: sentences of one run read on from each other.
    pub piece: usize,
}

/// Sentences longer than this are not sentences but text whose punctuation was lost; they
/// are kept whole (for the words rules look for) but hold no claims (`grammar.rs`).
pub(crate) const LONGEST_SENTENCE: usize = 400;

/// Every sentence of the sections' paragraphs, in document order. A long paragraph that
/// stops mid-sentence (a line of text converted from PDF) runs on into the next; the
/// sentence is located at the paragraph it starts in.
#[must_use]
pub fn sentences(extraction: &Extraction) -> Vec<Sentence> {
    let mut out = Vec::new();
    for section in &extraction.sections {
        // Pieces of running text, each with where its paragraphs start in it.
        let mut pieces: Vec<(String, Vec<(usize, Location)>)> = Vec::new();
        let mut open = false;
        for (paragraph, location) in &section.paragraphs {
            let text = paragraph.trim();
            if text.is_empty() {
                continue;
            }
            match pieces.last_mut() {
                Some((last, starts)) if open && last.chars().count() < LONGEST_SENTENCE => {
                    starts.push((last.len(), *location));
                    last.push_str(text);
                }
                _ => pieces.push((text.to_owned(), vec![(0, *location)])),
            }
            // A short line (a heading, a page number) is no wrapped line of a paragraph.
            open = !text.ends_with(TERMINAL) && text.chars().count() >= 20;
        }
        for (piece, starts) in pieces {
            let number = out.last().map_or(0, |s: &Sentence| s.piece + 1);
            let mut at = 0;
            for raw in piece.split_inclusive(TERMINAL) {
                let start = at + (raw.len() - raw.trim_start().len());
                at += raw.len();
                let text = raw.trim();
                if text.is_empty() {
                    continue;
                }
                let location = starts
                    .iter()
                    .take_while(|(offset, _)| *offset <= start)
                    .last()
                    .map_or_else(Location::default, |(_, location)| *location);
                out.push(Sentence {
                    text: text.to_owned(),
                    key: key(text),
                    location,
                    section: section.number,
                    piece: number,
                });
            }
        }
    }
    out
}

/// What ends a sentence.
const TERMINAL: [char; 7] = ['。', '！', '？', '；', ';', '!', '?'];
