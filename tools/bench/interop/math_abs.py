# System.Math.Abs(i) from Python, next to the builtin abs(i): ns per call over N iterations (default 10 million).
import sys
import time
import System

N = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000_000


def clr_loop(n):
    total = 0
    for i in range(n):
        total += System.Math.Abs(i)
    return total


def python_loop(n):
    total = 0
    for i in range(n):
        total += abs(i)
    return total


def empty_loop(n):
    total = 0
    for i in range(n):
        total += i
    return total


clr_loop(1000)
for name, loop in (("System.Math.Abs(i)", clr_loop), ("abs(i)", python_loop), ("loop only", empty_loop)):
    start = time.perf_counter()
    loop(N)
    elapsed = time.perf_counter() - start
    print(f"{name:22} {elapsed * 1e9 / N:8.1f} ns per iteration")
