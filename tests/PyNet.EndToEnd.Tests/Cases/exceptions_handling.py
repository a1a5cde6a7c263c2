# try/except/else/finally, raise from, custom exceptions.
class AppError(Exception):
    pass


def risky(n):
    if n == 0:
        raise AppError("zero is not allowed")
    return 10 / n


for value in [2, 0, "x"]:
    try:
        result = risky(value)
    except AppError as e:
        print("app error:", e)
    except TypeError as e:
        print("type error:", type(e).__name__)
    else:
        print("result", result)
    finally:
        print("checked", value)


def cleanup_order():
    try:
        return "from try"
    finally:
        print("finally runs before return")


print(cleanup_order())
try:
    try:
        {}["missing"]
    except KeyError as e:
        raise ValueError("bad key") from e
except ValueError as e:
    print(e, "caused by", repr(e.__cause__))
try:
    [][5]
except IndexError as e:
    print("index:", e)
