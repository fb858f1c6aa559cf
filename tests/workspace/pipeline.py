#!/usr/bin/env python3
"""The pipeline files at the repository root, checked against the statusc just
built: every .pre-commit-hooks.yaml hook's entry runs (with that statusc) in a
copy of examples/workspace and passes, then fails once a spec changes without
regenerating; action.yml is a composite action whose steps call statusc with
the workspace and read inputs only through env.

    pipeline.py STATUSC SOURCE_DIR
"""
import os
import shlex
import shutil
import subprocess
import sys
import tempfile

import yaml

statusc, source = sys.argv[1], sys.argv[2]


def run(entry, cwd):
    argv = shlex.split(entry)
    assert argv[0] == "statusc", entry
    return subprocess.run([statusc] + argv[1:], cwd=cwd, capture_output=True, text=True)


with open(os.path.join(source, ".pre-commit-hooks.yaml")) as f:
    hooks = yaml.safe_load(f)
ids = [h["id"] for h in hooks]
assert ids == ["statusc-check", "statusc-generate-check"], ids
with tempfile.TemporaryDirectory() as work:
    repo = os.path.join(work, "repo")
    shutil.copytree(os.path.join(source, "examples", "workspace"), repo)
    os.makedirs(os.path.join(repo, "specs", "orders", "deep"))
    for hook in hooks:
        assert hook["language"] == "system" and hook["pass_filenames"] is False, hook
        result = run(hook["entry"], os.path.join(repo, "specs", "orders", "deep"))
        assert result.returncode == 0, (hook["id"], result.stdout, result.stderr)
    spec = os.path.join(repo, "specs", "orders", "order_status.yaml")
    with open(spec) as f:
        text = f.read()
    with open(spec, "w") as f:
        f.write(text.replace("The parcel left the warehouse.", "Handed to the carrier."))
    check, generate_check = (run(h["entry"], repo) for h in hooks)
    assert check.returncode == 0, check.stderr
    assert generate_check.returncode == 1 and "differs: " in generate_check.stdout, generate_check

with open(os.path.join(source, "action.yml")) as f:
    action = yaml.safe_load(f)
assert action["runs"]["using"] == "composite"
steps = action["runs"]["steps"]
assert "scripts/dev.sh\" build" in steps[0]["run"]
commands = [s["run"] for s in steps[1:]]
for needle in ("check --quiet --format github", "generate --check --quiet --format github",
               "diff \"${args[@]}\"", "--against-git \"origin/$BASE_REF\""):
    assert any(needle in c for c in commands), needle
for step in steps:
    assert "${{" not in step["run"], "inputs reach scripts through env: " + step["run"]
print("pipeline files: ok")
