# Events, and Python classes deriving from .NET classes and interfaces, called back from .NET.
import sys
import clr
import System
from System.Collections.Generic import List, IComparer
from System.IO import TextWriter
clr.AddReferenceToFileAndPath(sys.argv[1])
from PyNet.Interop.TestLib import Counter, Shape, Square, IGreeter, Greeting

c = Counter()
seen = []
def on_changed(sender, value):
    seen.append((sender is c, value))
c.Changed += on_changed
c.Increment()
c.Increment()
c.Changed -= on_changed
c.Increment()
print(seen)
resets = []
c.Reset += lambda: resets.append("reset")
c.Clear()
print(resets, c.Value)
heard = []
Counter.Announced += heard.append
Counter.Announce("one")
Counter.Announced -= heard.append
Counter.Announce("two")
print(heard)
try:
    c.Changed = on_changed
except AttributeError as e:
    print("AttributeError:", e)

class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def Area(self):
        return 3.0 * self.r * self.r
    @property
    def Name(self):
        return "circle"

class Blob(Shape):
    def Area(self):
        return 2.0

shapes = List[Shape]()
shapes.Add(Circle(1))
shapes.Add(Square(2))
shapes.Add(Blob())
print(Shape.DescribeAll(shapes, 1))
print(Circle(2).Describe(0), Circle(2).r, isinstance(Circle(1), Shape))
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)

class Tagged(Shape):
    def Area(self):
        return 1.0
    def Describe(self, digits):
        return "tagged " + super().Describe(digits)
    def ToString(self):
        return "Tagged/" + str(Shape.ToString(self).startswith("PyNet.Subclasses.Tagged"))
print(Tagged().Describe(2), "|", Shape.DescribeAll(List[Shape]([Tagged(), Square(3)]), 0))
print(System.String.Format("{0}", Tagged()), Tagged().GetType().BaseType.Name)

class Descending(IComparer[int]):
    def Compare(self, a, b):
        return b - a
nums = List[int]([3, 1, 4, 1, 5])
nums.Sort(Descending())
print(list(nums))

class Polite(IGreeter):
    def Greet(self, name):
        return "hello " + name
print(Greeting.Run(Polite(), "world"))

class Collect(TextWriter):
    def __init__(self):
        self.parts = []
    def Write(self, value):
        if isinstance(value, System.Array[System.Char]):
            value = System.String(value)
        self.parts.append(str(value))
    @property
    def Encoding(self):
        return System.Text.Encoding.UTF8
w = Collect()
w.Write("a")
w.WriteLine("line")
w.WriteLine(42)
print(w.parts, w.Encoding.WebName)
