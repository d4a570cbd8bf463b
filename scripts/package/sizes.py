#!/usr/bin/env python3
"""Prints each bundle's zip size against the hello-world yardstick: sizes.py YARDSTICK.zip BUNDLE.zip..."""
import os
import sys

yardstick, bundles = sys.argv[1], sys.argv[2:]
base = os.path.getsize(yardstick)
print(f"{'zip':<40} {'bytes':>12} {'vs hello-urlsession':>20}")
print(f"{os.path.basename(yardstick):<40} {base:>12,} {'':>20}")
for bundle in bundles:
    size = os.path.getsize(bundle)
    print(f"{os.path.basename(bundle):<40} {size:>12,} {100 * (size - base) / base:>+19.1f}%")
