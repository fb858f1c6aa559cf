#!/usr/bin/env python3
"""The Python conformance driver (docs/conformance.md).

    python3 driver.py STATUSC WORK SPEC VECTORS [SPEC VECTORS]...

Generates the module of every spec (statusc generate --target python) into
WORK, imports each one as a user would, and checks it against the vector
files. The API is found by the names docs/generated/python.md gives it,
spelled from the vectors' machine, attribute and event names by the
documented rules (the reserved words come from Python's own keyword and
builtins modules), so a renamed class or method fails here as it would in a
user's code. Prints "<spec>: N checks, M failed" per pair; exits 1 on any
failure.

Every key of the format is checked. `parses` with `earlier: true` are
accepted by `parse` and refused by the TypeGuard (which narrows to today's
wire strings only); vocabularies must have no transition methods.
"""

from __future__ import annotations

import builtins
import importlib.util
import json
import keyword
import os
import subprocess
import sys
import types
from typing import Any, Callable

# --- names, as docs/spec-format.md (Names and words) and
# docs/generated/python.md (Names) define them -------------------------------


def words(name: str) -> list[str]:
    out: list[str] = []
    word = ""
    for i, c in enumerate(name):
        if c in "_-":
            if word:
                out.append(word)
            word = ""
            continue
        if c.isupper() and i > 0:
            prev = name[i - 1]
            next_lower = i + 1 < len(name) and name[i + 1].islower()
            if (
                prev.islower() or prev.isdigit() or (prev.isupper() and next_lower)
            ) and word:
                out.append(word)
                word = ""
        word += c.lower()
    if word:
        out.append(word)
    return out


def upper_snake(name: str) -> str:
    return "_".join(w.upper() for w in words(name))


def lower_snake(name: str) -> str:
    return "_".join(words(name))


def upper_camel(name: str) -> str:
    return "".join(w[:1].upper() + w[1:] for w in words(name))


# Python 3.10+ keywords and soft keywords ("type" is soft since 3.12), and the
# builtins (PythonFinalizationError is 3.13's), as the generator lists them.
RESERVED = (
    set(keyword.kwlist)
    | set(keyword.softkwlist)
    | {"type", "_"}
    | {n for n in dir(builtins) if not n.startswith("_")}
    | {"PythonFinalizationError", "aiter", "anext", "EncodingWarning"}
)
STR_ENUM_ATTRIBUTES = {n for n in dir(str) if not n.startswith("_")} | {"name", "value"}
FIXED_METHODS = [
    "parse", "from_number", "from_proto_name", "migrate", "values", "initial_states", "to_number",
    "proto_name", "is_initial", "attributes", "can_transition", "successors", "next_state", "accepted_events",
]  # fmt: skip
MODULES = {"annotations", "dataclasses", "enum", "types", "typing"}


def identifier(name: str) -> str:
    return name + "_" if name in RESERVED else name


class Names:
    """The module's names, claimed in the documented order."""

    def __init__(self, machines: list[dict[str, Any]]) -> None:
        self.used = set(MODULES)
        for m in machines:
            self.used |= {upper_snake(s["name"]) for s in m["states"]}
            self.used |= {upper_snake(e) for e in m["events"]}
            for a in m["attributes"]:
                self.used |= {upper_snake(v) for v in a.get("values", [])}
        self.cls = [self.claim(m["name"]) for m in machines]
        self.event_cls: list[str | None] = []
        self.literal: list[str] = []
        self.guard: list[str] = []
        self.table: list[str] = []
        for m in machines:
            has_events = bool(m["events"])
            self.event_cls.append(
                self.claim(m["name"] + "Event") if has_events else None
            )
            self.claim(m["name"] + "Attributes")
            self.literal.append(self.claim(m["name"] + "Literal"))
            self.guard.append(self.claim("is_" + lower_snake(m["name"])))
            self.table.append(self.claim(upper_snake(m["name"]) + "_ATTRIBUTES"))
        self.enum_cls: list[dict[str, str]] = []
        for m in machines:
            enums = {
                a["name"]: self.claim(m["name"] + upper_camel(a["name"]))
                for a in m["attributes"]
                if a["type"] == "enum"
            }
            self.enum_cls.append(enums)

    def claim(self, wanted: str) -> str:
        name = identifier(wanted)
        while name in self.used:
            name += "_"
        self.used.add(name)
        return name


