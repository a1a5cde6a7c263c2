using PyNet.EndToEnd.Tests.Imports;

namespace PyNet.EndToEnd.Tests.Build;

/// <summary>
/// A small multi-module program for the build tests: a package with a subpackage, relative imports (`.` and `..`),
/// a class hierarchy with super(), generators, output that depends on the arguments, an exit code, and an exception
/// that escapes through three modules with a traceback.
/// </summary>
internal static class ZooProgram
{
    public static ImportTree Create() => new ImportTree().With(
        ("app.py", """
            import sys
            from zoo import build_zoo, Keeper
            from zoo.animals.base import Animal
            import report

            def countdown(n):
                while n > 0:
                    yield n
                    n -= 1

            def main(args):
                n = int(args[0]) if args else 3
                zoo = build_zoo(n)
                for animal in zoo:
                    print(animal.describe())
                print("countdown", list(countdown(n)))
                print(report.summary(zoo))
                print(isinstance(zoo[0], Animal), [c.__name__ for c in type(zoo[-1]).__mro__])
                print(Keeper("Ann").feed(zoo))
                if n >= 5:
                    report.check(zoo)
                return n % 3

            if __name__ == "__main__":
                sys.exit(main(sys.argv[1:]))

            """),
        ("zoo/__init__.py", """
            from .animals import make
            from .keeper import Keeper

            def build_zoo(n):
                return [make(i) for i in range(n)]

            """),
        ("zoo/keeper.py", """
            TREAT = "fish"

            class Keeper:
                def __init__(self, name):
                    self.name = name

                def feed(self, animals):
                    fed = (a.name for a in animals if a.likes(TREAT))
                    return f"{self.name} fed " + ", ".join(fed)

            """),
        ("zoo/animals/__init__.py", """
            from .base import Animal
            from .kinds import Cat, Dog, Parrot

            KINDS = (Cat, Dog, Parrot)

            def make(i):
                return KINDS[i % len(KINDS)](f"pet{i}", i + 1)

            """),
        ("zoo/animals/base.py", """
            class Animal:
                legs = 4

                def __init__(self, name, age):
                    self.name = name
                    self.age = age

                def sound(self):
                    raise NotImplementedError(type(self).__name__)

                def likes(self, food):
                    return False

                def describe(self):
                    return f"{self.name}: {type(self).__name__.lower()}, {self.age}y, {self.legs} legs, says {self.sound()}"

            """),
        ("zoo/animals/kinds.py", """
            from .base import Animal
            from ..keeper import TREAT

            class Cat(Animal):
                def sound(self):
                    return "meow"

                def likes(self, food):
                    return food == TREAT

            class Dog(Animal):
                def sound(self):
                    return "woof" * (1 + self.age % 2)

            class Parrot(Cat):
                legs = 2

                def sound(self):
                    return super().sound().replace("m", "squ")

            """),
        ("report.py", """
            def summary(animals):
                by_kind = {}
                for a in animals:
                    by_kind.setdefault(type(a).__name__, []).append(a.age)
                return "; ".join(f"{k}={sum(v)}" for k, v in sorted(by_kind.items()))

            def check(animals):
                for a in animals:
                    _check_one(a, len(animals))

            def _check_one(animal, total):
                if animal.age * 2 > total + 3:
                    raise ValueError(f"{animal.name} is too old ({animal.age}) for a zoo of {total}")

            """));
}
