# Traceback entries as the exception passes through frames (issue 10): the lines and the chain of tb_next, the
# positions traceback.extract_tb and print_exc read, and the messages of the index errors raised without a built message.
import re
import sys
import traceback


class ValidationError(Exception):
    def __init__(self, field, message):
        Exception.__init__(self, field, message)
        self.field = field


def require(record, field):
    try:
        return record[field]
    except KeyError:
        raise ValidationError(field, "is required") from None


def deep(n):
    try:
        return 1 + deep(n - 1) if n else (1, 2)[n + 5]
    finally:
        deep.unwound += 1


deep.unwound = 0


def lines(tb):
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


try:
    require({}, "name")
except ValidationError as e:
    print(lines(e.__traceback__), e.__suppress_context__, type(e.__context__).__name__, e.__cause__)

try:
    deep(3)
except IndexError as e:
    print(lines(e.__traceback__), deep.unwound, e)
    for frame in traceback.extract_tb(e.__traceback__):
        print(frame.name, frame.lineno, frame.end_lineno, frame.colno, frame.end_colno, frame.line)

for container, index in (([1], 3), ((1,), -2), ("ab", 9), (bytearray(b"x"), 4), (range(2), 5)):
    try:
        container[index]
    except IndexError as e:
        print(type(container).__name__, e, e.args)

try:
    try:
        [][0]
    except IndexError:
        raise
except IndexError as e:
    print("re-raised", lines(e.__traceback__))

try:
    value = (
        1 +
        {}["multi"]
    )
except KeyError as e:
    print(lines(e.__traceback__))
    for frame in traceback.extract_tb(e.__traceback__):
        print(frame.lineno, frame.end_lineno, frame.colno, frame.end_colno)


# format_exc draws carets from co_positions()[tb_lasti // 2], as the uncaught-exception printer does.
class Record:
    pass


def field(record):
    return record.missing


def check(record):
    return field(record) if record else None


try:
    check(Record())
except AttributeError:
    print(re.sub(r'File "[^"]*[/\\\\]', 'File "', traceback.format_exc()), end="")
    tb = sys.exc_info()[2]
    print(tb.tb_lasti >= 0, tb.tb_frame.f_code.co_name, len(list(tb.tb_frame.f_code.co_positions())) > 0)
