# Classes, inheritance, super(), properties and special methods.
class Shape:
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    def area(self):
        return 0

    def describe(self):
        return f"{self.name} with area {self.area()}"


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    @property
    def perimeter(self):
        return 2 * (self.w + self.h)

    def __repr__(self):
        return f"Rect({self.w}, {self.h})"

    def __eq__(self, other):
        return isinstance(other, Rect) and self.area() == other.area()


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"


shapes = [Rect(2, 3), Square(4), Shape("blob")]
for s in shapes:
    print(s.describe())
print(Shape.count, shapes[0], shapes[0].perimeter, Rect(3, 2) == Rect(6, 1), Rect(1, 1) == 5)
print(isinstance(shapes[1], Rect), issubclass(Square, Shape), type(shapes[1]).__name__)
print([c.__name__ for c in Square.__mro__])
