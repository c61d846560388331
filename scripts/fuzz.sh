#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# fuzz.sh [SECONDS_PER_TARGET] [TARGET...]: builds the libFuzzer targets (clang, ASan+UBSan, 'fuzz' preset)
# and runs each for the given time (default 60 s) on its seed corpus. New crashes are written to
# build/fuzz/crashes/<target>/; copy each into tests/fuzz/regressions/<target>/ once fixed.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    mapfile -t targets < <(find build/fuzz/tests/fuzz -maxdepth 1 -type f -executable -name 'fuzz_*' -printf '%f\n' | sort)
fi
for target in "${targets[@]}"; do
    work=build/fuzz/corpus/$target
    crashes=build/fuzz/crashes/$target
    mkdir -p "$work" "$crashes"
    mapfile -t seeds < "build/fuzz/tests/fuzz/$target.seeds"
    echo "== $target for ${seconds}s"
    ASAN_OPTIONS=detect_leaks=0 build/fuzz/tests/fuzz/"$target" -max_total_time="$seconds" -rss_limit_mb=4096 \
        -max_len=1048576 -timeout=10 -artifact_prefix="$crashes/" -print_final_stats=1 "$work" "${seeds[@]}" \
        2>&1 | grep -E '^(#[0-9]+[[:space:]]+DONE|stat::number_of_executed_units|stat::peak_rss|cov:|==|SUMMARY)' | tail -6
done
