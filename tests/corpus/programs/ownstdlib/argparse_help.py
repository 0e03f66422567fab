# versions: 2.7 3.6 3.9 3.10 3.13
# needs: own-stdlib
# What argparse prints is its version's: "optional arguments:" before 3.10, "options:"
# from 3.10; the error for a bad option; the usage line.
from __future__ import print_function

import argparse
import sys

parser = argparse.ArgumentParser(prog="tool", description="Does things.")
parser.add_argument("name", help="who to greet")
parser.add_argument("-n", "--count", type=int, default=1, help="how many times")
parser.add_argument("--loud", action="store_true", help="shout")
parser.print_help()
args = parser.parse_args(["bob", "-n", "3"])
print(args.name, args.count, args.loud)
sys.stderr = sys.stdout
try:
    parser.parse_args(["--bad"])
except SystemExit as e:
    print("exit", e.code)
