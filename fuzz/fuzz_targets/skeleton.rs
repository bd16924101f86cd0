//! A whole report skeleton: the title with a year, the six section titles (一、总体情况 …
//! 六、其他需要报告的事项; now and then renumbered, reworded, repeated, swapped or left
//! out), fuzzed paragraphs between them, and the three tables (表二, 表三, 表四 of the
//! edition) with fuzzed cells and changes in their sections. Written in one format the
//! fuzz bytes pick (text in four styles, HTML, Word, Excel). This is what reaches the
//! section finder, the year and edition detection and the cross-table rules together.
#![no_main]

use libfuzzer_sys::fuzz_target;
use nianbao_fuzz::document::Format;
use nianbao_fuzz::{forms, invariants, Unstructured};

fuzz_target!(|data: &[u8]| {
    let mut u = Unstructured::new(data);
    let Ok(format) = Format::pick(&mut u) else { return };
    let Ok(doc) = forms::skeleton(&mut u) else { return };
    invariants::check(&doc.write(format), format.name());
});