def method_names(machine: dict[str, Any]) -> dict[str, str]:
    """Attribute name -> its predicate or accessor method, after the fixed API."""
    used = set(MODULES) | set()
    out: dict[str, str] = {}

    def claim(wanted: str) -> str:
        name = identifier(wanted)
        if name in STR_ENUM_ATTRIBUTES:
            name += "_"
        while name in used:
            name += "_"
        used.add(name)
        return name

    for fixed in FIXED_METHODS:
        claim(fixed)
    out["terminal"] = claim("is_terminal")
    for a in machine["attributes"]:
        out[a["name"]] = claim(a["predicate"] if a["type"] == "bool" else a["name"])
    return out


# --- checking ----------------------------------------------------------------


class Checker:
    def __init__(self, spec: str) -> None:
        self.spec = spec
        self.checks = 0
        self.failures = 0

    def fail(self, what: str) -> None:
        self.failures += 1
        if self.failures <= 30:
            print(f"  {self.spec}: {what}", file=sys.stderr)

    def expect(self, ok: bool, what: str) -> None:
        self.checks += 1
        if not ok:
            self.fail(what)

    def same(self, actual: object, expected: object, what: str) -> None:
        self.checks += 1
        if type(actual) is not type(expected) and not (
            isinstance(actual, str) and isinstance(expected, str)
        ):
            self.fail(
                f"{what}: got {actual!r} ({type(actual).__name__}), expected {expected!r}"
            )
        elif actual != expected:
            self.fail(f"{what}: got {actual!r}, expected {expected!r}")

    def call(self, fn: Callable[[], object], what: str) -> object:
        try:
            return fn()
        except Exception as e:  # a raise is a failure of the check, not of the driver
            self.fail(f"{what} raised {type(e).__name__}: {e}")
            return _RAISED


_RAISED = object()


def wire(value: object) -> object:
    """A member as its wire string (checked to be a str subclass), else itself."""
    return str(value) if isinstance(value, str) else value


