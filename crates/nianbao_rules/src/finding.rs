//! A detected problem as data: the rule's code, the cells involved, where it is, and its
//! facts by shape. Only the rule that made it turns it into words (`Rule::words`), and only
//! at the end ([`crate::render`]), so a report can be worded again in another language
//! without being checked again. Findings serialize both ways for that reason.

use nianbao_document::{CellRef, FormatProblem, Location, TableId};
use nianbao_tables::StandardTables;
use serde::{Deserialize, Serialize};

use crate::registry::Code;
use crate::suspect::Suspect;

/// One problem found.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Finding {
    /// Which rule.
    pub code: Code,
    /// Every standard-table cell involved, the primary one first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cells: Vec<CellRef>,
    /// Where in the source to look.
    #[serde(default)]
    pub location: Location,
    /// The facts the words need.
    pub facts: Facts,
    /// The standard table it concerns, when no cell says so.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub table: Option<TableId>,
    /// The visible text at `location` (a cell's or a line's), for people to find it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub excerpt: Option<String>,
    /// The one cell that explains the table's broken sums, when exactly one does.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suspect: Option<Suspect>,
}

impl Finding {
    /// The standard table it concerns: named, or that of its first cell.
    #[must_use]
    pub fn table(&self) -> Option<TableId> {
        self.table.or_else(|| self.cells.first().map(|c| c.table))
    }
}

/// A finding before the registry stamps it with its rule's code.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Draft {
    cells: Vec<CellRef>,
    location: Location,
    facts: Facts,
    table: Option<TableId>,
    suspect: Option<Suspect>,
}

impl Draft {
    /// A finding at `location` with `facts`.
    pub(crate) fn new(location: Location, facts: Facts) -> Self {
        Self { cells: Vec::new(), location, facts, table: None, suspect: None }
    }

    /// The cells involved, the primary one first.
    pub(crate) fn cells(mut self, cells: Vec<CellRef>) -> Self {
        self.cells = cells;
        self
    }

    /// The standard table it concerns (when no cell names it).
    pub(crate) fn table(mut self, table: TableId) -> Self {
        self.table = Some(table);
        self
    }

    /// The cell that explains the broken sums: it becomes the primary cell and the place.
    pub(crate) fn suspect(mut self, suspect: Suspect, tables: &StandardTables) -> Self {
        if let Some(at) = self.cells.iter().position(|c| *c == suspect.cell) {
            let cell = self.cells.remove(at);
            self.cells.insert(0, cell);
        }
        if let Some(cell) = tables.cell(&suspect.cell) {
            self.location = cell.location;
        }
        self.suspect = Some(suspect);
        self
    }

    pub(crate) fn finish(self, code: Code) -> Finding {
        let Self { cells, location, facts, table, suspect } = self;
        Finding { code, cells, location, facts, table, excerpt: None, suspect }
    }
}

/// The facts behind a finding, by shape. A new rule reuses a shape; its words are its own.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Facts {
    /// Nothing beyond the code, the cells and the place.
    None,
    /// Why a file could not be read.
    Format {
        /// The reader's problem.
        problem: FormatProblem,
    },
    /// A section by its number (1–6) and the title found, if any.
    Section {
        /// 1–6.
        number: u8,
        /// The title as written.
        found: Option<String>,
    },
    /// A row by its label.
    Row {
        /// The label.
        label: String,
    },
    /// A label that differs from the template's.
    Label {
        /// As written.
        found: String,
        /// As in the template.
        expected: String,
    },
    /// The raw text of the cells involved, in the order of `cells`.
    Cells {
        /// Raw text per cell.
        raw: Vec<String>,
    },
    /// A row that holds fewer or more values than columns.
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
    /// The layout's edition against the year's.
    Edition {
        /// The edition the tables are laid out in.
        layout: String,
        /// The report year.
        year: i32,
    },
    /// `Σ parts = total`, blanks counted as 0.
    Sum {
        /// The addends, in the order of the identity's cells after the total.
        parts: Vec<i64>,
        /// The stated total.
        total: i64,
        /// Whether blank or placeholder cells were counted as 0.
        blanks_as_zero: bool,
    },
    /// `Σ left = Σ right`.
    Balance {
        /// The left side's addends.
        left: Vec<i64>,
        /// The right side's addends.
        right: Vec<i64>,
        /// Whether blank or placeholder cells were counted as 0.
        blanks_as_zero: bool,
    },
    /// Two numbers compared: `value` should not exceed `bound`.
    Comparison {
        /// The larger, wrong side.
        value: i64,
        /// The bound.
        bound: i64,
    },
    /// A row or column left blank whose cells the sums need: one finding for the line
    /// instead of one per broken sum. `cells` are the line's.
    BlankLine {
        /// A column (else a row).
        column: bool,
        /// How many sums of the rule fail on it.
        failing: usize,
        /// The cells of the line whose value one failing sum fixes, with that value.
        expected: Vec<(CellRef, i64)>,
    },
    /// Numbers of two reports of one unit, in the order of `cells`; the cells naming the
    /// other report carry its name in `CellRef::report`.
    Pair {
        /// The numbers, one per cell.
        values: Vec<i64>,
        /// The other report's source name.
        other: String,
        /// The other report's year.
        other_year: Option<i32>,
    },
    /// Years that disagree.
    Years {
        /// The year in the title.
        title: Option<i32>,
        /// The year of the statistics period.
        period: Option<i32>,
        /// The year the report is checked as.
        year: i32,
    },
    /// A row whose digits ran together, and the splits the table's arithmetic allows.
    Split {
        /// The label of the row.
        label: String,
        /// The runs of digits as written.
        written: Vec<String>,
        /// Splits consistent with the table, each cell's text in column order (`""` blank):
        /// the one used, or up to two of the several.
        readings: Vec<Vec<String>>,
        /// How many splits are consistent (capped at 64).
        count: usize,
        /// Too many splits to try them all.
        exhausted: bool,
    },
    /// A row of numbers whose label was cut away or cut into pieces (machine-extracted
    /// text), and the template row the table's order and sums gave it.
    Separated {
        /// The pieces of label beside the numbers, joined as written (`""` when none).
        found: String,
        /// The numbers as written, in column order.
        values: Vec<String>,
        /// The template row's label when exactly one fits.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        placed: Option<String>,
        /// Otherwise the template rows it could be.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        candidates: Vec<String>,
    },
    /// A sentence of the prose and what it says against the tables.
    Prose {
        /// The sentence as written.
        sentence: String,
        /// The quantity it states (`nianbao_tables::Quantity` key), if one.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        quantity: Option<String>,
        /// What the total of a percentage is (a quantity key), if it states one.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        of: Option<String>,
        /// What the prose says (`81`, `51.85%`, `0.5万元`).
        stated: String,
        /// What the tables say (`80`, `42 / 81`).
        table: String,
    },
    /// A publication date against the legal deadline.
    Published {
        /// The date as found, `2021-04-06`.
        date: String,
        /// The deadline, `2021-03-31`.
        deadline: String,
        /// Whether the unit is a local government (deadline 3月31日) rather than a
        /// department (1月31日).
        local: bool,
    },
}
