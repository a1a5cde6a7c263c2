#!/usr/bin/env bash
# PyNet build script.
#   ./build.sh          restore and build everything (Release), and the C# consumer example
#   ./build.sh test     build, check formatting, run every test project and the C# consumer example
#   ./build.sh gen      regenerate generated sources (the AST classes, the Unicode tables)
#   ./build.sh clean    remove build outputs
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"
verb="${1:-build}"
config="${CONFIG:-Release}"

consumer="examples/csharp-consumer"

build() {
    dotnet build PyNet.sln -c "$config" -nologo
    build_consumer
}

# The C# consumer example: its Python module is built with `pynet build` (the CLI just built), then the C# project
# that references it with the ordinary SDK.
build_consumer() {
    echo "== building $consumer (pynet build geometry.py, then dotnet build)"
    dotnet "tools/PyNet.Cli/bin/$config/net10.0/pynet.dll" build "$consumer/geometry.py" -o "$consumer/out/geometry.dll"
    dotnet build "$consumer/CSharpConsumer.csproj" -c "$config" -nologo -v quiet
}

# Runs the consumer and compares its output with $consumer/expected-output.txt.
run_consumer() {
    echo "== running $consumer"
    local actual
    actual="$(mktemp)"
    if dotnet "$consumer/bin/$config/net10.0/CSharpConsumer.dll" >"$actual" 2>&1 && diff -u "$consumer/expected-output.txt" "$actual"; then
        echo "$consumer: output as expected"
        rm -f "$actual"
        return 0
    fi
    rm -f "$actual"
    echo "$consumer: output differs (above)" >&2
    return 1
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
    if run_consumer; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
    fi
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
        rm -rf .pynet-build "$consumer/out" "$consumer/bin" "$consumer/obj"
        ;;
    *)
        echo "usage: ./build.sh [build|test|gen|clean]" >&2
        exit 2
        ;;
esac
