#!/usr/bin/env bash
# Compares `pynet ast` with CPython's ast.dump for every .py file under a folder (default: CPython's stdlib).
# One pynet process and one python3 process cover the whole tree. Files CPython rejects must be rejected by PyNet
# with the same exception type and line.
# usage: tools/ast-compare.sh [DIR] [--no-attributes] [--show N]
# AST_COMPARE_CACHE=FILE keeps CPython's dumps in FILE between runs (CPython's side is the slow one).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dir=""
attrs=""
show=10
while [ $# -gt 0 ]; do
    case "$1" in
        --no-attributes) attrs="--no-attributes" ;;
        --show) shift; show=$1 ;;
        *) dir=$1 ;;
    esac
    shift
done
if [ -z "$dir" ]; then
    dir=$(python3 -c "import sysconfig; print(sysconfig.get_path('stdlib'))")
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet build "$root/tools/PyNet.Cli/PyNet.Cli.csproj" -c Release -v q --nologo >/dev/null
"$root/tools/PyNet.Cli/bin/Release/net10.0/pynet" ast --dump-tree "$dir" $attrs > "$work/pynet.txt"
python3 - "$dir" "$work/pynet.txt" "$attrs" "$show" "${AST_COMPARE_CACHE:-}" <<'PY'
import ast, os, pickle, sys
top, pynet_out, attrs, show, cache = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5]
include = attrs != "--no-attributes"
cached = {}
if cache and os.path.exists(cache):
    with open(cache, "rb") as f:
        cached = pickle.load(f)
mine = {}
with open(pynet_out, encoding="utf-8", errors="surrogateescape") as f:
    for line in f:
        path, status, rest = line.rstrip("\n").split("\t", 2)
        mine[path] = (status, rest)
same = diff = 0
shown = 0
for dirpath, dirnames, filenames in os.walk(top):
    for name in filenames:
        if not name.endswith(".py"):
            continue
        full = os.path.join(dirpath, name)
        rel = os.path.relpath(full, top)
        if rel in cached:
            expected = cached[rel]
        else:
          try:
            with open(full, "rb") as f:
                source = f.read()
            expected = ("OK", ast.dump(ast.parse(source, full), include_attributes=include).replace("\n", "\\n"))
          except (SyntaxError, ValueError) as e:
            expected = ("ERR", "%s\t%s" % (type(e).__name__, getattr(e, "lineno", 0)))
          except (RecursionError, MemoryError) as e:
            expected = ("ERR", "RecursionError\t0")
          cached[rel] = expected
        got = mine.get(rel, ("MISSING", ""))
        if got[0] == "ERR":
            got = ("ERR", "\t".join(got[1].split("\t")[:2]))
        if got == expected:
            same += 1
            continue
        diff += 1
        if shown < show:
            shown += 1
            print("--- %s" % rel)
            if expected[0] != "OK" or got[0] != "OK":
                print("  cpython: %s %s" % (expected[0], expected[1][:300]))
                print("  pynet:   %s %s" % (got[0], got[1][:300]))
            else:
                a, b = expected[1], got[1]
                i = next((k for k in range(min(len(a), len(b))) if a[k] != b[k]), min(len(a), len(b)))
                print("  cpython: ...%s" % a[max(0, i - 150):i + 150])
                print("  pynet:   ...%s" % b[max(0, i - 150):i + 150])
if cache:
    with open(cache, "wb") as f:
        pickle.dump(cached, f)
print("%d identical, %d different" % (same, diff))
PY
