# except* over exception groups.
def fail_many():
    raise ExceptionGroup("several", [ValueError("v1"), TypeError("t1"), ValueError("v2")])


try:
    fail_many()
except* ValueError as group:
    print("values:", [str(e) for e in group.exceptions])
except* TypeError as group:
    print("types:", [str(e) for e in group.exceptions])

try:
    try:
        fail_many()
    except* TypeError:
        print("handled the TypeError only")
except ExceptionGroup as rest:
    print("left over:", repr(rest))

try:
    raise KeyError("naked")
except* KeyError as group:
    print("naked wrapped:", type(group).__name__, repr(group.exceptions[0]))
