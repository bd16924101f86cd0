//! HTML pages as saved from portals, and Word's "save as web page".
//!
//! Page chrome (menus, footers, scripts) is read as paragraphs and ignored later; tables are
//! read into grids with spans resolved. A table that holds other tables is a layout table:
//! its own text becomes paragraphs and the inner tables are read as tables.

use html5gum::{DefaultEmitter, Token, Tokenizer};
use nianbao_document::{Block, Cell, Document, Format, FormatProblem, Location, Paragraph, Table};

use crate::budget::Budget;
use crate::html_table::{collapse_white_space, TableBuilder};
use crate::limits::MAX_TABLE_DEPTH;
use crate::Extracted;

/// Reads a decoded HTML page; refused as soon as it would produce more than the budget.
pub(crate) fn read(html: &str, budget: &mut Budget) -> Result<Extracted, FormatProblem> {
    let mut reader = Reader::new(budget);
    let mut emitter = DefaultEmitter::<usize>::new_with_span();
    emitter.naively_switch_states(true);
    for token in Tokenizer::new_with_emitter(html, emitter).flatten() {
        match token {
            Token::StartTag(tag) => {
                let name = String::from_utf8_lossy(&tag.name).to_ascii_lowercase();
                let attribute = |key: &str| {
                    tag.attributes
                        .iter()
                        .find(|(k, _)| k.eq_ignore_ascii_case(key.as_bytes()))
                        .and_then(|(_, v)| parse_span(&v.value))
                        .unwrap_or(1)
                };
                reader.start(&name, attribute("rowspan"), attribute("colspan"), tag.self_closing);
            }
            Token::EndTag(tag) => {
                let name = String::from_utf8_lossy(&tag.name).to_ascii_lowercase();
                reader.end(&name);
            }
            Token::String(text) => reader.text(&String::from_utf8_lossy(&text.value)),
            Token::Comment(_) | Token::Doctype(_) | Token::Error(_) => {}
        }
        if let Some(problem) = reader.refused {
            return Err(problem);
        }
    }
    reader.finish()
}

/// Elements whose content is not report text.
const SKIPPED: [&str; 7] = ["script", "style", "noscript", "template", "svg", "select", "textarea"];

/// Elements that end a paragraph (or a line inside a cell).
const BREAKS: [&str; 31] = [
    "p",
    "div",
    "br",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "blockquote",
    "pre",
    "center",
    "form",
    "hr",
    "address",
    "nav",
    "main",
    "aside",
    "figure",
    "section",
    "article",
    "header",
    "footer",
    "title",
    "caption",
];

enum Slot {
    Paragraph(Paragraph),
    Table(Vec<Cell>),
    /// A table whose cells turned out to be page layout: read as paragraphs.
    Layout(Vec<Cell>),
}

struct OpenTable {
    slot: usize,
    builder: TableBuilder,
    layout: bool,
}

struct Reader<'b> {
    budget: &'b mut Budget,
    /// The budget ran out: the page is refused and nothing more is read.
    refused: Option<FormatProblem>,
    slots: Vec<Slot>,
    paragraph: String,
    tables: Vec<OpenTable>,
    /// Nesting of skipped elements (`<script>` …) currently open.
    skipping: Vec<String>,
    /// `<table>` tags ignored because nesting was too deep; their `</table>` are ignored too.
    ignored_tables: usize,
    opened_html: bool,
    closed_html: bool,
}

impl<'b> Reader<'b> {
    fn new(budget: &'b mut Budget) -> Self {
        Self {
            budget,
            refused: None,
            slots: Vec::new(),
            paragraph: String::new(),
            tables: Vec::new(),
            skipping: Vec::new(),
            ignored_tables: 0,
            opened_html: false,
            closed_html: false,
        }
    }

    /// Keeps the first refusal; the token loop stops on it.
    fn check(&mut self, outcome: Result<(), FormatProblem>) {
        if let Err(problem) = outcome {
            self.refused.get_or_insert(problem);
        }
    }

    fn start(&mut self, name: &str, row_span: u32, col_span: u32, self_closing: bool) {
        if !self.skipping.is_empty() {
            return;
        }
        if SKIPPED.contains(&name) && !self_closing {
            self.skipping.push(name.to_owned());
            return;
        }
        match name {
            "html" => self.opened_html = true,
            "table" => self.open_table(),
            "tr" => {
                let outcome = match self.top_data_table() {
                    Some((table, budget)) => table.start_row(budget),
                    None => self.flush_paragraph(),
                };
                self.check(outcome);
            }
            "td" | "th" => {
                let outcome = match self.top_data_table() {
                    Some((table, budget)) => table.start_cell(row_span, col_span, budget),
                    None => self.flush_paragraph(),
                };
                self.check(outcome);
            }
            _ if BREAKS.contains(&name) => self.line_break(),
            _ => {}
        }
    }

