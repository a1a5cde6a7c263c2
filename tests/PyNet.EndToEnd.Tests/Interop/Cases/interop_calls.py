# Calls: overload resolution by conversion cost, params arrays, optional and named arguments, out/ref results,
# generic types and methods, extension methods.
import sys
import clr
import System
from System import Math, Console
from System.Collections.Generic import List, Dictionary
clr.AddReferenceToFileAndPath(sys.argv[1])
from PyNet.Interop.TestLib import Counter

print(Math.Max(1, 2), Math.Max(1.0, 2), Math.Max(2**31, 1), Math.Max(2**40, 2.5))
print(Counter.Kind(1), Counter.Kind(2**40), Counter.Kind(1.5), Counter.Kind("s"), Counter.Kind([]), Counter.Kind(None))
print(Counter.Small(200))
Console.WriteLine(42)
Console.WriteLine(2.5)
Console.WriteLine("text")
Console.WriteLine(True)
Console.WriteLine("{0} and {1}", "this", 7)
Console.WriteLine()
print(Counter.Sum(), Counter.Sum(1), Counter.Sum(1, 2, 3), Counter.Sum([4, 5]))
print(Counter.Format("ab"), Counter.Format("ab", 4), Counter.Format("ab", fill="-"), Counter.Format("ab", right=True, width=5))
print(System.String.Join("-", "a", "b", "c"), System.String.Concat("x", 1, 2.5))
print(Counter.TryDivide(17, 5), Counter.TryDivide(1, 0))
print(Counter.Swap("left", "right"))
print(System.Int32.TryParse("42"), System.Double.TryParse("x"))

l = List[int]([3, 1, 2])
print(type(l).__name__, l.Count, Counter.First(l), Counter.First[str](["z", "y"]))
print(Counter.Describe(5), Counter.Describe("s"), Counter.Describe[float](2), Counter.Describe[System.Int64](5))
d = Dictionary[str, List[float]]()
d["xs"] = List[float]()
d["xs"].Add(1.5)
print(d["xs"][0], type(d).__name__)
print(list(l.ConvertAll[str](lambda x: "<%d>" % x)), type(l.ConvertAll[str](str)).__name__)
print(System.Array.IndexOf[int](System.Array.CreateInstance(int, 2), 0))

clr.ImportExtensions(System.Linq)
evens = l.Where(lambda x: x % 2 == 1).Select(lambda x: x * 10)
print(list(evens), l.Sum(), l.Max(), l.OrderBy(lambda x: x).First(), list(l.Take(2)))
from System.Linq import Enumerable
print(list(Enumerable.Range(0, 5).Where(lambda i: i > 2)), Enumerable.Count(l))
