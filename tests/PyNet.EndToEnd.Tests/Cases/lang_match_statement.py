# match statements: every pattern kind, guards, captures, or-patterns.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


def describe(value):
    match value:
        case None:
            return "none"
        case 0 | 1 as small:
            return f"small {small}"
        case int(n) if n < 0:
            return f"negative {n}"
        case str() as s:
            return f"text {s!r}"
        case [first, *rest] if rest:
            return f"list head {first} rest {rest}"
        case [only]:
            return f"single {only}"
        case {"kind": "move", "to": (x, y), **extra}:
            return f"move to {x},{y} extra {sorted(extra)}"
        case Point(x=0, y=0):
            return "origin"
        case Point(px, py):
            return f"point {px},{py}"
        case _:
            return f"other {type(value).__name__}"


for v in [None, 1, -5, "hi", [1, 2, 3], [9], {"kind": "move", "to": (3, 4), "speed": 2}, Point(0, 0), Point(2, 5), 3.5, 42]:
    print(describe(v))
