#!/usr/bin/env bash
# PyNet build script.
#   ./build.sh          restore and build everything (Release)
#   ./build.sh test     build, check formatting, and run every test project
#   ./build.sh gen      regenerate generated sources (the AST classes, the Unicode tables)
#   ./build.sh clean    remove build outputs
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"
verb="${1:-build}"
config="${CONFIG:-Release}"

build() {
    dotnet build PyNet.sln -c "$config" -nologo
}

run_tests() {
    build
    echo "== checking formatting (dotnet format --verify-no-changes)"
    dotnet format PyNet.sln --verify-no-changes --no-restore
    local passed=0 failed=0 status=0
    for project in tests/*/*.Tests.csproj; do
        echo "== testing $project"
        local log
        log="$(mktemp)"
        if ! dotnet test "$project" -c "$config" --no-build -nologo 2>&1 | tee "$log"; then
            status=1
        fi
        local p f
        p="$(grep -oE 'Passed: +[0-9]+' "$log" | awk '{ s += $2 } END { print s + 0 }')"
        f="$(grep -oE 'Failed: +[0-9]+' "$log" | awk '{ s += $2 } END { print s + 0 }')"
        passed=$((passed + ${p:-0}))
        failed=$((failed + ${f:-0}))
        rm -f "$log"
    done
    echo "$passed passed, $failed failed"
    if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ]; then
        echo "build.sh: tests failed" >&2
        exit 1
    fi
}

case "$verb" in
    build) build ;;
    test) run_tests ;;
    gen)
        dotnet run --project tools/PyNet.AstGen -- compiler/Syntax/Ast/Python.ast compiler/Syntax/Ast/Ast.g.cs
        python3 tools/generate-unicode-types.py > runtime/Text/UnicodeTypes.g.cs
        python3 compiler/Syntax/Unicode/generate_unicode_data.py > compiler/Syntax/Unicode/UnicodeData.g.cs
        ;;
    clean)
        dotnet clean PyNet.sln -nologo
        rm -rf .pynet-build
        ;;
    *)
        echo "usage: ./build.sh [build|test|gen|clean]" >&2
        exit 2
        ;;
esac
