# Members of .NET types: static and instance methods, properties, fields, constants, indexers, constructors,
# operators, enums.
import sys
import clr
import System
from System import Math, DateTime, TimeSpan
from System.Text import StringBuilder
clr.AddReferenceToFileAndPath(sys.argv[1])
from PyNet.Interop.TestLib import Counter, Vec, Color

print(Math.Abs(-3), Math.Sqrt(16.0), Math.PI > 3.14, System.Int32.MaxValue)
sb = StringBuilder("ab")
sb.Append("cd").Append(12).Append(True)
print(sb.ToString(), sb.Length, str(sb))
sb.Length = 2
sb[0] = "X"
print(sb, sb[1], sb.Capacity >= 2)
print(DateTime(2024, 2, 29).AddDays(1).ToString("yyyy-MM-dd"), DateTime(2024, 1, 1).DayOfWeek)

c = Counter()
print(Counter.Limit, c.Step, c.Value)
c.Step = 5
c.Increment()
c.Increment()
print(c.Value)
try:
    c.Value = 3
except AttributeError as e:
    print("read-only:", e)
before = Counter.Instances
Counter(); Counter()
print(Counter.Instances - before)
Counter.Instances = 0
print(Counter.Instances)

a, b = Vec(1, 2), Vec(3, 4)
print(a + b, a * 3, a == Vec(1, 2), a != b, a < b, b > a, a == b)
print(TimeSpan.FromMinutes(90) - TimeSpan.FromHours(1), DateTime(2020, 1, 1) < DateTime(2021, 1, 1))

flags = Color.Red | Color.Blue
print(flags, repr(flags), int(flags), Color.Blue in [flags & Color.Blue], bool(flags & Color.Green))
print(flags ^ Color.Red, ~getattr(Color, "None") & (Color.Red | Color.Green), Color.Green == Color.Green)
print(System.IO.FileAccess.ReadWrite == System.IO.FileAccess.Read | System.IO.FileAccess.Write)

d = System.Collections.Generic.Dictionary[str, int]()
d["one"] = 1
d["two"] = 2
print(len(d), d["two"], "one" in d, "three" in d, sorted(d))
arr = System.Array.CreateInstance(System.Int32, 3)
arr[0] = 7
arr[-1] = 9
print(len(arr), list(arr), arr[2])
with System.IO.StringWriter() as w:
    w.Write("in a with block")
    print(w.ToString())
print(System.Guid.Empty, System.String.Empty == "")
