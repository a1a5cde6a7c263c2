using System;
using System.Linq;
using System.Threading.Tasks;
using PyNet.Runtime;

namespace PyNet.CSharp.Tests;

/// <summary>How Python signatures become .NET members, module initialisation, and the module's class hierarchy.</summary>
public class TypedModuleShapeTests
{
    private const string Shapes = """
        import sys
        sys.__dict__.setdefault(__name__ + "_init_runs", []).append(1)

        def clamp(x: int, low: int = 0, high: int = 10) -> int:
            return max(low, min(high, x))

        def mix(a: float, b: float, c: float, d: float, e: float) -> float:
            return a + 2 * b + 3 * c + 4 * d + 5 * e

        def label(text: str, *, upper: bool) -> str:
            return text.upper() if upper else text

        def nothing() -> None:
            pass

        class Account:
            owner: str
            balance: int

            def __init__(self, owner: str, balance: int = 0):
                self.owner = owner
                self.balance = balance
                self._history = []

            def deposit(self, amount: int) -> int:
                self.balance += amount
                self._history.append(amount)
                return self.balance

            def spread(self, a: int, b: int, c: int, d: int) -> int:
                return self.deposit(a + b + c + d)

            @property
            def limit(self) -> int:
                return self.balance * 2

            @limit.setter
            def limit(self, value: int):
                self.balance = value // 2

            @classmethod
            def empty(cls, owner: str) -> "Account":
                return cls(owner)

            def _secret(self):
                return 0

        class Savings(Account):
            rate: float

            def __init__(self, owner: str, rate: float):
                super().__init__(owner, 100)
                self.rate = rate

            def grow(self) -> int:
                self.balance = int(self.balance * (1 + self.rate))
                return self.balance
        """;

    private static string RunShapes(string name, string body) => CSharpHarness.Run(name, Shapes, $$"""
        using System;
        using System.Text;
        using PyNet.Runtime;

        public static class Probe
        {
            public static string Run()
            {
                var o = new StringBuilder();
                {{body.Replace("shapes.", name + ".")}}
                return o.ToString();
            }
        }
        """);

    [Fact]
    public void DefaultsGiveOverloadsAndKeywordOnlyParametersArePassedByName()
    {
        var output = RunShapes("shapes_sig", """
            shapes.nothing();
            o.Append($"{shapes.clamp(-5)}|{shapes.clamp(-5, -3)}|{shapes.clamp(50, 0, 20)}|{shapes.mix(1, 1, 1, 1, 1)}|");
            o.Append($"{shapes.label("abc", upper: true)}|{shapes.label("abc", false)}");
            """);
        Assert.Equal("0|-3|20|15|ABC|abc", output);
    }

    [Fact]
    public void ClassMembersMapToProperties()
    {
        var output = RunShapes("shapes_members", """
            var a = new shapes.Account("ann");
            a.deposit(5);
            a.spread(1, 2, 3, 4);
            o.Append($"{a.owner}|{a.balance}|{a.limit}|");
            a.limit = 100;
            var s = new shapes.Savings("sam", 0.5);
            s.grow();
            var e = shapes.Account.empty("eve");
            o.Append($"{a.balance}|{s.balance}|{s.rate}|{s.owner}|{e.owner}:{e.balance}|{s is shapes.Account}");
            """);
        Assert.Equal("ann|15|30|50|150|0.5|sam|eve:0|True", output);
    }

    [Fact]
    public void UnderscoreNamesAndNoneReturnsShapeTheSurface()
    {
        var module = CSharpHarness.BuildModule("shapes_surface", Shapes);
        var (errors, _) = CSharpHarness.CompileCSharp("""
            public static class Probe
            {
                public static void Run()
                {
                    var a = new shapes_surface.Account("x");
                    a._secret();
                    int n = shapes_surface.nothing();
                }
            }
            """, module, "shapes_surface");
        Assert.Equal(2, errors.Length);
        Assert.Contains(errors, e => e.Contains("'_secret'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("CS0029", StringComparison.Ordinal));
    }

    [Fact]
    public void TheModuleBodyRunsOnceWhenManyThreadsStartTogether()
    {
        var output = RunShapes("shapes_once", """
            var results = new long[16];
            System.Threading.Tasks.Parallel.For(0, results.Length, i => results[i] = shapes.clamp(i, 0, 100));
            o.Append(string.Join(",", results));
            """);
        Assert.Equal(string.Join(",", Enumerable.Range(0, 16)), output);
        var engine = new PythonEngine();
        Assert.Equal(1L, engine.Evaluate<long>("len(__import__('sys').shapes_once_init_runs)"));
    }

    [Fact]
    public void AModuleBodyThatRaisesThrowsAndRunsAgainOnTheNextUse()
    {
        const string flaky = """
            import sys
            attempts = sys.__dict__.setdefault("flaky_attempts", [])
            attempts.append(1)
            if len(attempts) == 1:
                raise RuntimeError("first import fails")

            def ready() -> int:
                return len(attempts)
            """;
        var output = CSharpHarness.Run("flaky", flaky, """
            using PyNet.Runtime;
            public static class Probe
            {
                public static string Run()
                {
                    string first;
                    try { flaky.ready(); first = "no error"; }
                    catch (PythonException e) { first = e.PythonTypeName + ": " + e.PythonMessage; }
                    return first + "|" + flaky.ready();
                }
            }
            """);
        Assert.Equal("RuntimeError: first import fails|2", output);
    }
}
