# .NET exceptions in Python: caught by .NET type and by mapped Python type, carrying the .NET exception; Python
# exceptions crossing .NET callbacks come back intact.
import sys
import clr
import System
from System.IO import File, FileNotFoundException, IOException
from System.Collections.Generic import Dictionary, KeyNotFoundException
clr.AddReferenceToFileAndPath(sys.argv[1])
from PyNet.Interop.TestLib import Thrower

for catch in (FileNotFoundException, IOException, FileNotFoundError, OSError, System.Exception, Exception):
    try:
        File.ReadAllText("no-such-file.txt")
    except catch as e:
        print(catch.__name__, "caught", type(e).__name__, isinstance(e, FileNotFoundError), e.clsException.GetType().Name)
try:
    System.Int32.Parse("nope")
except ValueError as e:
    print("ValueError", type(e).__name__, e.Message == str(e))
try:
    Dictionary[str, int]()["missing"]
except KeyError as e:
    print("KeyError", type(e).__name__, isinstance(e, KeyNotFoundException))
try:
    Thrower.Throw("arg")
except System.ArgumentException as e:
    print("ArgumentException", e.args, isinstance(e, ValueError))
try:
    Thrower.Throw("op")
except System.InvalidOperationException as e:
    print("InvalidOperationException", e, isinstance(e, Exception))
try:
    raise System.ArgumentException("raised from Python")
except ValueError as e:
    print("raised", type(e).__name__, e.Message)

class Custom(Exception):
    pass
def fail():
    raise Custom("from the callback")
try:
    Thrower.CallBack(fail)
except Custom as e:
    print("intact:", type(e).__name__, e)
def bad():
    return {}["k"]
try:
    Thrower.CallBack(bad)
except KeyError as e:
    print("intact KeyError:", repr(e))
print(Thrower.CallBack(lambda: 41))
def bad_compare(a, b):
    raise Custom("in a comparer")
try:
    System.Collections.Generic.List[int]([2, 1]).Sort(System.Comparison[int](bad_compare))
except Custom as e:
    print("intact through List.Sort:", e)
Thrower.Throw("key")
