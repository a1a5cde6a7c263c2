#!/usr/bin/env bash
# Regenerates the expected outputs of the end-to-end cases with CPython 3.11 (python3):
# NAME.out (stdout), NAME.code (exit code, when not 0), NAME.err_last (last line of stderr, when any).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/Cases"
errors="$(mktemp)"
trap 'rm -f "$errors"' EXIT
for py in *.py; do
    name="${py%.py}"
    set +e
    python3 "$py" >"$name.out" 2>"$errors" </dev/null
    code=$?
    set -e
    rm -f "$name.code" "$name.err_last"
    [ "$code" -ne 0 ] && echo "$code" >"$name.code"
    last="$(awk 'NF { l = $0 } END { print l }' "$errors")"
    [ -n "$last" ] && printf '%s\n' "$last" >"$name.err_last"
done
echo "regenerated $(ls *.py | wc -l) cases"
