use serde::{Deserialize, Serialize};

/// Why a file (or part of it) could not be read: what a reader reports besides its
/// [`crate::Document`]. The F-rules of `nianbao_rules` decide the code and the words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FormatProblem {
    /// Zero bytes.
    Empty,
    /// Larger than the reader accepts.
    TooLarge {
        /// Size of the file.
        bytes: u64,
        /// The limit.
        limit: u64,
    },
    /// Not text: control bytes or undecodable.
    Binary,
    /// An HTML file that stops in the middle.
    Truncated,
    /// Legacy Word/WPS binary (.doc/.wps).
    LegacyWord,
    /// Legacy Excel binary (.xls).
    LegacyExcel,
    /// A PDF (not read by this build).
    Pdf,
    /// A zip container that is not a Word/Excel file we read.
    Zip,
    /// An image (a scan).
    Image,
    /// A PDF whose pages are images with no text layer (a scanned document).
    Scanned,
    /// Glyphs whose fonts give no way to know the character (no ToUnicode map, no known
    /// encoding); the rest of the file was read.
    Undecodable {
        /// How many glyphs.
        glyphs: u32,
    },
    /// Too deeply nested to read safely.
    TooDeep,
    /// Password-protected.
    Encrypted,
    /// A file that is damaged or cut short (a Word/Excel package, a PDF).
    Corrupt,
    /// A part of a Word/Excel package (or all of them) decompresses beyond the limits and is
    /// packed far tighter than any document packs, or inflates beyond what its directory
    /// says: a zip bomb.
    Bomb,
    /// A Word/Excel package whose text, unpacked, is larger than the reader takes, packed as
    /// documents are: an oversized file, not a hostile one.
    Unpacked {
        /// The size unpacked.
        bytes: u64,
        /// The limit.
        limit: u64,
    },
    /// Text whose line breaks and cell boundaries were removed (a crawler's copy of a page):
    /// its tables cannot be read cell for cell.
    Glued,
    /// Reading would produce more than any report holds (a crafted or generated file).
    TooMuch {
        /// Of what.
        excess: Excess,
    },
}

/// What a reader would have produced too much of ([`FormatProblem::TooMuch`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Excess {
    /// Text in all, counting text copied into several places each time it is copied.
    Text,
    /// Table cells in the whole document.
    Cells,
    /// Cells in one table.
    TableCells,
    /// Grid slots covered by cells and their merges or spans.
    Spans,
    /// Table rows.
    Rows,
    /// Paragraphs.
    Paragraphs,
    /// Glyphs drawn on the pages of a PDF.
    Glyphs,
    /// Ruling lines drawn on one page of a PDF.
    Rulings,
    /// Pages of a PDF (its page tree claims or holds more than any report).
    Pages,
    /// Objects of a PDF (its cross-reference or object streams).
    Objects,
}
