"""vscode_vsix.py VSIX EXTENSION_DIR: what `vsce package` made of editors/vscode/.

The .vsix is a zip. It must hold the extension's files, its manifest as
written, and every package of the committed lockfile (vscode-languageclient
and what it needs) at the locked version, since VS Code installs nothing.
"""
import json
import re
import sys
import zipfile
from pathlib import Path

vsix, ext = Path(sys.argv[1]), Path(sys.argv[2])
failures = []


def check(ok, what):
    if not ok:
        failures.append(what)


with zipfile.ZipFile(vsix) as z:
    names = set(z.namelist())
    for name in ["[Content_Types].xml", "extension.vsixmanifest", "extension/package.json", "extension/extension.js",
                 "extension/spec-detect.js", "extension/language-configuration.json",
                 "extension/syntaxes/statusc.tmLanguage.json", "extension/readme.md"]:
        check(name in names, f"{name} is in the .vsix")

    manifest = json.loads(z.read("extension/package.json"))
    source = json.loads((ext / "package.json").read_text())
    check(manifest == source, "extension/package.json is editors/vscode/package.json")
    check(set(manifest["activationEvents"]) >= {"onLanguage:statusc", "onLanguage:yaml"},
          "activates for statusc and YAML documents")
    language = next(l for l in manifest["contributes"]["languages"] if l["id"] == "statusc")
    check(".status.yaml" in language["extensions"], "*.status.yaml files are statusc")
    check(re.search(language["firstLine"], "statusc: 1") and not re.search(language["firstLine"], "statusc: 12"),
          "a first line `statusc: 1` makes a file statusc")
    check("statusc.path" in manifest["contributes"]["configuration"]["properties"], "the statusc.path setting")
    commands = {c["command"] for c in manifest["contributes"]["commands"]}
    check(commands == {"statusc.generate", "statusc.diagram"}, f"the server's commands in the palette: {commands}")

    vsixmanifest = z.read("extension.vsixmanifest").decode()
    identity = f'Id="{source["name"]}" Version="{source["version"]}"'
    check(identity in vsixmanifest and f'Publisher="{source["publisher"]}"' in vsixmanifest,
          f"extension.vsixmanifest names {identity}")

    # Every locked package, at its locked version; nothing else bundled.
    lock = json.loads((ext / "package-lock.json").read_text())
    locked = {k.removeprefix("node_modules/"): v["version"] for k, v in lock["packages"].items() if k}
    check("vscode-languageclient" in locked, "the lockfile pins vscode-languageclient")
    check(locked.get("vscode-languageclient") == source["dependencies"]["vscode-languageclient"],
          "the lockfile has the version package.json pins")
    for package, version in sorted(locked.items()):
        entry = f"extension/node_modules/{package}/package.json"
        if entry not in names:
            failures.append(f"{package} {version} is not bundled")
            continue
        bundled = json.loads(z.read(entry))["version"]
        check(bundled == version, f"{package} is bundled at {bundled}, the lockfile has {version} "
                                  "(reinstall: npm ci --prefix editors/vscode --omit=dev)")
    bundled = {n.split("/")[2] if not n.split("/")[2].startswith("@") else "/".join(n.split("/")[2:4])
               for n in names if n.startswith("extension/node_modules/") and n.count("/") >= 3}
    check(bundled <= set(locked), f"only locked packages are bundled: {sorted(bundled - set(locked))}")

for f in failures:
    print(f"FAIL: {f}")
print(f"{vsix.name}: {len(names)} files, {len(locked)} bundled packages, {len(failures)} failed")
sys.exit(1 if failures else 0)
