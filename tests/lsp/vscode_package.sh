#!/usr/bin/env bash
# vscode_package.sh SOURCE_DIR OUT_DIR: packages editors/vscode/ with the
# pinned @vscode/vsce into OUT_DIR, checks the .vsix (vscode_vsix.py), then
# loads the packaged extension.js under node with a stand-in for VS Code's
# API (vscode_extension.js). 77 = skipped (node or the npm installs missing).
set -euo pipefail
source=$(realpath "$1") out=$2
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
command -v node >/dev/null || { echo "node not installed: skipped"; exit 77; }
vsce=$source/tools/node_modules/.bin/vsce
[ -x "$vsce" ] || { echo "tools/node_modules lacks @vscode/vsce (npm ci --prefix tools): skipped"; exit 77; }
ext=$source/editors/vscode
[ -d "$ext/node_modules/vscode-languageclient" ] ||
  { echo "editors/vscode/node_modules is not installed (npm ci --prefix editors/vscode --omit=dev): skipped"; exit 77; }

mkdir -p "$out"
version=$(node -p "require('$ext/package.json').version")
vsix=$out/statusc-$version.vsix
rm -f "$vsix"
# No LICENSE file or repository URL to publish with: this package is for
# installing from a file (code --install-extension), not the Marketplace.
(cd "$ext" && "$vsce" package --skip-license --allow-missing-repository --out "$vsix") >"$out/vsce.log" 2>&1 ||
  { cat "$out/vsce.log"; exit 1; }
python3 "$here/vscode_vsix.py" "$vsix" "$ext"

unpacked=$out/unpacked
rm -rf "$unpacked"
python3 -m zipfile -e "$vsix" "$unpacked"
node --check "$unpacked/extension/extension.js"
node "$here/vscode_extension.js" "$unpacked/extension" "$source"