    fn end(&mut self, name: &str) {
        if let Some(open) = self.skipping.last() {
            if open == name {
                self.skipping.pop();
            }
            return;
        }
        match name {
            "html" => self.closed_html = true,
            "table" => self.close_table(),
            "tr" => {
                let outcome = match self.top_data_table() {
                    Some((table, budget)) => table.end_row(budget),
                    None => self.flush_paragraph(),
                };
                self.check(outcome);
            }
            "td" | "th" => {
                let outcome = match self.top_data_table() {
                    Some((table, budget)) => table.close_cell(budget),
                    None => self.flush_paragraph(),
                };
                self.check(outcome);
            }
            _ if BREAKS.contains(&name) => self.line_break(),
            _ => {}
        }
    }

    fn text(&mut self, text: &str) {
        if !self.skipping.is_empty() {
            return;
        }
        if let Some((table, _)) = self.top_data_table() {
            if table.in_cell() {
                table.push_text(text);
                return;
            }
            // Text between cells of a data table is stray markup; keep it as a paragraph.
        }
        self.paragraph.push_str(text);
    }

    /// The innermost table, if it is a data table (not layout), and the budget it charges.
    fn top_data_table(&mut self) -> Option<(&mut TableBuilder, &mut Budget)> {
        let table = self.tables.last_mut().filter(|t| !t.layout)?;
        Some((&mut table.builder, &mut *self.budget))
    }

    fn line_break(&mut self) {
        if let Some((table, _)) = self.top_data_table() {
            if table.in_cell() {
                table.push_text("\n");
                return;
            }
        }
        let outcome = self.flush_paragraph();
        self.check(outcome);
    }

    fn open_table(&mut self) {
        if self.tables.len() >= MAX_TABLE_DEPTH {
            self.ignored_tables = self.ignored_tables.saturating_add(1);
            return;
        }
        // Every table holds a place in the page even when it stays empty: paid as a row, so
        // a page of millions of `<table></table>` is refused rather than remembered.
        let outcome = self.budget.row();
        self.check(outcome);
        if let Some(outer) = self.tables.last_mut() {
            if !outer.layout && outer.builder.in_cell() {
                // A table inside a cell: the outer table is page layout.
                outer.layout = true;
                let pending = outer.builder.take_text();
                self.paragraph.push_str(&pending);
            }
        }
        let outcome = self.flush_paragraph();
        self.check(outcome);
        self.slots.push(Slot::Table(Vec::new()));
        let slot = self.slots.len() - 1;
        self.tables.push(OpenTable { slot, builder: TableBuilder::default(), layout: false });
    }

    fn close_table(&mut self) {
        if self.ignored_tables > 0 {
            self.ignored_tables -= 1;
            return;
        }
        let outcome = self.flush_paragraph();
        self.check(outcome);
        let Some(table) = self.tables.pop() else { return };
        match table.builder.finish(self.budget) {
            Ok(cells) => {
                if let Some(slot) = self.slots.get_mut(table.slot) {
                    *slot = if table.layout { Slot::Layout(cells) } else { Slot::Table(cells) };
                }
            }
            Err(problem) => self.check(Err(problem)),
        }
    }

    fn flush_paragraph(&mut self) -> Result<(), FormatProblem> {
        let text = collapse_white_space(&std::mem::take(&mut self.paragraph));
        for line in text.split('\n').filter(|l| !l.is_empty()) {
            self.budget.paragraph(line.len())?;
            self.slots.push(Slot::Paragraph(Paragraph {
                text: line.to_owned(),
                location: Location::default(),
            }));
        }
        Ok(())
    }

    fn finish(mut self) -> Result<Extracted, FormatProblem> {
        let truncated = !self.tables.is_empty() || (self.opened_html && !self.closed_html);
        while !self.tables.is_empty() {
            self.close_table();
        }
        let outcome = self.flush_paragraph();
        self.check(outcome);
        if let Some(problem) = self.refused {
            return Err(problem);
        }
        let mut blocks = Vec::new();
        let mut table_index = 0_u32;
        let mut paragraph_index = 0_u32;
        // Places are paragraphs and table cells, as a reader finds them; source lines of the
        // page would point into markup. A table's cells carry the paragraph before it, so
        // places sort in reading order, as in Word.
        let push_paragraph = |blocks: &mut Vec<Block>, text: String, index: &mut u32| {
            let location = Location { paragraph: Some(*index), ..Location::default() };
            *index = index.saturating_add(1);
            blocks.push(Block::Paragraph(Paragraph { text, location }));
        };
        for slot in self.slots {
            match slot {
                Slot::Paragraph(p) => push_paragraph(&mut blocks, p.text, &mut paragraph_index),
                Slot::Layout(cells) => {
                    for cell in cells {
                        // A layout cell's place in its table means nothing to a reader.
                        for line in cell.text.split('\n').filter(|l| !l.is_empty()) {
                            self.budget.paragraph(line.len())?;
                            push_paragraph(&mut blocks, line.to_owned(), &mut paragraph_index);
                        }
                    }
                }
                Slot::Table(cells) if cells.is_empty() => {}
                Slot::Table(mut cells) => {
                    for cell in &mut cells {
                        // A cell is found by its table, row and place in the row; a line of
                        // the page's source would point into markup a reader never sees.
                        cell.location = Location {
                            table: Some(table_index),
                            line: None,
                            column: None,
                            paragraph: paragraph_index.checked_sub(1),
                            ..cell.location
                        };
                    }
                    table_index += 1;
                    blocks.push(Block::Table(Table { cells, positions_exact: true, glued: false }));
                }
            }
        }
        let problems = if truncated { vec![FormatProblem::Truncated] } else { Vec::new() };
        Ok(Extracted { format: Format::Html, document: Document { blocks }, problems })
    }
}

