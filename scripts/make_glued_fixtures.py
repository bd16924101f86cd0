#!/usr/bin/env python3
"""Makes tests/fixtures/glued/ from the seeds: each seed as a crawler's archive keeps it,
with every line break, every white space and every cell boundary (the `|` a copy of the
page puts between cells) removed, so the whole report is one line.

    python3 scripts/make_glued_fixtures.py

Deterministic: running it again gives the same bytes.
"""
import pathlib
import re

ROOT = pathlib.Path(__file__).resolve().parent.parent
SEEDS = ROOT / "tests" / "fixtures" / "seeds"
OUT = ROOT / "tests" / "fixtures" / "glued"

# White space as Python's str.split sees it (line breaks, tabs, U+3000, U+00A0, …) and `|`.
BOUNDARIES = re.compile(r"[\s|]+")


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for seed in sorted(SEEDS.glob("*.txt")):
        text = seed.read_text(encoding="utf-8")
        glued = BOUNDARIES.sub("", text)
        (OUT / seed.name.replace(".txt", ".glued.txt")).write_text(glued, encoding="utf-8")


if __name__ == "__main__":
    main()
