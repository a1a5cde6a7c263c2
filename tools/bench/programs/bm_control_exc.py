# quick: 2000
"""control_exc: exceptions as control flow.

try/except/else/finally in loops, a custom exception hierarchy, raise from,
KeyError/IndexError/ValueError from builtins, exceptions crossing frames.
Usage: bm_control_exc.py [items]
"""
import sys


class LookupFailed(Exception):
    def __init__(self, key):
        super().__init__(key)
        self.key = key


class TooSmall(LookupFailed):
    pass


def fetch(table, key):
    try:
        value = table[key]
    except KeyError:
        raise LookupFailed(key) from None
    if value < 10:
        raise TooSmall(key)
    return value


def parse(text):
    try:
        return int(text)
    except ValueError:
        return -1


def main():
    items = int(sys.argv[1]) if len(sys.argv) > 1 else 200000
    table = {i: i % 50 for i in range(0, items, 3)}
    found = missing = small = cleanups = 0
    for i in range(items):
        try:
            fetch(table, i)
        except TooSmall:
            small += 1
        except LookupFailed:
            missing += 1
        else:
            found += 1
        finally:
            cleanups += 1
    texts = [str(i) if i % 4 else "n/a" for i in range(items // 2)]
    parsed = sum(parse(t) for t in texts)
    values = list(range(100))
    out_of_range = 0
    for i in range(items // 2):
        try:
            values[i % 150]
        except IndexError:
            out_of_range += 1
    print(found, missing, small, cleanups)
    print(parsed, out_of_range)


main()
