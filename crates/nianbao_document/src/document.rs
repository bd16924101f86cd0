use serde::{Deserialize, Serialize};

use crate::Location;

/// The file format a reader recognised.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// Plain text (including text copied from portal pages and Markdown).
    Txt,
    /// An HTML page.
    Html,
    /// Word 2007+.
    Docx,
    /// Excel 2007+.
    Xlsx,
    /// PDF.
    Pdf,
    /// Not recognised.
    Unknown,
}

/// What a reader made of a file: paragraphs and tables in reading order.
///
/// It serializes both ways, so a reader loaded separately (another wasm module, a script)
/// can hand a document to the rest of the pipeline as JSON.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// Paragraphs and tables, in reading order.
    pub blocks: Vec<Block>,
}

/// One piece of a document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Block {
    /// A line or paragraph of running text.
    Paragraph(Paragraph),
    /// A table.
    Table(Table),
}

/// A line or paragraph of running text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Paragraph {
    /// The text, as written.
    pub text: String,
    /// Where it starts.
    pub location: Location,
}

/// A table as the source draws it.
///
/// `cells` are the source's own cells in reading order, each with the grid position it
/// occupies once row and column spans are resolved. A cell spanning several grid slots
/// appears once.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Table {
    /// The cells, in reading order (row by row).
    pub cells: Vec<Cell>,
    /// False when the source may have dropped blank cells or padded spans (text copied from
    /// a web page): grid positions are then only a reading order, not columns.
    pub positions_exact: bool,
    /// True when the source removed the boundaries between cells (a crawler's copy of a
    /// page): a value cell may then hold a whole row's numbers run together (`713000074`),
    /// to be split by the table's own arithmetic.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub glued: bool,
}

/// One cell of a [`Table`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Cell {
    /// The cell's text; line breaks inside the cell become `\n`.
    pub text: String,
    /// 0-based grid row.
    pub row: u32,
    /// 0-based grid column.
    pub col: u32,
    /// Rows spanned (≥ 1).
    pub row_span: u32,
    /// Columns spanned (≥ 1).
    pub col_span: u32,
    /// Where it came from.
    pub location: Location,
}

impl Document {
    /// All paragraphs, in order.
    pub fn paragraphs(&self) -> impl Iterator<Item = &Paragraph> {
        self.blocks.iter().filter_map(|b| match b {
            Block::Paragraph(p) => Some(p),
            Block::Table(_) => None,
        })
    }
}
