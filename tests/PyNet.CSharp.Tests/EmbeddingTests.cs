using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using PyNet.Runtime;

namespace PyNet.CSharp.Tests;

/// <summary>The embedding API: engines, scopes, conversions, calls, output redirection, errors, dynamic and threads.</summary>
public class EmbeddingTests
{
    private readonly PythonEngine _engine = new();

    [Fact]
    public void ExecuteThenReadVariablesWithCheckedConversions()
    {
        var scope = _engine.Execute("""
            x = 6 * 7
            name = "py" + "net"
            ratio = 1 / 4
            items = [1, 2, 3]
            table = {"a": 1, "b": 2}
            flag = x > 40
            big = 2 ** 70
            """);
        Assert.Equal(42L, scope.Get<long>("x"));
        Assert.Equal(42, scope.Get<int>("x"));
        Assert.Equal("pynet", scope.Get<string>("name"));
        Assert.Equal(0.25, scope.Get<double>("ratio"));
        Assert.Equal(new List<long> { 1, 2, 3 }, scope.Get<List<long>>("items"));
        Assert.Equal(new long[] { 1, 2, 3 }, scope.Get<IList<long>>("items"));
        Assert.Equal(2L, scope.Get<Dictionary<string, long>>("table")["b"]);
        Assert.True(scope.Get<bool>("flag"));
        Assert.Equal(System.Numerics.BigInteger.Pow(2, 70), scope.Get<System.Numerics.BigInteger>("big"));
        Assert.IsType<long>(scope.Get("x"));
        Assert.IsType<PyStr>(scope.Get("name"));
        Assert.True(scope.Contains("items"));
        Assert.False(scope.Contains("missing"));
        Assert.Throws<OverflowException>(() => scope.Get<long>("big"));
        Assert.Throws<OverflowException>(() => scope.Get<byte>("x").ToString() + scope.Get<sbyte>("big"));
        Assert.Throws<InvalidCastException>(() => scope.Get<long>("name"));
        Assert.Throws<KeyNotFoundException>(() => scope.Get("missing"));
    }

    [Fact]
    public void SetVariablesFromDotNetValues()
    {
        var scope = _engine.CreateScope();
        scope.Set("n", 20L);
        scope.Set("s", "abc");
        scope.Set("xs", new List<long> { 1, 2, 3 });
        scope.Set("d", new Dictionary<string, double> { ["pi"] = 3.5 });
        scope.Set("raw", new byte[] { 1, 2 });
        scope.Set("twice", (Func<long, long>)(v => v * 2));
        scope.Execute("result = [n + 1, s.upper(), sum(xs), d['pi'] * 2, len(raw), twice(21), type(s).__name__]");
        Assert.Equal("[21, 'ABC', 6, 7.0, 2, 42, 'str']", _engine.Evaluate<string>("repr(result)", scope));
    }

    [Fact]
    public void CallPythonCallablesWithDotNetArguments()
    {
        var scope = _engine.Execute("""
            def area(w, h=2, *, scale=1):
                return w * h * scale
            class Counter:
                def __init__(self, start):
                    self.value = start
                def add(self, k):
                    self.value += k
                    return self.value
            """);
        Assert.Equal(12L, scope.Call<long>("area", 6L));
        Assert.Equal(30L, scope.Call<long>("area", 5, 6));
        var counter = scope.Call("Counter", 10);
        Assert.Equal(15L, _engine.Call<long>(PyProtocol.GetAttr(counter, new PyStr("add")), 5));
        dynamic d = counter!;
        Assert.Equal(18L, (long)d.add(3));
        Assert.Equal(42L, (long)((dynamic)scope.Get("area")!)(7, 3, scale: 2));
    }

    [Fact]
    public void DynamicOverScopeObjects()
    {
        var scope = _engine.Execute("""
            class Box:
                def __init__(self):
                    self.items = []
                def put(self, x):
                    self.items.append(x)
                    return len(self.items)
                def __getitem__(self, i):
                    return self.items[i]
            box = Box()
            """);
        dynamic box = scope.Get("box")!;
        box.put("a");
        long count = box.put(2);
        string first = box[0];
        dynamic items = box.items;
        box.tag = "t";
        Assert.Equal(2L, count);
        Assert.Equal("a", first);
        Assert.Equal(2L, (long)items[1]);
        Assert.Equal("t", scope.Evaluate<string>("box.tag"));
        Assert.Equal(new object?[] { new PyStr("a"), 2L }.Select(x => x?.ToString()), ((IEnumerable<object?>)items).Select(x => x?.ToString()));
        dynamic same = scope.Evaluate("box.items")!;
        Assert.True((bool)(items == same));
        Assert.False((bool)(items != same));
    }

