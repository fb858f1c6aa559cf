#!/usr/bin/env python3
"""Compile cost of statusc's generated C++ header, as ratios.

    bench/compile_cost.py --statusc build-bench/generator/statusc [--reps 3]

For 1, 20 and 100 machines (one spec, `Machine0`..., each with 16 states, 5
transitions per state, 4 bool attributes and 2 invariants, from
make_spec.py) it generates the C++ in both layouts (targets.cpp.layout:
header-only and split) and the .proto with statusc, runs protoc, and times
`g++ -std=c++17 -fsyntax-only` and `g++ -std=c++17 -O2 -c` of these
translation units:

    include   the generated header alone, per layout
    every     includes it and calls every function of every machine (parse,
              to_string, numbers, every predicate, can_transition,
              successors, next, events, migrate, traits), per layout
    pb calls  includes it and makes protobuf's calls (parse, name, is-valid
              as from_number, the count), per layout
    floor     the `every` code against a hand-written header of plain
              out-of-line declarations of the same API (no templates, no
              tables): what those calls cost whatever a header does
    std       only the standard headers the generated header includes
    protobuf  includes protoc's .pb.h for the same enums and calls X_Parse,
              X_Name, X_IsValid and X_descriptor of every enum

and, once, the split layout's .cpp (compiled once per build, not per
includer). Each time is the fastest of --reps rounds in which all the
translation units of one size and mode, the standard headers' included, run
in turn (on a shared machine, disturbances only ever add time, and taking
turns exposes all to the same conditions). Prints Markdown tables.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import time

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_spec  # noqa: E402

STATES, TRANSITIONS, ATTRIBUTES, INVARIANTS = 16, 5, 4, 2
# The standard headers the generated header includes, read from its template
# so that the baseline follows the header.
_TEMPLATE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "templates", "cpp", "header.h.mustache")
with open(_TEMPLATE) as _t:
    STD_HEADERS = re.findall(r"^#include <([^>]+)>", _t.read(), re.M)


def statusc_tu(stem: str, machines: int) -> str:
    out = ['#include "%s.h"' % stem, "", "namespace bc = ::bench::compile;", ""]
    for m in range(machines):
        t, s = "Machine%d" % m, "machine%d" % m
        preds = " + ".join(["bc::is_terminal(*v)", "bc::is_initial(*v)"] +
                           ["bc::is_flag%d(*v)" % k for k in range(ATTRIBUTES)])
        out.append("""int use_%(s)s(std::string_view text, std::int32_t n) {
  int r = static_cast<int>(bc::%(s)s_count);
  if (const auto v = bc::parse_%(s)s(text)) {
    r += bc::to_number(*v) + static_cast<int>(bc::to_string(*v).size()) + %(preds)s;
    r += bc::can_transition(*v, bc::%(s)s_values[0]);
    for (const bc::%(t)s next : bc::successors(*v)) r += bc::to_number(next);
    if (const auto e = bc::parse_%(s)s_event(text)) {
      r += static_cast<int>(bc::to_string(*e).size());
      if (const auto w = bc::next(*v, *e)) r += bc::to_number(*w);
    }
  }
  if (const auto v = bc::%(s)s_from_number(n)) r += bc::to_number(*v);
  if (const auto v = bc::migrate_%(s)s(text)) r += bc::to_number(*v);
  if (const auto v = bc::migrate_%(s)s_number(n)) r += bc::to_number(*v);
  using traits = statusc::machine_traits<bc::%(t)s>;
  if (const auto v = traits::parse(text)) r += traits::predicates[0](*v);
  return r + static_cast<int>(traits::values.size());
}
""" % {"s": s, "t": t, "preds": preds})
    return "\n".join(out)


def statusc_pb_calls_tu(stem: str, machines: int) -> str:
    out = ['#include "%s.h"' % stem, "", "namespace bc = ::bench::compile;", ""]
    for m in range(machines):
        out.append("""int use_machine%(m)d(std::string_view text, std::int32_t n) {
  int r = 0;
  if (const auto v = bc::parse_machine%(m)d(text)) r += static_cast<int>(bc::to_string(*v).size());
  if (bc::machine%(m)d_from_number(n)) r += n;
  return r + static_cast<int>(bc::machine%(m)d_count);
}
""" % {"m": m})
    return "\n".join(out)


def floor_header(machines: int) -> str:
    """The API the `every` code calls, as plain declarations: one small
    struct per result type, no templates, no tables, nothing inline."""
    out = ["#pragma once"] + ["#include <%s>" % h for h in STD_HEADERS] + [
        "namespace statusc { template <typename E> struct machine_traits; }", "namespace bench::compile {"]
    for m in range(machines):
        t, s = "Machine%d" % m, "machine%d" % m
        out.append("""enum class %(t)s : std::int32_t { %(states)s };
