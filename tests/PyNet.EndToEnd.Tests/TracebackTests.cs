using System.IO;

namespace PyNet.EndToEnd.Tests;

/// <summary>Whole-stderr checks for the formats users read: tracebacks and syntax errors.</summary>
public class TracebackTests
{
    private static string WriteTemp(string name, string source)
    {
        var dir = Path.Combine(Path.GetTempPath(), "pynet-e2e-" + System.Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, name), source);
        return dir;
    }

    [Fact]
    public void UncaughtExceptionPrintsEveryPythonFrameWithSourceLines()
    {
        var dir = WriteTemp("t.py", "def inner(x):\n    return 1 // x\n\ndef outer():\n    return inner(0)\n\nouter()\n");
        var r = PyNetProcess.Run(dir, "run", "t.py");
        Assert.Equal(1, r.ExitCode);
        Assert.Equal(
            "Traceback (most recent call last):\n" +
            $"  File \"{System.IO.Path.Combine(dir, "t.py")}\", line 7, in <module>\n" +
            "    outer()\n" +
            $"  File \"{System.IO.Path.Combine(dir, "t.py")}\", line 5, in outer\n" +
            "    return inner(0)\n" +
            "           ^^^^^^^^\n" +
            $"  File \"{System.IO.Path.Combine(dir, "t.py")}\", line 2, in inner\n" +
            "    return 1 // x\n" +
            "           ~~^^~~\n" +
            "ZeroDivisionError: integer division or modulo by zero\n",
            r.Stderr);
    }

    [Theory]
    [InlineData("d = {'a': [1]}\nprint(d['a'][0] + d['b'])\n")]
    [InlineData("class A:\n    pass\n\nA().missing.attr\n")]
    [InlineData("def f(n):\n    return f(n - 1) if n else [][n]\n\nf(3)\n")]
    [InlineData("x = (1 +\n     None)\n")]
    [InlineData("try:\n    int('x')\nexcept ValueError as e:\n    raise RuntimeError('wrapped') from e\n")]
    [InlineData("def f(a, b, c):\n    return (a - b) * (a + b) / c + 1.0\n\nf(1.5, 2.5, 0.0)\n")]
    [InlineData("def f(v, k):\n    v[0] -= k * 2.0 / (k - k)\n\nf([1.0], 0.5)\n")]
    [InlineData("def f(x):\n    y = x * 2.0\n    y **= 10.0 ** 300\n\nf(1.5)\n")]
    [InlineData("def f(x, y):\n    return x * 2.0 + y ** 0.5 - 'a'\n\nf(1.5, 4.0)\n")]
    [InlineData("def f(a, b, c):\n    return ((a + b)) // c\n\nf('a', 'b', 3)\n")]
    [InlineData("x = (1 + 2) * (3 - 'a')\n")]
    [InlineData("def f(a, b):\n    return (a+b)*(a-b)%(b-b)\n\nf(3, 2)\n")]
    [InlineData("def require(d, k):\n    try:\n        return d[k]\n    except KeyError:\n        raise LookupError(k) from None\n\nrequire({}, 'x')\n")]
    [InlineData("def deep(n):\n    try:\n        return 1 + deep(n - 1) if n else (1, 2)[n + 5]\n    finally:\n        pass\n\ndeep(2)\n")]
    [InlineData("def f(items):\n    try:\n        return items[len(items)]\n    except IndexError:\n        raise\n\nf('ab')\n")]
    [InlineData("def g(text):\n    top, bottom = text.split('/')\n    return int(top) / int(bottom)\n\ntry:\n    g('3/0')\nexcept ZeroDivisionError:\n    g('3')\n")]
    public void TracebacksMatchCPythonExactly(string source)
    {
        var dir = WriteTemp("p.py", source);
        var r = PyNetProcess.Run(dir, "run", "p.py");
        var expected = PythonReference.Run(dir, "p.py");
        Assert.Equal(expected.Stderr, r.Stderr);
        Assert.Equal(expected.ExitCode, r.ExitCode);
    }

    [Fact]
    public void SyntaxErrorShowsFileLineSourceAndCaret()
    {
        var dir = WriteTemp("bad.py", "x = 1\nif x\n    pass\n");
        var r = PyNetProcess.Run(dir, "run", "bad.py");
        Assert.Equal(1, r.ExitCode);
        Assert.Equal($"  File \"{System.IO.Path.Combine(dir, "bad.py")}\", line 2\n    if x\n        ^\nSyntaxError: expected ':'\n", r.Stderr);
        Assert.Equal(string.Empty, r.Stdout);
    }

    [Fact]
    public void ChainedExceptionsPrintBothTracebacksWithTheLinkText()
    {
        var dir = WriteTemp("c.py", "try:\n    {}['k']\nexcept KeyError:\n    raise ValueError('v')\n");
        var r = PyNetProcess.Run(dir, "run", "c.py");
        Assert.Contains("KeyError: 'k'\n\nDuring handling of the above exception, another exception occurred:\n\nTraceback (most recent call last):\n", r.Stderr);
        Assert.EndsWith("ValueError: v\n", r.Stderr);
    }

    [Fact]
    public void MissingFileFailsWithExitCode2()
    {
        var dir = WriteTemp("x.py", "pass\n");
        var r = PyNetProcess.Run(dir, "run", "does_not_exist.py");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("can't open file", r.Stderr);
        Assert.Contains("[Errno 2] No such file or directory", r.Stderr);
    }

    [Fact]
    public void ArgvReachesTheProgram()
    {
        var dir = WriteTemp("a.py", "import sys\nprint(sys.argv)\n");
        var r = PyNetProcess.Run(dir, "run", "a.py", "one", "two words");
        Assert.Equal("['a.py', 'one', 'two words']\n", r.Stdout);
    }
}
