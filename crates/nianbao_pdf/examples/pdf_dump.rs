//! Prints what the parser gives for a PDF: per page its size and counts, then its glyphs as
//! rows (a row breaks where a glyph starts lower or further left), vertical glyphs marked
//! `|`, undecoded ones `�`; with `--rulings` the rulings too.
//!
//!     cargo run -p nianbao_pdf --example pdf_dump -- FILE.pdf [--rulings]
#![allow(clippy::print_stdout, clippy::float_arithmetic, reason = "a developer's tool")]

use nianbao_pdf::page::{Glyph, Page};

#[expect(clippy::disallowed_methods, reason = "a developer's tool reads its file")]
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.first() else {
        println!("usage: pdf_dump FILE.pdf [--rulings]");
        return;
    };
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(error) => {
            println!("{path}: {error}");
            return;
        }
    };
    match nianbao_pdf::pages(&bytes) {
        Ok(parsed) => {
            println!("problems {:?}", parsed.problems);
            for page in &parsed.pages {
                print_page(page, args.iter().any(|a| a == "--rulings"));
            }
        }
        Err(problem) => println!("refused: {problem:?}"),
    }
}

fn print_page(page: &Page, rulings: bool) {
    println!(
        "=== page {} {}x{} glyphs {} rulings {} images {}",
        page.number,
        page.width,
        page.height,
        page.glyphs.len(),
        page.rulings.len(),
        page.images
    );
    let mut row = String::new();
    let mut last: Option<&Glyph> = None;
    for glyph in &page.glyphs {
        if let Some(previous) = last {
            if (glyph.y0 - previous.y0).abs() > 2.0 || glyph.x0 < previous.x0 - 1.0 {
                println!("{:7.1},{:6.1} {row}", previous.x0, previous.y0);
                row.clear();
            }
        }
        row.push_str(if glyph.undecoded { "\u{fffd}" } else { &glyph.text });
        if glyph.vertical {
            row.push('|');
        }
        last = Some(glyph);
    }
    if let Some(previous) = last {
        println!("{:7.1},{:6.1} {row}", previous.x0, previous.y0);
    }
    if rulings {
        for ruling in &page.rulings {
            println!("{ruling:?}");
        }
    }
}
