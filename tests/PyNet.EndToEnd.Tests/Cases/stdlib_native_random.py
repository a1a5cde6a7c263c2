# The Mersenne Twister behind random, seeded as CPython seeds it.
import _random

r = _random.Random(42)
print([r.random() for _ in range(4)])
print(r.getrandbits(8), r.getrandbits(64), r.getrandbits(150))
r.seed(2**100 + 3)
print(r.random())
state = r.getstate()
first = [r.random() for _ in range(3)]
r.setstate(state)
print(first == [r.random() for _ in range(3)], len(state), state[-1])
r.seed(-42)
print(r.random() == _random.Random(42).random())


class Dice(_random.Random):
    def roll(self):
        return 1 + int(self.random() * 6)


dice = Dice(7)
print([dice.roll() for _ in range(10)])