enum class %(t)sEvent : std::int32_t { %(events)s };
struct %(t)sResult { %(t)s value; bool has; explicit operator bool() const noexcept { return has; } %(t)s operator*() const noexcept { return value; } };
struct %(t)sEventResult { %(t)sEvent value; bool has; explicit operator bool() const noexcept { return has; } %(t)sEvent operator*() const noexcept { return value; } };
struct %(t)sSpan { const %(t)s* first; std::size_t size; const %(t)s* begin() const noexcept { return first; } const %(t)s* end() const noexcept { return first + size; } };
inline constexpr std::size_t %(s)s_count = %(n)d;
extern const %(t)s %(s)s_values[%(n)d];
constexpr std::int32_t to_number(%(t)s s) noexcept { return static_cast<std::int32_t>(s); }
std::string_view to_string(%(t)s) noexcept;
std::string_view to_string(%(t)sEvent) noexcept;
%(t)sResult parse_%(s)s(std::string_view) noexcept;
%(t)sResult %(s)s_from_number(std::int32_t) noexcept;
%(t)sResult migrate_%(s)s(std::string_view) noexcept;
%(t)sResult migrate_%(s)s_number(std::int32_t) noexcept;
%(t)sEventResult parse_%(s)s_event(std::string_view) noexcept;
%(t)sResult next(%(t)s, %(t)sEvent) noexcept;
bool can_transition(%(t)s, %(t)s) noexcept;
%(t)sSpan successors(%(t)s) noexcept;
%(preds)s
}
namespace statusc {
template <> struct machine_traits<bench::compile::%(t)s> {
  static bench::compile::%(t)sResult parse(std::string_view) noexcept;
  static bool (*const predicates[%(p)d])(bench::compile::%(t)s) noexcept;
  struct size_only { static constexpr std::size_t size() noexcept { return %(n)d; } };
  static constexpr size_only values{};
};
}
namespace bench::compile {""" % {
            "t": t, "s": s, "n": STATES, "p": ATTRIBUTES + 1,
            "states": ", ".join("S%d = %d" % (i, i + 1) for i in range(STATES)),
            "events": ", ".join("E%d" % i for i in range(TRANSITIONS)),
            "preds": "\n".join("bool %s(%s) noexcept;" % (p, t) for p in
                               ["is_terminal", "is_initial"] + ["is_flag%d" % k for k in range(ATTRIBUTES)])})
    out.append("}")
    return "\n".join(out) + "\n"


def std_tu() -> str:
    return "".join("#include <%s>\n" % h for h in STD_HEADERS) + \
        "\nint use(std::string_view text) { return static_cast<int>(text.size()); }\n"


def protobuf_tu(stem: str, machines: int) -> str:
    out = ['#include "%s.pb.h"' % stem, "", "namespace bc = ::bench::compile;", ""]
    for m in range(machines):
        t = "Machine%d" % m
        out.append("""int use_%(t)s(const std::string& text, int n) {
  int r = 0;
  bc::%(t)s v;
  if (bc::%(t)s_Parse(text, &v)) r += static_cast<int>(bc::%(t)s_Name(v).size());
  if (bc::%(t)s_IsValid(n)) r += n;
  return r + bc::%(t)s_descriptor()->value_count();
}
""" % {"t": t})
    return "\n".join(out)


def fastest_in_turns(commands: dict, reps: int) -> dict:
    """The fastest wall time of each command over `reps` rounds, the commands
    run in turn in each round, so that every one meets the same conditions
    (on a shared machine, disturbances only ever add time)."""
    best = {}
    for _ in range(reps):
        for name, cmd in commands.items():
            start = time.perf_counter()
            subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
            best[name] = min(best.get(name, float("inf")), time.perf_counter() - start)
    return best


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--statusc", required=True)
    p.add_argument("--cxx", default="g++")
    p.add_argument("--protoc", default="protoc")
    p.add_argument("--work", default="/tmp/statusc-compile-cost")
    p.add_argument("--reps", type=int, default=5)
    p.add_argument("--machines", default="1,20,100")
    a = p.parse_args()
    shutil.rmtree(a.work, ignore_errors=True)
    os.makedirs(a.work)
    modes = {"-fsyntax-only": ["-fsyntax-only"], "-O2 -c": ["-O2", "-c", "-o", os.devnull]}

    with open(os.path.join(a.work, "std.cpp"), "w") as f:
        f.write(std_tu())

    layouts = ("header-only", "split")
    rows = []  # (machines, mode, {column: seconds})
    split_source = []  # (machines, -O2 -c seconds of the split layout's .cpp)
    for n in (int(x) for x in a.machines.split(",")):
        base = os.path.join(a.work, "m%d.yaml" % n)
        with open(base, "w") as f:
            saved, sys.stdout = sys.stdout, f
            try:
                sys.argv = ["make_spec.py", "--machines", str(n), "--states", str(STATES), "--transitions",
                            str(TRANSITIONS), "--attributes", str(ATTRIBUTES), "--invariants", str(INVARIANTS),
                            "--machine-name", "Machine", "--package", "bench.compile"]
                make_spec.main()
            finally:
                sys.stdout = saved
        with open(base) as f:
            text = f.read()
        if n == 1:  # make_spec names a single machine as given: keep Machine0
            text = text.replace("  Machine:\n", "  Machine0:\n")
        tus = {}
        for layout in layouts:
            stem = "m%d_%s" % (n, layout.replace("-", "_"))
            spec = os.path.join(a.work, stem + ".yaml")
            with open(spec, "w") as f:
                f.write(text.replace("package: bench.compile\n",
                                     "package: bench.compile\ntargets:\n  cpp:\n    layout: %s\n" % layout, 1))
            subprocess.run([a.statusc, "generate", spec, "-o", a.work, "--target", "cpp,proto", "-q"], check=True)
            for column, body in (("include", '#include "%s.h"\n' % stem), ("every", statusc_tu(stem, n)),
                                 ("pb calls", statusc_pb_calls_tu(stem, n))):
                path = os.path.join(a.work, "%s_%s.cpp" % (stem, column.replace(" ", "_")))
                with open(path, "w") as f:
                    f.write(body)
                tus["%s %s" % (layout, column)] = path
        proto_stem = "m%d_split" % n
        proto_dir = os.path.join(a.work, "bench", "compile")
        subprocess.run([a.protoc, "--cpp_out=" + a.work, "-I", proto_dir, os.path.join(proto_dir, proto_stem + ".proto")],
                       check=True)
        with open(os.path.join(a.work, "floor%d.h" % n), "w") as f:
            f.write(floor_header(n))
        tus["floor"] = os.path.join(a.work, "m%d_floor.cpp" % n)
        with open(tus["floor"], "w") as f:
            f.write(statusc_tu("floor%d" % n, n))
        tus["std"] = os.path.join(a.work, "std.cpp")
        tus["protobuf"] = os.path.join(a.work, "m%d_protobuf.cpp" % n)
        with open(tus["protobuf"], "w") as f:
            f.write(protobuf_tu(proto_stem, n))
        for mode, flags in modes.items():
            cmd = [a.cxx, "-std=c++17", "-I", a.work, *flags]
            rows.append((n, mode, fastest_in_turns({column: cmd + [path] for column, path in tus.items()}, a.reps)))
        split_source.append((n, fastest_in_turns({"source": [a.cxx, "-std=c++17", "-I", a.work, *modes["-O2 -c"],
                                                            os.path.join(a.work, "m%d_split.cpp" % n)]}, 1)["source"]))
        print(".", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)

    cxx = subprocess.run([a.cxx, "--version"], capture_output=True, text=True).stdout.splitlines()[0]
    print("## Compile cost (bench/compile_cost.py)\n")
    print("%s, -std=c++17; fastest of %d rounds in turns; each machine: %d states, %d transitions per state, "
          "%d bool attributes, %d invariants. Times are ratios to the standard headers alone "
          "(std s, the first column).\n" % (cxx, a.reps, STATES, TRANSITIONS, ATTRIBUTES, INVARIANTS))
    columns = [c for c in rows[0][2] if c != "std"]
    print("| machines | mode | std s | " + " | ".join(columns) + " |")
    print("|---:|---|---:|" + "---:|" * len(columns))
    for n, mode, t in rows:
        std = t["std"]
        print("| %d | `%s` | %.3f | %s |" % (n, mode, std, " | ".join("%.2f" % (t[c] / std) for c in columns)))
    print("\nThe split layout's .cpp, compiled once (`-O2 -c`): " +
          ", ".join("%d machines %.2f s" % (n, t) for n, t in split_source) + ".")

    def verdict(ok: bool) -> str:
        return "met" if ok else "MISSED"

    print("\n### Targets\n\n| target | mode | measured | |\n|---|---|---:|---|")
    for n, mode, t in rows:
        std = t["std"]
        if n == 20:
            r = t["split include"] / std
            if mode == "-fsyntax-only":
                print("| 20 machines, include: <= 1.3x the standard headers | `%s` | %.2f | %s |" % (mode, r, verdict(r <= 1.3)))
            r = t["split every"] / std
            limit = 1.3 if mode == "-fsyntax-only" else 2.0
            print("| 20 machines, every function used: <= %.1fx the standard headers (floor: %.2f) | `%s` | %.2f | %s |"
                  % (limit, t["floor"] / std, mode, r, verdict(r <= limit)))
        if n == 100:
            for column in ("split include", "split pb calls", "split every"):
                r = t[column] / t["protobuf"]
                print("| 100 machines, %s: below protobuf's | `%s` | %.2f | %s |" % (column, mode, r, verdict(r < 1)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
