# Fast paths around exceptions and record building: each must behave as the general path (issue 10).


# Parameters need no unbound check unless something deletes them: `del`, or an `except ... as` with their name.
def deleted_parameter(a, b):
    del a
    try:
        return a
    except UnboundLocalError as e:
        print("del:", e)
    return b


def parameter_as_except_target(e):
    try:
        raise ValueError("x")
    except ValueError as e:
        print("caught", repr(e))
    try:
        return e
    except UnboundLocalError as err:
        print("except-as:", err)


def numeric_parameter_deleted(n):
    x = n * 2
    del n
    try:
        return n + x
    except UnboundLocalError as err:
        print("numeric:", err)
    return x


def parameter_as_except_star_target(e):
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError as e:
        print("caught", repr(e))
    try:
        return e
    except UnboundLocalError as err:
        print("except*-as:", err)


def parameter_rebound_by_match(x):
    match x:
        case [x, *_]:
            pass
    return x


def plain_parameters(a, b=3, *args, c, **kw):
    return a + b + sum(args) + c + len(kw)


print(deleted_parameter(1, 2), parameter_as_except_target(3), numeric_parameter_deleted(4))
print(parameter_as_except_star_target(5), parameter_rebound_by_match([3, 4]), parameter_rebound_by_match(7))
print(plain_parameters(1, c=4), plain_parameters(1, 2, 3, c=4, d=5), (lambda x, y=2: x * y)(5))

# str(int): small values may share one str object; the text is what matters.
print([str(n) for n in (-257, -256, -1, 0, 7, 1023, 1024, 10**20, -10**20)])
print(str(5) == "5", len(str(999)), str(True), str(-0))
texts = [str(n % 7) for n in range(20)]
print(texts, "".join(texts), texts.count("3"))

# type(x) with one argument.
class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    pass


print(type(1), type("s"), type(ValueError("v")), type(type), type(WithMeta), type(WithMeta()), type(None))
try:
    type()
except TypeError as e:
    print("type():", e)


# Dict displays with str constant keys: values in order, the last of repeated keys wins at the first one's place.
def traced(value):
    print("value", value)
    return value


record = {"id": traced(1), "name": traced("n"), "id": traced(3), "age": traced([])}
print(record, list(record))
try:
    {"a": traced(1), "b": 1 // 0, "c": traced(2)}
except ZeroDivisionError as e:
    print("display:", e)
print({"\u00e9": 1, "\ud83d": 2, "": 3}, {"k": {"nested": {}}}, {}, {"x": None}["x"])


class Key:
    def __hash__(self):
        print("Key hash")
        return 1

    def __repr__(self):
        return "Key()"


mixed = {"a": traced(1), Key(): 2, 3: "c"}
print(mixed)


# Exceptions raised, chained and matched along the way.
class ValidationError(Exception):
    def __init__(self, field, message):
        Exception.__init__(self, field, message)
        self.field = field


class Missing(ValidationError):
    pass


def require(rec, field):
    try:
        return rec[field]
    except KeyError:
        raise Missing(field, "is required") from None


def parse(rec, field):
    try:
        return int(require(rec, field))
    except ValueError as error:
        raise ValidationError(field, "not a number") from error


for rec in ({"n": "12"}, {"n": "1x"}, {}):
    try:
        print(parse(rec, "n"))
    except ValidationError as e:
        print(type(e).__name__, e.args, e.field, type(e.__cause__).__name__, e.__cause__, e.__suppress_context__,
              type(e.__context__).__name__)


# Attribute sites on exception instances: the __dict__ unless the class customises access.
class Tagged(Exception):
    kind = "class"

    def __init__(self, tag):
        super().__init__(tag)
        self.tag = tag


class Logged(Tagged):
    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value)


class WithProperty(Tagged):
    @property
    def tag(self):
        return "property"

    @tag.setter
    def tag(self, value):
        print("property set", value)


class WithGetattr(Tagged):
    def __getattr__(self, name):
        return "missing " + name


for cls in (Tagged, Logged, WithProperty, WithGetattr):
    for _ in range(3):
        err = cls("t")
        err.kind = "own"
        err.args = ("replaced",)
        print(cls.__name__, err.tag, err.kind, type(err).kind, err.args, sorted(vars(err)))
print(WithGetattr("x").other)
plain = ValueError("v")
plain.note = 1
print(plain.note, vars(plain))
try:
    Tagged("t").absent
except AttributeError as e:
    print("AttributeError:", e)


# StopIteration from an exhausted iterator: value None, an empty __dict__.
def returns_seven():
    return 7
    yield


for make in (lambda: next(iter([])), lambda: next(returns_seven()), lambda: next(x for x in ())):
    try:
        make()
    except StopIteration as stop:
        # (A StopIteration with a value keeps it in PyNet's __dict__ for now: only the empty case is compared.)
        print(repr(stop), stop.value, stop.args, stop.__dict__ if stop.value is None else "")
explicit = StopIteration(5, 6)
print(explicit.value, explicit.args, StopIteration().value, StopIteration(None).value)
explicit.__init__()
print(explicit.value, explicit.args)
explicit.value = 9
print(explicit.value)
