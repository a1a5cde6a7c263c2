// A C# program that uses a Python module compiled by `pynet build` as an ordinary .NET library.
using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using PyNet.Runtime;

var shapes = new List<geometry.Shape> { new geometry.Circle(1.5), new geometry.Rect(2, 3), new geometry.Rect(2, 2) };
foreach (var shape in shapes)
{
    Console.WriteLine(shape.describe());
}
Console.WriteLine($"add(2, 40) = {geometry.add(2, 40)}");
Console.WriteLine($"total area = {geometry.total_area(shapes):F3} {geometry.UNITS}^2");
Console.WriteLine($"largest = {geometry.largest(shapes)?.name}, none of nothing: {geometry.largest(new List<geometry.Shape>()) == null}");
Console.WriteLine($"square? {((geometry.Rect)shapes[2]).is_square}, shapes made: {geometry.shapes_made}");
var counts = geometry.word_counts("to be or not to be");
Console.WriteLine($"counts: to={counts["to"]} be={counts["be"]} or={counts["or"]}");

try
{
    geometry.parse_side("-2");
}
catch (PythonException e)
{
    Console.WriteLine($"{e.PythonTypeName}: {e.PythonMessage}");
    // The traceback names the module's source file; the folder it was built in is left out here.
    Console.Write(Regex.Replace(e.PythonTraceback, "File \".*[/\\\\]", "File \""));
}

try
{
    geometry.add(long.MaxValue, 1);
}
catch (OverflowException e)
{
    Console.WriteLine("OverflowException: " + e.Message);
}

dynamic circle = new geometry.Circle(2);
Console.WriteLine($"dynamic: {circle.name} radius {circle.radius}, area {circle.area():F2}");

// The embedding API: run Python source at run time.
var engine = new PythonEngine();
var scope = engine.Execute("""
    import geometry
    squares = [geometry.Rect(n, n) for n in range(1, 4)]
    summary = ", ".join(s.describe() for s in squares)
    """);
Console.WriteLine(scope.Get<string>("summary"));
Console.WriteLine($"shapes made: {geometry.shapes_made}");
