#!/usr/bin/env bash
# Start-up: median wall time of `pynet run hello.py` (compiled-module cache warm) next to a plain .NET console
# hello world (`dotnet hello-dotnet.dll`) and `python3 hello.py`, measured interleaved in the same run.
#
#   tools/bench/startup.sh [RUNS]      (default 21)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
runs="${1:-21}"
# The interpreter itself, not a version manager's shim script (whose own start-up would be measured).
python="$(python3 -c 'import sys; print(sys.executable)')"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
dotnet build "$root/tools/bench/hello-dotnet/hello-dotnet.csproj" -c Release -o "$tmp/dotnet" -nologo -v quiet >/dev/null
echo 'print("hello")' >"$tmp/hello.py"
# Warm: builds the CLI if needed and writes __pycache__/hello.pynet-311.dll.
env -u PYTHONDONTWRITEBYTECODE "$root/pynet" run "$tmp/hello.py" >/dev/null

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
time_once() {
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null
    end=$(date +%s%N)
    echo $(((end - start) / 1000))
}
: >"$tmp/pynet"; : >"$tmp/dotnet.t"; : >"$tmp/python"
for _ in $(seq "$runs"); do
    time_once "$root/pynet" run "$tmp/hello.py" >>"$tmp/pynet"
    time_once dotnet "$tmp/dotnet/hello-dotnet.dll" >>"$tmp/dotnet.t"
    time_once "$python" "$tmp/hello.py" >>"$tmp/python"
done
p=$(median <"$tmp/pynet"); d=$(median <"$tmp/dotnet.t"); y=$(median <"$tmp/python")
printf "median of %d runs (ms): pynet run hello.py %.1f | dotnet hello.dll %.1f | python3 hello.py %.1f | pynet/dotnet %.2fx\n" \
    "$runs" "$(awk "BEGIN { print $p / 1000 }")" "$(awk "BEGIN { print $d / 1000 }")" "$(awk "BEGIN { print $y / 1000 }")" \
    "$(awk "BEGIN { print $p / $d }")"
