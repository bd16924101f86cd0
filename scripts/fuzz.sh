#!/usr/bin/env bash
# The CI fuzz step: builds every fuzz target, replays the reproducers kept in fuzz/found/,
# then fuzzes each target for a short time with its dictionary and its seed corpus.
#
#   scripts/fuzz.sh                   every push: 10 s per target, under 2 minutes in all
#   scripts/fuzz.sh --long N          when a reader changes: N seconds per target
#   scripts/fuzz.sh --long N --keep-going
#                                     fork mode: keeps fuzzing past a crash, saving each one
#   scripts/fuzz.sh ... TARGET...     only these targets
#
# Exits 0 when no target crashed, timed out or ran out of memory, 1 otherwise; crash inputs
# are in fuzz/artifacts/<target>/. Everything runs under `nice -n 19`: CI machines are shared.
# Only stable Rust is installed: RUSTC_BOOTSTRAP=1 and `-s none` (no sanitizer) make
# cargo-fuzz work with it; the build is optimised, with overflow checks and debug assertions.
set -euo pipefail
cd "$(dirname "$0")/../fuzz"
export RUSTC_BOOTSTRAP=1

seconds=10
keep_going=0
targets=()
while [ $# -gt 0 ]; do
    case "$1" in
        --long) seconds=$2; shift 2 ;;
        --keep-going) keep_going=1; shift ;;
        -*) echo "fuzz.sh: unknown option $1" >&2; exit 2 ;;
        *) targets+=("$1"); shift ;;
    esac
done
if [ ${#targets[@]} -eq 0 ]; then
    targets=(txt html docx xlsx table skeleton package pipeline pdf layout)
fi

# Which dictionaries each target gets (fuzz/dict/<name>.dict, concatenated).
declare -A dicts=(
    [txt]="template glued"
    [html]="template html"
    [docx]="template ooxml"
    [xlsx]="template ooxml"
    [table]="template html"
    [skeleton]="template html ooxml"
    [package]="template ooxml"
    [pipeline]="template html ooxml"
    [pdf]="template pdf"
    [layout]="template"
)

if ! cargo fuzz --version >/dev/null 2>&1; then
    nice -n 19 cargo install cargo-fuzz --locked --version 0.13.2
fi

start=$(date +%s)
./seed_corpus.sh
nice -n 19 cargo fuzz build -s none
mkdir -p target/dict
failed=()

for target in "${targets[@]}"; do
    dict=target/dict/$target.dict
    for name in ${dicts[$target]}; do cat "dict/$name.dict"; done >"$dict"
    mkdir -p "artifacts/$target"
    before=$(find "artifacts/$target" -type f | wc -l)

    # Known reproducers first: each stays a failure until its cause is fixed (10 s each at
    # most: a fixed reader answers them in milliseconds).
    mapfile -t known < <(find found -maxdepth 1 -type f -name "$target-*" ! -name '*.*' | sort)
    if [ ${#known[@]} -gt 0 ]; then
        if ! nice -n 19 cargo fuzz run -s none "$target" "${known[@]}" -- \
            -timeout=10 -rss_limit_mb=1024 >"target/$target.replay.log" 2>&1; then
            echo "fuzz.sh: $target: a reproducer in fuzz/found/ still fails" \
                "(target/$target.replay.log)" >&2
            failed+=("$target(found)")
        fi
    fi

    flags=(-max_total_time="$seconds" -timeout=30 -rss_limit_mb=1024 -dict="$dict"
        -print_final_stats=1)
    if [ "$keep_going" = 1 ]; then
        flags+=(-fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1)
    fi
    log=target/$target.fuzz.log
    status=0
    nice -n 19 cargo fuzz run -s none "$target" "corpus/$target" -- "${flags[@]}" >"$log" 2>&1 ||
        status=$?
    after=$(find "artifacts/$target" -type f | wc -l)
    stats=$(grep -E '^#[0-9]+.*(DONE|cov:)' "$log" | tail -n 1 || true)
    echo "fuzz.sh: $target: ${stats:-no stats} (exit $status, $((after - before)) new artifacts)"
    if [ "$status" != 0 ] || [ "$after" -gt "$before" ]; then
        grep -E 'panicked at|^ERROR|SUMMARY|Test unit written' "$log" | head -n 5 >&2 || true
        failed+=("$target")
    fi
done

echo "fuzz.sh: ${#targets[@]} targets, $((seconds)) s each, $(($(date +%s) - start)) s in all"
if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzz.sh: failed: ${failed[*]}" >&2
    exit 1
fi
