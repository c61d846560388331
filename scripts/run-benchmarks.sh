#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# run-benchmarks.sh BUILD_DIR [BENCHMARK_ARGS...]: runs every Google Benchmark program built in BUILD_DIR/bench.
set -euo pipefail
build=$1
shift
found=0
while IFS= read -r program; do
    found=1
    echo "== $(basename "$program")"
    "$program" --benchmark_min_time=0.2 "$@"
done < <(find "$build/bench" -type f -executable -name 'bench_*' | sort)
[ "$found" = 1 ] || { echo "no benchmark programs in $build/bench"; exit 1; }
