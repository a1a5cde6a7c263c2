#!/usr/bin/env bash
# Benchmark (not a test): a typed Python function `def add(a: int, b: int) -> int`, built with `pynet build`, called
# from C# as `long addlib.add(long, long)`; prints nanoseconds per call. Usage: run.sh [CALLS] (default 10 million).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
"$root/pynet" build "$here/addlib.py" -o "$here/out/addlib.dll"
dotnet build "$here/CSharpCall.csproj" -c Release -nologo -v quiet -o "$here/out/bin"
dotnet "$here/out/bin/CSharpCall.dll" "$@"
