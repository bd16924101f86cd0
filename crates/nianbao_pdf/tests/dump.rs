//! Prints the text of a PDF's pages line by line (by glyph rows): `PDF=path cargo test -p
//! nianbao_pdf --test dump -- --nocapture` to look at what the parser gives.

#[test]
#[expect(clippy::disallowed_methods, reason = "a test harness reads its file")]
fn dump() {
    let Ok(path) = std::env::var("PDF") else { return };
    let bytes = std::fs::read(path).unwrap();
    let parsed = nianbao_pdf::pages(&bytes);
    let parsed = match parsed {
        Ok(p) => p,
        Err(e) => {
            println!("ERROR {e:?}");
            return;
        }
    };
    println!("problems {:?}", parsed.problems);
    for page in &parsed.pages {
        println!(
            "=== page {} {}x{} glyphs {} rulings {} images {}",
            page.number,
            page.width,
            page.height,
            page.glyphs.len(),
            page.rulings.len(),
            page.images
        );
        let mut line = String::new();
        let mut last: Option<&nianbao_pdf::page::Glyph> = None;
        for g in &page.glyphs {
            if let Some(l) = last {
                if (g.y0 - l.y0).abs() > 2.0 || g.x0 < l.x0 - 1.0 {
                    println!("{:7.1},{:6.1} {}", l.x0, l.y0, line);
                    line.clear();
                }
            }
            line.push_str(if g.undecoded { "\u{fffd}" } else { &g.text });
            if g.vertical {
                line.push('|');
            }
            last = Some(g);
        }
        if let Some(l) = last {
            println!("{:7.1},{:6.1} {}", l.x0, l.y0, line);
        }
        if std::env::var("RULINGS").is_ok() {
            for r in &page.rulings {
                println!("{r:?}");
            }
        }
    }
}
