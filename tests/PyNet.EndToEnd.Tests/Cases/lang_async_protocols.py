# Coroutines, async with, async for, async generators and async comprehensions, driven by hand.
class Tick:
    def __await__(self):
        yield "tick"
        return "ticked"


class Resource:
    async def __aenter__(self):
        print("enter")
        await Tick()
        return self

    async def __aexit__(self, exc_type, exc, tb):
        print("exit", exc_type.__name__ if exc_type else None)
        return True


async def numbers(n):
    for i in range(n):
        await Tick()
        yield i * i


async def main():
    async with Resource() as r:
        print("inside", type(r).__name__)
        raise ValueError("suppressed by __aexit__")
    total = 0
    async for v in numbers(4):
        total += v
    squares = [v async for v in numbers(5) if v % 2 == 0]
    result = await Tick()
    return total, squares, result


def run(coroutine):
    ticks = 0
    try:
        while True:
            coroutine.send(None)
            ticks += 1
    except StopIteration as stop:
        return stop.value, ticks


print(run(main()))
