"""Times a benchmark program's main() several times in one process: the first pass includes the JIT's warm-up (tier-0
code, instrumented code, background compilation), the later ones show the steady state. Usage:
    warm.py PROGRAM.py [PASSES] [ARG...]
PROGRAM.py must define main(); its output is discarded; ARGs become its sys.argv[1:]."""
import importlib
import io
import os
import sys
import time


def main():
    path = sys.argv[1]
    passes = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    name = os.path.splitext(os.path.basename(path))[0]
    sys.argv = [path] + sys.argv[3:]
    sys.path.insert(0, os.path.dirname(os.path.abspath(path)))
    real = sys.stdout
    sys.stdout = io.StringIO()
    try:
        module = importlib.import_module(name)
    finally:
        sys.stdout = real
    times = []
    for _ in range(passes):
        sys.stdout = io.StringIO()
        start = time.perf_counter()
        try:
            module.main()
        finally:
            sys.stdout = real
        times.append(time.perf_counter() - start)
    print("%-24s %s" % (name, "  ".join("%.3f" % t for t in times)))


main()
