# Errors: wrong arguments list the overloads; a missing member names the .NET type.
import System
from System import Math
from System.Text import StringBuilder
try:
    Math.Round("x")
except TypeError as e:
    print(e)
try:
    StringBuilder().Append(1, 2, 3, 4, 5)
except TypeError as e:
    print(str(e).splitlines()[0])
try:
    StringBuilder().NoSuchMethod()
except AttributeError as e:
    print(e)
try:
    Math.NoSuchThing
except AttributeError as e:
    print(e)
try:
    System.Collections.Generic.List[int]().Add("s")
except TypeError as e:
    print(str(e).splitlines()[0])
try:
    System.Collections.Generic.List[int, int]
except TypeError as e:
    print(e)
try:
    System.Char.IsDigit("long")
except TypeError as e:
    print(e)
