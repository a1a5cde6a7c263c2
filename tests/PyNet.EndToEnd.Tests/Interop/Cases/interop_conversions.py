# Conversions between Python and .NET values, both ways.
import sys
import clr
import System
from System import Convert, Func, Action, Predicate, Comparison
from System.Collections.Generic import List
clr.AddReferenceToFileAndPath(sys.argv[1])
from PyNet.Interop.TestLib import Counter

for t in (System.Byte, System.SByte, System.Int16, System.UInt16, System.Int32, System.UInt32, System.Int64, System.UInt64):
    low, high = t.MinValue, t.MaxValue
    cell = List[t]()
    cell.Add(high)
    print(t.__name__, low, high, cell[0] == high, type(cell[0]).__name__)
    for bad in (high + 1, low - 1):
        try:
            cell.Add(bad)
        except OverflowError as e:
            print("  ", bad, "->", e)
print(Convert.ToInt32(300), Convert.ToByte(255), Convert.ToDouble(3), Convert.ToString(1.5))
try:
    Convert.ToByte(256)
except OverflowError as e:
    print("OverflowError:", type(e).__name__)
try:
    System.BitConverter.GetBytes(System.UInt16(70000))
except OverflowError as e:
    print("OverflowError:", e)
print(System.Char.IsDigit("7"), System.Char.ToUpper("q"), System.String("x", 3))
print(System.String.IsNullOrEmpty(None), System.Object.ReferenceEquals(None, None))
b = System.Text.Encoding.UTF8.GetBytes("h\u00e9")
print(b, type(b).__name__, System.Text.Encoding.UTF8.GetString(b"bytes in"))
print(System.Convert.ToBase64String(b"abc"), System.Convert.FromBase64String("YWJj"))
print(Func[int, int](lambda x: x + 1)(1), Counter.Call(lambda x: "got %d" % x, 5), Counter.Apply(max))
ran = []
Action[str](ran.append)("called")
print(ran, Predicate[int](lambda x: x > 0)(3), Comparison[str](lambda a, b: len(a) - len(b))("aa", "b"))
class Adder:
    def __call__(self, a, b):
        return a + b
print(Counter.Apply(Adder()))
l = List[str](["b", "a", "c"])
print(list(l), len(l), "a" in l, l[0], [x.upper() for x in l])
print(System.String.Join(",", [1, 2, 3]), System.String.Join("+", ("x", "y")))
print(List[int](range(4)).Count, List[float]([1, 2.5])[0])
s = System.Collections.Generic.HashSet[int]([1, 2, 2, 3])
print(len(s), 2 in s, sorted(s))
chars = System.Array[System.Char](["a", "b"])
print(type(chars).__name__, len(chars), System.String(chars), list(System.Array[int]([1, 2])))
q = System.Collections.Generic.Queue[str]()
q.Enqueue("first"); q.Enqueue("second")
print(q.Dequeue(), len(q), list(q))
