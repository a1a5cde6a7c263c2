# math.erf/erfc (the C library's, bit for bit as CPython's) and the statistics module that imports them.
import math
import statistics

xs = [i / 8 for i in range(-48, 49)] + [1e-300, -1e-300, 27.0, -27.0, 1e10, float("inf"), float("-inf"), float("nan")]
print([math.erf(x) for x in xs])
print([math.erfc(x) for x in xs])
for bad in ("1", None):
    try:
        math.erf(bad)
    except TypeError as e:
        print("TypeError:", e)
print(math.erf(True), math.erfc(3), math.erf(2**70))
d = statistics.NormalDist(mu=100, sigma=15)
print(d.cdf(115), d.inv_cdf(0.9), d.overlap(statistics.NormalDist(110, 15)), d.zscore(130))
data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(statistics.mean(data), statistics.median(data), statistics.stdev(data), statistics.pvariance(data))
print(statistics.mode([1, 1, 2, 3]), statistics.quantiles(range(1, 21), n=4), statistics.fmean([1, 2, 4]))
