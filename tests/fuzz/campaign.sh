#!/usr/bin/env bash
# tests/fuzz/campaign.sh CPU_SECONDS [TARGET…]
# A long fuzzing campaign that can share the machine: each target runs at the lowest priority (nice 19), two at
# a time, until the fuzzer has used CPU_SECONDS of CPU time (its own and its children's) — not wall time, which
# on a busy machine says little. The corpus grows in build-fuzz/corpus/<target>; a run's CPU time is added to
# build-fuzz/logs/campaign-<target>.total, so a campaign can be resumed by running it again. Fails on any
# crash, hang (> 120 s wall), leak or sanitizer report, as run.sh does (build-fuzz/ must have been built by run.sh).
set -euo pipefail
cd "$(dirname "$0")/../.."
budget=${1:?usage: campaign.sh CPU_SECONDS [TARGET…]}
shift
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=($(ls tests/fuzz/seeds))
mkdir -p build-fuzz/corpus build-fuzz/artifacts build-fuzz/logs

cpu_seconds() { # utime + stime + cutime + cstime of a process, in seconds
    awk -v hz="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); print int(($12 + $13 + $14 + $15) / hz) }' "/proc/$1/stat"
}

campaign_one() {
    local t=$1 budget=$2 log=build-fuzz/logs/campaign-$1.log total=build-fuzz/logs/campaign-$1.total
    local done_before max_len pid used=0 rc=0
    done_before=$(cat "$total" 2>/dev/null || echo 0)
    [ "$done_before" -lt "$budget" ] || { echo "fuzz_$t: already ${done_before} CPU s"; return 0; }
    max_len=$(find "tests/fuzz/seeds/$t" -type f -printf '%s\n' | sort -n | tail -1)
    [ "${max_len:-0}" -gt 65536 ] || max_len=65536
    mkdir -p "build-fuzz/corpus/$t"
    # libFuzzer's timeout is wall-clock: at nice 19 beside a build an input can wait that long for a core (seen:
    # an input that takes 0.3 s reported as a 10-s timeout), so a hang here means two minutes.
    nice -n 19 build-fuzz/tests/fuzz/fuzz_"$t" -timeout=120 -rss_limit_mb=2048 -max_len="$max_len" \
        -artifact_prefix="build-fuzz/artifacts/$t-" -print_final_stats=1 \
        "build-fuzz/corpus/$t" "tests/fuzz/seeds/$t" >"$log" 2>&1 &
    pid=$!
    while kill -0 "$pid" 2>/dev/null; do
        used=$(cpu_seconds "$pid" 2>/dev/null || echo "$used")
        [ $((done_before + used)) -lt "$budget" ] || { kill -INT "$pid"; break; }
        sleep 10
    done
    wait "$pid" || rc=$?
    echo $((done_before + used)) >"$total"
    local execs cov
    execs=$(grep -o 'stat::number_of_executed_units: [0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')
    cov=$(grep -o 'cov: [0-9]* ft: [0-9]*' "$log" | tail -1 || echo 'cov: ?')
    # 72 is libFuzzer's exit status when interrupted, which is how the budget ends a run.
    if [ "$rc" -eq 0 ] || { [ "$rc" -eq 72 ] && ! grep -qE 'ERROR|runtime error' "$log"; }; then
        echo "fuzz_$t: ok, $execs runs in $used CPU s this run ($((done_before + used)) CPU s in all), $cov"
    else
        echo "fuzz_$t: FAILED (exit $rc, $log):"
        grep -E 'ERROR|SUMMARY|runtime error|Test unit written' "$log" | head -20
        return 1
    fi
}
export -f campaign_one cpu_seconds
printf '%s\n' "${targets[@]}" | xargs -P 2 -I{} bash -c 'campaign_one "$@"' _ {} "$budget"
