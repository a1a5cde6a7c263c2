# unittest (its runner, failure report and traceback trimming) and argparse (which asks shutil for the terminal size).
import argparse
import io
import os
import re
import shutil
import sys
import unittest


class Sample(unittest.TestCase):
    def test_ok(self):
        self.assertEqual(1 + 1, 2)

    def test_fail(self):
        self.assertIn(3, [1, 2])

    def test_raises(self):
        with self.assertRaises(ZeroDivisionError):
            1 / 0

    @unittest.skip("not today")
    def test_skipped(self):
        pass

    def test_error(self):
        {}["missing"]


stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(unittest.defaultTestLoader.loadTestsFromTestCase(Sample))
print(re.sub(r"in \d+\.\d+s", "in Ns", stream.getvalue()).replace(__file__, "FILE"))
print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped), result.wasSuccessful())

parser = argparse.ArgumentParser(prog="tool", description="A tool.")
parser.add_argument("names", nargs="+")
parser.add_argument("-n", "--count", type=int, default=3, help="how many")
parser.add_argument("--verbose", action="store_true")
args = parser.parse_args(["a", "b", "-n", "5", "--verbose"])
print(args.names, args.count, args.verbose)
os.environ["COLUMNS"] = "60"
print(parser.format_help())
try:
    parser.parse_args(["-n", "x"])
except SystemExit as e:
    print("exit", e.code)
print(shutil.get_terminal_size((33, 11)).lines, os.terminal_size((1, 2)))
try:
    sys.stdout.fileno() if False else io.StringIO().fileno()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e)
