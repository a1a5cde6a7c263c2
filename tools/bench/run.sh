#!/usr/bin/env bash
# Times PyNet's own benchmark programs (tools/bench/programs) against python3: wall clock (best of N), peak
# resident memory, and whether the outputs agree. Not a test: timings are for people (see README, "Benchmarks").
#
#   tools/bench/run.sh [--quick] [--runs N] [--only NAME[,NAME]] [PYNET_CMD]
#
#   --quick   small sizes, one run: a correctness smoke test
#   PYNET_CMD defaults to "<repo>/pynet run"
# The shared benchmark suite of the project's brief is run with ../shared/bench/run.sh "$PWD/pynet run".
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
runs=3
quick=0
only=""
while [ $# -gt 0 ]; do
    case "$1" in
        --quick) quick=1; runs=1; shift ;;
        --runs) runs="$2"; shift 2 ;;
        --only) only="$2"; shift 2 ;;
        -h|--help) sed -n '2,9p' "${BASH_SOURCE[0]}"; exit 0 ;;
        *) break ;;
    esac
done
read -r -a pynet <<< "${1:-$root/pynet run}"
# The interpreter itself, not a version manager's shim script (whose own start-up would be measured).
python="$(python3 -c 'import sys; print(sys.executable)')"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# Runs "$@" $runs times; prints "best_wall_seconds peak_rss_kb" and leaves the last stdout in $tmp/out.
measure() {
    local best="" rss=0
    for _ in $(seq "$runs"); do
        /usr/bin/time -f "%e %M" -o "$tmp/time" "$@" >"$tmp/out" 2>"$tmp/err" || { cat "$tmp/err" >&2; echo "FAILED 0"; return; }
        read -r wall kb < "$tmp/time"
        if [ -z "$best" ] || awk "BEGIN { exit !($wall < $best) }"; then best="$wall"; fi
        if [ "$kb" -gt "$rss" ]; then rss="$kb"; fi
    done
    echo "$best $rss"
}

printf "%-16s %9s %9s %8s %9s %9s %7s  %s\n" benchmark python3 pynet speedup py_MB pynet_MB mem status
log_sum=0
count=0
failures=0
for program in "$root"/tools/bench/programs/bm_*.py; do
    name="$(basename "$program" .py)"
    if [ -n "$only" ] && [[ ",$only," != *",${name#bm_},"* && ",$only," != *",$name,"* ]]; then continue; fi
    args=()
    if [ "$quick" = 1 ]; then args=("$(sed -n 's/^# quick: //p' "$program")"); fi
    read -r py_time py_rss < <(measure "$python" "$program" "${args[@]}")
    cp "$tmp/out" "$tmp/expected"
    read -r pn_time pn_rss < <(measure "${pynet[@]}" "$program" "${args[@]}")
    status=ok
    if [ "$pn_time" = FAILED ] || ! cmp -s "$tmp/out" "$tmp/expected"; then
        status=MISMATCH
        failures=$((failures + 1))
        diff "$tmp/expected" "$tmp/out" | head -5 >&2 || true
        pn_time=0
    fi
    speedup="$(awk "BEGIN { if ($pn_time > 0) printf \"%.2f\", $py_time / $pn_time; else print 0 }")"
    mem="$(awk "BEGIN { printf \"%.2f\", $pn_rss / ($py_rss > 0 ? $py_rss : 1) }")"
    printf "%-16s %9s %9s %7sx %9.1f %9.1f %6sx  %s\n" "$name" "$py_time" "$pn_time" "$speedup" \
        "$(awk "BEGIN { print $py_rss / 1024 }")" "$(awk "BEGIN { print $pn_rss / 1024 }")" "$mem" "$status"
    if [ "$status" = ok ] && [ "$speedup" != 0 ]; then
        log_sum="$(awk "BEGIN { print $log_sum + log($speedup) }")"
        count=$((count + 1))
    fi
done
if [ "$count" -gt 0 ]; then
    echo "geometric mean speedup: $(awk "BEGIN { printf \"%.2f\", exp($log_sum / $count) }")x over $count benchmarks"
fi
echo "failures: $failures"
[ "$failures" -eq 0 ]
