#!/bin/sh
# Load and compute times on PROJECT (default: this repo), median over ROUNDS.
# Usage: bench/compute_perftest.sh [PROJECT] [ROUNDS]   (BUILD=map, standaard build/)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD:-$root/build}
[ -x "$build/compute_perftest" ] || { echo "bouw eerst: cmake -S . -B $build -G Ninja && cmake --build $build" >&2; exit 2; }
exec "$build/compute_perftest" "${1:-$root}" "${2:-5}"
