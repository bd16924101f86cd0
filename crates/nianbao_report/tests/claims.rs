//! The claims reader on real prose: every claim found in each seed and real fixture,
//! against tests/fixtures/claims/<file>.tsv (checked by hand against the text: section,
//! quantity, number as stated, the sentence). `NIANBAO_BLESS=1` rewrites the files; review
//! their diff against the documents.

#![allow(
    clippy::unwrap_used,
    clippy::indexing_slicing,
    clippy::disallowed_methods,
    reason = "a test harness: reads fixtures, fails loudly"
)]

use nianbao_report::{extract, read};
use nianbao_tables::claims;

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures");

/// The claims of a file, one TSV line each.
fn claims_tsv(path: &str) -> String {
    let bytes = std::fs::read(path).unwrap();
    let extraction = extract(&read(&bytes, path).document);
    let mut out = String::from("section\tquantity\tstated\tsentence\n");
    for claim in claims(&extraction) {
        out.push_str(&format!(
            "{}\t{}\t{}\t{}\n",
            claim.section,
            claim.quantity.key(),
            claim.stated,
            claim.sentence
        ));
    }
    out
}

fn assert_claims(dir: &str, file: &str) {
    let text = claims_tsv(&format!("{FIXTURES}/{dir}/{file}"));
    let stem = file.split('.').next().unwrap();
    let path = format!("{FIXTURES}/claims/{stem}.tsv");
    if std::env::var_os("NIANBAO_BLESS").is_some() {
        std::fs::write(&path, &text).unwrap();
    } else {
        let kept = std::fs::read_to_string(&path).unwrap_or_default();
        assert_eq!(
            text, kept,
            "{file}: claims changed; check them against the text, then NIANBAO_BLESS=1"
        );
    }
}

#[test]
fn seed_claims_are_exactly_the_checked_ones() {
    let mut seeds: Vec<String> = std::fs::read_dir(format!("{FIXTURES}/seeds"))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    seeds.sort();
    assert_eq!(seeds.len(), 5);
    for seed in seeds {
        assert_claims("seeds", &seed);
    }
}

#[test]
fn real_fixture_claims_are_exactly_the_checked_ones() {
    assert_claims("real", "shanghai-govoffice-2025.pdf2md.md");
    // 75 received = 74 new + 1 carried over, as its 表三 says: X002 accepts that reading.
    assert_claims("real", "pingtan-2022.crawl.txt");
    // 「区政府办代表区政府受理…17件」 is one office's share: no claim.
    assert_claims("pdf", "hongze-district-2024.wps.pdf");
}

#[test]
#[ignore = "debugging aid: prints the sentences of NIANBAO_FILE"]
fn print_sentences() {
    let path = std::env::var("NIANBAO_FILE").unwrap();
    let bytes = std::fs::read(&path).unwrap();
    let extraction = extract(&read(&bytes, &path).document);
    for s in nianbao_tables::claims::sentences(&extraction) {
        println!("{} {:?} {}", s.section, s.location, s.key);
    }
}

#[test]
#[ignore = "debugging aid: prints the claims of NIANBAO_FILE"]
fn print_claims() {
    let path = std::env::var("NIANBAO_FILE").unwrap();
    print!("{}", claims_tsv(&path));
}
