"""What the seeds' documents hold beyond the template's cells, so that every version made of a
seed (HTML, Word, Excel) is the same document as its text: 000 lists an extra row under
第二十条第（一）项, and 001 was published with its 表四 header garbled (result columns read 0).

Also where the fixture scripts get the template's words: `nianbao forms --format json`, the
vocabulary kept once in Rust (nianbao_tables), so the scripts hold no copy of a label. Give a
saved copy with `--forms PATH`; otherwise the scripts run `cargo run -q -p nianbao_cli -- forms`.
"""
import functools, json, pathlib, subprocess, sys

ROOT = pathlib.Path(__file__).resolve().parent.parent

# seed prefix → block → [(label, values)], drawn after the block's template rows
EXTRA_ROWS = {"000": {"item1": [("其他主动公开文件", ["4", "4", "10"])]}}

# seeds whose 表四 header shows 0 where the result column names belong
GARBLED_APPEALS_HEADER = {"001"}


@functools.lru_cache(maxsize=None)
def forms():
    """The forms of both editions and their shared words, as `nianbao forms` prints them."""
    if "--forms" in sys.argv:
        return json.loads(pathlib.Path(sys.argv[sys.argv.index("--forms") + 1]).read_text(encoding="utf-8"))
    out = subprocess.run(["cargo", "run", "-q", "-p", "nianbao_cli", "--", "forms", "--format", "json"],
                         cwd=ROOT, check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def labels(items):
    """The printed labels of a forms list (columns, rows, groups)."""
    return [item["label"] for item in items]


def appeal_headers(prefix):
    """The five column headers of each 表四 group, as the seed's document prints them."""
    results = labels(forms()["2021"]["appeal_columns"])
    return ["0", "0", "0", "0", results[-1]] if prefix in GARBLED_APPEALS_HEADER else results
