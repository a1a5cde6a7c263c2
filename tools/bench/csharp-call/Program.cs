// Calls the Python function `def add(a: int, b: int) -> int` through its typed C# signature
// `long addlib.add(long, long)` N times (default 10 million) and reports nanoseconds per call, best of 5 runs.
using System;
using System.Diagnostics;

var calls = args.Length > 0 ? long.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 10_000_000;
long checksum = addlib.add(1, 2);
for (var i = 0; i < 100_000; i++)
{
    checksum += addlib.add(i, 1);
}
var best = double.MaxValue;
for (var run = 0; run < 5; run++)
{
    var clock = Stopwatch.StartNew();
    long sum = 0;
    for (long i = 0; i < calls; i++)
    {
        sum = addlib.add(sum, i & 1023);
    }
    clock.Stop();
    checksum += sum;
    best = Math.Min(best, clock.Elapsed.TotalNanoseconds / calls);
}
Console.WriteLine($"{calls:N0} calls of addlib.add(long, long): {best:F1} ns per call (best of 5; checksum {checksum})");

// For scale: the same loop over a C# method that cannot be inlined.
var direct = double.MaxValue;
for (var run = 0; run < 5; run++)
{
    var clock = Stopwatch.StartNew();
    long sum = 0;
    for (long i = 0; i < calls; i++)
    {
        sum = Add(sum, i & 1023);
    }
    clock.Stop();
    checksum += sum;
    direct = Math.Min(direct, clock.Elapsed.TotalNanoseconds / calls);
}
Console.WriteLine($"the same loop over a non-inlined C# add: {direct:F1} ns per call");

[System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
static long Add(long a, long b) => a + b;
