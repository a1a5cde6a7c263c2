#!/usr/bin/env python3
"""Prints, as JSON lines, what CPython reports for each snippet of a snippet file.

Snippet files hold one snippet per line; '#' starts a comment line; the escapes \\n, \\t, \\\\, \\xXX and \\uXXXX
stand for the characters they name (InvalidSnippets.cs decodes them the same way). For each snippet this prints
{"index", "parse", "compile"}: the error of ast.parse (the parser) and of compile() (parser plus compiler), each
null or {"type", "msg", "lineno", "offset", "end_lineno", "end_offset"}.
usage: cpython_errors.py SNIPPET_FILE
"""
import ast
import json
import re
import sys
import warnings

ESCAPE = re.compile(r"\\(n|t|\\|x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4})")


def decode(line):
    def repl(m):
        e = m.group(1)
        if e == "n":
            return "\n"
        if e == "t":
            return "\t"
        if e == "\\":
            return "\\"
        return chr(int(e[1:], 16))
    return ESCAPE.sub(repl, line)


def describe(e):
    return {"type": type(e).__name__, "msg": getattr(e, "msg", str(e)), "lineno": getattr(e, "lineno", None),
            "offset": getattr(e, "offset", None), "end_lineno": getattr(e, "end_lineno", None),
            "end_offset": getattr(e, "end_offset", None)}


def run(source, fn):
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            fn(source)
        return None
    except (SyntaxError, ValueError, RecursionError, MemoryError) as e:
        return describe(e)


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        lines = [l.rstrip("\n") for l in f]
    index = 0
    for line in lines:
        if not line or line.startswith("#"):
            continue
        source = decode(line)
        print(json.dumps({"index": index,
                          "parse": run(source, lambda s: ast.parse(s, "<snippet>")),
                          "compile": run(source, lambda s: compile(s, "<snippet>", "exec"))}))
        index += 1


main()
