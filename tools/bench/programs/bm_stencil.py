# quick: 5
"""stencil: heat diffusion on a 2-D grid of floats kept in lists of lists.

Float arithmetic, nested loops over range, list indexing and assignment.
Usage: bm_stencil.py [steps]
"""
import sys


def make_grid(n):
    grid = [[0.0] * n for _ in range(n)]
    for i in range(n):
        grid[i][0] = 100.0
        grid[0][i] = 50.0
    return grid


def step(grid, alpha):
    n = len(grid)
    new = [row[:] for row in grid]
    for i in range(1, n - 1):
        above, row, below, out = grid[i - 1], grid[i], grid[i + 1], new[i]
        for j in range(1, n - 1):
            laplace = above[j] + below[j] + row[j - 1] + row[j + 1] - 4.0 * row[j]
            out[j] = row[j] + alpha * laplace
    return new


def main():
    steps = int(sys.argv[1]) if len(sys.argv) > 1 else 120
    grid = make_grid(60)
    for _ in range(steps):
        grid = step(grid, 0.2)
    total = sum(sum(row) for row in grid)
    print("total %.6f" % total)
    print("centre %.6f" % grid[30][30])
    print("corner %.6f" % grid[1][1])


main()
