#!/usr/bin/env python3
"""Writes a synthetic, valid statusc spec for benchmarks.

    bench/make_spec.py --states 1000 > /tmp/s1000.yaml

Each state gets `--transitions` outgoing edges (a chain plus forward jumps,
so every state is reachable and can finish), `--attributes` bool attributes
and `--invariants` invariants that hold for every state. Output is
deterministic for the same arguments.
"""
import argparse
import sys


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--states", type=int, default=1000)
    p.add_argument("--transitions", type=int, default=5, help="outgoing transitions per state")
    p.add_argument("--attributes", type=int, default=10)
    p.add_argument("--invariants", type=int, default=20)
    a = p.parse_args()
    n = max(a.states, 2)
    out = sys.stdout.write
    out("statusc: 1\npackage: bench.synthetic\n")
    out("description: Synthetic spec with %d states.\n" % n)
    out("machines:\n  Synthetic:\n    initial: s0\n    attributes:\n")
    for k in range(a.attributes):
        out("      flag%d:\n        description: Flag %d.\n" % (k, k))
    out("    states:\n")
    for i in range(n):
        final = i == n - 1
        flags = ", ".join("flag%d: %s" % (k, "true" if (i >> (k % 8)) & 1 and not final else "false")
                          for k in range(a.attributes))
        term = ", terminal: true" if final else ""
        out("      s%d: {description: State %d.%s, %s}\n" % (i, i, term, flags))
    out("    transitions:\n")
    for i in range(n - 1):
        for k in range(1, a.transitions + 1):
            out("      - {from: s%d, to: s%d, on: e%d}\n" % (i, min(n - 1, i + k), k))
    out("    invariants:\n")
    for k in range(a.invariants):
        f = "flag%d" % (k % max(a.attributes, 1))
        out("      - {name: rule%d, assert: \"%s -> !terminal\"}\n" % (k, f) if a.attributes else
            "      - {name: rule%d, assert: \"!initial || !terminal\"}\n" % k)
    return 0


if __name__ == "__main__":
    sys.exit(main())
