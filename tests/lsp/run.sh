#!/usr/bin/env bash
# run.sh session|neovim STATUSC SOURCE_DIR: one LSP client test; 77 = skipped.
set -euo pipefail
which=$1 statusc=$(realpath "$2") source=$(realpath "$3")
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
case "$which" in
  session)
    command -v node >/dev/null || { echo "node not installed: skipped"; exit 77; }
    [ -d "$source/tools/node_modules/vscode-jsonrpc" ] ||
      { echo "tools/node_modules lacks vscode-jsonrpc (npm ci --prefix tools): skipped"; exit 77; }
    exec node "$here/session.js" "$statusc" "$source/tools" "$source"
    ;;
  neovim)
    command -v nvim >/dev/null || { echo "nvim not installed: skipped"; exit 77; }
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    cp "$here/jobs.yaml" "$work/jobs.yaml"
    # A mistake for the diagnostic: `runing` in a transition.
    sed -i 's/from: running, to: done/from: runing, to: done/' "$work/jobs.yaml"
    cd "$work"
    # --clean: no user config or plugins; the built-in client only.
    STATUSC="$statusc" timeout 120 nvim --headless --clean -c "luafile $here/neovim.lua" "$work/jobs.yaml" </dev/null
    ;;
esac
