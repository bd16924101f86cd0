//! A report as a list of paragraphs and tables, and its text, Markdown and HTML writings
//! (Word and Excel are in [`crate::ooxml`]).

use crate::grid::{Grid, TextStyle};
use crate::words::escape;
use crate::{Result, Unstructured};

/// A paragraph with the Word properties that change its text (numbering, style).
#[derive(Debug, Clone, Default)]
pub struct Paragraph {
    /// The text; `\n` is a line break, `\t` a tab.
    pub text: String,
    /// `w:pStyle`.
    pub style: Option<String>,
    /// `w:numPr`: `(numId, ilvl)`.
    pub numbering: Option<(String, String)>,
}

impl Paragraph {
    /// A plain paragraph.
    #[must_use]
    pub fn new(text: impl Into<String>) -> Self {
        Self { text: text.into(), ..Self::default() }
    }
}

/// One block of a report.
#[derive(Debug, Clone)]
pub enum Block {
    /// A paragraph.
    Paragraph(Paragraph),
    /// A table.
    Table(Grid),
    /// Markup written as it is in HTML and Word (as text elsewhere): fuzzed fragments.
    Raw(String),
}

/// A report.
#[derive(Debug, Clone, Default)]
pub struct Doc {
    /// Its blocks in order.
    pub blocks: Vec<Block>,
}

/// The formats a [`Doc`] is written in, and the file name each is checked under.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Text, tables in one of the text styles.
    Text(TextStyle),
    /// HTML; `true` leaves out end tags.
    Html(bool),
    /// A Word package.
    Docx,
    /// An Excel package.
    Xlsx,
}

impl Format {
    /// One of the formats, from the fuzz bytes.
    pub fn pick(u: &mut Unstructured<'_>) -> Result<Self> {
        Ok(match u.int_in_range(0u8..=4)? {
            0 => Self::Text(TextStyle::pick(u)?),
            1 => Self::Html(u.arbitrary()?),
            2 => Self::Docx,
            3 => Self::Xlsx,
            _ => Self::Text(TextStyle::Markdown),
        })
    }

    /// The name the file is checked under.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Self::Text(TextStyle::Markdown) => "fuzz.md",
            Self::Text(_) => "fuzz.txt",
            Self::Html(_) => "fuzz.html",
            Self::Docx => "fuzz.docx",
            Self::Xlsx => "fuzz.xlsx",
        }
    }
}

impl Doc {
    /// The report as plain text, tables in `style`.
    #[must_use]
    pub fn to_text(&self, style: TextStyle) -> String {
        let mut out = String::new();
        for block in &self.blocks {
            match block {
                Block::Paragraph(p) => {
                    out.push_str(&p.text);
                    out.push('\n');
                }
                Block::Raw(raw) => out.push_str(raw),
                Block::Table(grid) => grid.write_text(style, &mut out),
            }
        }
        out
    }

    /// The report as an HTML page.
    #[must_use]
    pub fn to_html(&self, sloppy: bool) -> String {
        let mut out = String::from(
            "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>年报</title></head><body>\n",
        );
        for block in &self.blocks {
            match block {
                Block::Paragraph(p) => {
                    out.push_str("<p>");
                    out.push_str(&escape(&p.text).replace('\n', "<br>"));
                    out.push_str(if sloppy { "\n" } else { "</p>\n" });
                }
                Block::Raw(raw) => out.push_str(raw),
                Block::Table(grid) => grid.write_html(sloppy, &mut out),
            }
        }
        out.push_str("</body></html>\n");
        out
    }

    /// The report written in `format`.
    #[must_use]
    pub fn write(&self, format: Format) -> Vec<u8> {
        match format {
            Format::Text(style) => self.to_text(style).into_bytes(),
            Format::Html(sloppy) => self.to_html(sloppy).into_bytes(),
            Format::Docx => {
                crate::ooxml::docx(self, &crate::ooxml::DocxParts::default(), false).bytes
            }
            Format::Xlsx => {
                crate::ooxml::xlsx(self, &crate::ooxml::XlsxParts::default(), false).bytes
            }
        }
    }
}
