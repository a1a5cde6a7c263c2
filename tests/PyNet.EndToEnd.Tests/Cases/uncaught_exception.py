# An uncaught exception prints a traceback and exits 1.
def level_two(d):
    return d["key"]


def level_one():
    return level_two({})


print("before")
level_one()
print("never")
