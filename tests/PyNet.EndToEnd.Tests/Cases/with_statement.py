# Context managers: enter/exit order, suppression, exceptions.
class Tracker:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        return self.suppress


with Tracker("a") as a, Tracker("b") as b:
    print("body", a.name, b.name)
with Tracker("quiet", suppress=True):
    raise ValueError("swallowed")
try:
    with Tracker("loud"):
        raise KeyError("escapes")
except KeyError as e:
    print("caught", e)
def early():
    for i in range(3):
        with Tracker(f"loop{i}"):
            if i == 1:
                return i
print(early())
