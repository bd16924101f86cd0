//! Prints what the layout makes of a PDF, paragraphs and table rows (cells by `|`):
//! `PDF=path cargo test -p nianbao_pdf --test layout_dump -- --nocapture`.

#[test]
#[expect(clippy::disallowed_methods, reason = "a test harness reads its file")]
fn layout_dump() {
    let Ok(path) = std::env::var("PDF") else { return };
    let read = nianbao_pdf::read(&std::fs::read(path).unwrap_or_default());
    println!("problems {:?}", read.problems);
    for block in &read.document.blocks {
        match block {
            nianbao_document::Block::Paragraph(p) => {
                println!("P{} {}", p.location.page.unwrap_or(0), p.text);
            }
            nianbao_document::Block::Table(t) => {
                let mut row = None;
                let mut line = String::new();
                for cell in &t.cells {
                    if row != Some(cell.row) {
                        if row.is_some() {
                            println!("{line}");
                        }
                        line = format!("T{} r{}:", cell.location.page.unwrap_or(0), cell.row);
                        row = Some(cell.row);
                    }
                    line.push_str(&format!(
                        " [{}@{}+{}x{}]",
                        cell.text, cell.col, cell.row_span, cell.col_span
                    ));
                }
                println!("{line}");
            }
        }
    }
}
