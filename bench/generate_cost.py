#!/usr/bin/env python3
"""How the compiler's time grows with the size of a spec, as ratios.

    bench/generate_cost.py --statusc build-bench/generator/statusc \\
                           --yaml-load build-bench/bench/yaml_load \\
                           [--yaml-load-static build-bench/bench/yaml_load_static]

For specs of 10, 100, 1,000 and 10,000 states (make_spec.py: 5 transitions
per state, 10 bool attributes, 20 invariants) it times `statusc generate`
(every target: cpp, proto, ts, md, python, go; six files in four new
folders) into an empty directory, and a bare yaml-cpp load of the same file
(bench/yaml_load.cpp, YAML::LoadFile, linked against the shared yaml-cpp
and C++ runtime as a program using them would be), and prints the ratio of
the two and the growth from one size to the next (10x the states: how many
times the time). statusc links its C++ runtime and yaml-cpp statically
(STATUSC_STATIC_RUNTIME); with --yaml-load-static, the same load linked
that way is timed too, and the ratio to it shows what statusc's work costs
apart from the linking. The commands run in turn, for about
--budget seconds (at least 3 rounds, at most 200), and each time is the
fastest of its runs: on a shared machine, disturbances only ever add time,
and taking turns exposes both commands to the same conditions.
"""
import argparse
import os
import shutil
import subprocess
import sys
import time

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_spec  # noqa: E402


def fastest_in_turns(commands, budget: float, before=None):
    """The fastest wall time of each command, the commands run in turn."""
    times = [[] for _ in commands]
    rounds = 0
    while rounds < 3 or (sum(map(sum, times)) < budget and rounds < 200):
        for cmd, bucket in zip(commands, times):
            if before:
                before()
            start = time.perf_counter()
            subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
            bucket.append(time.perf_counter() - start)
        rounds += 1
    return [min(bucket) for bucket in times]


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--statusc", required=True)
    p.add_argument("--yaml-load", required=True)
    p.add_argument("--yaml-load-static", help="yaml_load linked as statusc is: a like-for-like second baseline")
    p.add_argument("--work", default="/tmp/statusc-generate-cost")
    p.add_argument("--sizes", default="10,100,1000,10000")
    p.add_argument("--budget", type=float, default=2.0, help="seconds of repeated runs per measurement")
    a = p.parse_args()
    shutil.rmtree(a.work, ignore_errors=True)
    os.makedirs(a.work)
    out_dir = os.path.join(a.work, "out")

    def fresh_output():
        shutil.rmtree(out_dir, ignore_errors=True)

    rows = []
    for n in (int(x) for x in a.sizes.split(",")):
        spec = os.path.join(a.work, "s%d.yaml" % n)
        with open(spec, "w") as f:
            saved, sys.stdout = sys.stdout, f
            try:
                sys.argv = ["make_spec.py", "--states", str(n)]
                make_spec.main()
            finally:
                sys.stdout = saved
        commands = [[a.statusc, "generate", spec, "-o", out_dir, "-q"], [a.yaml_load, spec]]
        if a.yaml_load_static:
            commands.append([a.yaml_load_static, spec])
        gen, load, *load_static = fastest_in_turns(commands, a.budget, fresh_output)
        rows.append((n, os.path.getsize(spec), gen, load, load_static[0] if load_static else None))
        print(".", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)

    print("## statusc generate (bench/generate_cost.py)\n")
    print("Every target (cpp, proto, ts, md, python, go) into an empty directory; fastest wall time of at least 3 runs, "
          "taking turns with the load; "
          "each spec: 5 transitions per state, 10 bool attributes, 20 invariants.\n")
    static = a.yaml_load_static is not None
    print("| states | spec KiB | statusc generate ms | yaml-cpp load ms | generate / load |" +
          (" load, linked as statusc ms | generate / that load |" if static else "") +
          " growth of generate (10x states) | growth of load |")
    print("|---:|---:|---:|---:|---:|" + ("---:|---:|" if static else "") + "---:|---:|")
    prev = None
    for n, size, gen, load, load_static in rows:
        growth = ("%.1fx" % (gen / prev[2]), "%.1fx" % (load / prev[3])) if prev else ("-", "-")
        like_for_like = " %.2f | %.2f |" % (load_static * 1e3, gen / load_static) if static else ""
        print("| %d | %d | %.2f | %.2f | %.2f |%s %s | %s |" % (n, size // 1024, gen * 1e3, load * 1e3, gen / load,
                                                             like_for_like, *growth))
        prev = (n, size, gen, load)
    worst = max(gen / load for _n, _s, gen, load, _ls in rows)
    growths = [rows[i][2] / rows[i - 1][2] for i in range(1, len(rows))]
    print("\n### Targets\n\n| target | measured | |\n|---|---:|---|")
    print("| generate <= 1.5x the yaml-cpp load, every size | worst %.2f | %s |" % (worst, "met" if worst <= 1.5 else "MISSED"))
    if growths:
        g = max(growths)
        print("| 10x the states: at most 11x the time | worst %.1fx | %s |" % (g, "met" if g <= 11 else "MISSED"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
