# sb.Append(str(i)) on a System.Text.StringBuilder, next to list.append(str(i)): ns per call over N iterations.
import sys
import time
from System.Text import StringBuilder

N = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000_000


def clr_loop(n):
    sb = StringBuilder()
    for i in range(n):
        sb.Append(str(i))
    return sb.Length


def python_loop(n):
    parts = []
    for i in range(n):
        parts.append(str(i))
    return len(parts)


def str_only(n):
    for i in range(n):
        str(i)


clr_loop(1000)
for name, loop in (("sb.Append(str(i))", clr_loop), ("list.append(str(i))", python_loop), ("str(i) only", str_only)):
    start = time.perf_counter()
    loop(N)
    elapsed = time.perf_counter() - start
    print(f"{name:22} {elapsed * 1e9 / N:8.1f} ns per iteration")
