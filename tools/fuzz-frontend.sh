#!/usr/bin/env bash
# The full fuzz run of the front end: PYNET_FUZZ_COUNT inputs (default 20,000) mutated from the built-in seed and
# from up to 200 files of CPython's stdlib. Each must end in a tree, a SyntaxError or a recursion-limit error within
# a second. usage: tools/fuzz-frontend.sh [COUNT]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
export PYNET_FUZZ_COUNT=${1:-20000}
export PYNET_FUZZ_SEEDS=${PYNET_FUZZ_SEEDS:-$(python3 -c "import sysconfig; print(sysconfig.get_path('stdlib'))" 2>/dev/null || true)}
dotnet test "$root/tests/PyNet.Compiler.Tests" --filter "FullyQualifiedName~FuzzTests" --logger "console;verbosity=normal"
