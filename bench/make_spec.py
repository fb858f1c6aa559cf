#!/usr/bin/env python3
"""Writes a synthetic, valid statusc spec for benchmarks.

    bench/make_spec.py --states 1000 > /tmp/s1000.yaml
    bench/make_spec.py --machines 20 --states 16 > /tmp/m20.yaml
    bench/make_spec.py --states 32 --names medium --machine-name Enum32Medium

Each machine gets `--states` states, each with `--transitions` outgoing edges
(a chain plus forward jumps, so every state is reachable and can finish),
`--attributes` bool attributes and `--invariants` invariants that hold for
every state. State names are `s0`, `s1`, ... (`--names index`) or
pronounceable snake_case words of 1-8, 9-16 or 17-32 characters (`short`,
`medium`, `long`), drawn from a fixed seed. With `--machines N` (N > 1) the
machines are `<machine-name>0` ... `<machine-name>N-1`. Output is
deterministic for the same arguments.

`state_names()` is also imported by the other bench scripts, so every peer
(gperf, protobuf, hand-written code) sees the same names.
"""
import argparse
import random
import sys

LENGTHS = {"short": (1, 8), "medium": (9, 16), "long": (17, 32)}

# Names no target may use as they are (keywords of C++, TypeScript, protobuf,
# and a few macros): never produced, so every peer spells the names as given.
_AVOID = set("""
and asm auto bool break case catch char class const continue default delete do double else enum
export extern false float for friend goto if inline int long new not or private protected public
register return short signed sizeof static struct switch this throw true try typedef union unsigned
using virtual void volatile while xor any as from in is let of var yield await null none max min
import module package option message service syntax string bytes map oneof reserved to
""".split())

_CONSONANTS = "bdfgklmnprstvz"
_VOWELS = "aeiou"


def _word(rng: random.Random, length: int) -> str:
    """A snake_case name of exactly `length` characters: syllables, with an
    underscore between words of 3 to 8 letters."""
    out = []
    word = 0
    limit = rng.randint(3, 8)
    while len(out) < length:
        remaining = length - len(out)
        if word >= limit and remaining >= 2:
            out.append("_")
            word = 0
            limit = rng.randint(3, 8)
            continue
        out.append(rng.choice(_CONSONANTS) if len(out) % 2 == 0 or out[-1] == "_" else rng.choice(_VOWELS))
        word += 1
    return "".join(out)


def state_names(count: int, kind: str = "index", seed: int = 1) -> list:
    """`count` distinct state names: `s<i>`, or words with lengths drawn
    uniformly from LENGTHS[kind]. Distinct also once underscores and case are
    dropped, so UpperCamel and UPPER_SNAKE spellings never collide."""
    if kind == "index":
        return ["s%d" % i for i in range(count)]
    lo, hi = LENGTHS[kind]
    rng = random.Random("%s-%d-%d" % (kind, count, seed))
    names, folded = [], set()
    while len(names) < count:
        w = _word(rng, rng.randint(lo, hi))
        key = w.replace("_", "").lower()
        if w in _AVOID or key in folded:
            continue
        folded.add(key)
        names.append(w)
    return names


def write_machine(out, name: str, states: list, transitions: int, attributes: int, invariants: int) -> None:
    n = len(states)
    out("  %s:\n    initial: %s\n" % (name, states[0]))
    if attributes:
        out("    attributes:\n")
        for k in range(attributes):
            out("      flag%d:\n        description: Flag %d.\n" % (k, k))
    out("    states:\n")
    for i, s in enumerate(states):
        final = i == n - 1
        flags = "".join(", flag%d: %s" % (k, "true" if (i >> (k % 8)) & 1 and not final else "false")
                        for k in range(attributes))
        term = ", terminal: true" if final else ""
        out("      %s: {description: State %d.%s%s}\n" % (s, i, term, flags))
    out("    transitions:\n")
    for i in range(n - 1):
        for k in range(1, transitions + 1):
            out("      - {from: %s, to: %s, on: e%d}\n" % (states[i], states[min(n - 1, i + k)], k))
    if invariants:
        out("    invariants:\n")
    for k in range(invariants):
        f = "flag%d" % (k % max(attributes, 1))
        out("      - {name: rule%d, assert: \"%s -> !terminal\"}\n" % (k, f) if attributes else
            "      - {name: rule%d, assert: \"!initial || !terminal\"}\n" % k)


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--states", type=int, default=1000)
    p.add_argument("--transitions", type=int, default=5, help="outgoing transitions per state")
    p.add_argument("--attributes", type=int, default=10)
    p.add_argument("--invariants", type=int, default=20)
    p.add_argument("--machines", type=int, default=1)
    p.add_argument("--machine-name", default="Synthetic")
    p.add_argument("--names", choices=["index"] + sorted(LENGTHS), default="index")
    p.add_argument("--package", default="bench.synthetic")
    a = p.parse_args()
    n = max(a.states, 2)
    out = sys.stdout.write
    out("statusc: 1\npackage: %s\n" % a.package)
    out("description: Synthetic spec with %d machine(s) of %d states.\n" % (a.machines, n))
    out("machines:\n")
    for m in range(a.machines):
        name = a.machine_name if a.machines == 1 else "%s%d" % (a.machine_name, m)
        write_machine(out, name, state_names(n, a.names, seed=m + 1), a.transitions, a.attributes, a.invariants)
    return 0


if __name__ == "__main__":
    sys.exit(main())
