using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Assert = Xunit.Assert;

namespace PyNet.Compiler.Tests.Syntax;

/// <summary>
/// Robustness of the front end on damaged input. The suite runs a fast sample; tools/fuzz-frontend.sh sets
/// PYNET_FUZZ_COUNT for the full run (10,000 inputs or more).
/// </summary>
public class FuzzTests
{
    private const string SeedSource = """
        # -*- coding: utf-8 -*-
        '''Module docstring.'''
        from __future__ import annotations
        import os, sys as system
        from .pkg import (a, b as c)

        @decorator(arg=1)
        class Shape(Base, metaclass=Meta):
            sides: int = 0

            def __init__(self, *args, name: str = "shape", **kwargs) -> None:
                super().__init__(*args, **kwargs)
                self.name = f"{name!r:>10} has {self.sides=} sides"
                self.data = [x ** 2 for x in range(10) if x % 2]
                self.lookup = {k: v for k, v in zip("abc", b"xyz")}

            async def area(self, /, scale=1.0, *, precise=False):
                async with self.lock as held, other():
                    await held.wait()
                try:
                    result = self.compute(scale) if precise else 0
                except* (ValueError, TypeError) as group:
                    raise RuntimeError("bad") from group
                finally:
                    del self.cache[0:2, ...]
                return result

        def classify(point):
            match point:
                case (0, 0) | [0, 0]:
                    return "origin"
                case {"x": x, **rest} if x > 0:
                    return lambda y=x: y + 1j
                case Point(x=0, y=_) as p:
                    return p
                case _:
                    while True:
                        if (n := len(point)) > 10:
                            break
                        elif n < 0:
                            continue
                        else:
                            pass
            global counter
            counter += 1; yield from range(3)
        x = 0x_FF + 0o17 - 0b101 * 1_000.5e-3 // 3 @ matrix | ~flag ^ (a << 2 >> 1)
        s = r'\d+' 'tail' "\N{BULLET} \t\x41"
        """;

    [Fact]
    public void MutatedInputsEndInATreeOrASyntaxError()
    {
        var count = int.TryParse(Environment.GetEnvironmentVariable("PYNET_FUZZ_COUNT"), out var n) ? n : 3000;
        var fuzzer = new SyntaxFuzzer(seed: 20251, Seeds());
        var failures = fuzzer.Run(count);
        Assert.True(failures.Count == 0, $"{failures.Count} of {count} inputs failed:\n" + string.Join("\n\n", failures.Take(5)));
    }

    private static IEnumerable<string> Seeds()
    {
        yield return SeedSource;
        var extra = Environment.GetEnvironmentVariable("PYNET_FUZZ_SEEDS");
        if (extra != null && Directory.Exists(extra))
        {
            foreach (var file in Directory.EnumerateFiles(extra, "*.py", SearchOption.AllDirectories).Take(200))
            {
                var text = File.ReadAllText(file);
                if (text.Length < 100_000)
                {
                    yield return text;
                }
            }
        }
    }
}
