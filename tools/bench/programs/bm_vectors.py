# quick: 100
"""vectors: particles moved by class-based 3-D vector arithmetic.

Attribute loads and stores on instances, method calls, properties, operator
overloading (__add__, __mul__), class construction. Usage: bm_vectors.py [steps]
"""
import sys


class Vec:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y, self.z - other.z)

    def scaled(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    @property
    def norm2(self):
        return self.dot(self)


class Particle:
    def __init__(self, position, velocity, mass):
        self.position = position
        self.velocity = velocity
        self.mass = mass

    def step(self, dt, centre):
        pull = (centre - self.position).scaled(0.01 / self.mass)
        self.velocity = self.velocity + pull
        self.position = self.position + self.velocity.scaled(dt)


def simulate(steps):
    particles = [Particle(Vec(i * 0.5, -i * 0.25, i % 7), Vec(0.0, 0.1 * (i % 3), 0.0), 1.0 + i % 5)
                 for i in range(60)]
    centre = Vec(0.0, 0.0, 0.0)
    for _ in range(steps):
        for p in particles:
            p.step(0.05, centre)
    energy = sum(0.5 * p.mass * p.velocity.norm2 for p in particles)
    spread = max(p.position.norm2 for p in particles)
    return energy, spread


def main():
    steps = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
    energy, spread = simulate(steps)
    print("energy %.6f" % energy)
    print("spread %.6f" % spread)


main()
