#!/usr/bin/env bash
# Seeds fuzz/corpus/<target>/ from tests/fixtures/**: each target gets the fixtures of the
# format it reads; the structure-aware targets get the text seeds (their fuzzed text is read
# from the input bytes, so real report wording is a good start) and the pipeline gets all.
# Corpora are not committed (.gitignore); run again at any time, it only adds files.
set -euo pipefail
cd "$(dirname "$0")"
fixtures=../tests/fixtures
seed() { # seed TARGET FILE...
    local target=$1
    shift
    mkdir -p "corpus/$target"
    local file
    for file in "$@"; do
        [ -f "$file" ] && cp -n "$file" "corpus/$target/$(basename "$file")"
    done
    return 0
}
seed txt "$fixtures"/seeds/*.txt "$fixtures"/glued/*.txt "$fixtures"/real/*.txt "$fixtures"/real/*.md
seed html "$fixtures"/html/*.html
seed docx "$fixtures"/docx/*.docx "$fixtures"/bad/*.docx
seed xlsx "$fixtures"/xlsx/*.xlsx
for target in package table skeleton layout; do
    seed "$target" "$fixtures"/seeds/*.txt
done
seed pdf "$fixtures"/pdf/*.pdf ../crates/nianbao_pdf/tests/fixtures/*/*.pdf
# Uncompressed copies (objects and content streams in the clear) when qpdf is there.
if command -v qpdf >/dev/null; then
    for file in "$fixtures"/pdf/*.lo.pdf "$fixtures"/pdf/*.wps.pdf; do
        plain="corpus/pdf/qdf-$(basename "$file")"
        [ -f "$plain" ] || qpdf --qdf --object-streams=disable "$file" "$plain" 2>/dev/null || true
    done
fi
seed pipeline $(find "$fixtures" -type f ! -name '*.json' | sort)