    [Fact]
    public void ImportModules()
    {
        dynamic math = _engine.Import("math")!;
        Assert.Equal(3.0, (double)math.sqrt(9));
        Assert.Equal(120L, (long)math.factorial(5));
        var error = Assert.Throws<PythonException>(() => _engine.Import("no_such_module_here"));
        Assert.Equal("ModuleNotFoundError", error.PythonTypeName);
        Assert.Equal("No module named 'no_such_module_here'", error.PythonMessage);
    }

    [Fact]
    public void ExecuteFileRunsWithItsNameInTracebacks()
    {
        var path = Path.Combine(CSharpHarness.WorkFolder, "hosted_script.py");
        File.WriteAllText(path, "def f(x):\n    return 10 // x\n\nvalue = f(5)\n");
        var scope = _engine.ExecuteFile(path);
        Assert.Equal(2L, scope.Get<long>("value"));
        Assert.Equal(path, scope.Get<string>("__file__"));
        var error = Assert.Throws<PythonException>(() => scope.Call("f", 0));
        Assert.Equal("ZeroDivisionError", error.PythonTypeName);
        Assert.Equal($"Traceback (most recent call last):\n  File \"{path}\", line 2, in f\n    return 10 // x\n           ~~~^^~~\nZeroDivisionError: integer division or modulo by zero\n", error.PythonTraceback);
    }

    [Fact]
    public void ErrorsInExecutedSourceCarryTheTraceback()
    {
        // As CPython prints it for exec'd source: "<string>" frames have no source line.
        var error = Assert.Throws<PythonException>(() => _engine.Execute("x = 1\nraise KeyError('k')\n"));
        Assert.Equal("KeyError", error.PythonTypeName);
        Assert.Equal("'k'", error.PythonMessage);
        Assert.Equal("Traceback (most recent call last):\n  File \"<string>\", line 2, in <module>\nKeyError: 'k'\n", error.PythonTraceback);
        var syntax = Assert.Throws<PythonException>(() => _engine.Execute("def (:"));
        Assert.Equal("SyntaxError", syntax.PythonTypeName);
    }

    [Fact]
    public void ADotNetExceptionFromACallbackReachesPythonAndComesBack()
    {
        var scope = _engine.CreateScope();
        scope.Set("fail", (Func<long, long>)(_ => throw new PythonException(PyErrors.ValueError("from C#"))));
        scope.Execute("""
            def guarded():
                try:
                    fail(1)
                except ValueError as e:
                    return "caught " + str(e)
            """);
        Assert.Equal("caught from C#", scope.Call<string>("guarded"));
        var error = Assert.Throws<PythonException>(() => scope.Call("fail", 1));
        Assert.Equal("from C#", error.PythonMessage);
    }

    [Fact]
    public void OutputGoesToTheGivenWriters()
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        _engine.SetOutput(output);
        _engine.SetError(errors);
        try
        {
            _engine.Execute("import sys\nprint('hello', 42)\nprint('oops', file=sys.stderr)\nsys.stdout.write('more\\n')");
        }
        finally
        {
            _engine.SetOutput(Console.Out);
            _engine.SetError(Console.Error);
        }
        Assert.Equal("hello 42\nmore\n", output.ToString());
        Assert.Equal("oops\n", errors.ToString());
    }

    [Fact]
    public void CallsFromManyThreadsEachHaveTheirOwnThreadState()
    {
        var scope = _engine.Execute("""
            def work(n):
                total = 0
                for i in range(n):
                    try:
                        if i % 7 == 0:
                            raise ValueError(i)
                        total += i
                    except ValueError:
                        total -= 1
                return total
            """);
        var expected = scope.Call<long>("work", 1000);
        var results = new long[8];
        Parallel.For(0, results.Length, i => results[i] = scope.Call<long>("work", 1000));
        Assert.All(results, r => Assert.Equal(expected, r));
    }

    [Fact]
    public void DeepRecursionOnASmallStackThreadRaisesRecursionError()
    {
        var scope = _engine.Execute("""
            import sys
            def depth(n):
                return 0 if n == 0 else 1 + depth(n - 1)
            """);
        PythonException? error = null;
        long shallow = 0;
        var thread = new Thread(() =>
        {
            shallow = scope.Call<long>("depth", 500);
            var limit = scope.Evaluate<long>("sys.getrecursionlimit()");
            scope.Execute("sys.setrecursionlimit(1_000_000)");
            try
            {
                scope.Call("depth", 900_000);
            }
            catch (PythonException e)
            {
                error = e;
            }
            finally
            {
                scope.Execute($"sys.setrecursionlimit({limit})");
            }
        }, 1024 * 1024);
        thread.Start();
        thread.Join();
        Assert.Equal(500L, shallow);
        Assert.NotNull(error);
        Assert.Equal("RecursionError", error!.PythonTypeName);
    }
}
