#!/usr/bin/env python3
"""The CPU time pdfplumber spends extracting the tables of each PDF fixture, to set beside
the checker's times in Chromium (`node tests/browser/timing.mjs pdf`). Not a test: it prints
figures for the closing notes.

For each file: open it, `extract_tables()` on every page, close; CPU time of this process
(time.process_time), median of RUNS runs. pdfplumber only extracts: the checker also reads
the tables into the template's cells and runs every rule, so its figures include more work.

Run: python3 scripts/pdfplumber_cpu.py [RUNS]   (needs: pip install pdfplumber)
"""
import logging, pathlib, statistics, sys, time

import pdfplumber

ROOT = pathlib.Path(__file__).resolve().parent.parent
RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 5
logging.getLogger("pdfminer").setLevel(logging.ERROR)  # font-descriptor chatter, not errors


def tables_of(path):
    with pdfplumber.open(path) as pdf:
        return [table for page in pdf.pages for table in page.extract_tables()]


def main():
    print(f"pdfplumber {pdfplumber.__version__}: CPU time to extract every table, median of {RUNS} runs (ms)")
    for path in sorted((ROOT / "tests/fixtures/pdf").glob("*.pdf")):
        times = []
        try:
            for _ in range(RUNS):
                start = time.process_time()
                tables = tables_of(path)
                times.append((time.process_time() - start) * 1000)
        except Exception as error:  # an encrypted or damaged file: say so and go on
            print(f"{'—':>9}  {path.relative_to(ROOT)} ({path.stat().st_size} bytes): {type(error).__name__}")
            continue
        print(f"{statistics.median(times):9.2f}  {path.relative_to(ROOT)} ({path.stat().st_size} bytes, {len(tables)} tables)")


main()
