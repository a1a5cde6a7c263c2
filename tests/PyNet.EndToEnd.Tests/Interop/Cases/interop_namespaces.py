# .NET namespaces as modules, types as classes, the clr module.
import sys
import clr
import System
import System.IO as io
from System.Collections.Generic import List, Dictionary
from System import Math

print(type(System).__name__, System.__name__)
print(io.__name__, io.Path.GetFileName("/a/b/c.txt"))
print(Math.__name__, Math.__module__, Math)
print(List, List[int], Dictionary[str, List[float]])
print(clr.GetClrType(List[int]).FullName.startswith("System.Collections.Generic.List`1[[System.Int32"))
print(clr.GetClrType(int).Name, clr.GetClrType(str).Name, clr.GetClrType(float).Name)
print(System.Environment.SpecialFolder.__name__, System.Environment.SpecialFolder.__qualname__)
print(System.Collections.Generic.KeyValuePair[str, int]("k", 3).Value)
print("Abs" in dir(Math), "PI" in dir(Math), "Append" in dir(System.Text.StringBuilder))
print("static Int32 Abs(Int32 value)" in Math.Abs.__doc__)
print(System.Text.StringBuilder.__doc__.splitlines()[0])
print(isinstance(System.Text.StringBuilder(), System.Object))
print(issubclass(io.FileNotFoundException, io.IOException), issubclass(io.FileNotFoundException, OSError))

clr.AddReferenceToFileAndPath(sys.argv[1])
from PyNet.Interop.TestLib import Counter, Vec
import PyNet.Interop.TestLib as lib
print(lib.Counter.Nested().Hello(), lib.Color.Blue)
clr.AddReference("System.Xml.ReaderWriter")
from System.Xml import XmlDocument
doc = XmlDocument()
doc.LoadXml("<a><b>text</b></a>")
print(doc.DocumentElement.InnerText)
try:
    import System.NoSuchNamespace
except ImportError as e:
    print(type(e).__name__, e)
try:
    clr.AddReference("No.Such.Assembly")
except OSError as e:
    print(type(e).__name__)
