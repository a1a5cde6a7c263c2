using System;
using System.Globalization;
using System.Linq;
using System.Numerics;
using System.Text;

namespace PyNet.Runtime.Tests.Text;

/// <summary>A value written both as Python source and as a factory of the runtime's object (fresh on each call).</summary>
public sealed record PyVal(string Source, Func<object?> Make)
{
    public static readonly PyVal None = new("None", () => null);

    public static PyVal Str(string s) => new(Differential.Str(s), () => new PyStr(s));

    public static PyVal Int(long v) => new("(" + v.ToString(CultureInfo.InvariantCulture) + ")", () => PyInt.Box(v));

    public static PyVal Int(BigInteger v) => new("(" + v.ToString(CultureInfo.InvariantCulture) + ")", () => PyInt.Normalize(v));

    public static PyVal Bool(bool b) => new(b ? "True" : "False", () => b);

    public static PyVal Float(double d) => new(Differential.Float(d), () => d);

    public static PyVal Complex(double re, double im) =>
        new($"complex({Differential.Float(re)}, {Differential.Float(im)})", () => new System.Numerics.Complex(re, im));

    public static PyVal Bytes(byte[] data) => new(BytesSource(data), () => new PyBytes((byte[])data.Clone()));

    public static PyVal ByteArray(byte[] data) => new("bytearray(" + BytesSource(data) + ")", () => new PyByteArray(data));

    public static PyVal Tuple(params PyVal[] items) =>
        new("(" + string.Concat(items.Select(i => i.Source + ",")) + ")", () => PyTuple.Create(items.Select(i => i.Make()).ToArray()));

    public static PyVal List(params PyVal[] items) =>
        new("[" + string.Join(", ", items.Select(i => i.Source)) + "]", () => PyList.FromArray(items.Select(i => i.Make()).ToArray()));

    public static PyVal Dict(params (PyVal Key, PyVal Value)[] items) =>
        new("{" + string.Join(", ", items.Select(i => i.Key.Source + ": " + i.Value.Source)) + "}", () =>
        {
            var d = new PyDict();
            foreach (var (k, v) in items)
            {
                d[k.Make()] = v.Make();
            }
            return d;
        });

    /// <summary>A builtin type by its Python name.</summary>
    public static PyVal Type(string name) => new(name, () => global::PyNet.Runtime.Builtins.Dict[new PyStr(name)]);

    private static string BytesSource(byte[] data)
    {
        var sb = new StringBuilder("b'");
        foreach (var b in data)
        {
            sb.Append("\\x").Append(b.ToString("x2", CultureInfo.InvariantCulture));
        }
        return sb.Append('\'').ToString();
    }

    /// <summary><c>self.name(args...)</c> in both worlds.</summary>
    public static DifferentialCase Method(PyVal self, string name, params PyVal[] args) =>
        new($"{self.Source}.{name}({string.Join(", ", args.Select(a => a.Source))})",
            () => PyCall.Call(PyProtocol.GetAttr(self.Make(), new PyStr(name)), args.Select(a => a.Make()).ToArray(), null));

    /// <summary><c>self.name(args..., key=value...)</c>.</summary>
    public static DifferentialCase MethodKw(PyVal self, string name, PyVal[] args, params (string Name, PyVal Value)[] kw) =>
        new($"{self.Source}.{name}({string.Join(", ", args.Select(a => a.Source).Concat(kw.Select(k => k.Name + "=" + k.Value.Source)))})",
            () => PyCall.Call(
                PyProtocol.GetAttr(self.Make(), new PyStr(name)),
                args.Select(a => a.Make()).Concat(kw.Select(k => k.Value.Make())).ToArray(),
                kw.Length == 0 ? null : kw.Select(k => new PyStr(k.Name)).ToArray()));

    /// <summary><c>callable(args...)</c> where callable is a builtin name.</summary>
    public static DifferentialCase Builtin(string name, params PyVal[] args) =>
        new($"{name}({string.Join(", ", args.Select(a => a.Source))})",
            () => PyCall.Call(global::PyNet.Runtime.Builtins.Dict[new PyStr(name)], args.Select(a => a.Make()).ToArray(), null));

    public static DifferentialCase BinaryOp(PyVal a, string symbol, BinaryOperator op, PyVal b) =>
        new($"({a.Source}) {symbol} ({b.Source})", () => PyProtocol.BinaryOp(a.Make(), b.Make(), op));
}
