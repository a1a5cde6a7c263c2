#!/usr/bin/env bash
# First pass against warm passes: each program's main() run PASSES times in one process (tools/bench/warm.py), under
# PyNet and under python3. A benchmark run measures the first pass; the gap to the later ones is JIT warm-up.
#
#   tools/bench/warmup.sh [PASSES] PROGRAM.py...     (default PASSES: 3)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
passes=3
if [[ "${1:-}" =~ ^[0-9]+$ ]]; then
    passes="$1"
    shift
fi
[ $# -gt 0 ] || { echo "usage: tools/bench/warmup.sh [PASSES] PROGRAM.py..." >&2; exit 2; }
echo "seconds per pass of main(), first pass first"
for program in "$@"; do
    echo "pynet    $("$root/pynet" run "$root/tools/bench/warm.py" "$program" "$passes")"
    echo "python3  $(python3 "$root/tools/bench/warm.py" "$program" "$passes")"
done
