# quick: 5000
"""intmath: integer loops over ranges and lists.

A sieve of Eratosthenes, Collatz chain lengths with a cache, gcd sums and
digit sums: int arithmetic, comparisons, list indexing, while loops.
Usage: bm_intmath.py [limit]
"""
import sys


def sieve(limit):
    flags = [True] * (limit + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= limit:
        if flags[i]:
            for j in range(i * i, limit + 1, i):
                flags[j] = False
        i += 1
    return [n for n in range(limit + 1) if flags[n]]


def collatz_lengths(limit):
    cache = {1: 1}
    best, best_n = 1, 1
    for n in range(2, limit):
        chain = []
        m = n
        while m not in cache:
            chain.append(m)
            m = m // 2 if m % 2 == 0 else 3 * m + 1
        length = cache[m]
        for value in reversed(chain):
            length += 1
            cache[value] = length
        if length > best:
            best, best_n = length, n
    return best_n, best


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def digit_sum(n):
    total = 0
    while n:
        total += n % 10
        n //= 10
    return total


def main():
    limit = int(sys.argv[1]) if len(sys.argv) > 1 else 200000
    primes = sieve(limit)
    print("primes:", len(primes), primes[-1])
    print("collatz:", collatz_lengths(limit // 2))
    print("gcd sum:", sum(gcd(i, 360360) for i in range(1, limit // 4)))
    print("digit sums:", sum(digit_sum(p) for p in primes))


main()
