# quick: 5000
"""pipeline: data flowing through chained generators.

Generator functions, yield from, generator expressions, enumerate/zip,
sum/any/max over iterators, closures as stage parameters.
Usage: bm_pipeline.py [count]
"""
import sys


def numbers(count):
    value = 1
    for _ in range(count):
        value = (value * 1103515245 + 12345) % 65536
        yield value


def scaled(source, factor):
    for item in source:
        yield item * factor


def keep(source, predicate):
    for item in source:
        if predicate(item):
            yield item


def chunks(source, size):
    chunk = []
    for item in source:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def flattened(nested):
    for part in nested:
        yield from part


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 300000
    threshold = 20000
    stage = keep(scaled(numbers(count), 3), lambda v: v % 7 != 0)
    totals = [sum(c) for c in chunks(stage, 16)]
    print("chunks:", len(totals), "max:", max(totals))
    again = flattened(chunks((x for x in numbers(count // 2) if x > threshold), 10))
    print("flat sum:", sum(v for i, v in enumerate(again) if i % 2 == 0))
    print("any big:", any(v > 65530 for v in numbers(count)))


main()
