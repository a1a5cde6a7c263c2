"""Shapes for a C# program: compiled with `pynet build geometry.py -o out/geometry.dll`."""

import math

UNITS = "cm"
shapes_made: int = 0


class Shape:
    def __init__(self, name: str):
        global shapes_made
        shapes_made += 1
        self.name = name

    def area(self) -> float:
        raise NotImplementedError(f"{type(self).__name__} has no area")

    def describe(self) -> str:
        return f"{self.name}: {self.area():.2f} {UNITS}^2"


class Circle(Shape):
    def __init__(self, radius: float):
        super().__init__("circle")
        self.radius = radius

    def area(self) -> float:
        return math.pi * self.radius ** 2


class Rect(Shape):
    def __init__(self, width: float, height: float):
        super().__init__("rect")
        self.width = width
        self.height = height

    def area(self) -> float:
        return self.width * self.height

    @property
    def is_square(self) -> bool:
        return self.width == self.height


def add(a: int, b: int) -> int:
    return a + b


def total_area(shapes: list[Shape]) -> float:
    return sum(s.area() for s in shapes)


def largest(shapes: list[Shape]) -> Shape | None:
    return max(shapes, key=lambda s: s.area(), default=None)


def word_counts(text: str) -> dict[str, int]:
    counts = {}
    for word in text.split():
        counts[word] = counts.get(word, 0) + 1
    return counts


def parse_side(text: str) -> float:
    side = float(text)
    if side <= 0:
        raise ValueError(f"a side must be positive, not {side}")
    return side
