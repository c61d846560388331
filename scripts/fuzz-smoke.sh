#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# fuzz-smoke.sh SECONDS BUILD_DIR: runs every libFuzzer target built in BUILD_DIR (the 'fuzz-smoke' or 'fuzz'
# preset) for SECONDS each, starting from its seeds. A short run in CI, not a fuzzing campaign (scripts/fuzz.sh):
# the seeds are only read, new inputs go to a throw-away corpus, and a crash, leak of time (-timeout) or memory
# (-rss_limit_mb) fails the run. Crash inputs are kept in BUILD_DIR/fuzz-smoke-crashes/<target>/.
set -euo pipefail
if [ $# -ne 2 ]; then
    echo "usage: $0 SECONDS BUILD_DIR" >&2
    exit 2
fi
seconds=$1
dir=$(cd "$2" && pwd)/tests/fuzz
mapfile -t targets < <(find "$dir" -maxdepth 1 -type f -executable -name 'fuzz_*' -printf '%f\n' | sort)
if [ ${#targets[@]} -eq 0 ]; then
    echo "no fuzz_* targets in $dir" >&2
    exit 2
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 QT_QPA_PLATFORM=offscreen
failed=()
start=$(date +%s)
for target in "${targets[@]}"; do
    crashes=$dir/../../fuzz-smoke-crashes/$target
    mkdir -p "$work/$target" "$crashes"
    mapfile -t seeds < "$dir/$target.seeds"
    status=0
    began=$(date +%s)
    "$dir/$target" -max_total_time="$seconds" -rss_limit_mb=2048 -max_len=1048576 -timeout=10 \
        -artifact_prefix="$crashes/" -print_final_stats=1 "$work/$target" "${seeds[@]}" >"$work/$target.log" 2>&1 ||
        status=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/$target.log")
    echo "$target: exit $status, ${runs:-?} runs in $(($(date +%s) - began)) s"
    if [ $status -ne 0 ]; then
        grep -E '^(==|SUMMARY|.*ERROR)' "$work/$target.log" | head -20 >&2 || true
        failed+=("$target")
    fi
    rm -rf "${work:?}/$target"
done
echo "fuzz-smoke: ${#targets[@]} targets in $(($(date +%s) - start)) s"
if [ ${#failed[@]} -ne 0 ]; then
    echo "fuzz-smoke FAILED: ${failed[*]} (inputs in $(cd "$dir/../.." && pwd)/fuzz-smoke-crashes/)" >&2
    exit 1
fi