/// `rowspan="2"`, `rowspan=2 `, `rowspan="2.0"`: the leading digits.
fn parse_span(value: &[u8]) -> Option<u32> {
    let digits: String = value
        .iter()
        .skip_while(|b| b.is_ascii_whitespace())
        .take_while(|b| b.is_ascii_digit())
        .map(|&b| char::from(b))
        .take(6)
        .collect();
    digits.parse().ok()
}

#[cfg(test)]
mod tests {
    use nianbao_document::{Block, FormatProblem};

    fn read(html: &str) -> crate::Extracted {
        super::read(html, &mut crate::budget::Budget::default())
            .unwrap_or_else(|problem| panic!("refused: {problem:?}"))
    }

    fn grid(html: &str) -> Vec<Vec<(String, u32, u32)>> {
        read(html)
            .document
            .blocks
            .iter()
            .filter_map(|b| match b {
                Block::Table(t) => {
                    Some(t.cells.iter().map(|c| (c.text.clone(), c.row, c.col)).collect())
                }
                Block::Paragraph(_) => None,
            })
            .collect()
    }

    #[test]
    fn word_html_with_unclosed_cells_and_unquoted_spans() {
        let html = "<html><body><TABLE border=1><TR><TD rowspan=2>三、本年度<br>办理结果<TD>（一）予以公开<TD>5\n<TR><TD>（二）部分公开<TD>&nbsp;</TABLE></body></html>";
        let expected = vec![vec![
            ("三、本年度\n办理结果".to_owned(), 0, 0),
            ("（一）予以公开".to_owned(), 0, 1),
            ("5".to_owned(), 0, 2),
            ("（二）部分公开".to_owned(), 1, 1),
            (String::new(), 1, 2),
        ]];
        assert_eq!(grid(html), expected);
        assert!(read(html).problems.is_empty());
    }

    #[test]
    fn layout_tables_become_paragraphs_around_the_data_table() {
        let html = "<html><table><tr><td>二、主动公开政府信息情况<table><tr><td>规章<td>0</table>三、收到和处理</td></tr></table></html>";
        let read = read(html);
        let kinds: Vec<String> = read
            .document
            .blocks
            .iter()
            .map(|b| match b {
                Block::Paragraph(p) => p.text.clone(),
                Block::Table(t) => format!("table:{}", t.cells.len()),
            })
            .collect();
        assert_eq!(kinds, vec!["二、主动公开政府信息情况", "table:2", "三、收到和处理"]);
    }

    #[test]
    fn a_page_cut_off_mid_table_is_flagged() {
        let read = read("<html><body><table><tr><td>一、本年新收<td>3");
        assert_eq!(read.problems, vec![FormatProblem::Truncated]);
        assert_eq!(grid("<table><tr><td>一、本年新收<td>3").len(), 1);
    }

    #[test]
    fn cells_are_placed_as_a_person_counts_them_and_hold_visible_text() {
        let html = "<table><tr><td rowspan=2>三、本年度办理结果<td colspan=2><span style=\"mso-font-kerning:0pt\">（七）总计</span><td>5\n<tr><td>（一）予以公开<td>&nbsp;3&nbsp;<td>4</table>";
        let read = read(html);
        // The visible text and the place as (table, row, cell).
        type Placed = (String, Option<u32>, Option<u32>, Option<u32>);
        let cells: Vec<Placed> = read
            .document
            .blocks
            .iter()
            .filter_map(|b| match b {
                Block::Table(t) => Some(t.cells.iter()),
                Block::Paragraph(_) => None,
            })
            .flatten()
            .map(|c| (c.text.clone(), c.location.table, c.location.row, c.location.cell))
            .collect();
        let place = |text: &str, row, cell| (text.to_owned(), Some(0), Some(row), Some(cell));
        assert_eq!(
            cells,
            vec![
                place("三、本年度办理结果", 0, 0),
                place("（七）总计", 0, 1),
                place("5", 0, 2),
                place("（一）予以公开", 1, 0),
                place("3", 1, 1),
                place("4", 1, 2),
            ]
        );
    }

    #[test]
    fn scripts_and_styles_are_not_text() {
        let read =
            read("<p>一、总体情况</p><script>var a = '<td>1</td>';</script><style>p{}</style>");
        let texts: Vec<String> = read.document.paragraphs().map(|p| p.text.clone()).collect();
        assert_eq!(texts, vec!["一、总体情况"]);
    }
}
