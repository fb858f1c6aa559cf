#!/usr/bin/env bash
# The Python compile tests (see tests/compile/python.cmake):
#   python_suite.sh MODE STATUSC SOURCE WORK [SCRIPT]
# MODE is one of
#   generate  the .py of every spec in spec/, tests/valid/, tests/real/,
#             tests/generate/ and tests/compile/python/specs/, twice, and
#             checks that both runs are byte-identical;
#   black     `black --check` on every module, as generated (Debian's black);
#   mypy      `mypy --strict` for Python 3.10, one run per spec folder;
#   pyright   pyright (pinned in tools/) in strict mode for Python 3.10;
#   import    python3 imports every module (class bodies and tables run);
#   run       python3 runs tests/compile/python/SCRIPT.py against gen/, after
#             mypy --strict has checked the script itself.
# Runs from the repository root, so the spec paths in the banners are the
# ones users would write. A missing tool fails the test with a message.
set -euo pipefail
mode=$1 statusc=$2 source=$3 work=$4 script=${5:-}
dirs=(spec:spec tests/valid:valid tests/real:real tests/generate:generate tests/compile/python/specs:extra)

need() {
  command -v "$1" >/dev/null 2>&1 || { echo "$1 not found: $2" >&2; exit 1; }
}
modules() {
  find "$work/gen" -name '*.py' | sort
}
require_generated() {
  [ -n "$(modules)" ] || { echo "no generated modules under $work/gen: run python.generate first" >&2; exit 1; }
}

case $mode in
  generate)
    rm -rf "$work/gen" "$work/again"
    for pair in "${dirs[@]}"; do
      dir=${pair%%:*} out=${pair##*:}
      mapfile -t specs < <(cd "$source" && ls "$dir"/*.yaml 2>/dev/null | sort)
      [ ${#specs[@]} -gt 0 ] || continue
      (cd "$source" && "$statusc" generate "${specs[@]}" -o "$work/gen/$out" --target python --quiet)
      (cd "$source" && "$statusc" generate "${specs[@]}" -o "$work/again/$out" --target python --quiet)
    done
    diff -r "$work/gen" "$work/again"
    echo "$(modules | wc -l) modules generated, byte-identical twice"
    ;;
  black)
    need black "apt-get install black (scripts/dev.sh test does)"
    require_generated
    # --config /dev/null: no pyproject.toml of a parent folder may change the
    # style; these are black's defaults (88 columns). Files are named one by
    # one: black skips what .gitignore lists (build/) when it walks a folder.
    mapfile -t files < <(modules)
    black --check --config /dev/null --target-version py310 "${files[@]}"
    ;;
  mypy)
    need mypy "apt-get install mypy (scripts/dev.sh test does)"
    require_generated
    for pair in "${dirs[@]}"; do
      out=${pair##*:}
      [ -d "$work/gen/$out" ] || continue
      mypy --strict --python-version 3.10 --no-incremental --config-file= "$work/gen/$out"
    done
    ;;
  pyright)
    pyright=$source/tools/node_modules/.bin/pyright
    [ -x "$pyright" ] || { echo "pyright not found: npm ci --prefix tools" >&2; exit 1; }
    require_generated
    printf '{"typeCheckingMode": "strict", "pythonVersion": "3.10", "include": ["gen"]}\n' >"$work/pyrightconfig.json"
    "$pyright" -p "$work/pyrightconfig.json"
    ;;
  import)
    need python3 "install python3"
    require_generated
    for pair in "${dirs[@]}"; do
      out=${pair##*:}
      [ -d "$work/gen/$out" ] || continue
      (cd "$work/gen/$out" && for f in *.py; do python3 -c "import ${f%.py}" || { echo "importing $out/$f failed" >&2; exit 1; }; done)
    done
    echo "every module imports"
    ;;
  run)
    need python3 "install python3"
    need mypy "apt-get install mypy (scripts/dev.sh test does)"
    require_generated
    # The script imports modules from gen/spec; mypy checks it with them.
    MYPYPATH="$work/gen/spec" mypy --strict --python-version 3.10 --no-incremental --config-file= \
      "$source/tests/compile/python/$script.py"
    PYTHONPATH="$work/gen/spec" python3 "$source/tests/compile/python/$script.py"
    ;;
  *)
    echo "unknown mode $mode" >&2
    exit 2
    ;;
esac
