import sys


def greet(name, punctuation="!"):
    return f"Hello, {name}{punctuation}"


names = sys.argv[1:] or ["world"]
for n in names:
    print(greet(n))
