# Abstract classes cannot be instantiated, on every construction path (including the cached fast one).
import abc
class S(abc.ABC):
    @abc.abstractmethod
    def b(self): pass
    @abc.abstractmethod
    def a(self): pass
for i in range(3):
    try: S()
    except TypeError as e: print(e)
class T(S):
    def a(self): pass
    def b(self): pass
for i in range(3): print(type(T()).__name__)
class V: 
    def __init__(self, x): self.x = x
for i in range(3): V(1)
V.__abstractmethods__ = frozenset({'x'})
try: V(1)
except TypeError as e: print(e)
V.__abstractmethods__ = frozenset()
print(V(2).x)
