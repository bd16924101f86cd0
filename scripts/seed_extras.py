"""What the seeds' documents hold beyond the template's cells, so that every version made of a
seed (HTML, Word, Excel) is the same document as its text: 000 lists an extra row under
第二十条第（一）项, and 001 was published with its 表四 header garbled (result columns read 0)."""

# seed prefix → block → [(label, values)], drawn after the block's template rows
EXTRA_ROWS = {"000": {"item1": [("其他主动公开文件", ["4", "4", "10"])]}}

# seeds whose 表四 header shows 0 where the result column names belong
GARBLED_APPEALS_HEADER = {"001"}

RESULTS = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]


def appeal_headers(prefix):
    """The five column headers of each 表四 group, as the seed's document prints them."""
    return ["0", "0", "0", "0", "总计"] if prefix in GARBLED_APPEALS_HEADER else RESULTS
