# Traceback positions far into a long source (line numbers and columns past 2**15, which cross the chunks of a
# compiled function's position table) come back exactly.
import traceback

for lines, indent in [(0, 0), (40000, 0), (70000, 33000), (5, 65000)]:
    src = "\n" * lines + "def f(a, b):\n    return " + " " * indent + "(a / b)\n" + "f(1, 0)\n"
    try:
        exec(compile(src, "generated", "exec"), {})
    except ZeroDivisionError as e:
        for fs in traceback.extract_tb(e.__traceback__)[1:]:
            print(fs.name, fs.lineno, fs.end_lineno, fs.colno, fs.end_colno)
