//! Reports checked together: one unit's consecutive years found by the unit their titles or
//! file names name, and compared across the 2019 → 2021 edition change.

#![allow(
    clippy::unwrap_used,
    clippy::indexing_slicing,
    clippy::disallowed_methods,
    reason = "a test harness: reads fixtures, fails loudly"
)]

mod support;

use nianbao_report::{check_kept, check_set, Lang, Pair};
use support::{seed, titled, to_text, Numbers, Rng};

#[test]
fn consecutive_years_pair_by_the_unit_of_the_title_or_the_file_name() {
    let mut rng = Rng(0x0DE5_C0DE);
    let a2021 = Numbers::consistent(&mut rng);
    let a2022 = a2021.next_year(&mut rng);
    let b2022 = Numbers::consistent(&mut rng);
    // B's 2023 report does not take over what B carried forward in 2022.
    let mut b2023 = b2022.next_year(&mut rng);
    for column in [0, 6] {
        b2023.requests[1][column] += 4;
        b2023.requests[24][column] += 4;
    }
    let mut set = vec![
        check_kept(
            titled(&to_text(&a2022, 2022), "甲县人民政府", 2022).as_bytes(),
            "a.txt",
            Lang::Zh,
        ),
        // No unit in the title: the file name names it.
        check_kept(to_text(&b2023, 2023).as_bytes(), "乙镇2023年报.txt", Lang::Zh),
        check_kept(
            titled(&to_text(&a2021, 2021), "甲县人民政府", 2021).as_bytes(),
            "b.txt",
            Lang::Zh,
        ),
        check_kept(to_text(&b2022, 2022).as_bytes(), "乙镇2022年报.txt", Lang::Zh),
        // Another unit's 2021: pairs with nothing.
        check_kept(
            titled(&to_text(&a2021, 2021), "丙街道办事处", 2021).as_bytes(),
            "c.txt",
            Lang::Zh,
        ),
    ];
    let pairs = check_set(&mut set, Lang::Zh);
    assert_eq!(pairs, [Pair { last: 2, this: 0 }, Pair { last: 3, this: 1 }]);
    assert_eq!(set[0].report.codes(), Vec::<&str>::new());
    assert_eq!(set[0].report.compared_with, ["b.txt"]);
    assert_eq!(set[1].report.codes(), ["X101", "X101"]);
    assert_eq!(set[1].report.compared_with, ["乙镇2022年报.txt"]);
    let other: Vec<_> =
        set[1].report.diagnostics.iter().map(|d| d.cells[1].report.as_deref()).collect();
    assert_eq!(other, [Some("乙镇2022年报.txt"), Some("乙镇2022年报.txt")]);
    assert!(set[4].report.compared_with.is_empty());
}

#[test]
fn carry_over_is_compared_across_the_edition_change() {
    // Seed 000 is a 2020 report in the 2019 edition; its 2021 successor is in the 2021 one.
    let (name, bytes) = seed("000");
    let last = check_kept(&bytes, &name, Lang::Zh);
    let carried: [i64; 6] = std::array::from_fn(|c| {
        let column = support::REQUEST_COLUMNS[c];
        support::count(&last.report, "requests", "carried_forward", column).unwrap()
    });
    let next = Numbers::consistent(&mut Rng(2021)).carrying_over(carried);
    let agreeing = check_kept(to_text(&next, 2021).as_bytes(), "2021.txt", Lang::Zh);
    let report = nianbao_report::compare(&last, agreeing, Lang::Zh);
    assert_eq!(report.codes(), Vec::<&str>::new());
    let mut changed = carried;
    changed[5] += 3;
    let next = Numbers::consistent(&mut Rng(2021)).carrying_over(changed);
    let differing = check_kept(to_text(&next, 2021).as_bytes(), "2021.txt", Lang::Zh);
    let report = nianbao_report::compare(&last, differing, Lang::Zh);
    assert_eq!(report.codes(), ["X101", "X101"]);
    let columns: Vec<&str> =
        report.diagnostics.iter().map(|d| d.cells[0].column.as_ref()).collect();
    assert_eq!(columns, ["other_org", "total"]);
    // In force is compared only when both years use the 2021 edition.
    assert!(!report.codes().contains(&"X102"));
}