def check_machine(
    c: Checker, module: types.ModuleType, m: dict[str, Any], index: int, names: Names
) -> None:
    cls = getattr(module, names.cls[index], None)
    if cls is None:
        c.fail(f"no class {names.cls[index]} for machine {m['name']}")
        return
    states = [s["name"] for s in m["states"]]
    by_name = {s: cls.parse(s) for s in states}
    methods = method_names(m)
    c.same([str(v) for v in cls.values()], states, f"{m['name']}.values()")
    c.same([str(v) for v in cls], states, f"iter({m['name']})")
    c.same(
        sorted(str(v) for v in cls.initial_states()),
        sorted(s["name"] for s in m["states"] if s["initial"]),
        f"{m['name']}.initial_states()",
    )
    table = getattr(module, names.table[index], None)
    c.expect(
        isinstance(table, types.MappingProxyType),
        f"{names.table[index]} is a read-only mapping",
    )
    guard = getattr(module, names.guard[index])
    event_cls = (
        getattr(module, names.event_cls[index]) if names.event_cls[index] else None
    )
    c.expect(
        (event_cls is None) == (not m["events"]),
        f"{m['name']} has an event class exactly when it has events",
    )
    if event_cls is not None:
        c.same(
            [str(e) for e in event_cls],
            m["events"],
            f"{names.event_cls[index]} members",
        )
    c.expect(
        hasattr(cls, "can_transition") == m["has_transitions"],
        f"{m['name']}.can_transition exists exactly for a lifecycle",
    )

    for s in m["states"]:
        name = s["name"]
        member = by_name[name]
        where = f"{m['name']}.{name}"
        if not isinstance(member, cls):
            c.fail(f"{m['name']}.parse({name!r}) gave {member!r}")
            continue
        c.same(str(member), name, f"str({where})")
        c.same(f"{member}", name, f"f-string of {where}")
        c.expect(
            member == name and hash(member) == hash(name),
            f"{where} equals its wire string",
        )
        c.same(json.dumps(member), json.dumps(name), f"json.dumps({where})")
        c.same(member.to_number(), s["number"], f"{where}.to_number()")
        c.expect(
            cls.from_number(s["number"]) is member,
            f"{m['name']}.from_number({s['number']})",
        )
        if s["proto_name"] is None:
            c.expect(
                not hasattr(cls, "proto_name"),
                f"{m['name']} has no proto_name with the proto target off",
            )
        else:
            c.same(member.proto_name(), s["proto_name"], f"{where}.proto_name()")
        c.same(member.is_initial(), s["initial"], f"{where}.is_initial()")
        c.same(
            getattr(member, methods["terminal"])(),
            s["terminal"],
            f"{where}.is_terminal()",
        )
        record = member.attributes()
        c.expect(
            table is not None and table[member] is record,
            f"{names.table[index]}[{where}] is {where}.attributes()",
        )
        c.same(record.terminal, s["terminal"], f"{where}.attributes().terminal")
        for a in m["attributes"]:
            expected = s["attributes"][a["name"]]
            method = methods[a["name"]]
            got = c.call(lambda: getattr(member, method)(), f"{where}.{method}()")
            field = getattr(record, identifier(a["name"]), _RAISED)
            if a["type"] == "enum":
                enum_cls = getattr(module, names.enum_cls[index][a["name"]])
                c.expect(
                    isinstance(got, enum_cls),
                    f"{where}.{method}() is a {enum_cls.__name__}",
                )
                c.same(wire(got), expected, f"{where}.{method}()")
                c.expect(
                    enum_cls.parse(expected) is got,
                    f"{enum_cls.__name__}.parse({expected!r})",
                )
                c.same(
                    [str(v) for v in enum_cls],
                    a["values"],
                    f"{enum_cls.__name__} members",
                )
            else:
                c.same(got, expected, f"{where}.{method}()")
            c.expect(field == got, f"{where}.attributes().{identifier(a['name'])}")
        if m["has_transitions"]:
            bits = "".join(
                "1" if member.can_transition(by_name[t]) else "0" for t in states
            )
            c.same(bits, s["can_transition_to"], f"{where}.can_transition(*)")
            c.same(
                [str(t) for t in member.successors()],
                s["successors"],
                f"{where}.successors()",
            )
        else:
            c.same(
                s["can_transition_to"],
                "0" * len(states),
                f"{where}: a vocabulary allows nothing",
            )
        if event_cls is not None:
            for event, target in s["next"].items():
                got = member.next_state(event_cls.parse(event))
                c.same(
                    None if got is None else str(got),
                    target,
                    f"{where}.next_state({event})",
                )
            c.same(
                [str(e) for e in member.accepted_events()],
                s["accepted_events"],
                f"{where}.accepted_events()",
            )
        else:
            c.same(s["accepted_events"], [], f"{where}: no events")

    for p in m["parses"]:
        got = c.call(lambda: cls.parse(p["text"]), f"{m['name']}.parse({p['text']!r})")
        c.same(wire(got), p["state"], f"{m['name']}.parse({p['text']!r})")
        c.expect(
            bool(guard(p["text"])) != p["earlier"],
            f"{names.guard[index]}({p['text']!r}) is {not p['earlier']}",
        )
    parsed = {p["text"] for p in m["parses"]}
    for p in m["proto_parses"]:
        c.same(
            wire(cls.from_proto_name(p["text"])),
            p["state"],
            f"{m['name']}.from_proto_name({p['text']!r})",
        )
    if event_cls is not None:
        for p in m["event_parses"]:
            c.same(
                wire(event_cls.parse(p["text"])),
                p["event"],
                f"{names.event_cls[index]}.parse({p['text']!r})",
            )
    for p in m["migrate_names"]:
        c.same(
            wire(cls.migrate(p["text"])),
            p["state"],
            f"{m['name']}.migrate({p['text']!r})",
        )
        if p["text"] not in parsed:  # a removed name
            c.expect(
                cls.parse(p["text"]) is None,
                f"{m['name']}.parse({p['text']!r}) refuses a removed name",
            )
    numbers = {s["number"] for s in m["states"]}
    for p in m["migrate_numbers"]:
        c.same(
            wire(cls.migrate(p["number"])),
            p["state"],
            f"{m['name']}.migrate({p['number']})",
        )
        if p["number"] not in numbers:
            c.expect(
                cls.from_number(p["number"]) is None,
                f"{m['name']}.from_number({p['number']}) refuses a removed number",
            )
    for text in m["near_misses"]:
        c.expect(
            c.call(lambda: cls.parse(text), "parse") is None,
            f"{m['name']}.parse({text!r}) refuses it",
        )
        c.expect(
            c.call(lambda: cls.migrate(text), "migrate") is None,
            f"{m['name']}.migrate({text!r}) refuses it",
        )
        c.expect(not guard(text), f"{names.guard[index]}({text!r}) refuses it")
        if event_cls is not None:
            c.expect(
                event_cls.parse(text) is None,
                f"{names.event_cls[index]}.parse({text!r}) refuses it",
            )
    for number in m["unknown_numbers"]:
        c.expect(
            cls.from_number(number) is None,
            f"{m['name']}.from_number({number}) refuses it",
        )
        c.expect(
            cls.migrate(number) is None, f"{m['name']}.migrate({number}) refuses it"
        )
    # Never raising on input of the wrong type.
    for value in [None, 1.5, b"x", [], {}]:
        c.expect(
            c.call(lambda: cls.parse(value), "parse") is None,
            f"{m['name']}.parse({value!r})",
        )
        c.expect(
            c.call(lambda: cls.migrate(value), "migrate") is None,
            f"{m['name']}.migrate({value!r})",
        )
        c.expect(
            c.call(lambda: cls.from_number(value), "from_number") is None,
            f"{m['name']}.from_number({value!r})",
        )
    c.expect(
        cls.from_number(True) is None and cls.from_number(False) is None,
        f"{m['name']}.from_number refuses bools",
    )


