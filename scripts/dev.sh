#!/usr/bin/env bash
# statusc developer entry point: installs what is missing, builds, and then
#   build only installs the build's packages and builds (the GitHub Action, action.yml)
#   run   checks the bundled example specs with the fresh statusc
#   test  runs the whole test suite (ctest)
#   bench builds with -DSTATUSC_BENCH=ON in build-bench and runs the three
#         benchmarks (docs/performance.md), printing ratio tables
# Works on a fresh Debian 12 machine as root (or with sudo). CI runs `test`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

BUILD_DIR=${STATUSC_BUILD_DIR:-build}
JOBS=${STATUSC_JOBS:-$(nproc)}

# Debian packages the build and the tests need.
PACKAGES=(
  cmake ninja-build g++ pkg-config
  libyaml-cpp-dev libcli11-dev catch2 libkainjow-mustache-dev
  protobuf-compiler libprotobuf-dev nlohmann-json3-dev git
  ccache
)

# Installs those of the given Debian packages that are missing.
apt_install() {
  local missing=()
  for p in "$@"; do
    if [ "$p" = nodejs ] || [ "$p" = npm ]; then
      # node and npm may come from another source than Debian (e.g. a
      # nodesource nodejs that bundles npm): ask for the commands.
      command -v "${p/nodejs/node}" >/dev/null 2>&1 || missing+=("$p")
    else
      dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    fi
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "statusc: installing ${missing[*]}" >&2
  local sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

install_packages() {
  apt_install "${PACKAGES[@]}" nodejs npm
}

# typescript, @bufbuild/buf and pyright, pinned by tools/package-lock.json,
# check the generated code in the tests; vscode-jsonrpc and
# vscode-languageserver-protocol drive `statusc lsp` (tests/lsp/session.js);
# @vscode/vsce packages the VS Code extension, which bundles its own runtime
# dependency (vscode-languageclient, pinned by editors/vscode/package-lock.json).
install_node_tools() {
  if [ ! -x tools/node_modules/.bin/tsc ] || [ ! -x tools/node_modules/.bin/buf ] ||
     [ ! -x tools/node_modules/.bin/pyright ] || [ ! -x tools/node_modules/.bin/vsce ] ||
     [ ! -d tools/node_modules/vscode-languageserver-protocol ] ||
     [ tools/package-lock.json -nt tools/node_modules/.package-lock.json ]; then
    echo "statusc: installing tools/package-lock.json" >&2
    npm ci --prefix tools --no-audit --no-fund --loglevel=error
  fi
  if [ ! -d editors/vscode/node_modules/vscode-languageclient ] ||
     [ editors/vscode/package-lock.json -nt editors/vscode/node_modules/.package-lock.json ]; then
    echo "statusc: installing editors/vscode/package-lock.json" >&2
    npm ci --prefix editors/vscode --omit=dev --no-audit --no-fund --loglevel=error
  fi
}

# ccache: rebuilds, and the test that builds statusc again as a CMake
# subproject (tests/cmake/consumer.sh), reuse the objects of this build.
# Both compile the same absolute paths; with the working directory left out
# of the hash, another build directory of the same checkout hits the cache
# (no CCACHE_BASEDIR: it rewrites paths relative to each build directory, and
# build directories of different depths would never match).
export CCACHE_NOHASHDIR=1

build() {
  cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER_LAUNCHER=ccache >/dev/null
  cmake --build "$BUILD_DIR" -j "$JOBS"
}

# The benchmarks need gperf and Google Benchmark besides the build's packages;
# they get their own Release build directory and never run under ctest.
bench() {
  apt_install gperf libbenchmark-dev
  local dir=${STATUSC_BENCH_DIR:-build-bench}
  cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DSTATUSC_BENCH=ON -DSTATUSC_TESTS=OFF >/dev/null
  cmake --build "$dir" -j "$JOBS" >&2  # stdout: only the tables
  "$dir/bench/statusc_runtime_bench"
  python3 bench/compile_cost.py --statusc "$dir/generator/statusc"
  local static_load=()
  [ -x "$dir/bench/yaml_load_static" ] && static_load=(--yaml-load-static "$dir/bench/yaml_load_static")
  python3 bench/generate_cost.py --statusc "$dir/generator/statusc" --yaml-load "$dir/bench/yaml_load" "${static_load[@]}"
  python3 bench/lsp_cost.py --statusc "$dir/generator/statusc"
}

case "${1:-}" in
  build)
    apt_install "${PACKAGES[@]}"
    cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release -DSTATUSC_TESTS=OFF >/dev/null
    cmake --build "$BUILD_DIR" -j "$JOBS" --target statusc
    ;;
  run)
    install_packages
    build
    "$BUILD_DIR/generator/statusc" check spec/*.yaml
    ;;
  test)
    install_packages
    # clang and its sanitizer and libFuzzer runtimes: statusc built with
    # clang and the fuzzing smoke run (tests/fuzz/smoke.sh).
    apt_install clang libclang-rt-14-dev
    # Neovim: its built-in LSP client drives `statusc lsp` (tests/lsp/).
    apt_install neovim
    # python3 runs the generated Python, black and mypy check it
    # (tests/compile/python.cmake); pyright comes with the node tools.
    apt_install python3 black mypy
    # Go 1.19 (Debian's golang-go): gofmt, go vet and go test on the generated
    # Go packages (tests/compile/go.cmake, tests/conformance/go/).
    apt_install golang-go
    # Meson builds examples/meson-consumer (tests/meson/consumer.sh);
    apt_install meson python3-yaml  # python3-yaml: tests/workspace/pipeline.py reads the hook and action files
    install_node_tools
    build
    ctest --test-dir "$BUILD_DIR" --output-on-failure -j "$JOBS"
    ;;
  bench)
    apt_install "${PACKAGES[@]}"
    bench
    ;;
  *)
    echo "usage: scripts/dev.sh build|run|test|bench" >&2
    exit 2
    ;;
esac
