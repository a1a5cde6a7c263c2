#!/usr/bin/env bash
# Start-up with and without the module cache (issue 6): a generated main importing 30 modules of ~210 lines each.
# Prints the best and median wall time of N cold runs (empty cache) and N warm runs, for `pynet main.py` and
# `pynet -m main` (warm: everything from the cache, the main script's assembly included).
#   usage: measure-startup.sh [N]     (run from anywhere; builds nothing: uses .pynet-build/bin/pynet.dll)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
dll="$root/.pynet-build/bin/pynet.dll"
[ -f "$dll" ] || { echo "run ./pynet once first" >&2; exit 1; }
n="${1:-5}"
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
unset PYTHONDONTWRITEBYTECODE PYTHONPYCACHEPREFIX PYTHONVERBOSE
python3 - "$dir" <<'PY'
import os, sys
d = sys.argv[1]
for i in range(30):
    lines = [f'"""Module {i}."""', 'import math', f'CONST_{i} = {i}', '']
    n = 0
    while len(lines) < 200:
        lines += [f'def f{n}(x, y=2):', f'    """Function {n}."""', '    total = 0', '    for k in range(x):',
                  '        if k % 3 == 0:', f'            total += k * y + {n}', '        else:', '            total -= k',
                  '    return total', '']
        lines += [f'class C{n}:', '    def __init__(self, v):', '        self.v = v', '    def get(self):',
                  f'        return self.v + {n}', '']
        n += 1
    open(os.path.join(d, f'mod{i:02}.py'), 'w').write('\n'.join(lines) + '\n')
open(os.path.join(d, 'main.py'), 'w').write(''.join(f'import mod{i:02}\n' for i in range(30)) +
    'print(sum(getattr(__import__(f"mod{i:02}"), "f0")(10) for i in range(30)))\n')
PY
cd "$dir"
time_one() { local s e; s=$(date +%s%N); dotnet "$dll" "$@" >/dev/null; e=$(date +%s%N); echo $(((e - s) / 1000000)); }
report() { sort -n | awk -v label="$1" '{ a[NR] = $1 } END { printf "%-22s best %5d ms   median %5d ms\n", label, a[1], a[int((NR + 1) / 2)] }'; }
for form in "main.py" "-m main"; do
    for i in $(seq "$n"); do rm -rf __pycache__; time_one $form; done | report "cold  pynet $form"
    for i in $(seq "$n"); do time_one $form; done | report "warm  pynet $form"
done
