#!/usr/bin/env bash
# statusc developer entry point: installs what is missing, builds, and then
#   run   checks the bundled example specs with the fresh statusc
#   test  runs the whole test suite (ctest)
# Works on a fresh Debian 12 machine as root (or with sudo). CI runs `test`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

BUILD_DIR=${STATUSC_BUILD_DIR:-build}
JOBS=${STATUSC_JOBS:-$(nproc)}

# Debian packages the build and the tests need.
PACKAGES=(
  cmake ninja-build g++ pkg-config
  libyaml-cpp-dev libcli11-dev catch2 libkainjow-mustache-dev
)

install_packages() {
  local missing=()
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "statusc: installing ${missing[*]}" >&2
  local sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
  cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
  cmake --build "$BUILD_DIR" -j "$JOBS"
}

case "${1:-}" in
  run)
    install_packages
    build
    "$BUILD_DIR/generator/statusc" check spec/*.yaml
    ;;
  test)
    install_packages
    build
    ctest --test-dir "$BUILD_DIR" --output-on-failure -j "$JOBS"
    ;;
  *)
    echo "usage: scripts/dev.sh run|test" >&2
    exit 2
    ;;
esac
