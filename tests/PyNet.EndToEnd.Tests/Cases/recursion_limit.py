import sys


def down(n):
    return 0 if n == 0 else 1 + down(n - 1)


try:
    down(100000)
except RecursionError as e:
    print("RecursionError:", e)
print("continues after RecursionError")
sys.setrecursionlimit(100_000)
print(down(90_000))
