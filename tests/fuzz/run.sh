#!/usr/bin/env bash
# tests/fuzz/run.sh [SECONDS] [TARGET…]
# Builds the libFuzzer targets with clang, ASan and UBSan (in build-fuzz/) and runs each for SECONDS (default 30)
# from its committed seeds (tests/fuzz/seeds/<target>), two at a time. Fails on any crash, hang (> 10 s per
# input), leak, out-of-memory (> 2 GB) or sanitizer report; the input that caused it is kept in
# build-fuzz/artifacts/. New inputs found accumulate in build-fuzz/corpus/<target> across runs.
# Prints each target's executions and coverage. CI runs it for 30 s a target; a campaign: run.sh 3600.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-30}
shift || true
CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBERTLAB_FUZZ=ON >/dev/null
cmake --build build-fuzz --target fuzzers
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=($(ls tests/fuzz/seeds))
fi
mkdir -p build-fuzz/corpus build-fuzz/artifacts build-fuzz/logs

run_one() {
    local t=$1 seconds=$2
    mkdir -p "build-fuzz/corpus/$t"
    # Inputs up to 64 KiB, or the largest seed's size (a Keras .h5 file is bigger).
    local max_len
    max_len=$(find "tests/fuzz/seeds/$t" -type f -printf '%s\n' | sort -n | tail -1)
    [ "${max_len:-0}" -gt 65536 ] || max_len=65536
    if build-fuzz/tests/fuzz/fuzz_"$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len="$max_len" \
        -artifact_prefix="build-fuzz/artifacts/$t-" -print_final_stats=1 \
        "build-fuzz/corpus/$t" "tests/fuzz/seeds/$t" >"build-fuzz/logs/$t.log" 2>&1; then
        local execs cov
        execs=$(grep -o 'stat::number_of_executed_units: [0-9]*' "build-fuzz/logs/$t.log" | grep -o '[0-9]*$' || echo '?')
        cov=$(grep -o 'cov: [0-9]* ft: [0-9]*' "build-fuzz/logs/$t.log" | tail -1 || echo 'cov: ?')
        echo "fuzz_$t: ok, $execs runs in ${seconds} s, $cov"
    else
        echo "fuzz_$t: FAILED (build-fuzz/logs/$t.log):"
        grep -E 'ERROR|SUMMARY|runtime error|Test unit written' "build-fuzz/logs/$t.log" | head -20
        return 1
    fi
}
export -f run_one
printf '%s\n' "${targets[@]}" | xargs -P 2 -I{} bash -c 'run_one "$@"' _ {} "$seconds"
