use serde::Serialize;

use crate::Location;

/// The file format a reader recognised.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
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
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Document {
    /// Paragraphs and tables, in reading order.
    pub blocks: Vec<Block>,
}

/// One piece of a document.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// A line or paragraph of running text.
    Paragraph(Paragraph),
    /// A table.
    Table(Table),
}

/// A line or paragraph of running text.
#[derive(Debug, Clone, PartialEq)]
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
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Table {
    /// The cells, in reading order (row by row).
    pub cells: Vec<Cell>,
    /// False when the source may have dropped blank cells or padded spans (text copied from
    /// a web page): grid positions are then only a reading order, not columns.
    pub positions_exact: bool,
}

/// One cell of a [`Table`].
#[derive(Debug, Clone, PartialEq)]
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

impl Table {
    /// The grid with spans resolved: `grid()[r][c]` is the index into `cells` of the cell
    /// covering that slot, or `None` where the source left a hole.
    #[must_use]
    pub fn grid(&self) -> Vec<Vec<Option<usize>>> {
        let rows = self.cells.iter().map(|c| c.row + c.row_span).max().unwrap_or(0);
        let cols = self.cells.iter().map(|c| c.col + c.col_span).max().unwrap_or(0);
        let mut grid = vec![vec![None; cols as usize]; rows as usize];
        for (index, cell) in self.cells.iter().enumerate() {
            for r in cell.row..cell.row + cell.row_span {
                for c in cell.col..cell.col + cell.col_span {
                    if let Some(slot) =
                        grid.get_mut(r as usize).and_then(|row| row.get_mut(c as usize))
                    {
                        *slot = Some(index);
                    }
                }
            }
        }
        grid
    }
}

impl Document {
    /// All tables, in order.
    pub fn tables(&self) -> impl Iterator<Item = &Table> {
        self.blocks.iter().filter_map(|b| match b {
            Block::Table(t) => Some(t),
            Block::Paragraph(_) => None,
        })
    }

    /// All paragraphs, in order.
    pub fn paragraphs(&self) -> impl Iterator<Item = &Paragraph> {
        self.blocks.iter().filter_map(|b| match b {
            Block::Paragraph(p) => Some(p),
            Block::Table(_) => None,
        })
    }
}
