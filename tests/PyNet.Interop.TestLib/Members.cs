using System;
using System.Collections.Generic;

namespace PyNet.Interop.TestLib;

/// <summary>Events, out/ref parameters, generic methods, params arrays, optional and named parameters, operators, nested types.</summary>
public class Counter
{
    public const int Limit = 100;

    public static int Instances;

    public int Step = 1;

    public Counter()
    {
        Instances++;
    }

    public int Value { get; private set; }

    public event EventHandler<int>? Changed;

    public event Action? Reset;

    public static event Action<string>? Announced;

    public static void Announce(string text) => Announced?.Invoke(text);

    public void Increment()
    {
        Value += Step;
        Changed?.Invoke(this, Value);
    }

    public void Clear()
    {
        Value = 0;
        Reset?.Invoke();
    }

    public static bool TryDivide(int a, int b, out int quotient, out int remainder)
    {
        if (b == 0)
        {
            quotient = remainder = 0;
            return false;
        }
        quotient = a / b;
        remainder = a % b;
        return true;
    }

    public static void Swap(ref string a, ref string b) => (a, b) = (b, a);

    public static T First<T>(IEnumerable<T> items)
    {
        foreach (var item in items)
        {
            return item;
        }
        throw new InvalidOperationException("empty");
    }

    public static string Describe<T>(T value) => typeof(T).Name + ":" + value;

    public static int Sum(params int[] values)
    {
        var total = 0;
        foreach (var v in values)
        {
            total += v;
        }
        return total;
    }

    public static string Format(string text, int width = 8, char fill = '.', bool right = false) =>
        right ? text.PadLeft(width, fill) : text.PadRight(width, fill);

    public static string Kind(int x) => "int";

    public static string Kind(long x) => "long";

    public static string Kind(double x) => "double";

    public static string Kind(string x) => "string";

    public static string Kind(object x) => "object";

    public static string Small(byte b) => "byte " + b;

    public static string Call(Func<int, string> f, int x) => f(x);

    public static int Apply(Func<int, int, int> f) => f(6, 7);

    public class Nested
    {
        public string Hello() => "nested hello";
    }
}

/// <summary>A value type with operators.</summary>
public readonly struct Vec
{
    public Vec(int x, int y)
    {
        X = x;
        Y = y;
    }

    public int X { get; }

    public int Y { get; }

    public static Vec operator +(Vec a, Vec b) => new(a.X + b.X, a.Y + b.Y);

    public static Vec operator *(Vec a, int k) => new(a.X * k, a.Y * k);

    public static bool operator ==(Vec a, Vec b) => a.X == b.X && a.Y == b.Y;

    public static bool operator !=(Vec a, Vec b) => !(a == b);

    public static bool operator <(Vec a, Vec b) => a.X * a.X + a.Y * a.Y < b.X * b.X + b.Y * b.Y;

    public static bool operator >(Vec a, Vec b) => b < a;

    public override bool Equals(object? obj) => obj is Vec v && v == this;

    public override int GetHashCode() => HashCode.Combine(X, Y);

    public override string ToString() => $"({X}, {Y})";
}

[Flags]
public enum Color
{
    None = 0,
    Red = 1,
    Green = 2,
    Blue = 4,
}

/// <summary>Throws .NET exceptions and calls back into Python.</summary>
public static class Thrower
{
    public static void Throw(string kind)
    {
        switch (kind)
        {
            case "key":
                throw new KeyNotFoundException("no such key");
            case "arg":
                throw new ArgumentException("bad argument");
            case "op":
                throw new InvalidOperationException("bad state");
        }
    }

    public static int CallBack(Func<int> f) => f() + 1;
}
