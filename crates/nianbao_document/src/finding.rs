use crate::{CellRef, Code, Location, TableId};

/// A detected problem, as data. `nianbao_rules` turns it into words.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    /// Which rule.
    pub code: Code,
    /// Every standard-table cell involved, the primary one first.
    pub cells: Vec<CellRef>,
    /// Where in the source to look.
    pub location: Location,
    /// The facts the message needs.
    pub detail: Detail,
    /// The standard table it concerns, when no cell says so (a row the template lacks).
    pub table: Option<TableId>,
}

impl Finding {
    /// A finding with no cells.
    #[must_use]
    pub fn new(code: Code, location: Location, detail: Detail) -> Self {
        Self { code, cells: Vec::new(), location, detail, table: None }
    }

    /// Names the standard table it concerns.
    #[must_use]
    pub fn in_table(mut self, table: TableId) -> Self {
        self.table = Some(table);
        self
    }

    /// The standard table it concerns: named, or that of its first cell.
    #[must_use]
    pub fn table(&self) -> Option<TableId> {
        self.table.or_else(|| self.cells.first().map(|c| c.table))
    }

    /// Adds the cells involved.
    #[must_use]
    pub fn with_cells(mut self, cells: Vec<CellRef>) -> Self {
        self.cells = cells;
        self
    }
}

/// Why a file could not be read (F-codes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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
    /// Too deeply nested to read safely.
    TooDeep,
    /// Password-protected.
    Encrypted,
    /// A Word/Excel package that is damaged or cut short.
    Corrupt,
    /// A part of a Word/Excel package (or all of them) decompresses beyond the limits: a zip bomb.
    Bomb,
    /// Reading would produce more than any report holds (a crafted or generated file).
    TooMuch(Excess),
}

/// What a reader would have produced too much of ([`FormatProblem::TooMuch`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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
}

/// The facts behind a finding.
#[derive(Debug, Clone, PartialEq)]
pub enum Detail {
    /// Nothing beyond the code and cells.
    None,
    /// F-codes: why the file cannot be read.
    Format(FormatProblem),
    /// T001/T002: a section by its number (1–6) and the title found, if any.
    Section {
        /// 1–6.
        number: u8,
        /// The title as written.
        found: Option<String>,
    },
    /// T010: which table.
    Table(crate::TableId),
    /// T011/T012: a row by its label.
    Row {
        /// The label as written (T012) or the template label (T011).
        label: String,
    },
    /// T013/T014: a label that differs from the template.
    Label {
        /// As written.
        found: String,
        /// As in the template.
        expected: String,
    },
    /// T020–T022, V-codes: the raw text of the cells involved.
    Cells {
        /// Raw text per cell, in the order of `cells`.
        raw: Vec<String>,
    },
    /// T023/T024: a row that holds fewer values than columns.
    Lossy {
        /// The label of the row.
        label: String,
        /// The values the row holds, in order.
        values: Vec<String>,
        /// How many columns the template has.
        columns: usize,
        /// Consistent placements found (0, 1, or more; capped).
        placements: usize,
    },
    /// T030: the layout's edition against the year's.
    Edition {
        /// The edition the tables are laid out in.
        layout: String,
        /// The report year.
        year: i32,
    },
    /// R-codes of the form `Σ parts = total`: the numbers, blanks as 0.
    Sum {
        /// The addends, in the order of `cells` after the total.
        parts: Vec<i64>,
        /// The stated total.
        total: i64,
        /// Whether blank or placeholder cells were counted as 0.
        blanks_as_zero: bool,
    },
    /// R301: `Σ left = Σ right`.
    Balance {
        /// 一 and 二.
        left: Vec<i64>,
        /// （七）总计 and 四.
        right: Vec<i64>,
        /// Whether blank or placeholder cells were counted as 0.
        blanks_as_zero: bool,
    },
    /// R201: two numbers compared.
    Exceeds {
        /// The larger, wrong side.
        value: i64,
        /// The bound.
        bound: i64,
    },
    /// X001: years that disagree.
    Years {
        /// The year in the title.
        title: Option<i32>,
        /// The year of the statistics period.
        period: Option<i32>,
        /// The year the report is checked as.
        year: i32,
    },
}
