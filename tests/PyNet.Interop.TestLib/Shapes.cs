using System;
using System.Collections.Generic;

namespace PyNet.Interop.TestLib;

/// <summary>An abstract class for Python subclasses: an abstract method, a virtual one, and a template method calling both.</summary>
public abstract class Shape
{
    protected Shape()
    {
    }

    public abstract double Area();

    public virtual string Name => "shape";

    public virtual string Describe(int digits) => Name + " of area " + Math.Round(Area(), digits);

    public static string DescribeAll(IEnumerable<Shape> shapes, int digits)
    {
        var parts = new List<string>();
        foreach (var s in shapes)
        {
            parts.Add(s.Describe(digits));
        }
        return string.Join("; ", parts);
    }
}

public sealed class Square : Shape
{
    public Square(double side)
    {
        Side = side;
    }

    public double Side { get; set; }

    public override double Area() => Side * Side;

    public override string Name => "square";
}

/// <summary>An interface implemented in Python and called from .NET.</summary>
public interface IGreeter
{
    string Greet(string name);
}

public static class Greeting
{
    public static string Run(IGreeter greeter, string name) => "[" + greeter.Greet(name) + "]";
}
