import io
import logging
import os
import sys
import traceback


def inner():
    raise KeyError("k")


def outer():
    try:
        inner()
    except KeyError as e:
        raise RuntimeError("wrapped") from e


try:
    outer()
except Exception:
    text = traceback.format_exc().replace(os.path.dirname(os.path.abspath(__file__)) + os.sep, "")
    print(text)
print(traceback.format_exception_only(ValueError, ValueError("v")))
try:
    [][1]
except IndexError as e:
    summary = traceback.extract_tb(e.__traceback__)
    print([(f.name, f.lineno, f.line) for f in summary])
print("".join(traceback.format_list([("f.py", 3, "fn", "x = 1")])), end="")

logging.basicConfig(level=logging.DEBUG, format="%(levelname)s:%(name)s:%(message)s", stream=sys.stdout)
log = logging.getLogger("app")
log.info("hello %s", "world")
log.debug("n=%d", 3)
logging.warning("warn")
child = logging.getLogger("app.child")
child.setLevel(logging.ERROR)
child.warning("hidden")
child.error("shown")
buffer = io.StringIO()
handler = logging.StreamHandler(buffer)
handler.setFormatter(logging.Formatter("[%(levelname)s] %(message)s"))
log.addHandler(handler)
log.propagate = False
try:
    {}["missing"]
except KeyError:
    log.exception("failed")
lines = buffer.getvalue().splitlines()
print(lines[0], lines[1], lines[-1])