def import_module(path: str, key: str) -> types.ModuleType:
    spec = importlib.util.spec_from_file_location(key, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[key] = module  # dataclasses look the module up while the class is built
    spec.loader.exec_module(module)
    return module


def check_pair(
    statusc: str, work: str, spec: str, vectors_path: str, serial: int
) -> tuple[int, int, str]:
    c = Checker(spec)
    try:
        with open(vectors_path, encoding="utf-8") as f:
            vectors = json.load(f)
    except (OSError, ValueError) as e:
        c.fail(f"cannot read {vectors_path}: {e}")
        return c.checks, c.failures, ""
    if vectors.get("format") != 1 or vectors.get("spec") != spec:
        c.fail(f"{vectors_path} is not format 1 vectors of {spec}")
        return c.checks, c.failures, ""
    out = os.path.join(work, "gen", str(serial))
    os.makedirs(out, exist_ok=True)
    done = subprocess.run(
        [statusc, "generate", spec, "-o", out, "--target", "python", "--quiet"],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        c.fail(f"statusc generate failed: {done.stderr.strip()}")
        return c.checks, c.failures, ""
    stem = os.path.splitext(os.path.basename(spec))[0]
    path = os.path.join(out, stem + ".py")
    on = "python" in vectors["targets"]
    c.expect(
        os.path.exists(path) == on,
        f"{path} exists exactly when the python target is on",
    )
    if not on:
        return c.checks, c.failures, " (python target off)"
    try:
        module = import_module(path, f"conformance_{serial}_{stem}")
    except Exception as e:
        c.fail(f"importing {path} raised {type(e).__name__}: {e}")
        return c.checks, c.failures, ""
    names = Names(vectors["machines"])
    for i, m in enumerate(vectors["machines"]):
        try:
            check_machine(c, module, m, i, names)
        except Exception as e:
            c.fail(f"checking {m['name']} raised {type(e).__name__}: {e}")
    return c.checks, c.failures, ""


def main(argv: list[str]) -> int:
    if len(argv) < 4 or len(argv) % 2 != 0:
        print(
            "usage: driver.py STATUSC WORK SPEC VECTORS [SPEC VECTORS]...",
            file=sys.stderr,
        )
        return 2
    statusc, work = argv[0], argv[1]
    ok = True
    for serial, k in enumerate(range(2, len(argv), 2)):
        checks, failed, note = check_pair(statusc, work, argv[k], argv[k + 1], serial)
        print(f"{argv[k]}: {checks} checks, {failed} failed{note}", flush=True)
        ok = ok and failed == 0
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
