#!/bin/sh
# Time of the anonymity check on PROJECT (anonimiseren: true), median over ROUNDS.
# Usage: bench/anonymity_perftest.sh [PROJECT] [ROUNDS]   (BUILD=map, standaard build/)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD:-$root/build}
[ -x "$build/anonymity_perftest" ] || { echo "bouw eerst: cmake -S . -B $build -G Ninja && cmake --build $build" >&2; exit 2; }
exec "$build/anonymity_perftest" "${1:-$root}" "${2:-5}"
