# A class's __doc__ is assignable (from a metaclass's __init__ too); a builtin type's is not.
class Meta(type):
    def __init__(cls, *args):
        cls.__doc__ = "set by " + type(cls).__name__


class A(metaclass=Meta):
    """original"""


class B:
    pass


B.__doc__ = "assigned"
print(A.__doc__, B.__doc__, B().__doc__, A.__dict__["__doc__"])
for target in (int, str):
    try:
        target.__doc__ = "x"
    except TypeError as e:
        print("TypeError", e)
